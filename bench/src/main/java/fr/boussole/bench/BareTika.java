package fr.boussole.bench;

import fr.boussole.extractor.TikaSetup;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * The baseline of "Read a whole DCE": bare Tika text extraction, i.e. an {@link AutoDetectParser} over Boussole's
 * own offline configuration ({@link TikaSetup}: no OCR, no external process) and a {@code BodyContentHandler(-1)}.
 * Nothing else: no block structure, no page bookkeeping, no timeout thread, no hashing, no segmentation.
 * A ZIP is handed to Tika as it is (Tika's package parser walks its entries).
 */
public final class BareTika {

    /** What one parse gave. */
    public record Result(long chars, int pages) {
    }

    private final AutoDetectParser parser;

    public BareTika() {
        this.parser = TikaSetup.newParser();
    }

    public Result parse(Path file) {
        BodyContentHandler handler = new BodyContentHandler(-1);
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (TikaInputStream in = TikaInputStream.get(file)) {
            parser.parse(in, handler, md, new ParseContext());
        } catch (IOException | SAXException | TikaException e) {
            throw new IllegalStateException("Tika n'a pas pu lire " + file + " : " + e, e);
        }
        Integer pages = md.getInt(PagedText.N_PAGES);
        return new Result(handler.toString().length(), pages == null ? 0 : pages);
    }
}
