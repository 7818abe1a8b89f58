package fr.boussole.report;

import java.util.Locale;

/** The file formats of a check report, with their usual extension. */
public enum ReportFormat {
    HTML("html"), XLSX("xlsx"), JSON("json"), CSV("csv"), SARIF("sarif"), MARKDOWN("md");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** "html", "xlsx", "json", "csv", "sarif", "md"/"markdown" (any case). */
    public static ReportFormat fromName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (f.extension.equals(n) || f.name().toLowerCase(Locale.ROOT).equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Format de rapport inconnu : " + name
                + " (html, xlsx, json, csv, sarif, md)");
    }
}
