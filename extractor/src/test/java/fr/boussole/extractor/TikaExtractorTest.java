package fr.boussole.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.model.ClauseKind;
import fr.boussole.model.Problem;
import fr.boussole.model.ProblemCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AbstractParser;
import org.apache.tika.parser.ParseContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ContentHandler;

class TikaExtractorTest {

    private static TikaExtractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        extractor = new TikaExtractor(ExtractionOptions.DEFAULTS, TesseractCli.absent());
    }

    @AfterAll
    static void tearDown() {
        extractor.close();
    }

    static SourceFile source(Path file) throws IOException {
        return new SourceFile(file.getFileName().toString(), file.getFileName().toString(), file, Files.size(file),
                DceCollector.sha256(file));
    }

    private static Set<ProblemCode> codes(ExtractedDocument d) {
        return d.problems().stream().map(Problem::code).collect(Collectors.toSet());
    }

    private static String all(ExtractedDocument d) {
        return d.blocks().stream().map(TextBlock::text).collect(Collectors.joining("\n"));
    }

    @Test
    void docxGivesHeadingsWithLevelsParagraphsAndTableRows() throws Exception {
        ExtractedDocument d = extractor.extract(source(Fixtures.docx(dir.resolve("CCTP.docx"))));
        assertTrue(d.problems().isEmpty(), () -> d.problems().toString());
        List<TextBlock> b = d.blocks();
        TextBlock h1 = b.stream().filter(x -> x.text().startsWith("Article 1")).findFirst().orElseThrow();
        assertEquals(ClauseKind.HEADING, h1.kind());
        assertEquals(1, h1.headingLevel());
        TextBlock h2 = b.stream().filter(x -> x.text().equals("1.1 Durée")).findFirst().orElseThrow();
        assertEquals(2, h2.headingLevel());
        assertTrue(b.stream().anyMatch(x -> x.kind() == ClauseKind.TABLE_ROW && x.text().equals("Prix | 40 %")));
        assertTrue(b.stream().anyMatch(x -> x.kind() == ClauseKind.PARAGRAPH && x.text().startsWith("Le présent marché")));
        assertTrue(b.stream().noneMatch(TextBlock::wrapped));
        assertNull(b.get(0).page());
        assertEquals("CCTP – Maintenance du parc informatique", d.title());
    }

    @Test
    void pdfBlocksCarryTheirPageAndAreWrapped() throws Exception {
        Path pdf = Fixtures.pdf(dir.resolve("RC.pdf"), List.of(
                List.of("REGLEMENT DE LA CONSULTATION", "Article 1 - Objet de la consultation"),
                List.of("Article 2 - Critères de jugement des offres", "Le prix compte pour 40 %."),
                List.of("Article 3 - Délais", "Les offres sont valables cent vingt jours.")));
        ExtractedDocument d = extractor.extract(source(pdf));
        assertEquals(3, d.pageCount());
        assertTrue(d.blocks().stream().allMatch(b -> b.page() != null && b.wrapped()));
        TextBlock art2 = d.blocks().stream().filter(b -> b.text().contains("Article 2")).findFirst().orElseThrow();
        assertEquals(2, art2.page());
        TextBlock art3 = d.blocks().stream().filter(b -> b.text().contains("cent vingt")).findFirst().orElseThrow();
        assertEquals(3, art3.page());
        assertTrue(d.scannedPages().isEmpty());
    }

    @Test
    void xlsxGivesSheetNamesAsHeadingsAndOneRowPerRow() throws Exception {
        ExtractedDocument d = extractor.extract(source(Fixtures.xlsx(dir.resolve("BPU.xlsx"))));
        List<TextBlock> b = d.blocks();
        assertTrue(b.stream().anyMatch(x -> x.kind() == ClauseKind.HEADING && x.text().equals("BPU")));
        assertTrue(b.stream().anyMatch(x -> x.kind() == ClauseKind.HEADING && x.text().equals("Notes")));
        assertTrue(b.stream().anyMatch(x -> x.kind() == ClauseKind.TABLE_ROW
                && x.text().equals("1 | Poste de travail reconditionné | U | 350")));
        assertTrue(b.stream().filter(x -> x.kind() == ClauseKind.TABLE_ROW).noneMatch(x -> x.text().isBlank()));
        assertNull(d.pageCount());
    }

    @Test
    void xlsAndOdsAlsoGiveSheetNamesAndRows() throws Exception {
        for (Path p : List.of(Fixtures.xls(dir.resolve("BPU.xls")), Fixtures.ods(dir.resolve("DQE.ods")))) {
            ExtractedDocument d = extractor.extract(source(p));
            assertTrue(d.problems().isEmpty(), () -> p + " " + d.problems());
            List<String> headings = d.blocks().stream().filter(b -> b.kind() == ClauseKind.HEADING)
                    .map(TextBlock::text).toList();
            assertEquals(2, headings.size(), p + " " + d.blocks());
            assertTrue(headings.contains("Notes"));
            assertTrue(d.blocks().stream().anyMatch(b -> b.kind() == ClauseKind.TABLE_ROW
                    && (b.text().equals("1 | Poste reconditionné") || b.text().equals("A1 | Écran reconditionné"))),
                    p + " " + d.blocks());
        }
    }

    @Test
    void odtRtfHtmlAreRead() throws Exception {
        ExtractedDocument odt = extractor.extract(source(Fixtures.odt(dir.resolve("CCAP.odt"))));
        assertTrue(odt.problems().isEmpty(), () -> odt.problems().toString());
        assertTrue(odt.blocks().stream().anyMatch(b -> b.kind() == ClauseKind.HEADING && b.text().equals("Article 2 – Prix")));
        assertTrue(odt.blocks().stream().anyMatch(b -> b.kind() == ClauseKind.LIST_ITEM
                && b.text().equals("Prix unitaires du bordereau")));

        ExtractedDocument rtf = extractor.extract(source(Fixtures.rtf(dir.resolve("AE.rtf"))));
        assertTrue(all(rtf).contains("Le titulaire livre le matériel sous trente jours."), all(rtf));

        Path html = Fixtures.text(dir.resolve("avis.html"), "<html><head><title>Avis d’appel public</title></head><body>"
                + "<h2>Article 4 – Pénalités</h2><p>Une pénalité de 100 € par jour de retard.</p>"
                + "<ul><li>retard de livraison</li></ul><table><tr><td>Délai</td><td>30 jours</td></tr>"
                + "<tr><td> </td><td></td></tr></table></body></html>", StandardCharsets.UTF_8);
        ExtractedDocument h = extractor.extract(source(html));
        List<TextBlock> b = h.blocks();
        assertTrue(b.stream().anyMatch(x -> x.kind() == ClauseKind.HEADING && x.headingLevel() == 2
                && x.text().equals("Article 4 – Pénalités")), b.toString());
        assertTrue(b.stream().anyMatch(x -> x.kind() == ClauseKind.LIST_ITEM && x.text().equals("retard de livraison")));
        assertEquals(1, b.stream().filter(x -> x.kind() == ClauseKind.TABLE_ROW).count());
        assertEquals("Avis d’appel public", h.title());
    }

    @Test
    void plainTextParagraphsAreSeparatedByBlankLinesAndWrapped() throws Exception {
        Path txt = Fixtures.text(dir.resolve("notes.txt"), "Le titulaire fournit un plan\nde gestion des déchets.\n\n"
                + "Article 5 - Garanties\nLa garantie est de deux ans.\n", StandardCharsets.ISO_8859_1);
        ExtractedDocument d = extractor.extract(source(txt));
        assertEquals(2, d.blocks().size());
        assertEquals("Le titulaire fournit un plan\nde gestion des déchets.", d.blocks().get(0).text());
        assertTrue(d.blocks().get(0).wrapped());
    }

    @Test
    void markdownHeadingsListsAndTables() throws Exception {
        Path md = Fixtures.text(dir.resolve("CCTP.md"), """
                # Cahier des clauses techniques

                ## Article 1 – Objet
                Le marché porte sur la **maintenance**
                des équipements.

                - premier point ;
                - second point.

                | Critère | Poids |
                |---|---|
                | Prix | 40 % |
                """, StandardCharsets.UTF_8);
        List<TextBlock> b = extractor.extract(source(md)).blocks();
        assertEquals(ClauseKind.HEADING, b.get(0).kind());
        assertEquals(1, b.get(0).headingLevel());
        assertEquals("Article 1 – Objet", b.get(1).text());
        assertEquals(2, b.get(1).headingLevel());
        assertEquals("Le marché porte sur la maintenance\ndes équipements.", b.get(2).text());
        assertEquals(ClauseKind.LIST_ITEM, b.get(3).kind());
        assertEquals("- premier point ;", b.get(3).text());
        assertTrue(b.stream().anyMatch(x -> x.kind() == ClauseKind.TABLE_ROW && x.text().equals("Prix | 40 %")));
        assertTrue(b.stream().noneMatch(x -> x.text().contains("---")));
    }

    @Test
    void encryptedPdfIsFileEncrypted() throws Exception {
        ExtractedDocument d = extractor.extract(source(Fixtures.encryptedPdf(dir.resolve("CCAP.pdf"))));
        assertEquals(Set.of(ProblemCode.FILE_ENCRYPTED), codes(d));
        assertTrue(d.problems().get(0).message().contains("CCAP.pdf"));
        assertTrue(d.blocks().isEmpty());
    }

    @Test
    void passwordProtectedDocxIsFileEncrypted() throws Exception {
        Path plain = Fixtures.docx(dir.resolve("plain.docx"));
        ExtractedDocument d = extractor.extract(source(Fixtures.protectedDocx(plain, dir.resolve("CCTP protégé.docx"))));
        assertEquals(Set.of(ProblemCode.FILE_ENCRYPTED), codes(d));
        assertTrue(d.problems().get(0).message().contains("mot de passe"));
    }

    @Test
    void truncatedPdfIsFileCorrupt() throws Exception {
        Path pdf = Fixtures.pdf(dir.resolve("full.pdf"), List.of(List.of("Article 1 - Objet", "Un texte assez long."),
                List.of("Article 2 - Prix", "Les prix sont fermes.")));
        byte[] bytes = Files.readAllBytes(pdf);
        Path cut = Files.write(dir.resolve("CCTP.pdf"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ExtractedDocument d = extractor.extract(source(cut));
        assertTrue(codes(d).contains(ProblemCode.FILE_CORRUPT), d.problems().toString());
    }

    @Test
    void garbageNamedPdfIsFileCorrupt() throws Exception {
        Path junk = Files.write(dir.resolve("DPGF.pdf"), "%PDF-1.7\n garbage garbage".getBytes(StandardCharsets.US_ASCII));
        ExtractedDocument d = extractor.extract(source(junk));
        assertEquals(Set.of(ProblemCode.FILE_CORRUPT), codes(d));
    }

    @Test
    void emptyFileIsFileEmpty() throws Exception {
        Path empty = Files.createFile(dir.resolve("AE.docx"));
        ExtractedDocument d = extractor.extract(source(empty));
        assertEquals(Set.of(ProblemCode.FILE_EMPTY), codes(d));
    }

    @Test
    void missingFileIsReportedNotThrown() {
        Path p = dir.resolve("absent.pdf");
        ExtractedDocument d = extractor.extract(new SourceFile("absent.pdf", "absent.pdf", p, 0, ""));
        assertEquals(Set.of(ProblemCode.FILE_NOT_FOUND), codes(d));
    }

    @Test
    void unsupportedFormatIsReported() throws Exception {
        Path png = dir.resolve("plan.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(10, 10, 1), "png", png.toFile());
        ExtractedDocument d = extractor.extract(source(png));
        assertEquals(Set.of(ProblemCode.FORMAT_UNSUPPORTED), codes(d));
    }

    @Test
    void imageOnlyPageIsScannedAndOcrUnavailableWhenTesseractIsAbsent() throws Exception {
        Path pdf = Fixtures.scannedPdf(dir.resolve("CCAP signé.pdf"));
        try (TikaExtractor ocr = new TikaExtractor(ExtractionOptions.DEFAULTS.withOcr(true), TesseractCli.absent())) {
            ExtractedDocument d = ocr.extract(source(pdf));
            assertEquals(List.of(2), d.scannedPages());
            Problem scanned = d.problems().stream().filter(p -> p.code() == ProblemCode.PAGE_SCANNED).findFirst()
                    .orElseThrow();
            assertEquals(List.of(2), scanned.pages());
            assertTrue(scanned.message().contains("page scannée sans texte"), scanned.message());
            Problem ocrProblem = d.problems().stream().filter(p -> p.code() == ProblemCode.OCR_UNAVAILABLE).findFirst()
                    .orElseThrow();
            assertEquals(List.of(2), ocrProblem.pages());
            assertTrue(d.ocrPages().isEmpty());
            assertTrue(all(d).contains("douze mois"));
        }
        // without OCR asked: the warning only
        ExtractedDocument plain = extractor.extract(source(pdf));
        assertEquals(Set.of(ProblemCode.PAGE_SCANNED), codes(plain));
    }

    @Test
    void ocrTextGoesOnItsPageWhenAnEngineIsThere() throws Exception {
        Path pdf = Fixtures.scannedPdf(dir.resolve("scan.pdf"));
        OcrEngine fake = new OcrEngine() {
            @Override
            public boolean supports(String language) {
                return "fra".equals(language);
            }

            @Override
            public String name() {
                return "fake";
            }

            @Override
            public String recognize(Path image, String language, Duration timeout) throws IOException {
                assertTrue(Files.size(image) > 0);
                return "Article 2 - Prix\n\nLes prix sont fermes et\nnon révisables.\n";
            }
        };
        try (TikaExtractor ocr = new TikaExtractor(ExtractionOptions.DEFAULTS.withOcr(true), fake)) {
            ExtractedDocument d = ocr.extract(source(pdf));
            assertEquals(List.of(2), d.ocrPages());
            List<Integer> pages = d.blocks().stream().map(TextBlock::page).toList();
            assertEquals(pages.stream().sorted().toList(), pages, "blocks stay in page order");
            TextBlock prix = d.blocks().stream().filter(b -> b.text().startsWith("Les prix sont fermes")).findFirst()
                    .orElseThrow();
            assertEquals(2, prix.page());
            assertTrue(prix.wrapped());
            assertFalse(codes(d).contains(ProblemCode.OCR_UNAVAILABLE));
        }
    }

    @Test
    void parseOverTheTimeoutIsParseTimeout() throws Exception {
        Path txt = Fixtures.pdf(dir.resolve("lent.pdf"), List.of(List.of("Article 1")));
        AbstractParser slow = new AbstractParser() {
            @Override
            public Set<MediaType> getSupportedTypes(ParseContext context) {
                return Set.of(MediaType.application("pdf"));
            }

            @Override
            public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        try (TikaExtractor ex = new TikaExtractor(ExtractionOptions.DEFAULTS.withTimeout(Duration.ofMillis(200)),
                TesseractCli.absent(), slow)) {
            ExtractedDocument d = ex.extract(source(txt));
            assertEquals(Set.of(ProblemCode.PARSE_TIMEOUT), codes(d));
        }
    }

    @Test
    void parserCrashIsParseCrashed() throws Exception {
        Path pdf = Fixtures.pdf(dir.resolve("crash.pdf"), List.of(List.of("Article 1")));
        AbstractParser crashing = new AbstractParser() {
            @Override
            public Set<MediaType> getSupportedTypes(ParseContext context) {
                return Set.of(MediaType.application("pdf"));
            }

            @Override
            public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
                throw new StackOverflowError("simulated");
            }
        };
        try (TikaExtractor ex = new TikaExtractor(ExtractionOptions.DEFAULTS, TesseractCli.absent(), crashing)) {
            ExtractedDocument d = ex.extract(source(pdf));
            assertEquals(Set.of(ProblemCode.PARSE_CRASHED), codes(d));
            assertTrue(d.problems().get(0).message().contains("crash.pdf"));
        }
    }

    @Test
    void noTextAtAllIsNoText() throws Exception {
        Path pdf = Fixtures.pdf(dir.resolve("blanc.pdf"), List.of(List.of()));
        ExtractedDocument d = extractor.extract(source(pdf));
        assertEquals(Set.of(ProblemCode.NO_TEXT), codes(d));
    }

    @Test
    void fakeBoldOverprintIsUndone() {
        assertEquals("1. Le projet", BlockHandler.unOverprint("111...   LLLeee   ppprrrooojjjeeettt"));
        assertEquals("La ressource", BlockHandler.unOverprint("LLLaaa   rrreeessssssooouuurrrccceee"));
        assertEquals("Garantie, Maintenance", BlockHandler.unOverprint("GGaarraannttiiee,,  MMaaiinntteennaannccee"));
        assertEquals("Appel d'offres ouvert", BlockHandler.unOverprint("Appel d'offres ouvert"));
        assertEquals("......", BlockHandler.unOverprint("......"));
    }

    @Test
    void meaninglessTitlesAreDropped() {
        assertNull(TikaExtractor.meaningfulTitle("Microsoft Word - CCTP_v2.doc", "CCTP.pdf"));
        assertNull(TikaExtractor.meaningfulTitle("(Microsoft Word - COUPVRAY - CCTP LOT 00)", "CCTP.pdf"));
        assertNull(TikaExtractor.meaningfulTitle("Document1", "x.docx"));
        assertNull(TikaExtractor.meaningfulTitle("CCTP", "CCTP.pdf"));
        assertEquals("Règlement de la consultation", TikaExtractor.meaningfulTitle(" Règlement de la consultation ", "RC.pdf"));
    }

    @Test
    void teseractLookupIsInjectable() {
        assertFalse(TesseractCli.absent().supports("fra"));
        assertFalse(new TesseractCli(() -> Optional.empty()).supports("fra"));
        assertTrue(TesseractCli.findOnPath("tesseract-that-does-not-exist", System.getenv("PATH")).isEmpty());
        assertNotNull(extractor.toString());
    }
}
