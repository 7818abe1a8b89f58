package fr.boussole.segmenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.boussole.extractor.CollectedInput;
import fr.boussole.extractor.DceCollector;
import fr.boussole.extractor.ExtractedDocument;
import fr.boussole.extractor.SourceFile;
import fr.boussole.extractor.TikaExtractor;
import fr.boussole.model.Clause;
import fr.boussole.model.ClauseContext;
import fr.boussole.model.ClauseKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Over the real DCEs of the shared corpus (skipped when it is absent). */
class CorpusSegmentationTest {

    private static final Map<String, SegmentedPiece> PIECES = new LinkedHashMap<>();

    @BeforeAll
    static void readCorpus() {
        String shared = System.getProperty("boussole.shared");
        Path dce = shared == null ? null : Path.of(shared, "corpus", "dce");
        assumeTrue(dce != null && Files.isDirectory(dce), "shared corpus absent");
        Segmenter seg = new Segmenter();
        try (TikaExtractor ex = new TikaExtractor(); CollectedInput in = new DceCollector().collect(dce)) {
            int n = 0;
            for (SourceFile f : in.files()) {
                ExtractedDocument d = ex.extract(f);
                PIECES.put(f.displayPath(), seg.segment(d, "p" + (++n)));
            }
        }
    }

    private static SegmentedPiece piece(String path) {
        SegmentedPiece p = PIECES.get(path);
        assumeTrue(p != null, path + " absent");
        return p;
    }

    @Test
    void noEmptyPieceAndPdfClausesHavePages() {
        assertTrue(PIECES.size() >= 5);
        PIECES.forEach((path, p) -> {
            assertTrue(p.clauses().size() > 20, path + ": " + p.clauses().size());
            for (Clause c : p.clauses()) {
                assertFalse(c.text().isBlank(), path);
                assertEquals(c.text(), p.text().substring(c.start(), c.end()), path + " " + c.id());
                assertFalse(c.sentences().isEmpty(), path + " " + c.id());
                if (path.endsWith(".pdf")) {
                    assertTrue(c.page() != null && c.page() >= 1, path + " " + c.id());
                }
            }
        });
    }

    @Test
    void bourgetRcAwardCriteriaSitUnderArticle5Point1() {
        SegmentedPiece rc = piece("le-bourget-infogerance-2025/RC.pdf");
        Clause env = rc.clauses().stream()
                .filter(c -> c.text().startsWith("Performance environnementale") && !c.in(ClauseContext.TABLE_OF_CONTENTS))
                .findFirst().orElseThrow();
        assertEquals("Article 5 > 5.1", env.article());
        assertEquals(List.of("Article 5", "5.1"), env.articlePath());
        assertTrue(env.heading().toLowerCase().contains("critères de jugement"), env.heading());
        assertEquals(10, env.page());
        Clause weighting = rc.clauses().stream().filter(c -> c.text().contains("pondérés de la manière suivante"))
                .findFirst().orElseThrow();
        assertEquals("Article 5 > 5.1", weighting.article());
    }

    @Test
    void bourgetRcTableOfContentsIsMarkedAndOpensNoSection() {
        SegmentedPiece rc = piece("le-bourget-infogerance-2025/RC.pdf");
        List<Clause> toc = rc.clauses().stream().filter(c -> c.in(ClauseContext.TABLE_OF_CONTENTS)).toList();
        assertTrue(toc.size() >= 30, "TOC entries: " + toc.size());
        assertTrue(toc.stream().anyMatch(c -> c.text().startsWith("5.1 – CRITERES DE JUGEMENT DES OFFRES")));
        assertTrue(toc.stream().allMatch(c -> c.page() == 2 && c.article() == null));
        Clause objet = rc.clauses().stream().filter(c -> c.text().startsWith("La présente consultation vise"))
                .findFirst().orElseThrow();
        assertEquals("Article 1 > 1.1", objet.article());
        assertFalse(objet.in(ClauseContext.TABLE_OF_CONTENTS));
    }

    @Test
    void runningHeadersAndPageNumbersDoNotLeakIntoClauses() {
        PIECES.forEach((path, p) -> {
            for (Clause c : p.clauses()) {
                assertFalse(c.text().matches("(?is).*\\bpage \\d+ sur \\d+.*"), path + " " + c.id() + " " + c.text());
            }
        });
    }

    @Test
    void numberedStructureIsFoundInEveryPdfPiece() {
        PIECES.forEach((path, p) -> {
            if (!path.endsWith(".pdf")) {
                return;
            }
            long headings = p.clauses().stream().filter(c -> c.kind() == ClauseKind.HEADING && !c.articlePath().isEmpty())
                    .count();
            assertTrue(headings >= 10, path + ": numbered headings " + headings);
            long located = p.clauses().stream().filter(c -> c.article() != null).count();
            assertTrue(located > p.clauses().size() * 0.7, path + ": clauses with an article " + located + "/"
                    + p.clauses().size());
        });
    }

    @Test
    void bourgetCctpDecimalSectionsNest() {
        SegmentedPiece cctp = piece("le-bourget-infogerance-2025/CCTP.pdf");
        Clause m365 = cctp.clauses().stream().filter(c -> c.kind() == ClauseKind.HEADING
                && c.text().startsWith("3.5.2.1 Microsoft 365")).findFirst().orElseThrow();
        assertEquals("3 > 3.5 > 3.5.2 > 3.5.2.1", m365.article());
    }
}
