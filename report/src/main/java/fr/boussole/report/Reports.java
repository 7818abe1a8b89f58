package fr.boussole.report;

import fr.boussole.model.CheckResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** One entry point for front-ends: write a check result in the formats asked for. */
public final class Reports {

    private Reports() {
    }

    public static void write(CheckResult result, ReportFormat format, Path file, Locale locale) throws IOException {
        switch (format) {
            case HTML -> HtmlReport.write(result, file, locale);
            case XLSX -> XlsxReport.write(result, file, locale);
            case JSON -> JsonReport.write(result, file);
            case CSV -> CsvReport.write(result, file, locale);
            case SARIF -> SarifReport.write(result, file);
            case MARKDOWN -> MarkdownReport.write(result, file, locale);
        }
    }

    /**
     * Writes {@code <dir>/<baseName>.<extension>} for each format and returns the files written.
     * {@code baseName} defaults to the tender id (characters unsafe in file names replaced).
     */
    public static List<Path> writeAll(CheckResult result, Collection<ReportFormat> formats, Path dir, String baseName,
                                      Locale locale) throws IOException {
        Files.createDirectories(dir);
        String base = baseName != null ? baseName
                : (result.tender() == null ? "rapport" : result.tender()).replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        List<Path> written = new ArrayList<>();
        for (ReportFormat f : formats) {
            Path file = dir.resolve(base + "." + f.extension());
            write(result, f, file, locale);
            written.add(file);
        }
        return written;
    }
}
