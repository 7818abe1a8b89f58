package fr.boussole.extractor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/** Reads the text of a page image. Only used when {@link ExtractionOptions#ocr()} is set. */
public interface OcrEngine {

    /** True when the engine can run with this language. May be costly the first time; cached after. */
    boolean supports(String language);

    /** Short description for messages, e.g. "tesseract". */
    String name();

    /** Text read on the image (UTF-8), blank lines between paragraphs. */
    String recognize(Path image, String language, Duration timeout) throws IOException;
}
