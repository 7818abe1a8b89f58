package fr.boussole.profiler;

import fr.boussole.extractor.ExtractedDocument;
import fr.boussole.extractor.SourceFile;
import fr.boussole.extractor.TikaExtractor;
import fr.boussole.model.Clause;
import fr.boussole.segmenter.Segmenter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Small RCs generated in tests and read by the real extractor and segmenter, so that the parser sees what
 * the pipeline really delivers. The PDF writer lays tables out as office suites export them: ruled cells,
 * words wrapped inside a cell, top-aligned, and text written cell after cell (so a PDF text extractor gives
 * a wrapped first cell before the weight cells of the same row).
 */
final class RcFixtures {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float SIZE = 10;
    private static final float LEADING = 12.5f;
    private static final float PAD = 4;

    /** One block of the document. */
    sealed interface Block permits Heading, Para, Table {
    }

    record Heading(String text) implements Block {
    }

    record Para(String text) implements Block {
    }

    /** A table: relative column widths, a header row, body rows. */
    record Table(float[] widths, List<String> header, List<List<String>> rows) implements Block {
    }

    static Heading h(String text) {
        return new Heading(text);
    }

    static Para p(String text) {
        return new Para(text);
    }

    static Table table(float[] widths, List<String> header, List<List<String>> rows) {
        return new Table(widths, header, rows);
    }

    private RcFixtures() {
    }

    // ------------------------------------------------------------------ PDF

    static Path pdf(Path file, List<Block> blocks) throws IOException {
        PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = PDRectangle.A4.getHeight() - MARGIN;
                for (Block b : blocks) {
                    if (b instanceof Heading h) {
                        y -= 6;
                        y = lines(cs, bold, 11, wrap(h.text(), bold, 11, WIDTH), MARGIN, y) - 4;
                    } else if (b instanceof Para p) {
                        y = lines(cs, regular, SIZE, wrap(p.text(), regular, SIZE, WIDTH), MARGIN, y) - 6;
                    } else if (b instanceof Table t) {
                        y = table(cs, regular, bold, t, y) - 8;
                    }
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static float table(PDPageContentStream cs, PDFont regular, PDFont bold, Table t, float y) throws IOException {
        float sum = 0;
        for (float w : t.widths()) {
            sum += w;
        }
        float[] widths = new float[t.widths().length];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = t.widths()[c] / sum * WIDTH;
        }
        List<List<String>> all = new ArrayList<>();
        all.add(t.header());
        all.addAll(t.rows());
        for (int r = 0; r < all.size(); r++) {
            PDFont font = r == 0 ? bold : regular;
            List<List<String>> cells = new ArrayList<>();
            int max = 1;
            for (int c = 0; c < widths.length; c++) {
                String text = c < all.get(r).size() ? all.get(r).get(c) : "";
                List<String> l = text.isEmpty() ? List.of() : wrap(text, font, SIZE, widths[c] - 2 * PAD);
                cells.add(l);
                max = Math.max(max, l.size());
            }
            float height = max * LEADING + 2 * PAD;
            float x = MARGIN;
            for (int c = 0; c < widths.length; c++) {
                lines(cs, font, SIZE, cells.get(c), x + PAD, y - PAD);
                cs.addRect(x, y - height, widths[c], height);
                cs.stroke();
                x += widths[c];
            }
            y -= height;
        }
        return y;
    }

    private static float lines(PDPageContentStream cs, PDFont font, float size, List<String> lines, float x, float y)
            throws IOException {
        for (String l : lines) {
            y -= LEADING;
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, y + (LEADING - size));
            cs.showText(l);
            cs.endText();
        }
        return y;
    }

    private static List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(font, size, candidate) > width) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    private static float width(PDFont font, float size, String s) {
        try {
            return font.getStringWidth(s) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ DOCX

    static Path docx(Path file, List<Block> blocks) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (Block b : blocks) {
                if (b instanceof Heading h) {
                    var run = doc.createParagraph().createRun();
                    run.setBold(true);
                    run.setText(h.text());
                } else if (b instanceof Para p) {
                    doc.createParagraph().createRun().setText(p.text());
                } else if (b instanceof Table t) {
                    List<List<String>> all = new ArrayList<>();
                    all.add(t.header());
                    all.addAll(t.rows());
                    XWPFTable table = doc.createTable(all.size(), t.widths().length);
                    for (int r = 0; r < all.size(); r++) {
                        XWPFTableRow row = table.getRow(r);
                        for (int c = 0; c < t.widths().length; c++) {
                            String text = c < all.get(r).size() ? all.get(r).get(c) : "";
                            row.getCell(c).setText(text);
                        }
                    }
                }
            }
            doc.write(out);
        }
        return file;
    }

    // ------------------------------------------------------------------ reading

    /** The clauses of a generated file, through the project's extractor and segmenter. */
    static List<Clause> read(Path file) {
        try (TikaExtractor extractor = new TikaExtractor()) {
            ExtractedDocument d = extractor.extract(new SourceFile(file.getFileName().toString(),
                    file.getFileName().toString(), file, Files.size(file), ""));
            return new Segmenter().segment(d, "p1").clauses();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
