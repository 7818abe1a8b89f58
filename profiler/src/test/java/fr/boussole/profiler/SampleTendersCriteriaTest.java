package fr.boussole.profiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.extractor.CollectedInput;
import fr.boussole.extractor.DceCollector;
import fr.boussole.extractor.ExtractedDocument;
import fr.boussole.extractor.SourceFile;
import fr.boussole.extractor.TikaExtractor;
import fr.boussole.model.AwardCriterion;
import fr.boussole.model.AwardCriterion.Kind;
import fr.boussole.model.Piece;
import fr.boussole.segmenter.SegmentedPiece;
import fr.boussole.segmenter.Segmenter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The award criteria of the project's sample DCEs (sample-tenders/dce, generated PDF, DOCX, ODT and ZIP files),
 * read through the real extractor, segmenter and profiler, against what their RCs state
 * (sample-tenders/src/tenders/*&#47;01-rc.md). Skipped when the samples are absent.
 */
class SampleTendersCriteriaTest {

    private static final Path DCE = Path.of("..", "sample-tenders", "dce");
    private static TikaExtractor extractor;

    @BeforeAll
    static void open() {
        Assumptions.assumeTrue(Files.isDirectory(DCE), "sample DCEs absent: " + DCE.toAbsolutePath());
        extractor = new TikaExtractor();
    }

    @AfterAll
    static void close() {
        if (extractor != null) {
            extractor.close();
        }
    }

    private static List<AwardCriterion> criteria(String tender) throws Exception {
        Path dir = DCE.resolve(tender);
        Assumptions.assumeTrue(Files.isDirectory(dir), "sample absent: " + dir);
        List<Piece> pieces = new ArrayList<>();
        Segmenter segmenter = new Segmenter();
        try (CollectedInput in = new DceCollector().collect(dir)) {
            int n = 0;
            for (SourceFile f : in.files()) {
                ExtractedDocument d = extractor.extract(f);
                String id = "p" + (++n);
                SegmentedPiece sp = segmenter.segment(d, id);
                pieces.add(new Piece(id, tender + "/" + f.displayPath(), f.fileName(), d.mediaType(), null, null, d.title(),
                        d.pageCount(), f.sha256(), f.size(), sp.text(), d.scannedPages(), d.ocrPages(), d.problems(),
                        sp.clauses()));
            }
        }
        List<AwardCriterion> cs = new TenderProfiler().profile(pieces).awardCriteria();
        System.out.println("==== " + tender + "\n" + AwardCriteriaDocumentsTest.summary(cs));
        return cs;
    }

    private static List<Double> subWeights(AwardCriterion c) {
        return c.subCriteria().stream().map(AwardCriterion::weight).toList();
    }

    @Test
    void webAppMediathequeHasItsEcoDesignOnlyAsASubCriterion() throws Exception {
        List<AwardCriterion> cs = criteria("web-app-mediatheque");
        assertEquals(2, cs.size(), AwardCriteriaDocumentsTest.summary(cs));
        assertEquals(List.of(40.0, 60.0), cs.stream().map(AwardCriterion::percent).toList());
        assertEquals(Kind.PRICE, cs.get(0).kind());
        assertEquals("Valeur technique", cs.get(1).name());
        assertEquals(List.of(20.0, 20.0, 10.0, 5.0, 5.0), subWeights(cs.get(1)));
        AwardCriterion eco = cs.get(1).subCriteria().get(4);
        assertEquals(Kind.ENVIRONMENTAL, eco.kind());
        assertEquals(5.0, eco.percent());
        assertTrue(cs.stream().noneMatch(AwardCriterion::isEnvironmental));
    }

    @Test
    void postesSmartphonesPerLotTable() throws Exception {
        List<AwardCriterion> cs = criteria("postes-smartphones");
        assertEquals(List.of("Prix", "Valeur technique", "Performance environnementale de l’offre"),
                cs.stream().map(AwardCriterion::name).toList());
        assertEquals(List.of(50.0, 35.0, 15.0), cs.stream().map(AwardCriterion::percent).toList());
        assertEquals(List.of(20.0, 15.0), subWeights(cs.get(1)));
        assertEquals(List.of(6.0, 4.0, 5.0), subWeights(cs.get(2)));
        assertEquals(Kind.ENVIRONMENTAL, cs.get(2).kind());
    }

    @Test
    void hebergementCloudZip() throws Exception {
        List<AwardCriterion> cs = criteria("hebergement-cloud");
        assertEquals(List.of(60.0, 40.0), cs.stream().map(AwardCriterion::percent).toList());
        assertEquals(List.of(20.0, 10.0, 10.0), subWeights(cs.get(1)));
        assertTrue(cs.stream().noneMatch(c -> c.isEnvironmental() || c.subCriteria().stream().anyMatch(AwardCriterion::isEnvironmental)),
                "no environmental criterion in this RC");
    }

    @Test
    void travauxNonNumerique() throws Exception {
        List<AwardCriterion> cs = criteria("travaux-non-numerique");
        assertEquals(List.of(60.0, 30.0, 10.0), cs.stream().map(AwardCriterion::percent).toList());
        assertEquals(Kind.ENVIRONMENTAL, cs.get(2).kind());
        assertTrue(cs.stream().allMatch(c -> c.subCriteria().isEmpty()), "« 5.2 Négociation » is not a sub-criterion");
    }
}
