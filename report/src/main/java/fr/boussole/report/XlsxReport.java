package fr.boussole.report;

import fr.boussole.model.AwardCriterion;
import fr.boussole.model.CheckResult;
import fr.boussole.model.PackRef;
import fr.boussole.model.Problem;
import fr.boussole.model.QualityScore;
import fr.boussole.model.Status;
import fr.boussole.model.TenderProfile;
import fr.boussole.model.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The spreadsheet for buyers who sort and annotate: "Synthèse" (profile, counts, obligations, scores),
 * "Critères" (one row per criterion, autofilter, frozen header and id column, wrapped text) and
 * "Problèmes" (only when some input could not be read).
 */
public final class XlsxReport {

    /** Column widths of the criteria sheet, in characters, in {@link CriterionRow#COLUMNS} order. */
    private static final int[] WIDTHS = {10, 36, 18, 17, 14, 48, 24, 7, 22, 60, 16, 60, 12, 40, 30, 40};

    private XlsxReport() {
    }

    public static void write(CheckResult result, Path file) throws IOException {
        write(result, file, Locale.FRENCH);
    }

    public static void write(CheckResult result, Path file, Locale locale) throws IOException {
        try (XSSFWorkbook wb = build(result, ReportTexts.of(locale))) {
            ReportFiles.write(file, wb::write);
        }
    }

