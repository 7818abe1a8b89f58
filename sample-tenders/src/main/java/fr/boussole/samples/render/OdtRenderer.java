package fr.boussole.samples.render;

import fr.boussole.samples.source.Block;
import fr.boussole.samples.source.PieceSource;
import fr.boussole.samples.source.TenderSource;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Writes a piece as an OpenDocument text (ODT 1.3) package by hand: {@code mimetype} first and stored,
 * manifest, meta, styles (paragraph styles "Heading 1…3", A4 page with header/footer) and content
 * ({@code text:h} with outline levels, {@code text:p}, {@code text:list}, {@code table:table}, a
 * {@code text:table-of-content} with cached entries).
 */
public final class OdtRenderer {

    private static final String MIME = "application/vnd.oasis.opendocument.text";
    private static final String NS = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
            + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";
    private static final String FONTS = "<office:font-face-decls><style:font-face style:name=\"Liberation Sans\""
            + " svg:font-family=\"'Liberation Sans'\" style:font-family-generic=\"swiss\""
            + " style:font-pitch=\"variable\"/></office:font-face-decls>";
    private static final double TEXT_CM = 17.0;

    private OdtRenderer() {
    }

    public static byte[] render(TenderSource tender, PieceSource piece) {
        String author = tender.author().isEmpty() ? tender.buyer() : tender.author();
        return Zips.write(List.of(
                new Zips.Entry("mimetype", MIME.getBytes(StandardCharsets.US_ASCII), true),
                new Zips.Entry("content.xml", content(piece).getBytes(StandardCharsets.UTF_8), false),
                new Zips.Entry("styles.xml", styles(piece).getBytes(StandardCharsets.UTF_8), false),
                new Zips.Entry("meta.xml", meta(tender, piece, author).getBytes(StandardCharsets.UTF_8), false),
                new Zips.Entry("META-INF/manifest.xml", manifest().getBytes(StandardCharsets.UTF_8), false)),
                tender.timestamp());
    }

