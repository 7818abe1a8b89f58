package fr.boussole.batch;

import fr.boussole.report.Messages;
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

    static void write(Path file, List<String> keys, RowSource rows, ArchiveStats stats, Map<String, String> titles,
                      Messages t) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            wb.setCompressTempFiles(true);
            var props = wb.getXSSFWorkbook().getProperties().getCoreProperties();
            props.setCreator("Boussole");
            props.setTitle(t.get("xlsx.title"));
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setWrapText(true);

            summarySheet(wb, head, keys, stats, titles, t);
            SXSSFSheet s = wb.createSheet(t.get("xlsx.tenders"));
            List<String> header = SummaryColumns.header(keys, t);
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
                List<Object> cells = SummaryColumns.cells(r, keys, t);
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
            wb.setSheetOrder(t.get("xlsx.summary"), 0);
            wb.setActiveSheet(0);
            AtomicFiles.write(file, wb::write);
        } finally {
            wb.close();
            wb.dispose();
        }
    }

    private static void summarySheet(SXSSFWorkbook wb, CellStyle head, List<String> keys, ArchiveStats st,
                                     Map<String, String> titles, Messages t) {
        Sheet s = wb.createSheet(t.get("xlsx.summary"));
        s.setColumnWidth(0, 60 * 256);
        s.setColumnWidth(1, 14 * 256);
        s.setColumnWidth(2, 14 * 256);
        s.setColumnWidth(3, 14 * 256);
        int r = 0;
        r = line(s, r, t.get("xlsx.total"), st.total());
        r = line(s, r, t.get("xlsx.done"), st.done());
        r = line(s, r, t.get("xlsx.cached"), st.cached());
        r = line(s, r, t.get("xlsx.unchanged"), st.unchanged());
        r = line(s, r, t.get("xlsx.failed"), st.failed());
        r = line(s, r, t.get("xlsx.filesFailed"), st.filesFailed());
        r = line(s, r, t.get("xlsx.pieces"), st.pieces());
        r = line(s, r, t.get("xlsx.pages"), st.pages());
        r++;
        Row h = s.createRow(r++);
        String[] cols = {t.get("xlsx.criterion"), t.get("xlsx.present"), t.get("xlsx.applicable"), t.get("xlsx.share")};
        for (int i = 0; i < cols.length; i++) {
            h.createCell(i).setCellValue(cols[i]);
            h.getCell(i).setCellStyle(head);
        }
        for (String k : keys) {
            ArchiveStats.Tally tally = st.all().tally(k);
            Row row = s.createRow(r++);
            String title = titles.get(k);
            row.createCell(0).setCellValue(k + (title == null ? t.get("xlsx.notInPacks") : " " + title));
            row.createCell(1).setCellValue(tally.present());
            row.createCell(2).setCellValue(tally.applicable());
            if (tally.share() != null) {
                row.createCell(3).setCellValue(share(tally.share(), t));
            }
        }
        Row any = s.createRow(r);
        any.createCell(0).setCellValue(t.get("xlsx.envSocial"));
        any.createCell(1).setCellValue(st.all().envSocial());
        any.createCell(2).setCellValue(st.all().envSocialKnown());
        if (st.all().envSocialShare() != null) {
            any.createCell(3).setCellValue(share(st.all().envSocialShare(), t));
        }
    }

    private static String share(double share, Messages t) {
        return String.format(t.locale(), "%.1f", 100 * share) + (t.english() ? "%" : " %");
    }

    private static int line(Sheet s, int r, String label, int value) {
        Row row = s.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
        return r + 1;
    }
}
