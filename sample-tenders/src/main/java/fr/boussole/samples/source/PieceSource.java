package fr.boussole.samples.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One piece of a sample tender as written by the team: front-matter metadata plus blocks.
 *
 * @param source      the Markdown-like source file
 * @param file        path of the generated file, relative to the tender output (may contain folders)
 * @param format      output format
 * @param title       document title (PDF info, OOXML/ODF core properties)
 * @param header      running header (may be empty)
 * @param footer      running footer text, left of the page number in PDFs (may be empty)
 * @param typography  apply French typography (non-breaking spaces, curly apostrophes)
 * @param blocks      the content
 */
public record PieceSource(Path source, String file, Format format, String title, String header, String footer,
                          boolean typography, List<Block> blocks) {

    public PieceSource {
        blocks = List.copyOf(blocks);
    }

    /** Output formats the generator can write. */
    public enum Format {
        PDF, DOCX, ODT, XLSX;

        static Format of(String value, String fileName) {
            String v = value == null || value.isBlank()
                    ? fileName.substring(fileName.lastIndexOf('.') + 1) : value.trim();
            try {
                return valueOf(v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("format inconnu « " + v + " » (pdf, docx, odt, xlsx)", e);
            }
        }
    }

    static PieceSource of(Path source, Map<String, String> meta, List<Block> blocks) {
        String file = meta.get("file");
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException(source + " : métadonnée « file » absente");
        }
        return new PieceSource(source, file.trim(), Format.of(meta.get("format"), file.trim()),
                meta.getOrDefault("title", file).trim(), meta.getOrDefault("header", "").trim(),
                meta.getOrDefault("footer", "").trim(),
                !"plain".equalsIgnoreCase(meta.getOrDefault("typography", "french").trim()), blocks);
    }
}
