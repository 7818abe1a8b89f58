package fr.boussole.extractor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.junit.jupiter.api.Test;

/** Boussole's Tika runs offline and never spawns a process: no OCR parser, no external parser. */
class TikaConfigTest {

    private static void collect(Parser p, List<Parser> out) {
        out.add(p);
        if (p instanceof ParserDecorator d) {
            collect(d.getWrappedParser(), out);
        }
        if (p instanceof CompositeParser c) {
            for (Parser child : c.getAllComponentParsers()) {
                collect(child, out);
            }
        }
    }

    @Test
    void noTesseractNorExternalParserInTheConfiguration() {
        List<Parser> all = new ArrayList<>();
        try (TikaExtractor ex = new TikaExtractor()) {
            collect(ex.parser(), all);
        }
        assertTrue(all.size() > 20, "the standard parsers are there: " + all.size());
        assertTrue(all.stream().anyMatch(p -> p.getClass().getName().equals("org.apache.tika.parser.pdf.PDFParser")));
        for (Parser p : all) {
            String n = p.getClass().getName();
            assertFalse(n.contains("Tesseract") || n.contains(".ocr.") || n.contains("External")
                    || n.contains("StringsParser") || n.contains("GDAL") || n.contains("ImageMagick"),
                    "a parser that runs an external program is configured: " + n);
        }
    }

    @Test
    void pdfParserSkipsBookmarksAndOcr() {
        List<Parser> all = new ArrayList<>();
        collect(TikaSetup.newParser(), all);
        var pdf = all.stream().filter(p -> p instanceof org.apache.tika.parser.pdf.PDFParser).findFirst().orElseThrow();
        var cfg = ((org.apache.tika.parser.pdf.PDFParser) pdf).getPDFParserConfig();
        assertFalse(cfg.isExtractBookmarksText());
        assertFalse(cfg.isExtractInlineImages());
        assertTrue(cfg.getOcrStrategy() == org.apache.tika.parser.pdf.PDFParserConfig.OCR_STRATEGY.NO_OCR);
    }
}
