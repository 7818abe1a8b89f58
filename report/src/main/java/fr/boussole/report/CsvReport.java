package fr.boussole.report;

import fr.boussole.model.CheckResult;
import fr.boussole.model.Verdict;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One row per verdict, for a spreadsheet: UTF-8 with a byte-order mark (so Excel shows accents right), {@code ;}
 * separators and CRLF line ends (French Excel). Several pieces of evidence share a cell, one per line.
 * Cells that a spreadsheet would take for a formula (starting with {@code = + - @}) are prefixed with an
 * apostrophe, as OWASP advises against CSV injection; quotes from the DCE often start with a dash.
 */
public final class CsvReport {

    static final char BOM = '\uFEFF';

    private CsvReport() {
    }

    public static void write(CheckResult result, Path file) throws IOException {
        write(result, file, Locale.FRENCH);
    }

    public static void write(CheckResult result, Path file, Locale locale) throws IOException {
        String text = render(result, locale);
        ReportFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(text);
            w.flush();
        });
    }

    /** The CSV text, starting with the byte-order mark. */
    public static String render(CheckResult result, Locale locale) {
        ReportTexts t = ReportTexts.of(locale);
        StringWriter sw = new StringWriter();
        sw.write(BOM);
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        try (CSVPrinter p = new CSVPrinter(sw, format)) {
            List<String> header = new ArrayList<>();
            CriterionRow.COLUMNS.forEach(c -> header.add(t.get("table.col." + c)));
            p.printRecord(header);
            for (Verdict v : ReportStats.of(result).ordered()) {
                List<String> cells = new ArrayList<>();
                CriterionRow.of(v, t).cells().forEach(c -> cells.add(defuse(c)));
                p.printRecord(cells);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sw.toString();
    }

    static String defuse(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }
}
