package fr.boussole.batch;

import fr.boussole.core.Checker;
import fr.boussole.core.CheckOptions;
import fr.boussole.core.ReadOptions;
import fr.boussole.core.TenderReader;
import fr.boussole.core.Versions;
import fr.boussole.extractor.CollectedInput;
import fr.boussole.extractor.DceCollector;
import fr.boussole.extractor.SourceFile;
import fr.boussole.model.CheckResult;
import fr.boussole.model.Piece;
import fr.boussole.model.Problem;
import fr.boussole.model.Tender;
import fr.boussole.profiler.PieceRoleClassifier;
import fr.boussole.profiler.TenderProfiler;
import fr.boussole.segmenter.Fingerprints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The per-tender pipeline of archive mode, shared by the embedded batch and the Spark job: collect the files
 * (folders, nested ZIPs), compute the cache key, read the pieces (in parallel, through a {@link PieceReader}),
 * profile, judge. Everything expensive (rule base, parsers, worker processes) is built once and shared by all
 * tenders and threads.
 */
public final class TenderProcessor implements AutoCloseable {

    private final ReadOptions read;
    private final Checker checker;
    private final TenderReader reader;
    private final TenderProfiler profiler = new TenderProfiler(new PieceRoleClassifier(Fingerprints::of));
    private final DceCollector collector;
    private final PieceReader pieces;
    private final ExecutorService piecePool;
    private final String configKey;

    /**
     * @param read         reading options (limits; parse options go to the piece reader)
     * @param checkOptions packs and options, used for the cache key (the checker was built from them)
     * @param checker      the rule base, compiled once
     * @param pieces       how files become pieces (in this JVM or in worker processes); closed with this
     * @param pieceThreads files read at the same time across all tenders (1 = one at a time)
     */
    public TenderProcessor(ReadOptions read, CheckOptions checkOptions, Checker checker, PieceReader pieces,
                           int pieceThreads) {
        this.read = read;
        this.checker = checker;
        // Tika is loaded in this JVM only when files are read here, not by worker processes
        this.reader = pieces == null ? new TenderReader(read.withThreads(1)) : null;
        this.collector = new DceCollector(read.limits());
        this.pieces = pieces == null ? PieceReader.inProcess(reader) : pieces;
        AtomicInteger n = new AtomicInteger();
        this.piecePool = pieceThreads <= 1 ? null : Executors.newFixedThreadPool(pieceThreads, r -> {
            Thread t = new Thread(r, "boussole-piece-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.configKey = configKey(checkOptions, checker, read);
    }

    /** A processor reading in this JVM. */
    public static TenderProcessor inProcess(ReadOptions read, CheckOptions checkOptions, Checker checker) {
        return new TenderProcessor(read, checkOptions, checker, null, read.threads());
    }

    public Checker checker() {
        return checker;
    }

    public PieceReader pieceReader() {
        return pieces;
    }

    /** A tender's files on disk, hashed, until closed. */
    public record Collected(String id, String source, CollectedInput input, String key) implements AutoCloseable {
        public List<SourceFile> files() {
            return input.files();
        }

        @Override
        public void close() {
            input.close();
        }
    }

    /** Collects a tender's files (unpacking archives into a temporary folder) and computes its cache key. */
    public Collected collect(String id, String source, List<Path> localPaths) {
        CollectedInput in = collector.collect(localPaths);
        try {
            return new Collected(id, source, in, key(in));
        } catch (RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Reads every piece (in parallel when a pool is set) and profiles the tender. */
    public Tender read(Collected c) {
        List<SourceFile> files = c.files();
        List<Piece> out = new ArrayList<>(files.size());
        if (piecePool == null || files.size() < 2) {
            for (int i = 0; i < files.size(); i++) {
                out.add(pieces.read(files.get(i), "p" + (i + 1)));
            }
        } else {
            List<Future<Piece>> futures = new ArrayList<>(files.size());
            for (int i = 0; i < files.size(); i++) {
                SourceFile f = files.get(i);
                String pid = "p" + (i + 1);
                futures.add(piecePool.submit(() -> pieces.read(f, pid)));
            }
            for (Future<Piece> f : futures) {
                try {
                    out.add(f.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    futures.forEach(x -> x.cancel(true));
                    throw new IllegalStateException("lecture interrompue", e);
                } catch (ExecutionException e) {
                    futures.forEach(x -> x.cancel(true));
                    Throwable cause = e.getCause();
                    throw cause instanceof RuntimeException re ? re
                            : new IllegalStateException("échec inattendu de la lecture d'une pièce", cause);
                }
            }
        }
        // what TenderReader.assemble does, without needing a TenderReader (and its Tika) in this JVM
        return new Tender(c.id(), c.source(), out, profiler.profile(out), c.input().problems());
    }

    public CheckResult check(Tender t) {
        return checker.check(t);
    }

    /** Collect, read and judge a tender in one go (Spark executors). */
    public CheckResult process(String id, String source, List<Path> localPaths) {
        try (Collected c = collect(id, source, localPaths)) {
            return check(read(c));
        }
    }

    /** The cache key of a collected tender: its documents, their hashes and problems, and the configuration. */
    public String key(CollectedInput in) {
        MessageDigest md = sha256();
        update(md, "config " + configKey);
        for (SourceFile f : in.files()) {
            update(md, "file " + f.displayPath() + " " + f.sha256());
        }
        for (Problem p : in.problems()) {
            update(md, "problem " + p.code() + " " + p.path());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** What besides the documents changes a result: Boussole's version, the packs, waivers, date, OCR. */
    static String configKey(CheckOptions options, Checker checker, ReadOptions read) {
        MessageDigest md = sha256();
        update(md, "boussole " + Versions.boussole());
        update(md, "packs " + checker.packs().contentKey());
        if (options != null && options.waivers() != null) {
            try {
                update(md, "waivers " + DceCollector.sha256(options.waivers()));
            } catch (IOException e) {
                update(md, "waivers ? " + options.waivers());
            }
        }
        if (options != null && options.checkDate() != null) {
            update(md, "date " + options.checkDate());
        }
        update(md, "ocr " + read.extraction().ocr());
        return HexFormat.of().formatHex(md.digest());
    }

    private static void update(MessageDigest md, String line) {
        md.update((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (piecePool != null) {
            piecePool.shutdownNow();
        }
        pieces.close();
        if (reader != null) {
            reader.close();
        }
    }
}
