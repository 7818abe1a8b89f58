package fr.boussole.report;

import fr.boussole.model.CheckResult;
import fr.boussole.model.CheckSummary;
import fr.boussole.model.PackRef;
import fr.boussole.model.Severity;
import fr.boussole.model.Status;
import fr.boussole.model.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Figures every report shows, read from the result's {@link CheckSummary} when it has one and computed from the
 * verdicts otherwise (so a hand-made or older result still renders).
 *
 * <p>Scores (per pack and per theme) count a covered criterion 1, a partial one ½, anything else 0, over the
 * applicable criteria (not {@code not_applicable}), in percent.
 */
public record ReportStats(Map<Status, Integer> byStatus, int obligationsMet, int obligationsTotal, int openGaps,
                          int waivedGaps, Map<String, Double> byPack, Map<String, Double> byTheme,
                          List<Verdict> ordered, boolean partialInput) {

    /** Display order: what needs action first. */
    public static final List<Status> STATUS_ORDER = List.of(Status.CONTRADICTED, Status.MISSING, Status.PARTIAL,
            Status.COVERED, Status.NOT_APPLICABLE);

    /** Orders verdicts by severity (obligations first), then status (contradicted → not applicable), then id. */
    public static final Comparator<Verdict> READING_ORDER = Comparator
            .comparing((Verdict v) -> v.severity() == null ? Severity.values().length : v.severity().ordinal())
            .thenComparing(v -> v.status() == null ? STATUS_ORDER.size() : STATUS_ORDER.indexOf(v.status()))
            .thenComparing(Verdict::criterion, Comparator.nullsLast(Comparator.naturalOrder()));

    public static ReportStats of(CheckResult r) {
        List<Verdict> verdicts = r.verdicts();
        Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            byStatus.put(s, 0);
        }
        CheckSummary sum = r.summary();
        if (sum != null && sum.byStatus() != null && !sum.byStatus().isEmpty()) {
            sum.byStatus().forEach((k, v) -> byStatus.put(k, v == null ? 0 : v));
        } else {
            verdicts.forEach(v -> byStatus.merge(v.status(), 1, Integer::sum));
        }
        int oblTotal = 0;
        int oblMet = 0;
        int open = 0;
        int waived = 0;
        for (Verdict v : verdicts) {
            if (v.severity() == Severity.OBLIGATION && v.status() != Status.NOT_APPLICABLE) {
                oblTotal++;
                if (v.status() == Status.COVERED) {
                    oblMet++;
                }
            }
            if (v.status().isGap()) {
                if (v.isOpenGap()) {
                    open++;
                } else {
                    waived++;
                }
            }
        }
        if (sum != null) {
            oblMet = sum.obligationsMet();
            oblTotal = sum.obligationsTotal();
            open = sum.openGaps();
            waived = sum.waivedGaps();
        }
        Map<String, Double> byPack = new LinkedHashMap<>();
        if (sum != null && sum.byPack() != null && !sum.byPack().isEmpty()) {
            // keep the packs' order of the result, then any other key
            for (PackRef p : r.packs()) {
                if (sum.byPack().containsKey(p.id())) {
                    byPack.put(p.id(), sum.byPack().get(p.id()));
                }
            }
            new TreeMap<>(sum.byPack()).forEach(byPack::putIfAbsent);
        } else {
            List<String> packIds = new ArrayList<>();
            r.packs().forEach(p -> packIds.add(p.id()));
            verdicts.stream().map(Verdict::pack).filter(p -> p != null && !packIds.contains(p)).distinct()
                    .sorted().forEach(packIds::add);
            for (String id : packIds) {
                byPack.put(id, score(verdicts.stream().filter(v -> id.equals(v.pack())).toList()));
            }
        }
        Map<String, Double> byTheme = new TreeMap<>();
        verdicts.stream().map(Verdict::theme).filter(t -> t != null && !t.isBlank()).distinct()
                .forEach(t -> byTheme.put(t, score(verdicts.stream().filter(v -> t.equals(v.theme())).toList())));
        List<Verdict> ordered = new ArrayList<>(verdicts);
        ordered.sort(READING_ORDER);
        boolean partial = (sum != null && sum.partialInput()) || r.partialInput();
        return new ReportStats(Collections.unmodifiableMap(byStatus), oblMet, oblTotal, open, waived,
                Collections.unmodifiableMap(byPack), Collections.unmodifiableMap(byTheme),
                List.copyOf(ordered), partial);
    }

    /** Score of a set of verdicts (see class comment), or null when none applies. */
    public static Double score(List<Verdict> verdicts) {
        int applicable = 0;
        double points = 0;
        for (Verdict v : verdicts) {
            if (v.status() == Status.NOT_APPLICABLE) {
                continue;
            }
            applicable++;
            if (v.status() == Status.COVERED) {
                points += 1;
            } else if (v.status() == Status.PARTIAL) {
                points += 0.5;
            }
        }
        return applicable == 0 ? null : Math.round(points * 1000.0 / applicable) / 10.0;
    }

    public int count(Status s) {
        return byStatus.getOrDefault(s, 0);
    }

    public int total() {
        return byStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Verdicts that are gaps (open or waived), in reading order. */
    public List<Verdict> gaps() {
        return ordered.stream().filter(v -> v.status().isGap()).toList();
    }

    /** Gaps not hidden by a waiver, in reading order. */
    public List<Verdict> openGapVerdicts() {
        return ordered.stream().filter(Verdict::isOpenGap).toList();
    }

    /** Applicable obligations that are not covered. */
    public List<Verdict> obligationsMissing() {
        return ordered.stream().filter(v -> v.severity() == Severity.OBLIGATION && v.status() != Status.NOT_APPLICABLE
                && v.status() != Status.COVERED).toList();
    }
}
