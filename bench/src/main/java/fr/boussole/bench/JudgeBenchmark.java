package fr.boussole.bench;

import fr.boussole.core.Checker;
import fr.boussole.core.ReadOptions;
import fr.boussole.core.TenderReader;
import fr.boussole.model.CheckResult;
import fr.boussole.model.Tender;
import java.util.ArrayList;
import java.util.List;
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
 * Issue "Judge a DCE": {@link Checker#check} with the normal pack set (baseline) and with {@code factor} times the
 * criteria (candidate, {@link CriteriaMultiplier}, as copies of the real criteria or as synthetic ones) over every
 * DCE of a corpus, interleaved by {@link PairTimer}.
 * {@code check} judges tenders read once in the setup; {@code readAndCheck} reads them too (end to end, one thread).
 * Both checkers are built in the setup (packs loaded, matcher and rule base compiled once, as in real use).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 3, jvmArgsAppend = {"-Xmx2g", "-XX:+UseG1GC"})
@State(Scope.Benchmark)
public class JudgeBenchmark {

    @Param({BenchPaths.SAMPLES})
    public String corpus;

    @Param({"10"})
    public int factor;

    /** How the criteria are multiplied: {@link PackSets#COPIES} or {@link PackSets#SYNTHETIC}. */
    @Param({PackSets.COPIES})
    public String variant;

    private Corpus dces;
    private PackSets sets;
    private TenderReader reader;
    private Checker normal;
    private Checker multiplied;
    private List<Tender> tenders;

    @Setup(Level.Trial)
    public void setup() {
        dces = Corpus.load(corpus);
        sets = PackSets.create(factor, variant);
        normal = new Checker(sets.normal());
        multiplied = new Checker(sets.multiplied());
        reader = new TenderReader(ReadOptions.defaults().withThreads(1));
        tenders = new ArrayList<>();
        for (Corpus.Dce d : dces.dces()) {
            tenders.add(reader.read(d.dir()));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        reader.close();
        sets.close();
    }

    @Benchmark
    public void check(PairTimer timer, Blackhole bh) {
        timer.run(() -> checkAll(normal), () -> checkAll(multiplied), bh);
    }

    @Benchmark
    public void readAndCheck(PairTimer timer, Blackhole bh) {
        timer.run(() -> readAndCheckAll(normal), () -> readAndCheckAll(multiplied), bh);
    }

    private long checkAll(Checker checker) {
        long verdicts = 0;
        for (Tender t : tenders) {
            CheckResult r = checker.check(t);
            verdicts += r.verdicts().size();
        }
        return verdicts;
    }

    private long readAndCheckAll(Checker checker) {
        long verdicts = 0;
        for (Corpus.Dce d : dces.dces()) {
            CheckResult r = checker.check(reader.read(d.dir()));
            verdicts += r.verdicts().size();
        }
        return verdicts;
    }
}