    private static String content(PieceSource piece) {
        StringBuilder auto = new StringBuilder();
        auto.append("<style:style style:name=\"P_center\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">")
            .append("<style:paragraph-properties fo:text-align=\"center\" fo:margin-bottom=\"0.2cm\"/></style:style>")
            .append("<style:style style:name=\"P_break\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">")
            .append("<style:paragraph-properties fo:break-before=\"page\"/></style:style>")
            .append("<style:style style:name=\"P_note\" style:family=\"paragraph\" style:parent-style-name=\"Text_20_body\">")
            .append("<style:paragraph-properties fo:margin-left=\"0.5cm\"/><style:text-properties fo:font-style=\"italic\"/></style:style>")
            .append("<style:style style:name=\"T_title\" style:family=\"text\"><style:text-properties fo:font-size=\"18pt\" fo:font-weight=\"bold\"/></style:style>")
            .append("<style:style style:name=\"T_sub\" style:family=\"text\"><style:text-properties fo:font-size=\"14pt\" fo:font-weight=\"bold\"/></style:style>")
            .append("<style:style style:name=\"T_small\" style:family=\"text\"><style:text-properties fo:font-size=\"9pt\"/></style:style>")
            .append("<style:style style:name=\"Cell\" style:family=\"table-cell\"><style:table-cell-properties fo:padding=\"0.1cm\" fo:border=\"0.5pt solid #7f7f7f\"/></style:style>")
            .append("<style:style style:name=\"CellHead\" style:family=\"table-cell\"><style:table-cell-properties fo:padding=\"0.1cm\" fo:background-color=\"#d9d9d9\" fo:border=\"0.5pt solid #7f7f7f\"/></style:style>")
            .append("<text:list-style style:name=\"L1\">");
        String[] bullets = {"\u2022", "\u2013", "\u25AA"};
        for (int k = 0; k < 3; k++) {
            auto.append("<text:list-level-style-bullet text:level=\"").append(k + 1).append("\" text:bullet-char=\"")
                .append(bullets[k]).append("\"><style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">")
                .append("<style:list-level-label-alignment text:label-followed-by=\"listtab\" fo:text-indent=\"-0.6cm\" fo:margin-left=\"")
                .append(String.format(java.util.Locale.ROOT, "%.1f", 1.2 + 0.6 * k)).append("cm\"/></style:list-level-properties></text:list-level-style-bullet>");
        }
        auto.append("</text:list-style>");

        StringBuilder body = new StringBuilder();
        Map<Integer, Integer> pages = PdfRenderer.headingPages(piece);
        List<Block> blocks = piece.blocks();
        int tableNo = 0;
        boolean breakPending = false;
        int openLists = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!(b instanceof Block.ListItem) && openLists > 0) {
                closeLists(body, openLists);
                openLists = 0;
            }
            String pStyle = breakPending ? "P_break" : null;
            if (b instanceof Block.Cover c) {
                for (Block.CoverLine line : c.lines()) {
                    String span = switch (line.style()) {
                        case TITLE -> "T_title";
                        case SUBTITLE -> "T_sub";
                        case SMALL -> "T_small";
                        default -> null;
                    };
                    body.append("<text:p text:style-name=\"P_center\">");
                    if (line.style() != Block.CoverStyle.GAP) {
                        if (span != null) {
                            body.append("<text:span text:style-name=\"").append(span).append("\">");
                        }
                        body.append(x(piece, line.text()));
                        if (span != null) {
                            body.append("</text:span>");
                        }
                    }
                    body.append("</text:p>");
                }
                breakPending = true;
                continue;
            } else if (b instanceof Block.PageBreak) {
                breakPending = true;
                continue;
            } else if (b instanceof Block.Toc toc) {
                if (pStyle != null) {
                    body.append("<text:p text:style-name=\"P_break\"/>");
                }
                body.append("<text:table-of-content text:protected=\"true\" text:name=\"Sommaire1\">")
                    .append("<text:table-of-content-source text:outline-level=\"").append(toc.maxLevel()).append("\">")
                    .append("<text:index-title-template text:style-name=\"Contents_20_Heading\">").append(x(piece, toc.title()))
                    .append("</text:index-title-template></text:table-of-content-source><text:index-body>")
                    .append("<text:index-title text:name=\"Sommaire1_Head\"><text:p text:style-name=\"Contents_20_Heading\">")
                    .append(x(piece, toc.title())).append("</text:p></text:index-title>");
                for (int k = 0; k < blocks.size(); k++) {
                    if (blocks.get(k) instanceof Block.Heading h && h.level() <= toc.maxLevel()) {
                        body.append("<text:p text:style-name=\"Contents_20_").append(h.level()).append("\">")
                            .append(x(piece, h.text())).append("<text:tab/>").append(pages.getOrDefault(k, 1))
                            .append("</text:p>");
                    }
                }
                body.append("</text:index-body></text:table-of-content>");
                breakPending = true;
                continue;
            } else if (b instanceof Block.Heading h) {
                if (pStyle != null) {
                    body.append("<text:p text:style-name=\"P_break\"/>");
                }
                body.append("<text:h text:style-name=\"Heading_20_").append(h.level()).append("\" text:outline-level=\"")
                    .append(h.level()).append("\">").append(x(piece, h.text())).append("</text:h>");
            } else if (b instanceof Block.Paragraph p) {
                body.append("<text:p text:style-name=\"").append(pStyle != null ? pStyle : "Text_20_body").append("\">")
                    .append(x(piece, p.text())).append("</text:p>");
            } else if (b instanceof Block.Note n) {
                if (pStyle != null) {
                    body.append("<text:p text:style-name=\"P_break\"/>");
                }
                body.append("<text:p text:style-name=\"P_note\">").append(x(piece, n.text())).append("</text:p>");
            } else if (b instanceof Block.ListItem li) {
                if (pStyle != null && openLists == 0) {
                    body.append("<text:p text:style-name=\"P_break\"/>");
                }
                int depth = Math.min(li.level(), 2) + 1;
                if (openLists == 0) {
                    body.append("<text:list text:style-name=\"L1\">");
                    openLists = 1;
                }
                while (openLists < depth) {
                    // nest inside the previous item (re-opened)
                    int cut = body.lastIndexOf("</text:list-item>");
                    body.setLength(cut);
                    body.append("<text:list>");
                    openLists++;
                }
                while (openLists > depth) {
                    body.append("</text:list></text:list-item>");
                    openLists--;
                }
                body.append("<text:list-item><text:p text:style-name=\"List_20_Paragraph\">").append(x(piece, li.text()))
                    .append("</text:p></text:list-item>");
            } else if (b instanceof Block.Table t) {
                if (pStyle != null) {
                    body.append("<text:p text:style-name=\"P_break\"/>");
                }
                tableNo++;
                table(auto, body, piece, t, tableNo);
            } else if (b instanceof Block.Sheet) {
                throw new IllegalArgumentException(piece.source() + " : « ::: sheet » réservé aux pièces XLSX");
            }
            breakPending = false;
        }
        if (openLists > 0) {
            closeLists(body, openLists);
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content" + NS + " office:version=\"1.3\">"
                + FONTS + "<office:automatic-styles>" + auto + "</office:automatic-styles><office:body><office:text>"
                + body + "</office:text></office:body></office:document-content>";
    }

    private static void closeLists(StringBuilder body, int open) {
        body.append("</text:list>");
        for (int k = 1; k < open; k++) {
            body.append("</text:list-item></text:list>");
        }
    }

    private static void table(StringBuilder auto, StringBuilder body, PieceSource piece, Block.Table t, int no) {
        int cols = t.columns();
        double sum = 0;
        for (int c = 0; c < cols; c++) {
            sum += c < t.widths().size() ? t.widths().get(c) : 1;
        }
        String name = "Tableau" + no;
        auto.append("<style:style style:name=\"").append(name).append("\" style:family=\"table\">")
            .append("<style:table-properties style:width=\"").append(cm(TEXT_CM)).append("\" table:align=\"margins\" fo:margin-bottom=\"0.3cm\"/></style:style>");
        for (int c = 0; c < cols; c++) {
            double w = (c < t.widths().size() ? t.widths().get(c) : 1) / sum * TEXT_CM;
            auto.append("<style:style style:name=\"").append(name).append('.').append(col(c))
                .append("\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"")
                .append(cm(w)).append("\"/></style:style>");
        }
        body.append("<table:table table:name=\"").append(name).append("\" table:style-name=\"").append(name).append("\">");
        for (int c = 0; c < cols; c++) {
            body.append("<table:table-column table:style-name=\"").append(name).append('.').append(col(c)).append("\"/>");
        }
        for (int r = 0; r < t.rows().size(); r++) {
            boolean header = r < t.headerRows();
            if (header && r == 0) {
                body.append("<table:table-header-rows>");
            }
            body.append("<table:table-row>");
            List<String> cells = t.rows().get(r);
            for (int c = 0; c < cols; c++) {
                body.append("<table:table-cell table:style-name=\"").append(header ? "CellHead" : "Cell")
                    .append("\" office:value-type=\"string\"><text:p text:style-name=\"")
                    .append(header ? "Table_20_Heading" : "Table_20_Contents").append("\">")
                    .append(x(piece, c < cells.size() ? cells.get(c) : "")).append("</text:p></table:table-cell>");
            }
            body.append("</table:table-row>");
            if (header && r == t.headerRows() - 1) {
                body.append("</table:table-header-rows>");
            }
        }
        body.append("</table:table>");
    }

    private static String col(int c) {
        return String.valueOf((char) ('A' + c));
    }

    private static String cm(double v) {
        return String.format(java.util.Locale.ROOT, "%.3fcm", v);
    }

    private static String styles(PieceSource piece) {
        StringBuilder s = new StringBuilder();
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles").append(NS)
         .append(" office:version=\"1.3\">").append(FONTS).append("<office:styles>")
         .append("<style:default-style style:family=\"paragraph\"><style:paragraph-properties fo:hyphenation-ladder-count=\"no-limit\"/>")
         .append("<style:text-properties style:font-name=\"Liberation Sans\" fo:font-size=\"10pt\" fo:language=\"fr\" fo:country=\"FR\"/></style:default-style>")
         .append("<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>")
         .append("<style:style style:name=\"Text_20_body\" style:display-name=\"Text body\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"text\">")
         .append("<style:paragraph-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0.21cm\" fo:text-align=\"justify\"/></style:style>")
         .append("<style:style style:name=\"Heading\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:next-style-name=\"Text_20_body\" style:class=\"text\">")
         .append("<style:paragraph-properties fo:margin-top=\"0.42cm\" fo:margin-bottom=\"0.21cm\" fo:keep-with-next=\"always\"/>")
         .append("<style:text-properties fo:font-weight=\"bold\"/></style:style>");
        String[] sizes = {"12pt", "11pt", "10pt"};
        for (int level = 1; level <= 3; level++) {
            s.append("<style:style style:name=\"Heading_20_").append(level).append("\" style:display-name=\"Heading ").append(level)
             .append("\" style:family=\"paragraph\" style:parent-style-name=\"Heading\" style:next-style-name=\"Text_20_body\"")
             .append(" style:default-outline-level=\"").append(level).append("\" style:class=\"text\"><style:text-properties fo:font-size=\"")
             .append(sizes[level - 1]).append("\"").append(level == 3 ? " fo:font-style=\"italic\"" : "").append("/></style:style>");
        }
        s.append("<style:style style:name=\"Contents_20_Heading\" style:display-name=\"Contents Heading\" style:family=\"paragraph\" style:parent-style-name=\"Heading\" style:class=\"index\">")
         .append("<style:text-properties fo:font-size=\"12pt\"/></style:style>");
        for (int level = 1; level <= 3; level++) {
            s.append("<style:style style:name=\"Contents_20_").append(level).append("\" style:display-name=\"Contents ").append(level)
             .append("\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"index\"><style:paragraph-properties fo:margin-left=\"")
             .append(cm(0.4 * (level - 1))).append("\"><style:tab-stops><style:tab-stop style:position=\"").append(cm(TEXT_CM - 0.4 * (level - 1)))
             .append("\" style:type=\"right\" style:leader-style=\"dotted\" style:leader-text=\".\"/></style:tab-stops></style:paragraph-properties></style:style>");
        }
        s.append("<style:style style:name=\"List_20_Paragraph\" style:display-name=\"List Paragraph\" style:family=\"paragraph\" style:parent-style-name=\"Text_20_body\" style:class=\"list\"/>")
         .append("<style:style style:name=\"Table_20_Contents\" style:display-name=\"Table Contents\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"extra\"><style:text-properties fo:font-size=\"9pt\"/></style:style>")
         .append("<style:style style:name=\"Table_20_Heading\" style:display-name=\"Table Heading\" style:family=\"paragraph\" style:parent-style-name=\"Table_20_Contents\" style:class=\"extra\"><style:text-properties fo:font-weight=\"bold\"/></style:style>")
         .append("<style:style style:name=\"Header\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"extra\"><style:text-properties fo:font-size=\"8pt\" fo:font-style=\"italic\"/></style:style>")
         .append("<style:style style:name=\"Footer\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"extra\"><style:text-properties fo:font-size=\"8pt\"/></style:style>")
         .append("</office:styles><office:automatic-styles><style:page-layout style:name=\"pm1\">")
         .append("<style:page-layout-properties fo:page-width=\"21.001cm\" fo:page-height=\"29.7cm\" style:print-orientation=\"portrait\"")
         .append(" fo:margin-top=\"1.5cm\" fo:margin-bottom=\"1.5cm\" fo:margin-left=\"2cm\" fo:margin-right=\"2cm\"/>")
         .append("<style:header-style><style:header-footer-properties fo:min-height=\"0cm\" fo:margin-bottom=\"0.5cm\"/></style:header-style>")
         .append("<style:footer-style><style:header-footer-properties fo:min-height=\"0cm\" fo:margin-top=\"0.5cm\"/></style:footer-style>")
         .append("</style:page-layout></office:automatic-styles><office:master-styles>")
         .append("<style:master-page style:name=\"Standard\" style:page-layout-name=\"pm1\">");
        if (!piece.header().isEmpty()) {
            s.append("<style:header><text:p text:style-name=\"Header\">").append(x(piece, piece.header())).append("</text:p></style:header>");
        }
        if (!piece.footer().isEmpty()) {
            s.append("<style:footer><text:p text:style-name=\"Footer\">").append(x(piece, piece.footer()))
             .append(" – page <text:page-number text:select-page=\"current\">1</text:page-number></text:p></style:footer>");
        }
        s.append("</style:master-page></office:master-styles></office:document-styles>");
        return s.toString();
    }

    private static String meta(TenderSource tender, PieceSource piece, String author) {
        String date = tender.timestamp().toLocalDateTime().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta" + NS + " office:version=\"1.3\"><office:meta>"
                + "<meta:generator>Boussole sample-tenders</meta:generator>"
                + "<dc:title>" + esc(piece.title()) + "</dc:title>"
                + "<meta:initial-creator>" + esc(author) + "</meta:initial-creator>"
                + "<dc:creator>" + esc(author) + "</dc:creator>"
                + "<meta:creation-date>" + date + "</meta:creation-date>"
                + "<dc:date>" + date + "</dc:date>"
                + "<dc:language>fr-FR</dc:language>"
                + "</office:meta></office:document-meta>";
    }

    private static String manifest() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\"" + MIME + "\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
                + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
    }

    private static String x(PieceSource piece, String s) {
        return esc(Typography.apply(s, piece.typography()));
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
