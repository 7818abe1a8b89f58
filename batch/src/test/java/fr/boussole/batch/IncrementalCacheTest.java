package fr.boussole.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.model.CheckResult;
import fr.boussole.report.JsonReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unchanged tenders are not read again; a changed document makes only its tender recomputed. */
class IncrementalCacheTest {

    private static BatchOptions options(Path archive, Path out, Path cache) {
        return BatchOptions.builder(archive, out).check(TestSupport.checkOptions()).threads(2).workers(0)
                .cacheDir(cache).build();
    }

    private static Map<String, TenderRow.Outcome> outcomes(Path out) throws Exception {
        Map<String, TenderRow.Outcome> m = new LinkedHashMap<>();
        Journal.forEachLatest(out.resolve(Journal.FILE_NAME), null, e -> m.put(e.id(), e.row().outcome()));
        return m;
    }

    @Test
    void onlyTheTenderWhoseDocumentChangedIsRecomputed(@TempDir Path tmp) throws Exception {
        Path archive = tmp.resolve("archive");
        TestSupport.markdownTender(archive, "alpha", "Ville d'Alpha", false, true);
        Path beta = TestSupport.markdownTender(archive, "beta", "Ville de Bêta", false, true);
        TestSupport.markdownTender(archive, "gamma", "Ville de Gamma", true, false);
        Path out = tmp.resolve("out");

        BatchOutcome first = new BatchRunner(options(archive, out, null), null).run();
        assertEquals(3, first.stats().done());
        CheckResult betaBefore = JsonReport.read(out.resolve("results/beta.json"));
        assertEquals("missing", betaBefore.verdict("LEG-04").status().code());
        long alphaStamp = Files.getLastModifiedTime(out.resolve("results/alpha.json")).toMillis();

        // the buyer adds an environmental execution clause to beta's CCAP
        Files.writeString(beta.resolve("CCAP_beta.md"), "\n## Article 9 - Clauses environnementales\n\n"
                + "Le titulaire s'engage à reprendre et recycler les emballages de livraison.\n",
                StandardOpenOption.APPEND);

        BatchOutcome second = new BatchRunner(options(archive, out, null), null).run();
        assertEquals(1, second.stats().done(), second.summaryText());
        assertEquals(2, second.stats().unchanged());
        Map<String, TenderRow.Outcome> o = outcomes(out);
        assertEquals(TenderRow.Outcome.UNCHANGED, o.get("alpha"));
        assertEquals(TenderRow.Outcome.DONE, o.get("beta"));
        assertEquals(TenderRow.Outcome.UNCHANGED, o.get("gamma"));
        CheckResult betaAfter = JsonReport.read(out.resolve("results/beta.json"));
        assertEquals("covered", betaAfter.verdict("LEG-04").status().code());
        assertEquals(alphaStamp, Files.getLastModifiedTime(out.resolve("results/alpha.json")).toMillis(),
                "an unchanged result is not rewritten");
        // the summary follows the new verdict
        String csv = Files.readString(out.resolve("summary.csv"));
        assertTrue(csv.lines().anyMatch(l -> l.startsWith("beta;") && l.contains("inchangé") == false), csv);
    }

    @Test
    void aSharedCacheServesAnotherOutputFolder(@TempDir Path tmp) throws Exception {
        Path archive = tmp.resolve("archive");
        TestSupport.markdownTender(archive, "alpha", "Ville d'Alpha", true, true);
        TestSupport.markdownTender(archive, "beta", "Ville de Bêta", false, false);
        Path cache = tmp.resolve("cache");

        BatchOutcome first = new BatchRunner(options(archive, tmp.resolve("out1"), cache), null).run();
        assertEquals(2, first.stats().done());

        // same documents under other names, into another output folder: nothing is read again
        Path renamed = tmp.resolve("renamed");
        TestSupport.copyTree(archive.resolve("alpha"), renamed.resolve("a-2026-001"));
        TestSupport.copyTree(archive.resolve("beta"), renamed.resolve("b-2026-002"));
        BatchOutcome second = new BatchRunner(options(renamed, tmp.resolve("out2"), cache), null).run();
        assertEquals(2, second.stats().cached(), second.summaryText());
        assertEquals(0, second.stats().done());
        CheckResult a1 = JsonReport.read(tmp.resolve("out1/results/alpha.json"));
        CheckResult a2 = JsonReport.read(tmp.resolve("out2/results/a-2026-001.json"));
        assertEquals("a-2026-001", a2.tender());
        assertTrue(a2.source().endsWith("a-2026-001"));
        assertEquals(BatchEndToEndTest.statuses(a1), BatchEndToEndTest.statuses(a2));

        // other packs (no built-in pack but one) → another key: recomputed
        BatchOptions other = BatchOptions.builder(renamed, tmp.resolve("out3")).threads(2).workers(0).cacheDir(cache)
                .check(new fr.boussole.core.CheckOptions(java.util.List.of("loi"), java.util.List.of(), null, null,
                        null, java.time.LocalDate.of(2025, 1, 1))).build();
        BatchOutcome third = new BatchRunner(other, null).run();
        assertEquals(2, third.stats().done(), "a different check date is a different key");
        assertNotEquals(0, Files.size(tmp.resolve("out3/results/a-2026-001.json")));
    }
}
