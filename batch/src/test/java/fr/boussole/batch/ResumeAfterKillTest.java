package fr.boussole.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.model.CheckResult;
import fr.boussole.report.JsonReport;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of a batch, twice, then the same command again: every tender ends with exactly
 * one complete result and one journal line, nothing is half-written, the worker processes of the killed batch
 * do not survive it, and what was finished before the kills is not redone.
 */
class ResumeAfterKillTest {

    private static final int TENDERS = 24;

    @Test
    void killedTwiceThenRerunFinishesEverythingOnce(@TempDir Path tmp) throws Exception {
        Path archive = tmp.resolve("archive");
        for (int i = 1; i <= TENDERS - 2; i++) {
            TestSupport.markdownTender(archive, String.format("md-%02d", i), "Commune n° " + i, i % 2 == 0, i % 3 == 0);
        }
        // two real sample tenders (PDF, DOCX, ODT, XLSX, a ZIP) among them
        TestSupport.copyTree(TestSupport.samples().resolve("postes-smartphones"), archive.resolve("postes-smartphones"));
        TestSupport.copyTree(TestSupport.samples().resolve("hebergement-cloud"), archive.resolve("hebergement-cloud"));
        Path out = tmp.resolve("out");
        Path journal = out.resolve(Journal.FILE_NAME);

        int before1 = killWhenJournalHas(archive, out, 2);
        int before2 = killWhenJournalHas(archive, out, before1 + 4);
        assertTrue(before2 > before1);

        Process last = start(archive, out);
        String log = new String(last.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(last.waitFor(10, TimeUnit.MINUTES));
        assertEquals(0, last.exitValue(), log);

        // every tender: one complete result, one journal line
        List<String> lines = Files.readAllLines(journal);
        assertEquals(TENDERS, lines.size(), String.join("\n", lines));
        Set<String> ids = new HashSet<>();
        for (String l : lines) {
            assertTrue(ids.add(l.substring(l.indexOf("\"id\":\"") + 6, l.indexOf('"', l.indexOf("\"id\":\"") + 6))));
        }
        try (Stream<Path> s = Files.list(out.resolve("results"))) {
            List<Path> results = s.toList();
            assertEquals(TENDERS, results.size(), results.toString());
            for (Path r : results) {
                CheckResult cr = JsonReport.read(r);
                assertEquals(r.getFileName().toString().replace(".json", ""), cr.tender());
                assertFalse(cr.verdicts().isEmpty());
            }
        }
        try (Stream<Path> s = Files.walk(out)) {
            assertTrue(s.noneMatch(p -> p.toString().endsWith(AtomicFiles.TMP_SUFFIX)), "temporary files left");
        }
        List<String> csv = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(TENDERS + 1, csv.size());
        assertEquals(TENDERS, csv.stream().skip(1).map(l -> l.substring(0, l.indexOf(';'))).distinct().count());
        // what the killed runs finished was kept, not redone
        assertTrue(log.contains("inchangé(s)"), log);
        int unchanged = Integer.parseInt(log.replaceAll("(?s).* traité\\(s\\), \\d+ repris du cache, (\\d+) inchangé.*", "$1"));
        assertTrue(unchanged >= before2, "unchanged " + unchanged + " < " + before2 + "\n" + log);
        assertEquals(TENDERS - unchanged, Integer.parseInt(log.replaceAll("(?s).*— (\\d+) traité\\(s\\).*", "$1")));
    }

    /** Starts the batch, waits until the journal has {@code lines} lines, kills it with SIGKILL. */
    private static int killWhenJournalHas(Path archive, Path out, int lines) throws Exception {
        Process p = start(archive, out);
        Path journal = out.resolve(Journal.FILE_NAME);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        List<ProcessHandle> workers = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            p.descendants().filter(h -> !workers.contains(h)).forEach(workers::add);
            if (distinctIds(journal) >= lines) {
                break;
            }
            assertTrue(p.isAlive(), "the batch ended before it could be killed");
            Thread.sleep(20);
        }
        p.descendants().filter(h -> !workers.contains(h)).forEach(workers::add);
        p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertNotEquals(0, p.exitValue());
        assertFalse(workers.isEmpty(), "the batch had started its extraction workers");
        // orphaned workers notice their parent is gone and stop
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < until && workers.stream().anyMatch(ProcessHandle::isAlive)) {
            Thread.sleep(100);
        }
        assertTrue(workers.stream().noneMatch(ProcessHandle::isAlive), "a worker outlived the killed batch");
        int n = distinctIds(journal);
        assertTrue(n >= lines, "journal has " + n);
        assertTrue(n < TENDERS, "killed too late: " + n);
        return n;
    }

    /** Tenders with a complete journal line (a line cut by the kill does not count). */
    private static int distinctIds(Path journal) throws Exception {
        if (!Files.exists(journal)) {
            return 0;
        }
        Set<String> ids = new HashSet<>();
        Journal.forEachLine(journal, e -> {
            if (e.done()) {
                ids.add(e.id());
            }
        });
        return ids.size();
    }

    private static Process start(Path archive, Path out) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), BatchChild.class.getName(),
                archive.toString(), out.toString(), "2", "1");
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.PIPE).directory(new File(".")).start();
    }
}
