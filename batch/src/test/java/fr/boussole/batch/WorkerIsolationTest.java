package fr.boussole.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.extractor.DceCollector;
import fr.boussole.extractor.ExtractionOptions;
import fr.boussole.extractor.SourceFile;
import fr.boussole.model.CheckResult;
import fr.boussole.model.Piece;
import fr.boussole.model.PieceRole;
import fr.boussole.model.Problem;
import fr.boussole.model.ProblemCode;
import fr.boussole.report.JsonReport;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that hang or kill the parser only cost their worker process: the file gets PARSE_TIMEOUT or
 * PARSE_CRASHED with its path, the worker is replaced, the next files are read. The hang and the crash come from
 * test hooks of the worker (a magic file name, enabled by a system property); the out-of-memory is real.
 */
class WorkerIsolationTest {

    private static SourceFile source(Path file) throws Exception {
        return new SourceFile(file.getFileName().toString(), file.getFileName().toString(), file, Files.size(file),
                DceCollector.sha256(file));
    }

    private static Path write(Path dir, String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static final String CCAP = "# Cahier des clauses administratives particulières\n\n"
            + "## Article 4 - Clauses environnementales\n\nLe titulaire reprend les emballages.\n";

    @Test
    void hangingAndCrashingFilesAreReportedAndTheWorkerIsReplaced(@TempDir Path dir) throws Exception {
        Path good = write(dir, "CCAP.md", CCAP);
        Path hang = write(dir, "CCTP" + WorkerProtocol.HOOK_HANG + ".md", CCAP);
        Path crash = write(dir, "RC" + WorkerProtocol.HOOK_CRASH + ".md", CCAP);
        ExtractionOptions ex = ExtractionOptions.defaults().withTimeout(Duration.ofSeconds(3));
        try (WorkerPool pool = new WorkerPool(new WorkerPool.Config(1, "256m",
                List.of("-D" + WorkerProtocol.TEST_HOOKS + "=true"), ex, Duration.ofSeconds(2), dir.resolve("logs"),
                null))) {
            Piece ok = pool.read(source(good), "p1");
            assertTrue(ok.errors().isEmpty(), ok.errors().toString());
            assertEquals(PieceRole.CCAP, ok.role());
            assertFalse(ok.clauses().isEmpty());
            long firstPid = pool.pids().get(0);

            long t0 = System.nanoTime();
            Piece timedOut = pool.read(source(hang), "p2");
            long waited = (System.nanoTime() - t0) / 1_000_000;
            Problem p = timedOut.errors().get(0);
            assertEquals(ProblemCode.PARSE_TIMEOUT, p.code());
            assertEquals(hang.getFileName().toString(), p.path());
            assertTrue(p.message().contains(hang.getFileName().toString()));
            assertTrue(waited >= 5000 && waited < 60_000, "waited " + waited + " ms");
            assertEquals(PieceRole.CCTP, timedOut.role()); // from the file name
            assertTrue(timedOut.clauses().isEmpty());
            assertTrue(pool.pids().isEmpty(), "the hung worker is killed");
            assertFalse(ProcessHandle.of(firstPid).map(ProcessHandle::isAlive).orElse(false));

            assertTrue(pool.read(source(good), "p3").errors().isEmpty(), "a fresh worker reads the next file");

            Piece crashed = pool.read(source(crash), "p4");
            assertEquals(ProblemCode.PARSE_CRASHED, crashed.errors().get(0).code());
            assertTrue(crashed.errors().get(0).detail().contains("code de sortie 134"), crashed.errors().toString());
            assertEquals(crash.getFileName().toString(), crashed.errors().get(0).path());

            assertTrue(pool.read(source(good), "p5").errors().isEmpty());
            assertEquals(1, pool.timeouts());
            assertEquals(1, pool.crashes());
            assertEquals(2, pool.restarts());
            assertEquals(1, pool.pids().size());
        }
    }

    @Test
    void aRealOutOfMemoryKillsOnlyTheWorker(@TempDir Path dir) throws Exception {
        // 96 MB of text read into memory by a worker allowed 96 MB of heap
        Path big = dir.resolve("Annexe_volumineuse.txt");
        String line = "Le titulaire s'engage à respecter les clauses du présent marché, article par article. ".repeat(4)
                + "\n";
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            for (long written = 0; written < 96L * 1024 * 1024; written += line.length()) {
                w.write(line);
            }
        }
        Path good = write(dir, "CCAP.md", CCAP);
        ExtractionOptions ex = ExtractionOptions.defaults().withTimeout(Duration.ofSeconds(120));
        try (WorkerPool pool = new WorkerPool(new WorkerPool.Config(1, "96m", List.of(), ex, Duration.ofSeconds(30),
                dir.resolve("logs"), null))) {
            Piece oom = pool.read(source(big), "p1");
            Problem p = oom.errors().get(0);
            assertEquals(ProblemCode.PARSE_CRASHED, p.code(), oom.errors().toString());
            assertTrue(p.detail().contains("mémoire insuffisante"), p.detail());
            assertEquals("Annexe_volumineuse.txt", p.path());
            assertTrue(p.detail().contains("OutOfMemoryError"), p.detail());
            Piece next = pool.read(source(good), "p2");
            assertTrue(next.errors().isEmpty(), next.errors().toString());
        }
    }

