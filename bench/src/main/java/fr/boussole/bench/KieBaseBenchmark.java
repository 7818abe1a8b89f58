package fr.boussole.bench;

import fr.boussole.core.CheckOptions;
import fr.boussole.core.Checker;
import fr.boussole.rules.Judge;
import fr.boussole.rules.KieBaseCache;
import fr.boussole.rules.pack.PackSet;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
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

/**
 * Issue "Judge a DCE", rule base side, for the normal pack set and the multiplied one ({@code packs}):
 * <ul>
 *   <li>{@code coldBuild}: the first KieBase build in a fresh JVM (single shot, one fork per sample: class loading,
 *   MVEL and the JIT are all cold, as for a CLI run);</li>
 *   <li>{@code coldChecker}: the first {@code new Checker(options)} in a fresh JVM (packs read and validated,
 *   matcher built, KieBase built): what a CLI run pays before judging;</li>
 *   <li>{@code warmBuild}: an uncached build in a warm JVM (a new pack version in a long-running process);</li>
 *   <li>{@code cachedGet}: a {@link KieBaseCache} hit (the key hashes the packs' DRL);</li>
 *   <li>{@code compileCached}: {@link Judge#compile} on a cache hit (the signal matcher is rebuilt).</li>
 * </ul>
 */
@State(Scope.Benchmark)
public class KieBaseBenchmark {

    public static final String NORMAL = "normal";
    public static final String MULTIPLIED = "x10";

    @Param({NORMAL, MULTIPLIED})
    public String packs;

    private PackSets sets;
    private CheckOptions options;
    private PackSet set;
    private String key;

    @Setup(Level.Trial)
    public void setup() {
        sets = PackSets.create(10);
        options = NORMAL.equals(packs) ? sets.normal() : sets.multiplied();
        set = Checker.loadPacks(options);
        key = KieBaseCache.key(set);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        sets.close();
    }

    /** A cache that already holds the rule base of the set. */
    @State(Scope.Benchmark)
    public static class Warm {
        KieBaseCache cache;

        @Setup(Level.Trial)
        public void fill(KieBaseBenchmark b) {
            cache = new KieBaseCache();
            cache.get(b.set);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 7, jvmArgsAppend = {"-Xmx2g", "-XX:+UseG1GC"})
    public KieBase coldBuild() {
        return KieBaseCache.build(set, key);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 7, jvmArgsAppend = {"-Xmx2g", "-XX:+UseG1GC"})
    public Checker coldChecker() {
        return new Checker(options);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 10)
    @Measurement(iterations = 5, time = 10)
    @Fork(value = 2, jvmArgsAppend = {"-Xmx2g", "-XX:+UseG1GC"})
    public KieBase warmBuild() {
        return KieBaseCache.build(set, key);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(value = 2, jvmArgsAppend = {"-Xmx2g", "-XX:+UseG1GC"})
    public KieBase cachedGet(Warm warm) {
        return warm.cache.get(set);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(value = 2, jvmArgsAppend = {"-Xmx2g", "-XX:+UseG1GC"})
    public Judge compileCached(Warm warm) {
        return Judge.compile(set, warm.cache);
    }
}
