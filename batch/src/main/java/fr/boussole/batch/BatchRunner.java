package fr.boussole.batch;

import fr.boussole.batch.decp.DecpReader;
import fr.boussole.core.Checker;
import fr.boussole.core.Versions;
import fr.boussole.model.CheckResult;
import fr.boussole.model.PackRef;
import fr.boussole.report.JsonReport;
import fr.boussole.rules.pack.EffectiveCriterion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Archive mode: judges every tender of an archive, in parallel, resumably.
 *
 * <p>For each tender: unpack and hash its files; when the journal already has it with the same key (documents,
 * packs, version) and its result is intact, leave it; when the cache has the key, reuse that result; else read
 * the pieces (in isolated worker processes by default), judge, write {@code results/<id>.json} atomically, then
 * append the journal line (forced to disk). Only a few tenders are in memory at a time (bounded queue); only
 * one small row per tender is kept, in the journal on disk. At the end the journal is compacted and the
 * summaries and the dashboard are written from it.
 *
 * <p>Killed at any moment (even {@code kill -9}), a rerun of the same command finishes the rest: results are
 * whole or absent, the journal's cut line is dropped, and a result without its journal line is recomputed.
 */
public final class BatchRunner {

    public static final String RESULTS_DIR = "results";
    public static final String LOGS_DIR = "logs";

    private final BatchOptions options;
    private final BatchListener listener;

    public BatchRunner(BatchOptions options, BatchListener listener) {
        this.options = options;
        this.listener = listener == null ? BatchListener.NONE : listener;
    }

