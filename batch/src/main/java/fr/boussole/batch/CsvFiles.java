package fr.boussole.batch;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV the way the report module writes it for French Excel: UTF-8 with a byte-order mark, {@code ;}, CRLF, and
 * cells a spreadsheet would take for a formula prefixed with an apostrophe (OWASP advice on CSV injection).
 * Rows are streamed; the file appears atomically when complete.
 */
final class CsvFiles {

    static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    interface Rows {
        void write(CSVPrinter p) throws IOException;
    }

    private CsvFiles() {
    }

    static void write(Path file, List<String> header, Rows rows) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            CSVPrinter p = new CSVPrinter(w, FORMAT);
            p.printRecord(header);
            rows.write(p);
            p.flush();
            w.flush();
        });
    }

    static List<String> cells(List<?> values) {
        List<String> out = new ArrayList<>(values.size());
        for (Object v : values) {
            out.add(defuse(v == null ? "" : v.toString()));
        }
        return out;
    }

    static String defuse(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }
}
