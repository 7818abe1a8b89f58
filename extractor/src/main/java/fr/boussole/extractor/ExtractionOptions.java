package fr.boussole.extractor;

import java.time.Duration;

/**
 * How files are parsed. Plain values only, so that a worker JVM can receive them.
 *
 * @param ocr              OCR the pages that have no text layer (needs {@code tesseract} with French data);
 *                         the only case where a process is ever spawned
 * @param timeout          per-file parse budget; past it the file gets PARSE_TIMEOUT
 * @param ocrDpi           rendering resolution for OCR
 * @param ocrLanguage      tesseract language code
 * @param ocrTimeout       budget for one page of OCR
 * @param scanMinChars     a PDF page with fewer non-blank characters than this is a scan candidate
 * @param scanMinImagePixels a scan candidate is scanned when its images hold at least this many pixels
 */
public record ExtractionOptions(boolean ocr, Duration timeout, int ocrDpi, String ocrLanguage, Duration ocrTimeout,
                                int scanMinChars, long scanMinImagePixels) {

    public static final ExtractionOptions DEFAULTS =
            new ExtractionOptions(false, Duration.ofSeconds(120), 300, "fra", Duration.ofSeconds(120), 16, 150_000);

    public ExtractionOptions {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("délai d'extraction invalide");
        }
        ocrLanguage = ocrLanguage == null ? "fra" : ocrLanguage;
        ocrTimeout = ocrTimeout == null ? Duration.ofSeconds(120) : ocrTimeout;
    }

    public static ExtractionOptions defaults() {
        return DEFAULTS;
    }

    public ExtractionOptions withOcr(boolean v) {
        return new ExtractionOptions(v, timeout, ocrDpi, ocrLanguage, ocrTimeout, scanMinChars, scanMinImagePixels);
    }

    public ExtractionOptions withTimeout(Duration v) {
        return new ExtractionOptions(ocr, v, ocrDpi, ocrLanguage, ocrTimeout, scanMinChars, scanMinImagePixels);
    }
}
