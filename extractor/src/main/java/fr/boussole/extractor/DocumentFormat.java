package fr.boussole.extractor;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The formats Boussole reads, decided from the detected media type (content first) with the file name
 * as a hint, plus the reasons other files are skipped.
 */
public enum DocumentFormat {
    PDF(true), DOCX(false), DOC(false), ODT(false), RTF(false), XLSX(false), XLS(false), ODS(false),
    TXT(true), MD(true), HTML(false),
    /** OOXML wrapped in an encrypted OLE2 container (password-protected Word/Excel). */
    PROTECTED_OOXML(false),
    ZIP(false);

    private final boolean wrappedLines;

    DocumentFormat(boolean wrappedLines) {
        this.wrappedLines = wrappedLines;
    }

    /** True when newlines in the extracted text are line wraps, not paragraph breaks. */
    public boolean wrappedLines() {
        return wrappedLines;
    }

    public boolean isSpreadsheet() {
        return this == XLSX || this == XLS || this == ODS;
    }

    private static final Map<String, DocumentFormat> BY_TYPE = Map.ofEntries(
            Map.entry("application/pdf", PDF),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", DOCX),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.template", DOCX),
            Map.entry("application/vnd.ms-word.document.macroenabled.12", DOCX),
            Map.entry("application/vnd.ms-word.template.macroenabled.12", DOCX),
            Map.entry("application/msword", DOC),
            Map.entry("application/vnd.oasis.opendocument.text", ODT),
            Map.entry("application/vnd.oasis.opendocument.text-template", ODT),
            Map.entry("application/rtf", RTF),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", XLSX),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.template", XLSX),
            Map.entry("application/vnd.ms-excel.sheet.macroenabled.12", XLSX),
            Map.entry("application/vnd.ms-excel.sheet.binary.macroenabled.12", XLSX),
            Map.entry("application/vnd.ms-excel", XLS),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", ODS),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet-template", ODS),
            Map.entry("text/plain", TXT),
            Map.entry("text/markdown", MD),
            Map.entry("text/x-web-markdown", MD),
            Map.entry("text/html", HTML),
            Map.entry("application/xhtml+xml", HTML),
            Map.entry("application/x-tika-ooxml-protected", PROTECTED_OOXML),
            Map.entry("application/zip", ZIP),
            Map.entry("application/x-zip-compressed", ZIP));

    private static final Map<String, DocumentFormat> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", PDF), Map.entry("docx", DOCX), Map.entry("docm", DOCX), Map.entry("dotx", DOCX),
            Map.entry("doc", DOC), Map.entry("odt", ODT), Map.entry("ott", ODT), Map.entry("rtf", RTF),
            Map.entry("xlsx", XLSX), Map.entry("xlsm", XLSX), Map.entry("xls", XLS), Map.entry("ods", ODS),
            Map.entry("txt", TXT), Map.entry("md", MD), Map.entry("markdown", MD), Map.entry("html", HTML),
            Map.entry("htm", HTML), Map.entry("xhtml", HTML), Map.entry("zip", ZIP));

    /** Generic container types Tika returns when it cannot tell more: the extension then decides. */
    private static final Set<String> GENERIC = Set.of("application/octet-stream", "application/x-tika-msoffice",
            "application/x-tika-ooxml", "application/x-tika-ole-drm-encrypted", "text/plain");

    /**
     * The format of a file, or null when Boussole does not read it.
     *
     * @param mediaType detected base media type (lower case)
     * @param fileName  file name, used when the content says too little
     */
    public static DocumentFormat of(String mediaType, String fileName) {
        DocumentFormat byExt = BY_EXTENSION.get(extension(fileName));
        if (mediaType == null || GENERIC.contains(mediaType)) {
            if (byExt != null) {
                return byExt;
            }
            return "text/plain".equals(mediaType) ? TXT : null;
        }
        DocumentFormat f = BY_TYPE.get(mediaType);
        if (f == null && (byExt == TXT || byExt == MD)
                && (mediaType.startsWith("text/") || mediaType.startsWith("message/"))) {
            // a .txt that starts with "Article 1" is sniffed as a news message
            return byExt;
        }
        return f;
    }

    /** The format the extension suggests, or null. */
    public static DocumentFormat ofExtension(String fileName) {
        return BY_EXTENSION.get(extension(fileName));
    }

    public static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** A short French reason a file is skipped, from its media type and name. */
    public static String skipReason(String mediaType, String fileName) {
        String ext = extension(fileName);
        String mt = mediaType == null ? "" : mediaType;
        if (Set.of("p7s", "p7m", "p7b", "sig", "asc", "pem", "cer", "crt", "xades", "jws", "asice", "sce")
                .contains(ext) || mt.contains("pkcs7") || mt.contains("x509") || mt.contains("pgp")) {
            return "signature électronique ou certificat, non analysé";
        }
        if (mt.startsWith("image/")) {
            return "image, non analysée";
        }
        if (ext.equals("xml") || mt.endsWith("/xml") || mt.endsWith("+xml")) {
            return "fichier XML (jeton de signature, métadonnées de plateforme…), non analysé";
        }
        if (Set.of("7z", "rar", "tar", "gz", "tgz", "bz2", "xz", "cab", "arj").contains(ext)
                || mt.contains("7z") || mt.contains("rar") || mt.contains("tar") || mt.contains("gzip")) {
            return "archive d'un format non pris en charge (seul le ZIP est déplié)";
        }
        if (mt.contains("presentation") || Set.of("ppt", "pptx", "odp").contains(ext)) {
            return "présentation, non analysée";
        }
        if (Set.of("dwg", "dxf", "ifc", "dwf").contains(ext) || mt.contains("dwg") || mt.contains("dxf")) {
            return "plan (CAO), non analysé";
        }
        if (ext.equals("csv") || mt.equals("text/csv")) {
            return "fichier CSV, non analysé";
        }
        if (Set.of("exe", "msi", "bat", "cmd", "js", "vbs", "dll", "jar").contains(ext)
                || mt.contains("executable") || mt.contains("msdownload")) {
            return "programme, non analysé";
        }
        if (mt.startsWith("audio/") || mt.startsWith("video/")) {
            return "fichier audio ou vidéo, non analysé";
        }
        return "format non pris en charge" + (mt.isEmpty() ? "" : " (" + mt + ")");
    }
}
