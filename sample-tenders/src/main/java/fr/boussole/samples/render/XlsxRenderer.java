package fr.boussole.samples.render;

import fr.boussole.samples.source.Block;
import fr.boussole.samples.source.PieceSource;
import fr.boussole.samples.source.TenderSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a price schedule (BPU, DPGF, DQE) or a questionnaire as an XLSX workbook. Each
 * {@code ::: sheet} starts a worksheet; headings and paragraphs become text rows, tables become ruled
 * rows with a bold header. Cells: {@code =…} is a formula ({@code {r}} = this row, {@code {r-N}} = N rows
 * above, {@code {top}} = first body row of the table), numbers written the French way (12 or 12,5; not in the first column, which holds price references) are numeric (quantities; amounts in
 * columns whose header mentions € or "prix"/"montant"/"total" get a euro format), anything else is text.
 * Formulas are evaluated once so cached values exist (0 while unit prices are blank).
 */
public final class XlsxRenderer {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:,\\d+)?");
    private static final Pattern ROW_OFFSET = Pattern.compile("\\{r-(\\d+)\\}");
    private static final Pattern MONEY_HEADER = Pattern.compile("(?iu).*(€|prix|montant|total).*");

    private XlsxRenderer() {
    }

    public static byte[] render(TenderSource tender, PieceSource piece) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            XSSFSheet sheet = null;
            int rowNo = 0;
            for (Block b : piece.blocks()) {
                if (b instanceof Block.Sheet s) {
                    sheet = wb.createSheet(s.name());
                    rowNo = 0;
                    for (int c = 0; c < s.widths().size(); c++) {
                        sheet.setColumnWidth(c, s.widths().get(c) * 256);
                    }
                    sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
                    sheet.getPrintSetup().setLandscape(s.landscape());
                    sheet.setFitToPage(true);
                    sheet.getPrintSetup().setFitWidth((short) 1);
                    sheet.getPrintSetup().setFitHeight((short) 0);
                    if (!piece.footer().isEmpty()) {
                        sheet.getFooter().setLeft(text(piece, piece.footer()));
                        sheet.getFooter().setRight("Page &P sur &N");
                    }
                    continue;
                }
                if (sheet == null) {
                    throw new IllegalArgumentException(piece.source() + " : une pièce XLSX commence par « ::: sheet Nom »");
                }
                if (b instanceof Block.Heading h) {
                    Row row = sheet.createRow(rowNo++);
                    Cell cell = row.createCell(0);
                    cell.setCellValue(text(piece, h.text()));
                    cell.setCellStyle(h.level() == 1 ? st.title : st.subtitle);
                    if (h.level() == 1) {
                        row.setHeightInPoints(20);
                    }
                } else if (b instanceof Block.Paragraph || b instanceof Block.Note || b instanceof Block.ListItem) {
                    String s = Blocks.texts(b).get(0);
                    if (b instanceof Block.ListItem) {
                        s = "– " + s;
                    }
                    Cell cell = sheet.createRow(rowNo++).createCell(0);
                    cell.setCellValue(text(piece, s));
                    cell.setCellStyle(b instanceof Block.Note ? st.note : st.plain);
                } else if (b instanceof Block.Table t) {
                    rowNo = table(sheet, st, piece, t, rowNo) + 1;
                } else if (b instanceof Block.PageBreak) {
                    sheet.setRowBreak(Math.max(0, rowNo - 1));
                } else {
                    throw new IllegalArgumentException(piece.source() + " : bloc non pris en charge en XLSX : "
                            + b.getClass().getSimpleName());
                }
            }
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
            Date when = Date.from(tender.timestamp().toInstant());
            core.setCreated(Optional.of(when));
            core.setModified(Optional.of(when));
            core.setTitle(piece.title());
            core.setCreator(tender.author().isEmpty() ? tender.buyer() : tender.author());
            core.setLastModifiedByUser(tender.author().isEmpty() ? tender.buyer() : tender.author());
            wb.getProperties().getExtendedProperties().setCompany(tender.buyer());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return Zips.normalise(out.toByteArray(), tender.timestamp());
        } catch (IOException e) {
            throw new UncheckedIOException(piece.source() + " : écriture XLSX impossible", e);
        }
    }

    private static int table(XSSFSheet sheet, Styles st, PieceSource piece, Block.Table t, int start) {
        int cols = t.columns();
        boolean[] money = new boolean[cols];
        for (int r = 0; r < t.headerRows(); r++) {
            List<String> cells = t.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                money[c] |= MONEY_HEADER.matcher(cells.get(c)).matches();
            }
        }
        int top = start + t.headerRows() + 1; // 1-based Excel row of the first body row
        int rowNo = start;
        List<Integer> sectionRows = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            boolean header = r < t.headerRows();
            Row row = sheet.createRow(rowNo);
            List<String> cells = t.rows().get(r);
            boolean section = !header && cells.size() > 1 && !cells.get(0).isEmpty()
                    && cells.subList(1, cells.size()).stream().allMatch(String::isEmpty);
            for (int c = 0; c < cols; c++) {
                String v = c < cells.size() ? cells.get(c) : "";
                Cell cell = row.createCell(c);
                if (header) {
                    cell.setCellValue(text(piece, v));
                    cell.setCellStyle(st.header);
                } else if (v.startsWith("=")) {
                    final int excelRow = rowNo + 1;
                    String f = ROW_OFFSET.matcher(v.substring(1))
                            .replaceAll(m -> String.valueOf(excelRow - Integer.parseInt(m.group(1))))
                            .replace("{r}", String.valueOf(excelRow)).replace("{top}", String.valueOf(top));
                    cell.setCellFormula(f);
                    cell.setCellStyle(money[c] ? st.money : st.number);
                } else if (c > 0 && NUMBER.matcher(v).matches()) {
                    cell.setCellValue(Double.parseDouble(v.replace(',', '.')));
                    cell.setCellStyle(money[c] ? st.money : st.number);
                } else if (v.isEmpty()) {
                    // blank price cells of a priced line are for the candidate to fill in
                    boolean priced = !cells.isEmpty() && !cells.get(0).isEmpty();
                    cell.setCellStyle(section ? st.section : money[c] && priced ? st.input : st.text);
                } else {
                    cell.setCellValue(text(piece, v));
                    cell.setCellStyle(section ? st.section : st.text);
                }
            }
            if (section) {
                sectionRows.add(rowNo);
            }
            rowNo++;
        }
        for (int r : sectionRows) {
            if (cols > 1) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, cols - 1));
            }
        }
        if (t.headerRows() > 0) {
            sheet.createFreezePane(0, start + t.headerRows());
        }
        return rowNo;
    }

    private static String text(PieceSource piece, String s) {
        return Typography.apply(s, piece.typography());
    }

    /** The few cell styles of a price schedule. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle plain;
        final CellStyle note;
        final CellStyle header;
        final CellStyle text;
        final CellStyle section;
        final CellStyle number;
        final CellStyle money;
        final CellStyle input;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            Font italic = wb.createFont();
            italic.setItalic(true);
            title = wb.createCellStyle();
            title.setFont(big);
            subtitle = wb.createCellStyle();
            subtitle.setFont(bold);
            plain = wb.createCellStyle();
            note = wb.createCellStyle();
            note.setFont(italic);
            header = ruled(wb);
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = ruled(wb);
            text.setWrapText(true);
            section = ruled(wb);
            section.setFont(bold);
            section.setFillForegroundColor(IndexedColors.LIGHT_TURQUOISE.getIndex());
            section.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            number = ruled(wb);
            number.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            money = ruled(wb);
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00\\ \"€\""));
            input = ruled(wb);
            input.setDataFormat(wb.createDataFormat().getFormat("#,##0.00\\ \"€\""));
            input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        private static CellStyle ruled(XSSFWorkbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }
    }
}