    public BatchOutcome run() throws IOException {
        Instant start = Instant.now();
        InputScanner.Scan scan = InputScanner.scan(options.input());
        if (options.decp() != null) {
            DecpReader.check(options.decp()); // before hours of work, not after
        }
        scan.warnings().forEach(listener::warning);
        Path out = options.out();
        Path results = out.resolve(RESULTS_DIR);
        Files.createDirectories(results);
        AtomicFiles.deleteLeftovers(results);
        AtomicFiles.deleteLeftovers(out);

        WorkerPool workers = options.workers() > 0 ? new WorkerPool(new WorkerPool.Config(options.workers(),
                options.workerXmx(), options.workerJvmArgs(), options.read().extraction(), options.workerGrace(),
                out.resolve(LOGS_DIR), null)) : null;
        if (workers != null) {
            workers.prestart(); // while the rules compile
        }
        Checker checker;
        try {
            checker = new Checker(options.check());
        } catch (RuntimeException e) {
            if (workers != null) {
                workers.close();
            }
            throw e;
        }
        Map<String, String> titles = titles(checker, options.keyCriteria());
        ResultCache cache = options.cacheDir() == null ? null : new ResultCache(options.cacheDir());
        PieceReader pieces = workers;
        int pieceThreads = options.workers() > 0 ? options.workers() : options.threads();
        Instant processingStart;
        Instant processingEnd;
        String extraction;
        List<String> ids = scan.tenders().stream().map(TenderSource::id).toList();
        try (Journal journal = Journal.open(out.resolve(Journal.FILE_NAME));
             TenderProcessor processor = new TenderProcessor(options.read(), options.check(), checker, pieces,
                     pieceThreads)) {
            extraction = processor.pieceReader().describe();
            listener.started(scan.tenders().size());
            processingStart = Instant.now();
            // tenders in flight: one per thread plus one queued, so workers never wait for the judge
            int slots = options.threads() + 1;
            ExecutorService pool = Executors.newFixedThreadPool(slots, daemon("boussole-tender"));
            Semaphore inFlight = new Semaphore(slots * 2);
            try {
                for (TenderSource t : scan.tenders()) {
                    inFlight.acquire();
                    pool.submit(() -> {
                        try {
                            listener.finished(handle(t, processor, journal, cache, results));
                        } finally {
                            inFlight.release();
                        }
                    });
                }
                pool.shutdown();
                while (!pool.awaitTermination(1, TimeUnit.HOURS)) {
                    // an archive can take hours
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                pool.shutdownNow();
                throw new IOException("traitement interrompu", e);
            }
            processingEnd = Instant.now();
            journal.compact(ids);
        }
        listener.writingOutputs();
        BatchOutputs.RunInfo info = new BatchOutputs.RunInfo("boussole " + Versions.boussole(),
                checker.packs().refs().stream().map(p -> p.id() + "@" + p.version()).collect(Collectors.joining(", ")),
                BatchOutcome.duration(Duration.between(start, processingEnd)), "", extraction, scan.warnings());
        Duration processing = Duration.between(processingStart, processingEnd);
        // rates need the stats: write once with a placeholder, computed from the same rows below
        BatchOutputs.Written w = BatchOutputs.write(out, BatchOutputs.Rows.journal(out.resolve(Journal.FILE_NAME),
                        new LinkedHashSet<>(ids)), options.keyCriteria(), titles, options.decp(),
                options.decpThreshold(), options.baseline(), options.baselineLabel(),
                withRates(info, out, ids, processing));
        return new BatchOutcome(out, w.stats(), w.decp(), Duration.between(start, Instant.now()), processing,
                options.threads(), extraction, titles, options.baseline(), options.baselineLabel(), w.files(),
                scan.warnings(), results + " (un JSON par DCE)");
    }

    /** Rates for the dashboard, counted from the journal before the summaries are written. */
    private BatchOutputs.RunInfo withRates(BatchOutputs.RunInfo info, Path out, List<String> ids, Duration processing)
            throws IOException {
        int[] c = {0, 0};
        Journal.forEachLatest(out.resolve(Journal.FILE_NAME), new LinkedHashSet<>(ids), e -> {
            if (e.row().outcome() != TenderRow.Outcome.UNCHANGED) {
                c[0]++;
                c[1] += e.row().pages();
            }
        });
        double s = Math.max(0.001, processing.toMillis() / 1000.0);
        String rates = String.format(java.util.Locale.FRENCH, "%.2f DCE/s et %.1f pages/s sur %d DCE traités "
                + "dans cette exécution (%d fil(s))", c[0] / s, c[1] / s, c[0], options.threads());
        return new BatchOutputs.RunInfo(info.tool(), info.packs(), info.elapsed(), rates, info.extraction(),
                info.warnings());
    }

    private TenderRow handle(TenderSource t, TenderProcessor processor, Journal journal, ResultCache cache,
                             Path results) {
        long t0 = System.nanoTime();
        String fileName = t.id() + ".json";
        Path resultFile = results.resolve(fileName);
        String rel = RESULTS_DIR + "/" + fileName;
        InputScanner.Materialized m = null;
        TenderProcessor.Collected c = null;
        try {
            m = InputScanner.materialize(t, options.read().limits());
            c = processor.collect(t.id(), t.label(), m.paths());
            Journal.Done prev = journal.done(t.id());
            if (prev != null && c.key().equals(prev.key()) && Files.exists(resultFile)) {
                try {
                    CheckResult r = JsonReport.read(resultFile);
                    TenderRow row = TenderRow.of(r, TenderRow.Outcome.UNCHANGED, options.keyCriteria(),
                            TenderRow.pages(r), t.decpId(), millis(t0), rel);
                    // the row is refreshed (key criteria may have changed); it can be recomputed, so no fsync
                    journal.append(new JournalEntry(t.id(), c.key(), Instant.now(), row), false);
                    return row;
                } catch (IOException | RuntimeException unreadable) {
                    // a damaged result is recomputed below
                }
            }
            CheckResult r = cache == null ? null : cache.get(c.key());
            TenderRow.Outcome outcome = TenderRow.Outcome.CACHED;
            if (r != null) {
                r = withIdentity(r, t.id(), t.label());
            } else {
                outcome = TenderRow.Outcome.DONE;
                r = processor.check(processor.read(c));
            }
            AtomicFiles.writeString(resultFile, JsonReport.render(r));
            if (cache != null && outcome == TenderRow.Outcome.DONE) {
                try {
                    cache.put(c.key(), r);
                } catch (IOException | RuntimeException e) {
                    // the cache is an optimisation: a full disk there must not fail the tender
                }
            }
            TenderRow row = TenderRow.of(r, outcome, options.keyCriteria(), TenderRow.pages(r), t.decpId(),
                    millis(t0), rel);
            journal.append(new JournalEntry(t.id(), c.key(), Instant.now(), row), true);
            return row;
        } catch (Exception e) {
            TenderRow row = TenderRow.failed(t, describe(e), millis(t0));
            try {
                journal.append(new JournalEntry(t.id(), null, Instant.now(), row), true);
            } catch (IOException io) {
                throw new java.io.UncheckedIOException("journal illisible ou disque plein : " + io.getMessage(), io);
            }
            return row;
        } finally {
            // temporary copies: best effort, never changes the tender's outcome
            quietly(c);
            quietly(m);
        }
    }

    private static void quietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception ignored) {
            // a temporary folder that cannot be deleted stays in the system's temporary directory
        }
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** A cached result under this tender's id and source. */
    static CheckResult withIdentity(CheckResult r, String id, String source) {
        return new CheckResult(r.schemaVersion(), r.tool(), r.checkedAt(), id, source, r.profile(), r.pieces(),
                r.packs(), r.verdicts(), r.qualities(), r.summary(), r.problems());
    }

    /** Title of each key criterion in the packs (null: absent or disabled). */
    public static Map<String, String> titles(Checker checker, List<String> keys) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : keys) {
            EffectiveCriterion c = checker.packs().criterion(k);
            out.put(k, c == null || c.disabled() ? null : c.title());
        }
        return out;
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread th = new Thread(r, name + "-" + n.incrementAndGet());
            th.setDaemon(true);
            return th;
        };
    }

    /** Packs used, for the summaries. */
    static String packs(List<PackRef> refs) {
        List<String> s = new ArrayList<>();
        refs.forEach(p -> s.add(p.id() + "@" + p.version()));
        return String.join(", ", s);
    }
}
