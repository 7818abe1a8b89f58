package fr.boussole.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableReportsTest {

    @Test
    void xlsxHasThreeSheetsAutofilterFrozenHeaderAndOneRowPerCriterion(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("rapport.xlsx");
        XlsxReport.write(Fixtures.result(), f);
        try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(3, wb.getNumberOfSheets());
            assertEquals("Synthèse", wb.getSheetName(0));
            assertEquals("Critères", wb.getSheetName(1));
            assertEquals("Problèmes", wb.getSheetName(2));
            XSSFSheet crit = wb.getSheet("Critères");
            assertEquals(1 + 16, crit.getPhysicalNumberOfRows());
            assertTrue(crit.getCTWorksheet().isSetAutoFilter());
            assertEquals("A1:P17", crit.getCTWorksheet().getAutoFilter().getRef());
            PaneInformation pane = crit.getPaneInformation();
            assertNotNull(pane);
            assertTrue(pane.isFreezePane());
            assertEquals(1, pane.getHorizontalSplitPosition());
            assertEquals(1, pane.getVerticalSplitPosition());
            Row header = crit.getRow(0);
            assertEquals("Identifiant", header.getCell(0).getStringCellValue());
            assertEquals("Extrait", header.getCell(9).getStringCellValue());
            // first row: the contradicted obligation, with its quote, article and the suggested clause
            Row first = crit.getRow(1);
            assertEquals("LEG-06", first.getCell(0).getStringCellValue());
            assertEquals("Contredit", first.getCell(4).getStringCellValue());
            assertEquals("Article 5 > 5.1", first.getCell(8).getStringCellValue());
            assertTrue(first.getCell(11).getStringCellValue().startsWith("Sous-critère « Réparabilité »"));
            assertTrue(first.getCell(9).getCellStyle().getWrapText());
            assertTrue(crit.getColumnWidth(9) >= 50 * 256);
            Row leg01 = findRow(crit, "LEG-01");
            assertEquals(7.0, leg01.getCell(7).getNumericCellValue());
            Row gui07 = findRow(crit, "GUI-07");
            assertEquals("9\n", gui07.getCell(7).getStringCellValue(), "several pieces of evidence: one line each");
            Sheet synth = wb.getSheet("Synthèse");
            String all = dump(synth);
            assertTrue(all.contains("3 / 6 respectées"), all);
            assertTrue(all.contains("Performance environnementale : 5 %"), all);
            Sheet pb = wb.getSheet("Problèmes");
            assertEquals("Annexes/Plan_des_sites.pdf", pb.getRow(1).getCell(0).getStringCellValue());
            Golden.assertGolden("report.xlsx.txt", dump(wb));
        }
    }

    @Test
    void xlsxWithoutProblemsHasNoProblemSheet(@TempDir Path dir) throws Exception {
        var r = Fixtures.result();
        var clean = new fr.boussole.model.CheckResult(r.schemaVersion(), r.tool(), r.checkedAt(), r.tender(), r.source(),
                r.profile(), r.pieces(), r.packs(), r.verdicts(), r.qualities(), null, List.of());
        Path f = dir.resolve("r.xlsx");
        XlsxReport.write(clean, f, Locale.ENGLISH);
        try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(2, wb.getNumberOfSheets());
            assertEquals("Criteria", wb.getSheetName(1));
        }
    }

    @Test
    void csvHasBomSemicolonsCrlfAndOneRowPerVerdict(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("rapport.csv");
        CsvReport.write(Fixtures.result(), f);
        byte[] bytes = Files.readAllBytes(f);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n"));
        List<CSVRecord> rows = CSVFormat.EXCEL.builder().setDelimiter(';').get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertEquals(17, rows.size());
        assertEquals("Identifiant", rows.get(0).get(0));
        assertEquals("Sévérité", rows.get(0).get(3));
        assertEquals("LEG-06", rows.get(1).get(0));
        CSVRecord gui07 = rows.stream().filter(r -> r.get(0).equals("GUI-07")).findFirst().orElseThrow();
        assertEquals("RC_AO-2026-017.pdf\nTechnique/CCTP.odt", gui07.get(6));
        Golden.assertGolden("report.csv", text);
    }

    @Test
    void csvDefusesFormulas() {
        assertEquals("'- le titulaire", CsvReport.defuse("- le titulaire"));
        assertEquals("'=SUM(A1)", CsvReport.defuse("=SUM(A1)"));
        assertEquals("Prix : 55 %", CsvReport.defuse("Prix : 55 %"));
    }

    static Row findRow(Sheet s, String id) {
        for (Row r : s) {
            if (r.getCell(0) != null && id.equals(r.getCell(0).toString())) {
                return r;
            }
        }
        throw new AssertionError(id + " not found");
    }

    static String dump(Sheet s) {
        DataFormatter fmt = new DataFormatter(Locale.FRENCH);
        StringBuilder sb = new StringBuilder();
        for (Row r : s) {
            sb.append(r.getRowNum() + 1).append(':');
            for (Cell c : r) {
                sb.append(" [").append(c.getAddress().formatAsString()).append("] ")
                        .append(fmt.formatCellValue(c).replace("\n", "⏎"));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String dump(XSSFWorkbook wb) {
        StringBuilder sb = new StringBuilder();
        for (Sheet s : wb) {
            sb.append("== ").append(s.getSheetName()).append('\n').append(dump(s));
        }
        return sb.toString();
    }
}
