package fr.boussole.bench;

import java.util.function.Supplier;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Interleaved measurement of a baseline and a candidate in the same JVM and the same iteration: each benchmark
 * invocation runs both, alternating which goes first (AB, BA, AB…) so that neither always meets a warmer cache
 * or a quieter machine. The times are JMH secondary results (events, summed per iteration): {@code baselineNs},
 * {@code candidateNs} and {@code pairs}. {@link Summary} turns each iteration into a ratio candidate/baseline,
 * which stays meaningful on a shared, noisy machine because both sides met the same noise.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class PairTimer {

    public long baselineNs;
    public long candidateNs;
    public long pairs;

    private long sequence;

    @Setup(Level.Iteration)
    public void reset() {
        baselineNs = 0;
        candidateNs = 0;
        pairs = 0;
    }

    /** Runs both once, in alternating order, and adds their times. */
    public void run(Supplier<?> baseline, Supplier<?> candidate, Blackhole bh) {
        if ((sequence++ & 1) == 0) {
            baselineNs += time(baseline, bh);
            candidateNs += time(candidate, bh);
        } else {
            candidateNs += time(candidate, bh);
            baselineNs += time(baseline, bh);
        }
        pairs++;
    }

    private static long time(Supplier<?> s, Blackhole bh) {
        long t0 = System.nanoTime();
        Object r = s.get();
        long t1 = System.nanoTime();
        bh.consume(r);
        return t1 - t0;
    }
}
