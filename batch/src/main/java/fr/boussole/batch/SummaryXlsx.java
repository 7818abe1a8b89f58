package fr.boussole.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The summary workbook: "Marchés" (one row per tender, frozen header, filters) streamed with SXSSF so that
 * memory stays flat whatever the archive size, and "Synthèse" (counts and shares of the key criteria).
 */
final class SummaryXlsx {

    /** Supplies the rows, in order. */
    interface RowSource {
        void forEach(java.util.function.Consumer<TenderRow> action) throws IOException;
    }

    private SummaryXlsx() {
    }

    static void write(Path file, List<String> keys, RowSource rows, ArchiveStats stats, Map<String, String> titles)
            throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            wb.setCompressTempFiles(true);
            var props = wb.getXSSFWorkbook().getProperties().getCoreProperties();
            props.setCreator("Boussole");
            props.setTitle("Boussole — synthèse d'une archive de DCE");
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setWrapText(true);

            summarySheet(wb, head, keys, stats, titles);
            SXSSFSheet s = wb.createSheet("Marchés");
            List<String> header = SummaryColumns.header(keys);
            Row h = s.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                h.createCell(i).setCellValue(header.get(i));
                h.getCell(i).setCellStyle(head);
                s.setColumnWidth(i, (i == 1 || i == 3 || i == 4 ? 40 : 16) * 256);
            }
            s.createFreezePane(1, 1);
            int[] n = {1};
            rows.forEach(r -> {
                Row row = s.createRow(n[0]++);
                List<Object> cells = SummaryColumns.cells(r, keys);
                for (int i = 0; i < cells.size(); i++) {
                    Object v = cells.get(i);
                    if (v instanceof Number num) {
                        row.createCell(i).setCellValue(num.doubleValue());
                    } else if (v != null) {
                        row.createCell(i).setCellValue(v.toString());
                    }
                }
            });
            s.setAutoFilter(new CellRangeAddress(0, Math.max(0, n[0] - 1), 0, header.size() - 1));
            wb.setSheetOrder("Synthèse", 0);
            wb.setActiveSheet(0);
            AtomicFiles.write(file, wb::write);
        } finally {
            wb.close();
            wb.dispose();
        }
    }

    private static void summarySheet(SXSSFWorkbook wb, CellStyle head, List<String> keys, ArchiveStats st,
                                     Map<String, String> titles) {
        Sheet s = wb.createSheet("Synthèse");
        s.setColumnWidth(0, 60 * 256);
        s.setColumnWidth(1, 14 * 256);
        s.setColumnWidth(2, 14 * 256);
        s.setColumnWidth(3, 14 * 256);
        int r = 0;
        r = line(s, r, "DCE dans l'archive", st.total());
        r = line(s, r, "traités dans cette exécution", st.done());
        r = line(s, r, "repris du cache", st.cached());
        r = line(s, r, "inchangés (déjà traités)", st.unchanged());
        r = line(s, r, "en échec", st.failed());
        r = line(s, r, "fichiers illisibles", st.filesFailed());
        r = line(s, r, "pièces lues", st.pieces());
        r = line(s, r, "pages (pièces paginées)", st.pages());
        r++;
        Row h = s.createRow(r++);
        String[] cols = {"critère", "DCE qui le portent", "DCE concernés", "part"};
        for (int i = 0; i < cols.length; i++) {
            h.createCell(i).setCellValue(cols[i]);
            h.getCell(i).setCellStyle(head);
        }
        for (String k : keys) {
            ArchiveStats.Tally t = st.all().tally(k);
            Row row = s.createRow(r++);
            String title = titles.get(k);
            row.createCell(0).setCellValue(k + (title == null ? " (absent des référentiels)" : " " + title));
            row.createCell(1).setCellValue(t.present());
            row.createCell(2).setCellValue(t.applicable());
            if (t.share() != null) {
                row.createCell(3).setCellValue(String.format(Locale.FRENCH, "%.1f %%", 100 * t.share()));
            }
        }
        Row any = s.createRow(r);
        any.createCell(0).setCellValue("Au moins une clause environnementale ou sociale (LEG-01, LEG-04 ou LEG-05)");
        any.createCell(1).setCellValue(st.all().envSocial());
        any.createCell(2).setCellValue(st.all().envSocialKnown());
        if (st.all().envSocialShare() != null) {
            any.createCell(3).setCellValue(String.format(Locale.FRENCH, "%.1f %%", 100 * st.all().envSocialShare()));
        }
    }

    private static int line(Sheet s, int r, String label, int value) {
        Row row = s.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
        return r + 1;
    }
}
