package fr.boussole.samples.render;

import fr.boussole.samples.source.Block;
import fr.boussole.samples.source.PieceSource;
import fr.boussole.samples.source.TenderSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a piece as an A4 PDF with a real text layer (PDFBox, standard Helvetica in WinAnsiEncoding,
 * which covers French: é è à ç ô œ « » ’ – … €), running header, "Page n sur N" footer, cover page,
 * table of contents with page numbers, bullets and ruled tables.
 *
 * <p>Layout runs twice when the piece has a table of contents: the first pass finds the page of each
 * heading, the second writes them. The output is reproducible: fixed dates and a document ID derived
 * from the tender id and file name.
 */
public final class PdfRenderer {

    // Shared instances serve only to measure text. Drawing uses fresh instances per document: a font
    // object keeps the object number it got when a previous document was saved, which would make the
    // output depend on what the JVM generated before.
    static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    static final PDFont ITALIC = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    static final PDFont BOLD_ITALIC = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD_OBLIQUE);

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN_X = 62;
    private static final float MARGIN_TOP = 64;
    private static final float MARGIN_BOTTOM = 64;
    private static final float CONTENT_W = PAGE.getWidth() - 2 * MARGIN_X;
    private static final float BODY = 10;
    private static final float LEADING = 1.32f;
    private static final float CELL_PAD = 3.5f;
    private static final float TABLE_SIZE = 9;

    private PdfRenderer() {
    }

    public static byte[] render(TenderSource tender, PieceSource piece) {
        checkEncodable(piece);
        Layout first = layout(piece, Map.of());
        Layout layout = first.tocUsed ? layout(piece, first.headingPages) : first;
        try (PDDocument doc = new PDDocument()) {
            int total = layout.pages.size();
            Map<PDFont, PDFont> fonts = new IdentityHashMap<>();
            fonts.put(REGULAR, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            fonts.put(BOLD, new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
            fonts.put(ITALIC, new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE));
            fonts.put(BOLD_ITALIC, new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD_OBLIQUE));
            for (int p = 0; p < total; p++) {
                PDPage page = new PDPage(PAGE);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (Op op : layout.pages.get(p)) {
                        op.draw(cs, fonts);
                    }
                    drawRunning(cs, fonts, piece, p + 1, total, layout.hasCover);
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(piece.title());
            info.setAuthor(tender.author().isEmpty() ? tender.buyer() : tender.author());
            info.setSubject(piece.header());
            info.setCreator("Boussole sample-tenders");
            info.setProducer("Apache PDFBox");
            Calendar when = GregorianCalendar.from(tender.timestamp());
            when.setTimeZone(TimeZone.getTimeZone(TenderSource.PARIS));
            info.setCreationDate(when);
            info.setModificationDate(when);
            byte[] id = md5(tender.id() + "/" + piece.file());
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(piece.source() + " : écriture PDF impossible", e);
        }
    }

    /** Number of A4 pages the piece takes in the PDF layout (an estimate for DOCX and ODT pieces). */
    public static int pageCount(PieceSource piece) {
        Layout first = layout(piece, Map.of());
        return first.tocUsed ? layout(piece, first.headingPages).pages.size() : first.pages.size();
    }

    /** Page (1-based) of each heading, by block index, as the PDF layout places them. */
    public static Map<Integer, Integer> headingPages(PieceSource piece) {
        return layout(piece, Map.of()).headingPages;
    }

    private static void drawRunning(PDPageContentStream cs, Map<PDFont, PDFont> fonts, PieceSource piece, int page,
                                    int total, boolean cover) throws IOException {
        float size = 8;
        if (!(cover && page == 1) && !piece.header().isEmpty()) {
            String h = text(piece, piece.header());
            new Text(MARGIN_X, PAGE.getHeight() - 40, ITALIC, size, h, 0.35f).draw(cs, fonts);
            new Line(MARGIN_X, PAGE.getHeight() - 44, PAGE.getWidth() - MARGIN_X, PAGE.getHeight() - 44, 0.4f).draw(cs, fonts);
        }
        new Line(MARGIN_X, 46, PAGE.getWidth() - MARGIN_X, 46, 0.4f).draw(cs, fonts);
        if (!piece.footer().isEmpty()) {
            new Text(MARGIN_X, 36, REGULAR, size, text(piece, piece.footer()), 0.35f).draw(cs, fonts);
        }
        String n = "Page " + page + " sur " + total;
        float w = width(REGULAR, size, n);
        new Text(PAGE.getWidth() - MARGIN_X - w, 36, REGULAR, size, n, 0.35f).draw(cs, fonts);
    }

    // ---------------------------------------------------------------- layout

    private static Layout layout(PieceSource piece, Map<Integer, Integer> knownPages) {
        Layout l = new Layout(piece);
        List<Block> blocks = piece.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Block.Cover c) {
                l.cover(c);
            } else if (b instanceof Block.PageBreak) {
                l.newPage();
            } else if (b instanceof Block.Toc t) {
                l.toc(t, blocks, knownPages);
            } else if (b instanceof Block.Heading h) {
                l.heading(h, i + 1 < blocks.size() ? l.minHeight(blocks.get(i + 1)) : 0);
                l.headingPages.put(i, l.pages.size());
            } else if (b instanceof Block.Paragraph p) {
                l.paragraph(p.text(), REGULAR, 0, 0);
            } else if (b instanceof Block.Note n) {
                l.note(n.text());
            } else if (b instanceof Block.ListItem li) {
                l.listItem(li);
            } else if (b instanceof Block.Table t) {
                l.table(t);
            } else if (b instanceof Block.Sheet) {
                throw new IllegalArgumentException(
                        piece.source() + " : « ::: sheet » n'a de sens que pour une pièce XLSX");
            }
        }
        return l;
    }

    private static final class Layout {
        final PieceSource piece;
        final List<List<Op>> pages = new ArrayList<>();
        final Map<Integer, Integer> headingPages = new LinkedHashMap<>();
        List<Op> cur;
        float y;
        boolean hasCover;
        boolean tocUsed;

        Layout(PieceSource piece) {
            this.piece = piece;
            newPage();
        }

        void newPage() {
            cur = new ArrayList<>();
            pages.add(cur);
            y = PAGE.getHeight() - MARGIN_TOP;
        }

        boolean pageIsEmpty() {
            return cur.isEmpty();
        }

        void ensure(float h) {
            if (y - h < MARGIN_BOTTOM && !pageIsEmpty()) {
                newPage();
            }
        }

        void cover(Block.Cover c) {
            hasCover = true;
            if (!pageIsEmpty()) {
                newPage();
            }
            y = PAGE.getHeight() - 120;
            for (Block.CoverLine line : c.lines()) {
                PDFont font = switch (line.style()) {
                    case TITLE, SUBTITLE -> BOLD;
                    default -> REGULAR;
                };
                float size = switch (line.style()) {
                    case TITLE -> 17;
                    case SUBTITLE -> 13;
                    case TEXT -> 11;
                    case SMALL -> 9;
                    case GAP -> 11;
                };
                if (line.style() == Block.CoverStyle.GAP) {
                    y -= size * 1.1f;
                    continue;
                }
                if (line.style() == Block.CoverStyle.TITLE) {
                    cur.add(new Fill(MARGIN_X, y - 8, CONTENT_W, 1.2f, 0.2f));
                }
                for (String l : wrap(text(piece, line.text()), font, size, CONTENT_W - 40)) {
                    float w = width(font, size, l);
                    y -= size * 1.35f;
                    cur.add(new Text(MARGIN_X + (CONTENT_W - w) / 2, y, font, size, l, 0));
                }
                if (line.style() == Block.CoverStyle.TITLE) {
                    y -= 6;
                    cur.add(new Fill(MARGIN_X, y - 4, CONTENT_W, 1.2f, 0.2f));
                    y -= 8;
                }
            }
            newPage();
        }

        void toc(Block.Toc t, List<Block> blocks, Map<Integer, Integer> knownPages) {
            tocUsed = true;
            heading(new Block.Heading(1, t.title()), 0);
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i) instanceof Block.Heading h && h.level() <= t.maxLevel()) {
                    float indent = (h.level() - 1) * 14;
                    PDFont font = h.level() == 1 ? BOLD : REGULAR;
                    float size = 9.5f;
                    String page = String.valueOf(knownPages.getOrDefault(i, 99));
                    float pw = width(REGULAR, size, page);
                    float avail = CONTENT_W - indent - pw - 24;
                    List<String> lines = wrap(text(piece, h.text()), font, size, avail);
                    float lh = size * LEADING;
                    ensure(lh * lines.size() + 3);
                    for (int k = 0; k < lines.size(); k++) {
                        y -= lh;
                        cur.add(new Text(MARGIN_X + indent, y, font, size, lines.get(k), 0));
                        if (k == lines.size() - 1) {
                            float end = MARGIN_X + indent + width(font, size, lines.get(k)) + 4;
                            float dotsW = PAGE.getWidth() - MARGIN_X - pw - 4 - end;
                            float dotW = width(REGULAR, size, ".");
                            int dots = (int) Math.max(0, Math.floor(dotsW / dotW));
                            if (dots > 0) {
                                cur.add(new Text(end, y, REGULAR, size, ".".repeat(dots), 0.4f));
                            }
                            cur.add(new Text(PAGE.getWidth() - MARGIN_X - pw, y, REGULAR, size, page, 0));
                        }
                    }
                    y -= 2;
                }
            }
            newPage();
        }

        /** Height that must follow a heading on the same page: three lines, or a table's header and first row. */
        float minHeight(Block next) {
            if (next instanceof Block.Table t && !t.rows().isEmpty()) {
                float[] widths = columnWidths(t);
                float lh = TABLE_SIZE * 1.25f;
                float h = 2;
                for (int r = 0; r < Math.min(t.rows().size(), t.headerRows() + 1); r++) {
                    h += row(t.rows().get(r), widths, r < t.headerRows() ? BOLD : REGULAR, TABLE_SIZE, lh, false).height;
                }
                return h;
            }
            return 3 * BODY * LEADING;
        }

        void heading(Block.Heading h, float keepWithNext) {
            PDFont font = h.level() == 3 ? BOLD_ITALIC : BOLD;
            float size = switch (h.level()) {
                case 1 -> 12;
                case 2 -> 10.5f;
                default -> 10;
            };
            float before = h.level() == 1 ? 14 : 9;
            List<String> lines = wrap(text(piece, h.text()), font, size, CONTENT_W);
            float lh = size * LEADING;
            // keep the heading with what follows it
            ensure(before + lines.size() * lh + Math.max(keepWithNext, 3 * BODY * LEADING) + 6);
            if (!pageIsEmpty()) {
                y -= before;
            }
            if (h.level() == 1) {
                cur.add(new Fill(MARGIN_X, y - lines.size() * lh - 4, CONTENT_W, lines.size() * lh + 4, 0.9f));
            }
            for (String l : lines) {
                y -= lh;
                cur.add(new Text(MARGIN_X + (h.level() == 1 ? 4 : 0), y + (h.level() == 1 ? 1 : 0), font, size, l, 0));
            }
            y -= h.level() == 1 ? 8 : 4;
        }

        void paragraph(String text, PDFont font, float indent, float gray) {
            List<String> lines = wrap(text(piece, text), font, BODY, CONTENT_W - indent);
            float lh = BODY * LEADING;
            for (int k = 0; k < lines.size(); k++) {
                // avoid a single orphan line at the bottom of a page
                ensure(k == 0 && lines.size() > 1 ? 2 * lh : lh);
                y -= lh;
                cur.add(new Text(MARGIN_X + indent, y, font, BODY, lines.get(k), gray));
            }
            y -= 5;
        }

        void note(String text) {
            List<String> lines = wrap(text(piece, text), ITALIC, BODY, CONTENT_W - 16);
            float lh = BODY * LEADING;
            float h = lines.size() * lh + 8;
            ensure(h);
            cur.add(new Fill(MARGIN_X, y - h, 2, h, 0.5f));
            y -= 4;
            for (String l : lines) {
                y -= lh;
                cur.add(new Text(MARGIN_X + 10, y, ITALIC, BODY, l, 0.15f));
            }
            y -= 9;
        }

        void listItem(Block.ListItem li) {
            float indent = 12 + li.level() * 16;
            String bullet = li.level() == 0 ? "\u2022" : "\u2013";
            List<String> lines = wrap(text(piece, li.text()), REGULAR, BODY, CONTENT_W - indent - 11);
            float lh = BODY * LEADING;
            for (int k = 0; k < lines.size(); k++) {
                ensure(lh);
                y -= lh;
                if (k == 0) {
                    cur.add(new Text(MARGIN_X + indent, y, REGULAR, BODY, bullet, 0));
                }
                cur.add(new Text(MARGIN_X + indent + 11, y, REGULAR, BODY, lines.get(k), 0));
            }
            y -= 2.5f;
        }

        float[] columnWidths(Block.Table t) {
            int cols = t.columns();
            float[] widths = new float[cols];
            float sum = 0;
            for (int c = 0; c < cols; c++) {
                widths[c] = c < t.widths().size() ? t.widths().get(c) : 1;
                sum += widths[c];
            }
            for (int c = 0; c < cols; c++) {
                widths[c] = widths[c] / sum * CONTENT_W;
            }
            return widths;
        }

        void table(Block.Table t) {
            float[] widths = columnWidths(t);
            float size = TABLE_SIZE;
            float lh = size * 1.25f;
            List<Row> header = new ArrayList<>();
            // never leave the header rows alone at the bottom of a page
            ensure(minHeight(t));
            y -= 2;
            for (int r = 0; r < t.rows().size(); r++) {
                boolean isHeader = r < t.headerRows();
                Row row = row(t.rows().get(r), widths, isHeader ? BOLD : REGULAR, size, lh, isHeader);
                if (y - row.height < MARGIN_BOTTOM && !pageIsEmpty()) {
                    newPage();
                    for (Row hr : header) {
                        drawRow(hr, widths, lh, size);
                    }
                }
                drawRow(row, widths, lh, size);
                if (isHeader) {
                    header.add(row);
                }
            }
            y -= 8;
        }

        private Row row(List<String> cells, float[] widths, PDFont font, float size, float lh, boolean header) {
            List<List<String>> wrapped = new ArrayList<>();
            int maxLines = 1;
            for (int c = 0; c < widths.length; c++) {
                String cell = c < cells.size() ? text(piece, cells.get(c)) : "";
                List<String> lines = cell.isEmpty() ? List.of() : wrap(cell, font, size, widths[c] - 2 * CELL_PAD);
                wrapped.add(lines);
                maxLines = Math.max(maxLines, lines.size());
            }
            return new Row(wrapped, font, header, maxLines * lh + 2 * CELL_PAD + 2);
        }

        private void drawRow(Row row, float[] widths, float lh, float size) {
            float top = y;
            float bottom = y - row.height;
            if (row.header) {
                cur.add(new Fill(MARGIN_X, bottom, CONTENT_W, row.height, 0.88f));
            }
            float x = MARGIN_X;
            for (int c = 0; c < widths.length; c++) {
                float ty = top - CELL_PAD - size;
                for (String l : row.cells.get(c)) {
                    cur.add(new Text(x + CELL_PAD, ty, row.font, size, l, 0));
                    ty -= lh;
                }
                cur.add(new Line(x, top, x, bottom, 0.5f));
                x += widths[c];
            }
            cur.add(new Line(MARGIN_X + CONTENT_W, top, MARGIN_X + CONTENT_W, bottom, 0.5f));
            cur.add(new Line(MARGIN_X, top, MARGIN_X + CONTENT_W, top, 0.5f));
            cur.add(new Line(MARGIN_X, bottom, MARGIN_X + CONTENT_W, bottom, 0.5f));
            y = bottom;
        }
    }

    private record Row(List<List<String>> cells, PDFont font, boolean header, float height) {
    }

    // ---------------------------------------------------------------- text helpers

    static String text(PieceSource piece, String s) {
        return Typography.apply(s, piece.typography());
    }

    static float width(PDFont font, float size, String s) {
        try {
            return font.getStringWidth(s) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Greedy line breaking on ordinary spaces; no-break spaces hold words together. */
    static List<String> wrap(String text, PDFont font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(font, size, candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // a single word wider than the line (long URL, reference): cut it
            String w = word;
            while (width(font, size, w) > maxWidth) {
                int cut = w.length() - 1;
                while (cut > 1 && width(font, size, w.substring(0, cut)) > maxWidth) {
                    cut--;
                }
                lines.add(w.substring(0, cut));
                w = w.substring(cut);
            }
            line.append(w);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static void checkEncodable(PieceSource piece) {
        List<String> all = new ArrayList<>();
        all.add(piece.header());
        all.add(piece.footer());
        for (Block b : piece.blocks()) {
            all.addAll(Blocks.texts(b));
        }
        for (String s : all) {
            String t = text(piece, s);
            for (int i = 0; i < t.length(); i++) {
                String ch = String.valueOf(t.charAt(i));
                try {
                    BOLD_ITALIC.encode(ch);
                } catch (IOException | IllegalArgumentException e) {
                    throw new IllegalArgumentException(piece.source() + " : caractère U+"
                            + String.format("%04X", (int) t.charAt(i)) + " non disponible en WinAnsi (Helvetica) dans « "
                            + t.substring(Math.max(0, i - 20), Math.min(t.length(), i + 20)) + " »", e);
                }
            }
        }
    }

    private static byte[] md5(String s) {
        try {
            return MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- drawing operations

    private interface Op {
        void draw(PDPageContentStream cs, Map<PDFont, PDFont> fonts) throws IOException;
    }

    private record Text(float x, float y, PDFont font, float size, String s, float gray) implements Op {
        @Override
        public void draw(PDPageContentStream cs, Map<PDFont, PDFont> fonts) throws IOException {
            cs.beginText();
            cs.setNonStrokingColor(gray);
            cs.setFont(fonts.get(font), size);
            cs.newLineAtOffset(x, y);
            cs.showText(s);
            cs.endText();
        }
    }

    private record Line(float x1, float y1, float x2, float y2, float w) implements Op {
        @Override
        public void draw(PDPageContentStream cs, Map<PDFont, PDFont> fonts) throws IOException {
            cs.setStrokingColor(0.3f);
            cs.setLineWidth(w);
            cs.moveTo(x1, y1);
            cs.lineTo(x2, y2);
            cs.stroke();
        }
    }

    private record Fill(float x, float y, float w, float h, float gray) implements Op {
        @Override
        public void draw(PDPageContentStream cs, Map<PDFont, PDFont> fonts) throws IOException {
            cs.setNonStrokingColor(gray);
            cs.addRect(x, y, w, h);
            cs.fill();
        }
    }
}
