package fr.boussole.samples.render;

import fr.boussole.samples.source.Block;
import fr.boussole.samples.source.PieceSource;
import fr.boussole.samples.source.TenderSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a piece as a Word document with real heading styles ("heading 1…3" with outline levels, as
 * Word names them), a real TOC field whose cached entries carry the page numbers of the PDF layout, bullet
 * numbering, ruled tables with a repeated header row, a running header and footer. The package is then
 * re-zipped with fixed entry times ({@link Zips#normalise}).
 */
public final class DocxRenderer {

    private static final String FONT = "Arial";
    /** Text width of an A4 page with 2,5 cm margins, in twentieths of a point. */
    private static final int TEXT_TWIPS = 11906 - 2 * 1417;

    private DocxRenderer() {
    }

    public static byte[] render(TenderSource tender, PieceSource piece) {
        try (XWPFDocument doc = new XWPFDocument()) {
            styles(doc);
            page(doc);
            BigInteger bullets = bullets(doc);
            if (!piece.header().isEmpty()) {
                XWPFHeader h = doc.createHeader(HeaderFooterType.DEFAULT);
                XWPFRun r = h.createParagraph().createRun();
                r.setText(t(piece, piece.header()));
                r.setItalic(true);
                r.setFontSize(8);
            }
            if (!piece.footer().isEmpty()) {
                XWPFFooter f = doc.createFooter(HeaderFooterType.DEFAULT);
                XWPFRun r = f.createParagraph().createRun();
                r.setText(t(piece, piece.footer()));
                r.setFontSize(8);
            }
            Map<Integer, Integer> pages = PdfRenderer.headingPages(piece);
            List<Block> blocks = piece.blocks();
            for (Block b : blocks) {
                if (b instanceof Block.Cover c) {
                    cover(doc, piece, c);
                } else if (b instanceof Block.PageBreak) {
                    doc.createParagraph().createRun().addBreak(BreakType.PAGE);
                } else if (b instanceof Block.Toc toc) {
                    toc(doc, piece, toc, blocks, pages);
                } else if (b instanceof Block.Heading h) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setStyle("Heading" + h.level());
                    p.createRun().setText(t(piece, h.text()));
                } else if (b instanceof Block.Paragraph para) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setAlignment(ParagraphAlignment.BOTH);
                    p.createRun().setText(t(piece, para.text()));
                } else if (b instanceof Block.Note n) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setIndentationLeft(284);
                    XWPFRun r = p.createRun();
                    r.setItalic(true);
                    r.setText(t(piece, n.text()));
                } else if (b instanceof Block.ListItem li) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setStyle("ListParagraph");
                    p.setNumID(bullets);
                    p.setNumILvl(BigInteger.valueOf(Math.min(li.level(), 2)));
                    p.createRun().setText(t(piece, li.text()));
                } else if (b instanceof Block.Table table) {
                    table(doc, piece, table);
                    doc.createParagraph();
                } else if (b instanceof Block.Sheet) {
                    throw new IllegalArgumentException(piece.source() + " : « ::: sheet » réservé aux pièces XLSX");
                }
            }
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            Date when = Date.from(tender.timestamp().toInstant());
            core.setCreated(Optional.of(when));
            core.setModified(Optional.of(when));
            core.setTitle(piece.title());
            core.setCreator(tender.author().isEmpty() ? tender.buyer() : tender.author());
            core.setLastModifiedByUser(tender.author().isEmpty() ? tender.buyer() : tender.author());
            doc.getProperties().getExtendedProperties().setCompany(tender.buyer());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return Zips.normalise(out.toByteArray(), tender.timestamp());
        } catch (IOException e) {
            throw new UncheckedIOException(piece.source() + " : écriture DOCX impossible", e);
        }
    }

    private static String t(PieceSource piece, String s) {
        return Typography.apply(s, piece.typography());
    }

    private static void cover(XWPFDocument doc, PieceSource piece, Block.Cover c) {
        for (int k = 0; k < 4; k++) {
            doc.createParagraph();
        }
        for (Block.CoverLine line : c.lines()) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            if (line.style() == Block.CoverStyle.GAP) {
                continue;
            }
            XWPFRun r = p.createRun();
            r.setText(t(piece, line.text()));
            switch (line.style()) {
                case TITLE -> {
                    r.setBold(true);
                    r.setFontSize(18);
                }
                case SUBTITLE -> {
                    r.setBold(true);
                    r.setFontSize(14);
                }
                case SMALL -> r.setFontSize(9);
                default -> r.setFontSize(11);
            }
        }
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    private static void toc(XWPFDocument doc, PieceSource piece, Block.Toc toc, List<Block> blocks,
                            Map<Integer, Integer> pages) {
        XWPFParagraph title = doc.createParagraph();
        title.setStyle("TOCHeading");
        title.createRun().setText(t(piece, toc.title()));
        XWPFParagraph first = null;
        XWPFParagraph last = null;
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Block.Heading h) || h.level() > toc.maxLevel()) {
                continue;
            }
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("TOC" + h.level());
            CTP ctp = p.getCTP();
            if (first == null) {
                first = p;
                fieldChar(ctp, STFldCharType.BEGIN);
                CTText instr = ctp.addNewR().addNewInstrText();
                instr.setStringValue(" TOC \\o \"1-" + toc.maxLevel() + "\" \\h \\z \\u ");
                instr.setSpace(SpaceAttribute.Space.PRESERVE);
                fieldChar(ctp, STFldCharType.SEPARATE);
            }
            CTR r = ctp.addNewR();
            r.addNewT().setStringValue(t(piece, h.text()));
            ctp.addNewR().addNewTab();
            ctp.addNewR().addNewT().setStringValue(String.valueOf(pages.getOrDefault(i, 1)));
            last = p;
        }
        if (last != null) {
            fieldChar(last.getCTP(), STFldCharType.END);
        }
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    private static void fieldChar(CTP ctp, STFldCharType.Enum type) {
        ctp.addNewR().addNewFldChar().setFldCharType(type);
    }

    private static void table(XWPFDocument doc, PieceSource piece, Block.Table t) {
        int cols = t.columns();
        int[] tw = new int[cols];
        double sum = 0;
        for (int c = 0; c < cols; c++) {
            sum += c < t.widths().size() ? t.widths().get(c) : 1;
        }
        for (int c = 0; c < cols; c++) {
            tw[c] = (int) Math.round((c < t.widths().size() ? t.widths().get(c) : 1) / sum * TEXT_TWIPS);
        }
        XWPFTable table = doc.createTable(t.rows().size(), cols);
        table.setWidth(String.valueOf(TEXT_TWIPS));
        CTTblWidth w = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
                : table.getCTTbl().getTblPr().addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(TEXT_TWIPS));
        XWPFTable.XWPFBorderType single = XWPFTable.XWPFBorderType.SINGLE;
        table.setTopBorder(single, 4, 0, "7F7F7F");
        table.setBottomBorder(single, 4, 0, "7F7F7F");
        table.setLeftBorder(single, 4, 0, "7F7F7F");
        table.setRightBorder(single, 4, 0, "7F7F7F");
        table.setInsideHBorder(single, 4, 0, "7F7F7F");
        table.setInsideVBorder(single, 4, 0, "7F7F7F");
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < cols; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(tw[c]));
        }
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r);
            boolean header = r < t.headerRows();
            if (header) {
                row.setRepeatHeader(true);
            }
            List<String> cells = t.rows().get(r);
            for (int c = 0; c < cols; c++) {
                XWPFTableCell cell = row.getCell(c);
                CTTblWidth cw = cell.getCTTc().addNewTcPr().addNewTcW();
                cw.setType(STTblWidth.DXA);
                cw.setW(BigInteger.valueOf(tw[c]));
                if (header) {
                    cell.setColor("D9D9D9");
                }
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setSpacingAfter(0);
                XWPFRun run = p.createRun();
                run.setFontSize(9);
                run.setBold(header);
                run.setText(t(piece, c < cells.size() ? cells.get(c) : ""));
            }
        }
    }

    // ---------------------------------------------------------------- styles and page set-up

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz sz = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        sz.setW(BigInteger.valueOf(11906));
        sz.setH(BigInteger.valueOf(16838));
        CTPageMar m = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        m.setTop(BigInteger.valueOf(1417));
        m.setBottom(BigInteger.valueOf(1417));
        m.setLeft(BigInteger.valueOf(1417));
        m.setRight(BigInteger.valueOf(1417));
        m.setHeader(BigInteger.valueOf(567));
        m.setFooter(BigInteger.valueOf(567));
    }

    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        styles.setDefaultFonts(fonts);
        CTStyle normal = style("Normal", "Normal", null, 20, false);
        CTSpacing sp = normal.addNewPPr().addNewSpacing();
        sp.setAfter(BigInteger.valueOf(120));
        normal.addNewQFormat();
        styles.addStyle(new XWPFStyle(normal, styles));
        int[] sizes = {24, 22, 20};
        for (int level = 1; level <= 3; level++) {
            CTStyle h = style("Heading" + level, "heading " + level, "Normal", sizes[level - 1], true);
            CTPPrGeneral ppr = h.addNewPPr();
            ppr.addNewKeepNext();
            CTSpacing hs = ppr.addNewSpacing();
            hs.setBefore(BigInteger.valueOf(level == 1 ? 360 : 240));
            hs.setAfter(BigInteger.valueOf(120));
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            if (level == 3) {
                h.getRPr().addNewI();
            }
            h.addNewUiPriority().setVal(BigInteger.valueOf(9));
            h.addNewQFormat();
            styles.addStyle(new XWPFStyle(h, styles));
        }
        CTStyle tocHeading = style("TOCHeading", "TOC Heading", "Heading1", 24, true);
        // as in Word: the contents title is not itself an outline level, so it stays out of the TOC
        tocHeading.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(9));
        styles.addStyle(new XWPFStyle(tocHeading, styles));
        for (int level = 1; level <= 3; level++) {
            CTStyle toc = style("TOC" + level, "toc " + level, "Normal", 20, level == 1);
            CTPPrGeneral ppr = toc.addNewPPr();
            CTTabStop tab = ppr.addNewTabs().addNewTab();
            tab.setVal(STTabJc.RIGHT);
            tab.setLeader(STTabTlc.DOT);
            tab.setPos(BigInteger.valueOf(TEXT_TWIPS));
            ppr.addNewInd().setLeft(BigInteger.valueOf((level - 1) * 220L));
            ppr.addNewSpacing().setAfter(BigInteger.valueOf(60));
            styles.addStyle(new XWPFStyle(toc, styles));
        }
        CTStyle list = style("ListParagraph", "List Paragraph", "Normal", 20, false);
        list.addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(60));
        styles.addStyle(new XWPFStyle(list, styles));
    }

    private static CTStyle style(String id, String name, String basedOn, int halfPoints, boolean bold) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewNext().setVal("Normal");
        } else {
            s.setDefault(true);
        }
        CTRPr rpr = s.addNewRPr();
        CTFonts f = rpr.addNewRFonts();
        f.setAscii(FONT);
        f.setHAnsi(FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        if (bold) {
            rpr.addNewB();
        }
        return s;
    }

    private static BigInteger bullets(XWPFDocument doc) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.ONE);
        String[] symbols = {"\u2022", "\u2013", "\u25AA"};
        for (int k = 0; k < 3; k++) {
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(k));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
            lvl.addNewLvlText().setVal(symbols[k]);
            lvl.addNewLvlJc().setVal(STJc.LEFT);
            var ind = lvl.addNewPPr().addNewInd();
            ind.setLeft(BigInteger.valueOf(720L + 360L * k));
            ind.setHanging(BigInteger.valueOf(360));
        }
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
        return numbering.addNum(absId);
    }
}
