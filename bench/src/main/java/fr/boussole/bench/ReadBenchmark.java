package fr.boussole.bench;

import fr.boussole.core.ReadOptions;
import fr.boussole.core.TenderReader;
import fr.boussole.model.Piece;
import fr.boussole.model.Tender;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue "Read a whole DCE": one operation reads every DCE of a corpus, once with bare Tika (baseline) and once
 * with Boussole's {@link TenderReader} (candidate: collect + hash, Tika into blocks, segmentation into clauses and
 * sentences, piece roles, tender profile), interleaved by {@link PairTimer}. Both use {@code threads} threads
 * over the files of a DCE: the reader through {@link ReadOptions#withThreads}, the baseline through a pool of
 * the same size; DCEs are read one after the other by both.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 3, jvmArgsAppend = {"-Xmx2g", "-XX:+UseG1GC"})
@State(Scope.Benchmark)
public class ReadBenchmark {

    @Param({BenchPaths.SAMPLES})
    public String corpus;

    @Param({"1"})
    public int threads;

    private Corpus dces;
    private TenderReader reader;
    private BareTika bare;
    private ExecutorService pool;

    @Setup(Level.Trial)
    public void setup() {
        dces = Corpus.load(corpus);
        reader = new TenderReader(ReadOptions.defaults().withThreads(threads));
        bare = new BareTika();
        pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        reader.close();
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    @Benchmark
    public void read(PairTimer timer, Blackhole bh) {
        timer.run(this::bareTika, this::boussole, bh);
    }

    /** Bare Tika over every file; returns the characters extracted. */
    long bareTika() {
        long chars = 0;
        for (Corpus.Dce d : dces.dces()) {
            if (pool == null) {
                for (Path f : d.files()) {
                    chars += bare.parse(f).chars();
                }
            } else {
                List<Future<BareTika.Result>> fs = new ArrayList<>();
                for (Path f : d.files()) {
                    fs.add(pool.submit(() -> bare.parse(f)));
                }
                for (Future<BareTika.Result> f : fs) {
                    chars += join(f).chars();
                }
            }
        }
        return chars;
    }

    /** Boussole's reading of every DCE; returns the clauses found (all pieces are kept alive until then). */
    long boussole() {
        long clauses = 0;
        for (Corpus.Dce d : dces.dces()) {
            Tender t = reader.read(d.dir());
            for (Piece p : t.pieces()) {
                clauses += p.clauses().size();
            }
        }
        return clauses;
    }

    static <T> T join(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