    @Test
    void theBatchGoesOnPastAHangingFile(@TempDir Path tmp) throws Exception {
        Path archive = tmp.resolve("archive");
        Path a = TestSupport.markdownTender(archive, "a", "Ville d'Aval", true, true);
        TestSupport.markdownTender(archive, "b", "Ville de Bief", false, true);
        Files.writeString(a.resolve("CCTP" + WorkerProtocol.HOOK_HANG + ".md"), CCAP);
        Files.writeString(archive.resolve("b").resolve("AE" + WorkerProtocol.HOOK_CRASH + ".md"), CCAP);
        BatchOptions opts = BatchOptions.builder(archive, tmp.resolve("out")).check(TestSupport.checkOptions())
                .threads(2).workers(2).workerGrace(Duration.ofSeconds(2))
                .read(fr.boussole.core.ReadOptions.defaults().withThreads(2))
                .workerJvmArgs(List.of("-D" + WorkerProtocol.TEST_HOOKS + "=true")).build();
        opts = new BatchOptions(opts.input(), opts.out(), new fr.boussole.core.ReadOptions(
                ExtractionOptions.defaults().withTimeout(Duration.ofSeconds(3)), opts.read().limits(), 2), opts.check(),
                opts.threads(), opts.workers(), "256m", opts.workerJvmArgs(), opts.workerGrace(), null,
                opts.keyCriteria(), null, 0.5, 0.12, null);
        BatchOutcome o = new BatchRunner(opts, null).run();
        assertEquals(2, o.stats().done(), o.summaryText());
        assertEquals(2, o.stats().filesFailed());
        assertEquals(2, o.stats().partial());
        CheckResult ra = JsonReport.read(tmp.resolve("out/results/a.json"));
        assertTrue(ra.partialInput());
        assertEquals(ProblemCode.PARSE_TIMEOUT, ra.problems().get(0).code());
        assertEquals("covered", ra.verdict("LEG-04").status().code(), "the readable pieces are still judged");
        CheckResult rb = JsonReport.read(tmp.resolve("out/results/b.json"));
        assertEquals(ProblemCode.PARSE_CRASHED, rb.problems().get(0).code());
        List<String> failed = Files.readAllLines(tmp.resolve("out/failed-files.csv"));
        assertEquals(3, failed.size());
        assertTrue(failed.get(1).startsWith("a;CCTP" + WorkerProtocol.HOOK_HANG + ".md;PARSE_TIMEOUT;"), failed.get(1));
        assertTrue(failed.get(2).startsWith("b;AE" + WorkerProtocol.HOOK_CRASH + ".md;PARSE_CRASHED;"), failed.get(2));
    }
}
