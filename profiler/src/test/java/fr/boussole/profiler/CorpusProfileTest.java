package fr.boussole.profiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.extractor.CollectedInput;
import fr.boussole.extractor.DceCollector;
import fr.boussole.extractor.ExtractedDocument;
import fr.boussole.extractor.SourceFile;
import fr.boussole.extractor.TikaExtractor;
import fr.boussole.model.AwardCriterion;
import fr.boussole.model.BuyerType;
import fr.boussole.model.Piece;
import fr.boussole.model.PieceRole;
import fr.boussole.model.PurchaseFamily;
import fr.boussole.model.TenderProfile;
import fr.boussole.segmenter.SegmentedPiece;
import fr.boussole.segmenter.Segmenter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the profiler on the real DCEs of the shared corpus, read by the project's extractor and segmenter.
 * Skipped when the corpus is absent.
 */
class CorpusProfileTest {

    private static final Path DCE = Path.of(System.getProperty("boussole.shared", "../../shared"), "corpus", "dce");
    private static final Map<String, List<Piece>> TENDERS = new LinkedHashMap<>();
    private static TikaExtractor extractor;

    @BeforeAll
    static void read() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(DCE), "corpus absent: " + DCE);
        extractor = new TikaExtractor();
        Segmenter segmenter = new Segmenter();
        try (Stream<Path> dirs = Files.list(DCE)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                List<Piece> pieces = new ArrayList<>();
                try (CollectedInput in = new DceCollector().collect(dir)) {
                    int n = 0;
                    for (SourceFile f : in.files()) {
                        ExtractedDocument d = extractor.extract(f);
                        String id = "p" + (++n);
                        SegmentedPiece sp = segmenter.segment(d, id);
                        pieces.add(new Piece(id, dir.getFileName() + "/" + f.displayPath(), f.fileName(), d.mediaType(), null,
                                null, d.title(), d.pageCount(), f.sha256(), f.size(), sp.text(), d.scannedPages(),
                                d.ocrPages(), d.problems(), sp.clauses()));
                    }
                }
                TENDERS.put(dir.getFileName().toString(), pieces);
            }
        }
    }

    @AfterAll
    static void close() {
        if (extractor != null) {
            extractor.close();
        }
    }

    private static final Map<String, PieceRole> EXPECTED = Map.of(
            "RC.pdf", PieceRole.RC, "CCAP.pdf", PieceRole.CCAP, "CCTP.pdf", PieceRole.CCTP, "BPU-DQE.xlsx", PieceRole.BPU,
            "CCP.pdf", PieceRole.CCP, "CCTP-lot00.pdf", PieceRole.CCTP);

    @Test
    void everyPieceGetsItsRoleByNameAndByContentAlone() {
        PieceRoleClassifier classifier = new PieceRoleClassifier();
        int total = 0;
        List<String> wrong = new ArrayList<>();
        for (List<Piece> pieces : TENDERS.values()) {
            for (Piece p : pieces) {
                PieceRole expected = EXPECTED.get(p.fileName());
                assertNotNull(expected, "unexpected corpus file " + p.fileName());
                Piece named = classifier.apply(p);
                // the same piece under an uninformative name: only its content speaks
                Piece anonymous = classifier.apply(new Piece(p.id(), p.path(), "doc" + p.id() + ".bin", p.mediaType(), null,
                        null, null, p.pages(), p.sha256(), p.size(), p.text(), null, null, null, p.clauses()));
                total += 2;
                System.out.println(p.path() + " → " + named.role() + " : " + named.roleReason());
                System.out.println("   (anonyme) → " + anonymous.role() + " : " + anonymous.roleReason());
                if (named.role() != expected) {
                    wrong.add(p.path() + " → " + named.role());
                }
                if (anonymous.role() != expected) {
                    wrong.add(p.path() + " (anonyme) → " + anonymous.role());
                }
                assertTrue(named.clauses().stream().allMatch(c -> c.role() == expected && c.fingerprint() != null));
            }
        }
        System.out.println("roles: " + (total - wrong.size()) + "/" + total + " correct");
        assertTrue(wrong.isEmpty(), wrong.toString());
        assertEquals(14, total);
    }

    private static TenderProfile profile(String tender) {
        List<Piece> pieces = TENDERS.get(tender);
        Assumptions.assumeTrue(pieces != null, "tender absent from the corpus: " + tender);
        TenderProfile p = new TenderProfiler().profile(pieces);
        System.out.println("==== " + tender + "\n" + fr.boussole.model.Json.write(p));
        return p;
    }

    @Test
    void leBourgetRc() {
        TenderProfile p = profile("le-bourget-infogerance-2025");
        List<AwardCriterion> c = p.awardCriteria();
        assertEquals(3, c.size(), c.toString());
        assertEquals("Valeur technique", c.get(1).name());
        assertEquals(List.of(15.0, 20.0, 10.0, 10.0), c.get(1).subCriteria().stream().map(AwardCriterion::weight).toList());
        assertEquals(LocalDateTime.of(2025, 11, 7, 12, 0), p.deadline());
        assertEquals(List.of("72600000", "72250000", "72700000", "72220000"), p.cpv());
        assertEquals(BuyerType.COLLECTIVITE, p.buyerType());
        assertEquals("Appel d'offres ouvert", p.procedure());
        assertEquals(48, p.durationMonths());
        assertEquals(List.of("TIC"), p.ccag());
        assertTrue(p.lots().isEmpty());
        assertNotNull(p.sources().get("lots"), "the RC says there is no lot");
        assertEquals("HT", p.estimatedAmount().tax());
        assertTrue(p.object().startsWith("Infogérance"), p.object());
        assertTrue(p.object().endsWith("ville du Bourget"), p.object());
        assertEquals(PurchaseFamily.SOFTWARE_SERVICES, p.family());
        assertTrue(p.families().contains(PurchaseFamily.HOSTING_CLOUD), p.families().toString());
        // the main weights sit alone on their lines ("40/100"): they are there only if the segmenter keeps them
        Piece rc = TENDERS.get("le-bourget-infogerance-2025").stream().filter(x -> x.fileName().equals("RC.pdf")).findFirst()
                .orElseThrow();
        Assumptions.assumeTrue(rc.text().contains("40/100"),
                "the segmenter dropped the weight lines « 40/100 », « 55/100 », « 5/100 » of RC §5.1 (taken for page numbers)");
        assertEquals(List.of(40.0, 55.0, 5.0), c.stream().map(AwardCriterion::weight).toList());
        assertEquals(List.of(40.0, 55.0, 5.0), c.stream().map(AwardCriterion::percent).toList());
        assertEquals(AwardCriterion.Kind.PRICE, c.get(0).kind());
        assertEquals("Performance environnementale", c.get(2).name());
        assertEquals(AwardCriterion.Kind.ENVIRONMENTAL, c.get(2).kind());
        assertEquals(3, c.get(2).subCriteria().size());
        assertTrue(c.get(0).source().piece().endsWith("RC.pdf"));
    }

    @Test
    void families() {
        assertEquals(PurchaseFamily.SOFTWARE_SERVICES, profile("plaine-commune-logiciel-reservation-2014").family());
        TenderProfile camp = profile("camp-des-milles-gardiennage");
        assertEquals(PurchaseFamily.OTHER, camp.family());
        assertEquals(72, camp.durationMonths());
        assertEquals(List.of("FCS"), camp.ccag());
        TenderProfile coupvray = profile("coupvray-travaux-combles-2021");
        assertEquals(PurchaseFamily.OTHER, coupvray.family());
        assertEquals(BuyerType.COLLECTIVITE, coupvray.buyerType());
    }
}
