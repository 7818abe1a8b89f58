package fr.boussole.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.boussole.model.Tender;
import fr.boussole.rules.pack.Pack;
import fr.boussole.rules.pack.PackSet;
import fr.boussole.rules.tools.Synthetic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Informal measurements (not a benchmark, never asserts a time): run with {@code -Dboussole.measure=true}.
 * KieBase build cold vs cached; check time of a synthetic tender with the seed pack vs 10× and 100× criteria.
 */
class MeasureTest {

    @Test
    void measure() {
        assumeTrue(Boolean.getBoolean("boussole.measure"), "mesures désactivées (-Dboussole.measure=true)");
        Pack loi = TestPacks.loi();
        PackSet seed = PackSet.of(List.of(loi));

        KieBaseCache cache = new KieBaseCache();
        long t0 = System.nanoTime();
        Judge.compile(seed, cache);
        long cold = System.nanoTime() - t0;
        t0 = System.nanoTime();
        Judge.compile(seed, cache);
        long cached = System.nanoTime() - t0;
        KieBaseCache other = new KieBaseCache();
        t0 = System.nanoTime();
        Judge.compile(seed, other);
        long warmRebuild = System.nanoTime() - t0;
        System.out.printf(Locale.ROOT, "MESURE KieBase loi : froid %d ms, en cache %.2f ms, reconstruction à chaud %d ms%n",
                cold / 1_000_000, cached / 1e6, warmRebuild / 1_000_000);

        Tender tender = Synthetic.tender("synth", 300, 0.15, 42);
        int clauses = tender.pieces().stream().mapToInt(p -> p.clauses().size()).sum();
        for (int extra : new int[] {0, 36, 396}) {
            List<Pack> packs = new ArrayList<>(List.of(loi));
            if (extra > 0) {
                packs.add(Synthetic.pack("syn", extra, 7));
            }
            PackSet set = PackSet.of(packs);
            t0 = System.nanoTime();
            Judge j = Judge.compile(set, cache);
            long build = System.nanoTime() - t0;
            LocalDate day = LocalDate.of(2026, 10, 1);
            for (int i = 0; i < 5; i++) {
                j.judge(tender, new JudgeOptions(day, null)); // warm-up
            }
            long runs0 = j.matcher().counters()[1];
            long best = Long.MAX_VALUE;
            long bestMatch = Long.MAX_VALUE;
            int n = 10;
            Judgement last = null;
            for (int i = 0; i < n; i++) {
                long a = System.nanoTime();
                j.matcher().match(tender);
                bestMatch = Math.min(bestMatch, System.nanoTime() - a);
                a = System.nanoTime();
                last = j.judge(tender, new JudgeOptions(day, null));
                best = Math.min(best, System.nanoTime() - a);
            }
            long regexPerCheck = (j.matcher().counters()[1] - runs0) / (2L * n);
            System.out.printf(Locale.ROOT, "MESURE %d critères (%d motifs) : construction %d ms ; contrôle d'un DCE "
                            + "synthétique de %d clauses : %.1f ms (dont pré-filtrage+regex %.1f ms), %d expressions "
                            + "exécutées, %d mentions%n", set.criteria().size(), j.matcher().patternCount(),
                    build / 1_000_000, clauses, best / 1e6, bestMatch / 1e6, regexPerCheck, last.hits().size());
            assertEquals(set.criteria().size(), last.verdicts().size());
        }
    }
}