    static XSSFWorkbook build(CheckResult r, ReportTexts t) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles st = new Styles(wb);
        var props = wb.getProperties().getCoreProperties();
        props.setCreator("Boussole");
        props.setTitle(t.get("xlsx.title", r.tender()));
        if (r.checkedAt() != null) {
            props.setCreated(Optional.of(Date.from(r.checkedAt())));
            props.setModified(Optional.of(Date.from(r.checkedAt())));
        }
        ReportStats stats = ReportStats.of(r);
        summarySheet(wb, st, r, stats, t);
        criteriaSheet(wb, st, stats, t);
        if (!r.problems().isEmpty()) {
            problemsSheet(wb, st, r, t);
        }
        return wb;
    }

    private static void summarySheet(XSSFWorkbook wb, Styles st, CheckResult r, ReportStats stats, ReportTexts t) {
        XSSFSheet s = wb.createSheet(t.get("xlsx.sheet.summary"));
        s.setColumnWidth(0, 38 * 256);
        s.setColumnWidth(1, 90 * 256);
        s.setColumnWidth(2, 14 * 256);
        int[] row = {0};
        Row title = s.createRow(row[0]++);
        cell(title, 0, t.get("xlsx.title", r.tender()), st.title);
        Row checked = s.createRow(row[0]++);
        cell(checked, 0, t.get("html.checkedLine", t.instant(r.checkedAt()), nz(r.tool()), nz(r.source())), st.wrap);
        if (stats.partialInput()) {
            Row w = s.createRow(row[0]++);
            cell(w, 0, t.get("html.partialTitle") + " " + t.get("html.partialText"), st.warn);
            s.addMergedRegion(new CellRangeAddress(w.getRowNum(), w.getRowNum(), 0, 1));
        }
        row[0]++;
        section(s, st, row, t.get("xlsx.section.obligations"));
        pair(s, st, row, t.get("html.cardObligations"), t.get("xlsx.obligations", stats.obligationsMet(),
                stats.obligationsTotal()));
        for (Verdict v : stats.obligationsMissing()) {
            pair(s, st, row, "  " + v.criterion() + " – " + nz(v.title()), t.status(v.status()));
        }
        pair(s, st, row, t.get("html.cardGaps"), stats.openGaps());
        pair(s, st, row, t.get("xlsx.waivedGaps"), stats.waivedGaps());
        row[0]++;
        section(s, st, row, t.get("html.statusTableCaption"));
        for (Status status : ReportStats.STATUS_ORDER) {
            Row x = s.createRow(row[0]++);
            cell(x, 0, t.status(status), st.status.get(status));
            x.createCell(1).setCellValue(stats.count(status));
        }
        row[0]++;
        section(s, st, row, t.get("html.profile"));
        TenderProfile p = r.profile();
        if (p != null) {
            pair(s, st, row, t.get("profile.object"), p.object());
            pair(s, st, row, t.get("profile.buyer"), p.buyer() == null ? null
                    : p.buyer() + (p.buyerType() == null ? "" : " (" + t.buyerType(p.buyerType()) + ")"));
            pair(s, st, row, t.get("profile.family"), p.family() == null ? null : t.family(p.family()));
            pair(s, st, row, t.get("profile.procedure"), p.procedure());
            pair(s, st, row, t.get("profile.cpv"), p.cpv().isEmpty() ? null : String.join(", ", p.cpv()));
            pair(s, st, row, t.get("profile.amount"), p.estimatedAmount() == null ? null
                    : t.amount(p.estimatedAmount().value()) + (p.estimatedAmount().tax() == null ? ""
                    : " " + p.estimatedAmount().tax()));
            pair(s, st, row, t.get("profile.deadline"), p.deadline() == null ? null : t.dateTime(p.deadline()));
            pair(s, st, row, t.get("profile.duration"), p.duration());
            for (AwardCriterion a : p.awardCriteria()) {
                pair(s, st, row, t.get("profile.award"), a.name() + (a.weight() == null ? " (" + t.get("award.notWeighted") + ")"
                        : " : " + t.number(a.weight()) + (a.unit() == null ? "" : " " + a.unit())));
            }
        }
        row[0]++;
        section(s, st, row, t.get("html.byPackCaption"));
        for (Map.Entry<String, Double> e : stats.byPack().entrySet()) {
            String label = r.packs().stream().filter(pk -> e.getKey().equals(pk.id())).findFirst()
                    .map(PackRef::title).map(tt -> tt + " (" + e.getKey() + ")").orElse(e.getKey());
            score(s, st, row, label, e.getValue(), t);
        }
        row[0]++;
        section(s, st, row, t.get("html.byThemeCaption"));
        stats.byTheme().forEach((k, v) -> score(s, st, row, t.getOr("theme." + k, k), v, t));
        if (!r.qualities().isEmpty()) {
            row[0]++;
            section(s, st, row, t.get("html.qualities"));
            for (QualityScore q : r.qualities()) {
                score(s, st, row, t.quality(q.quality(), q.label()), q.score(), t);
            }
        }
        row[0]++;
        section(s, st, row, t.get("html.packsCaption"));
        for (PackRef pk : r.packs()) {
            pair(s, st, row, pk.id() + " " + nz(pk.version()), nz(pk.title()) + (pk.sha256() == null ? ""
                    : " — sha256 " + pk.sha256()));
        }
    }

    private static void criteriaSheet(XSSFWorkbook wb, Styles st, ReportStats stats, ReportTexts t) {
        XSSFSheet s = wb.createSheet(t.get("xlsx.sheet.criteria"));
        List<String> cols = CriterionRow.COLUMNS;
        Row head = s.createRow(0);
        for (int c = 0; c < cols.size(); c++) {
            cell(head, c, t.get("table.col." + cols.get(c)), st.header);
            s.setColumnWidth(c, WIDTHS[c] * 256);
        }
        int r = 1;
        for (Verdict v : stats.ordered()) {
            CriterionRow cr = CriterionRow.of(v, t);
            Row row = s.createRow(r++);
            List<String> cells = cr.cells();
            for (int c = 0; c < cells.size(); c++) {
                String col = cols.get(c);
                if ("page".equals(col) && cr.singlePage() != null) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(cr.singlePage());
                    cell.setCellStyle(st.wrap);
                } else if ("status".equals(col)) {
                    cell(row, c, cells.get(c), st.status.get(v.status()));
                } else {
                    cell(row, c, cells.get(c), st.wrap);
                }
            }
        }
        s.createFreezePane(1, 1);
        s.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, cols.size() - 1));
        s.getPrintSetup().setLandscape(true);
        s.setRepeatingRows(new CellRangeAddress(0, 0, 0, cols.size() - 1));
    }

    private static void problemsSheet(XSSFWorkbook wb, Styles st, CheckResult r, ReportTexts t) {
        XSSFSheet s = wb.createSheet(t.get("xlsx.sheet.problems"));
        String[] cols = {"html.colFile", "html.colLevel", "html.colCode", "html.colReason", "html.colPages", "xlsx.detail"};
        int[] widths = {45, 14, 22, 55, 12, 50};
        Row head = s.createRow(0);
        for (int c = 0; c < cols.length; c++) {
            cell(head, c, t.get(cols[c]), st.header);
            s.setColumnWidth(c, widths[c] * 256);
        }
        int i = 1;
        for (Problem p : r.problems()) {
            Row row = s.createRow(i++);
            cell(row, 0, p.path(), st.wrap);
            cell(row, 1, t.get("level." + p.level().name()), st.wrap);
            cell(row, 2, p.code() == null ? "" : p.code().name(), st.wrap);
            cell(row, 3, t.problem(p), st.wrap);
            cell(row, 4, p.pages().stream().map(String::valueOf).collect(Collectors.joining(", ")), st.wrap);
            cell(row, 5, nz(p.detail()), st.wrap);
        }
        s.createFreezePane(0, 1);
        s.setAutoFilter(new CellRangeAddress(0, Math.max(0, i - 1), 0, cols.length - 1));
    }

    // ---------------------------------------------------------------- helpers

    private static void section(XSSFSheet s, Styles st, int[] row, String title) {
        Row x = s.createRow(row[0]++);
        cell(x, 0, title, st.section);
    }

    private static void pair(XSSFSheet s, Styles st, int[] row, String label, Object value) {
        if (value == null || value instanceof String str && str.isBlank()) {
            return;
        }
        Row x = s.createRow(row[0]++);
        cell(x, 0, label, st.label);
        if (value instanceof Number n) {
            Cell c = x.createCell(1);
            c.setCellValue(n.doubleValue());
            c.setCellStyle(st.left);
        } else {
            cell(x, 1, value.toString(), st.wrap);
        }
    }

    private static void score(XSSFSheet s, Styles st, int[] row, String label, Double score, ReportTexts t) {
        Row x = s.createRow(row[0]++);
        cell(x, 0, label, st.label);
        Cell c = x.createCell(1);
        if (score == null) {
            c.setCellValue(t.get("score.none"));
            c.setCellStyle(st.wrap);
        } else {
            c.setCellValue(score / 100.0);
            c.setCellStyle(st.percent);
        }
    }

    private static void cell(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value == null ? "" : value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Cell styles, created once per workbook (Excel caps their number). */
    private static final class Styles {
        final XSSFCellStyle title;
        final XSSFCellStyle section;
        final XSSFCellStyle header;
        final XSSFCellStyle label;
        final XSSFCellStyle wrap;
        final XSSFCellStyle left;
        final XSSFCellStyle percent;
        final XSSFCellStyle warn;
        final Map<Status, XSSFCellStyle> status = new EnumMap<>(Status.class);

        Styles(XSSFWorkbook wb) {
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            XSSFFont big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            big.setColor(rgb("000091"));
            XSSFFont white = wb.createFont();
            white.setBold(true);
            white.setColor(rgb("ffffff"));
            title = wb.createCellStyle();
            title.setFont(big);
            section = wb.createCellStyle();
            section.setFont(bold);
            section.setBorderBottom(BorderStyle.MEDIUM);
            section.setBottomBorderColor(rgb("000091"));
            header = wb.createCellStyle();
            header.setFont(white);
            header.setFillForegroundColor(rgb("000091"));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            label = wb.createCellStyle();
            label.setFont(bold);
            label.setVerticalAlignment(VerticalAlignment.TOP);
            label.setWrapText(true);
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            left = wb.createCellStyle();
            left.setAlignment(HorizontalAlignment.LEFT);
            percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0 %"));
            percent.setAlignment(HorizontalAlignment.LEFT);
            warn = wb.createCellStyle();
            warn.cloneStyleFrom(wrap);
            warn.setFillForegroundColor(rgb("fff4d6"));
            warn.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            // same pairs as the HTML badges (contrast checked there)
            String[][] colours = {{"0d5c2c", "c3fad5"}, {"7a3600", "ffe8d1"}, {"a60000", "ffe9e9"},
                    {"ffffff", "8f0017"}, {"3a3a3a", "eeeeee"}};
            Status[] order = {Status.COVERED, Status.PARTIAL, Status.MISSING, Status.CONTRADICTED, Status.NOT_APPLICABLE};
            for (int i = 0; i < order.length; i++) {
                XSSFFont f = wb.createFont();
                f.setBold(true);
                f.setColor(rgb(colours[i][0]));
                XSSFCellStyle cs = wb.createCellStyle();
                cs.setFont(f);
                cs.setFillForegroundColor(rgb(colours[i][1]));
                cs.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                cs.setVerticalAlignment(VerticalAlignment.TOP);
                status.put(order[i], cs);
            }
        }

        private static XSSFColor rgb(String hex) {
            byte[] b = new byte[3];
            for (int i = 0; i < 3; i++) {
                b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
            }
            return new XSSFColor(b, null);
        }
    }
}
