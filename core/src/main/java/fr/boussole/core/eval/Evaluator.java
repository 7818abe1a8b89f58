package fr.boussole.core.eval;

import fr.boussole.model.CheckResult;
import fr.boussole.model.Status;
import fr.boussole.model.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Compares check results with gold labels on the criteria present in both. Presence counts covered
 * and partial as "present"; a false "covered" is a covered verdict where gold says missing or not
 * applicable — the error that makes a buyer believe they comply.
 */
public final class Evaluator {

    private Evaluator() {
    }

    /**
     * @param results  check results by tender id
     * @param gold     gold labels
     * @param resolve  maps a gold criterion id (maybe an alias) to the packs' id, or null when unknown
     */
    public static EvalReport evaluate(Map<String, CheckResult> results, List<GoldLabel> gold,
                                      UnaryOperator<String> resolve) {
        TreeSet<String> unknown = new TreeSet<>();
        TreeSet<String> missingTenders = new TreeSet<>();
        Map<Status, Map<Status, Integer>> confusion = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            confusion.put(s, new EnumMap<>(Status.class));
            for (Status t : Status.values()) {
                confusion.get(s).put(t, 0);
            }
        }
        Map<String, int[]> byCriterion = new TreeMap<>();
        Map<String, int[]> byTender = new TreeMap<>();
        int[] all = new int[6];
        List<EvalReport.Mismatch> mismatches = new ArrayList<>();
        for (GoldLabel g : gold) {
            String id = resolve.apply(g.criterion());
            if (id == null) {
                unknown.add(g.criterion());
                continue;
            }
            CheckResult r = results.get(g.tender());
            if (r == null) {
                missingTenders.add(g.tender());
                continue;
            }
            Verdict v = r.verdict(id);
            if (v == null) {
                continue; // criterion disabled by an overlay: not compared
            }
            Status p = v.status();
            confusion.get(g.status()).merge(p, 1, Integer::sum);
            int[][] counters = {all, byCriterion.computeIfAbsent(id, k -> new int[6]),
                byTender.computeIfAbsent(g.tender(), k -> new int[6])};
            boolean gp = g.status().isPresent();
            boolean pp = p.isPresent();
            boolean falseCovered = p == Status.COVERED
                    && (g.status() == Status.MISSING || g.status() == Status.NOT_APPLICABLE);
            for (int[] c : counters) {
                c[0]++;                                   // pairs
                c[1] += g.status() == p ? 1 : 0;          // exact
                c[2] += gp && pp ? 1 : 0;                 // tp
                c[3] += !gp && pp ? 1 : 0;                // fp
                c[4] += gp && !pp ? 1 : 0;                // fn
                c[5] += falseCovered ? 1 : 0;
            }
            if (g.status() != p) {
                mismatches.add(new EvalReport.Mismatch(g.tender(), id, g.status(), p, v.reason()));
            }
        }
        mismatches.sort(Comparator.comparingInt(Evaluator::severityOf).thenComparing(EvalReport.Mismatch::tender)
                .thenComparing(EvalReport.Mismatch::criterion));
        List<EvalReport.Mismatch> falseCovered = mismatches.stream()
                .filter(m -> m.predicted() == Status.COVERED
                        && (m.gold() == Status.MISSING || m.gold() == Status.NOT_APPLICABLE)).toList();
        return new EvalReport(byTender.size(), all[0], presence(all), all[0] == 0 ? 1.0 : (double) all[1] / all[0],
                falseCovered, confusion, rows(byCriterion), rows(byTender), List.copyOf(unknown),
                List.copyOf(missingTenders), mismatches);
    }

    /** Worst mismatches first: false covered, then missed presence, then false presence, then the rest. */
    private static int severityOf(EvalReport.Mismatch m) {
        if (m.predicted() == Status.COVERED && (m.gold() == Status.MISSING || m.gold() == Status.NOT_APPLICABLE)) {
            return 0;
        }
        if (m.gold().isPresent() && !m.predicted().isPresent()) {
            return 1;
        }
        if (!m.gold().isPresent() && m.predicted().isPresent()) {
            return 2;
        }
        return 3;
    }

    private static EvalReport.Presence presence(int[] c) {
        int tn = c[0] - c[2] - c[3] - c[4];
        return EvalReport.Presence.of(c[2], c[3], c[4], tn);
    }

    private static List<EvalReport.Row> rows(Map<String, int[]> m) {
        List<EvalReport.Row> out = new ArrayList<>();
        for (Map.Entry<String, int[]> e : m.entrySet()) {
            int[] c = e.getValue();
            out.add(new EvalReport.Row(e.getKey(), c[0], c[1], presence(c), c[5]));
        }
        return out;
    }

    /** Map of tender id → result, for callers that check each tender folder. */
    public static Map<String, CheckResult> byTender(List<CheckResult> results) {
        Map<String, CheckResult> m = new LinkedHashMap<>();
        results.forEach(r -> m.put(r.tender(), r));
        return m;
    }
}
