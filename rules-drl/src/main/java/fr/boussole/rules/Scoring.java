package fr.boussole.rules;

import fr.boussole.model.CheckSummary;
import fr.boussole.model.QualityScore;
import fr.boussole.model.Severity;
import fr.boussole.model.Status;
import fr.boussole.model.Verdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Quality scores and summary counts.
 *
 * <p>A score is a weighted mean over applicable criteria: covered counts 1, partial 0.5, missing and contradicted
 * 0; weights are 3 for an obligation, 2 for a recommendation, 1 for a good practice (the effective severity). A
 * waiver does not raise a score (it hides a gap, it does not fill it). Scores are 0–100, rounded to one decimal,
 * null when no criterion applies.
 */
public final class Scoring {

    public static final Map<String, String> QUALITIES;

    static {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("capacitant", "Capacitant");
        q.put("democratique", "Démocratique");
        q.put("equitable", "Équitable");
        q.put("frugal", "Frugal");
        q.put("inclusif", "Inclusif");
        q.put("innovant", "Innovant");
        q.put("protecteur", "Protecteur");
        QUALITIES = java.util.Collections.unmodifiableMap(q);
    }

    private Scoring() {
    }

    static double weight(Severity s) {
        return switch (s) {
            case OBLIGATION -> 3;
            case RECOMMANDATION -> 2;
            case BONNE_PRATIQUE -> 1;
        };
    }

    static double value(Status s) {
        return s == Status.COVERED ? 1 : s == Status.PARTIAL ? 0.5 : 0;
    }

    /** Weighted score of these verdicts (applicable ones only), or null. */
    public static Double score(List<Verdict> verdicts) {
        double num = 0;
        double den = 0;
        for (Verdict v : verdicts) {
            if (v.status() == Status.NOT_APPLICABLE) {
                continue;
            }
            double w = weight(v.severity());
            num += w * value(v.status());
            den += w;
        }
        return den == 0 ? null : Math.round(1000 * num / den) / 10.0;
    }

    public static List<QualityScore> qualities(List<Verdict> verdicts) {
        List<QualityScore> out = new ArrayList<>();
        for (Map.Entry<String, String> q : QUALITIES.entrySet()) {
            List<Verdict> mine = verdicts.stream().filter(v -> v.qualities().contains(q.getKey())).toList();
            List<Verdict> applicable = mine.stream().filter(v -> v.status() != Status.NOT_APPLICABLE).toList();
            int covered = (int) applicable.stream().filter(v -> v.status() == Status.COVERED).count();
            int partial = (int) applicable.stream().filter(v -> v.status() == Status.PARTIAL).count();
            out.add(new QualityScore(q.getKey(), q.getValue(), score(applicable), applicable.size(), covered, partial,
                    applicable.stream().map(Verdict::criterion).toList()));
        }
        return out;
    }

    public static CheckSummary summary(List<Verdict> verdicts, boolean partialInput) {
        Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            byStatus.put(s, 0);
        }
        int oblMet = 0;
        int oblTotal = 0;
        int open = 0;
        int waived = 0;
        Map<String, List<Verdict>> byPack = new LinkedHashMap<>();
        for (Verdict v : verdicts) {
            byStatus.merge(v.status(), 1, Integer::sum);
            if (v.status() != Status.NOT_APPLICABLE && v.severity() == Severity.OBLIGATION) {
                oblTotal++;
                if (v.status() == Status.COVERED) {
                    oblMet++;
                }
            }
            if (v.isOpenGap()) {
                open++;
            } else if (v.status().isGap()) {
                waived++;
            }
            byPack.computeIfAbsent(v.pack(), k -> new ArrayList<>()).add(v);
        }
        Map<String, Double> packScores = new LinkedHashMap<>();
        byPack.forEach((k, v) -> packScores.put(k, score(v)));
        return new CheckSummary(byStatus, oblMet, oblTotal, open, waived, packScores, partialInput);
    }
}
