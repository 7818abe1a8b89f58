package fr.boussole.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.samples.render.PdfRenderer;
import fr.boussole.samples.source.PieceSource;
import fr.boussole.samples.source.TenderSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Checks each generated format the way a reader (Tika, Word, LibreOffice) relies on it. */
class GeneratedFormatsTest {

    private static final Path DCE = SampleTenderGeneratorTest.DCE;

    private static List<Path> committed(String suffix) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : SampleTenderGeneratorTest.files(DCE).values()) {
            if (p.getFileName().toString().endsWith(suffix)) {
                out.add(p);
            }
        }
        assertFalse(out.isEmpty(), "aucun fichier " + suffix);
        return out;
    }

    /** Every generated file, including the ones inside the DCE zip: name → bytes. */
    private static List<Map.Entry<String, byte[]>> allGenerated(String suffix) throws IOException {
        List<Map.Entry<String, byte[]>> out = new ArrayList<>();
        for (TenderSource t : SampleTenderGeneratorTest.tenders()) {
            for (PieceSource p : t.pieces()) {
                if (p.file().endsWith(suffix)) {
                    out.add(Map.entry(t.id() + "/" + p.file(), SampleTenderGenerator.render(t, p)));
                }
            }
        }
        return out;
    }

    @Test
    void pdfsHaveATextLayerPageFootersAndFixedIdentity() throws IOException {
        Pattern footer = Pattern.compile("Page (\\d+) sur (\\d+)");
        for (Map.Entry<String, byte[]> e : allGenerated(".pdf")) {
            try (PDDocument doc = Loader.loadPDF(e.getValue())) {
                int pages = doc.getNumberOfPages();
                assertTrue(pages >= 2, e.getKey());
                String text = new PDFTextStripper().getText(doc);
                Matcher m = footer.matcher(text);
                List<Integer> seen = new ArrayList<>();
                while (m.find()) {
                    assertEquals(pages, Integer.parseInt(m.group(2)), e.getKey());
                    seen.add(Integer.parseInt(m.group(1)));
                }
                assertEquals(pages, seen.size(), e.getKey() + " : un pied de page « Page n sur N » par page");
                assertTrue(text.contains("é") && text.contains("’") && text.contains("\u00A0"),
                        e.getKey() + " : accents et typographie française dans la couche texte");
                assertTrue(text.contains("ARTICLE 1"), e.getKey());
                assertNotNull(doc.getDocumentInformation().getCreationDate(), e.getKey());
                assertNotNull(doc.getDocument().getTrailer().getCOSArray(COSName.ID), e.getKey());
            }
        }
    }

    @Test
    void pdfTableOfContentsPointsToTheRightPages() throws IOException {
        for (Map.Entry<String, byte[]> e : allGenerated(".pdf")) {
            try (PDDocument doc = Loader.loadPDF(e.getValue())) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(1);
                stripper.setEndPage(3);
                String head = stripper.getText(doc);
                if (!head.contains("SOMMAIRE")) {
                    continue;
                }
                Matcher m = Pattern.compile("(?m)^(ARTICLE \\d+[^.\\n]*?) \\.+ ?(\\d+)$").matcher(head);
                int checked = 0;
                while (m.find()) {
                    int page = Integer.parseInt(m.group(2));
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    String onPage = stripper.getText(doc);
                    assertTrue(onPage.contains(m.group(1).strip()), e.getKey() + " : « " + m.group(1) + " » pas en page " + page);
                    checked++;
                }
                assertTrue(checked >= 5, e.getKey() + " : entrées du sommaire reconnues : " + checked);
            }
        }
    }

    @Test
    void pdfRendererRefusesCharactersOutsideWinAnsiWithAClearMessage() throws IOException {
        TenderSource t = TenderSource.read(SampleTenderGeneratorTest.SOURCES.resolve("travaux-non-numerique"));
        PieceSource rc = t.pieces().get(0);
        List<fr.boussole.samples.source.Block> blocks = new ArrayList<>(rc.blocks());
        blocks.add(new fr.boussole.samples.source.Block.Paragraph("R ≥ 6 m².K/W"));
        PieceSource bad = new PieceSource(rc.source(), rc.file(), rc.format(), rc.title(), rc.header(), rc.footer(),
                rc.typography(), blocks);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> PdfRenderer.render(t, bad));
        assertTrue(ex.getMessage().contains("U+2265"), ex.getMessage());
    }

    @Test
    void docxUseWordHeadingStylesListsAndTables() throws IOException {
        for (Map.Entry<String, byte[]> e : allGenerated(".docx")) {
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(e.getValue()))) {
                assertEquals("heading 1", doc.getStyles().getStyle("Heading1").getName(), e.getKey());
                long h1 = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).count();
                assertTrue(h1 >= 4, e.getKey() + " : titres de niveau 1 : " + h1);
                assertTrue(doc.getParagraphs().stream().map(XWPFParagraph::getText).anyMatch(s -> s.contains("é")),
                        e.getKey());
                assertFalse(doc.getTables().isEmpty(), e.getKey() + " : au moins un tableau");
                assertEquals(2026, doc.getProperties().getCoreProperties().getCreated().toInstant()
                        .atZone(TenderSource.PARIS).getYear(), e.getKey());
            }
        }
    }

    @Test
    void odtAreValidPackagesWithOutlineHeadings() throws Exception {
        List<Map.Entry<String, byte[]>> odts = allGenerated(".odt");
        assertFalse(odts.isEmpty());
        for (Map.Entry<String, byte[]> e : odts) {
            try (ZipFile zip = ZipFile.builder().setByteArray(e.getValue()).get()) {
                List<ZipArchiveEntry> entries = Collections.list(zip.getEntriesInPhysicalOrder());
                ZipArchiveEntry first = entries.get(0);
                assertEquals("mimetype", first.getName(), e.getKey());
                assertEquals(ZipArchiveEntry.STORED, first.getMethod(), e.getKey());
                assertEquals(0, first.getExtra().length, e.getKey() + " : mimetype sans champ extra");
                assertEquals("application/vnd.oasis.opendocument.text",
                        new String(zip.getInputStream(first).readAllBytes(), StandardCharsets.US_ASCII));
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                Document content = null;
                for (String name : List.of("content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml")) {
                    ZipArchiveEntry entry = zip.getEntry(name);
                    assertNotNull(entry, e.getKey() + " : " + name);
                    Document d = f.newDocumentBuilder().parse(zip.getInputStream(entry));
                    if (name.equals("content.xml")) {
                        content = d;
                    }
                }
                String text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
                assertTrue(content.getElementsByTagNameNS(text, "h").getLength() >= 1, e.getKey());
                assertTrue(content.getElementsByTagNameNS(text, "p").getLength() >= 10, e.getKey());
            }
        }
    }

    @Test
    void priceSchedulesHaveAHeaderRowAndRealisticLineCounts() throws IOException {
        for (Map.Entry<String, byte[]> e : allGenerated(".xlsx")) {
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(e.getValue()))) {
                int priced = 0;
                for (Sheet sheet : wb) {
                    boolean header = false;
                    for (Row row : sheet) {
                        Cell a = row.getCell(0);
                        Cell b = row.getCell(1);
                        if (b != null && b.getCellType() == CellType.STRING && b.getStringCellValue().startsWith("Désignation")) {
                            header = true;
                            continue;
                        }
                        if (header && a != null && a.getCellType() == CellType.STRING && !a.getStringCellValue().isBlank()
                                && row.getLastCellNum() >= 4 && hasPriceCell(row)) {
                            priced++;
                        }
                    }
                    assertTrue(header, e.getKey() + " / " + sheet.getSheetName() + " : ligne d'en-tête « Désignation »");
                }
                assertTrue(priced >= 15 && priced <= 60, e.getKey() + " : lignes de prix : " + priced);
            }
        }
    }

    private static boolean hasPriceCell(Row row) {
        for (Cell c : row) {
            if (c.getColumnIndex() >= 2 && (c.getCellType() == CellType.FORMULA || c.getCellType() == CellType.BLANK)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void dceZipUsesCp850NamesWithoutTheUtf8Flag() throws IOException {
        Path zipPath = DCE.resolve("hebergement-cloud/hebergement-cloud.zip");
        boolean accented = false;
        try (ZipFile zip = ZipFile.builder().setPath(zipPath).setCharset("CP850").setUseUnicodeExtraFields(false).get()) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                assertFalse(e.getGeneralPurposeBit().usesUTF8ForNames(), e.getName());
                assertEquals(0, e.getExtra().length, e.getName() + " : pas de champ extra (ni Unicode ni horodatage)");
                assertTrue(e.getName().startsWith("DCE/"), e.getName());
                if (!e.getName().equals(new String(e.getRawName(), StandardCharsets.US_ASCII))) {
                    accented = true;
                    assertFalse(isUtf8(e.getRawName()), e.getName() + " : nom brut en CP850, pas en UTF-8");
                    assertEquals(e.getName(), new String(e.getRawName(), Charset.forName("CP850")));
                }
            }
            assertNotNull(zip.getEntry("DCE/Pièces_administratives/02_CCAP.docx"));
            assertNotNull(zip.getEntry("DCE/Pieces_techniques/03_CCTP.docx"));
        }
        assertTrue(accented, "au moins un nom de fichier accentué");
    }

    @Test
    void piecesHaveRealisticLengths() throws IOException {
        for (TenderSource t : SampleTenderGeneratorTest.tenders()) {
            boolean bonus = t.id().equals("travaux-non-numerique");
            for (PieceSource p : t.pieces()) {
                if (p.format() == PieceSource.Format.XLSX) {
                    continue;
                }
                int pages = PdfRenderer.pageCount(p);
                String name = p.file().toUpperCase();
                int[] range = name.contains("ANNEXE") ? new int[] {1, 6}
                        : name.contains("RC") ? new int[] {3, 8}
                        : name.contains("CCAP") ? new int[] {4, 9}
                        : name.contains("CCTP") ? new int[] {6, 13}
                        : new int[] {1, 6};
                if (bonus) {
                    range = new int[] {2, 6};
                }
                assertTrue(pages >= range[0] && pages <= range[1], t.id() + "/" + p.file() + " : " + pages + " pages");
            }
        }
    }

    private static boolean isUtf8(byte[] raw) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void committedFilesAreSmall() throws IOException {
        for (String suffix : List.of(".pdf", ".docx", ".odt", ".xlsx", ".zip")) {
            for (Path p : committed(suffix)) {
                assertTrue(Files.size(p) < 200_000, p + " : " + Files.size(p));
            }
        }
    }
}
