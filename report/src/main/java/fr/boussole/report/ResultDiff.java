package fr.boussole.report;

import fr.boussole.model.CheckResult;
import fr.boussole.model.Severity;
import fr.boussole.model.Status;
import fr.boussole.model.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two checks of the same tender (a buyer iterating on a draft): criteria newly covered,
 * criteria that became gaps, other status changes (better or worse), and unchanged ones. Criteria present in only
 * one of the results are compared against "absent".
 *
 * @param newlyCovered criteria covered now and not before
 * @param newlyMissing criteria that are gaps now and were not (covered, not applicable or absent before)
 * @param changed      other status changes (e.g. missing → partial, partial → contradicted, removed criteria)
 * @param unchanged    same status in both
 */
public record ResultDiff(String tenderBefore, String tenderAfter, Instant checkedBefore, Instant checkedAfter,
                         List<Change> newlyCovered, List<Change> newlyMissing, List<Change> changed,
                         List<Change> unchanged, int obligationsMetBefore, int obligationsMetAfter,
                         int obligationsTotalBefore, int obligationsTotalAfter, int openGapsBefore, int openGapsAfter) {

    /** Direction of a change, from the buyer's point of view. */
    public enum Direction { IMPROVED, WORSENED, NEUTRAL, SAME }

    /** One criterion in both results (a null status: absent from that result). */
    public record Change(String criterion, String title, Severity severity, Status before, Status after,
                         Direction direction) {
    }

    public ResultDiff {
        newlyCovered = List.copyOf(newlyCovered);
        newlyMissing = List.copyOf(newlyMissing);
        changed = List.copyOf(changed);
        unchanged = List.copyOf(unchanged);
    }

    public static ResultDiff diff(CheckResult old, CheckResult neu) {
        Map<String, Verdict> before = index(old);
        Map<String, Verdict> after = index(neu);
        Set<String> ids = new LinkedHashSet<>();
        ReportStats.of(neu).ordered().forEach(v -> ids.add(v.criterion()));
        ReportStats.of(old).ordered().forEach(v -> ids.add(v.criterion()));
        List<Change> covered = new ArrayList<>();
        List<Change> missing = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        List<Change> same = new ArrayList<>();
        for (String id : ids) {
            Verdict b = before.get(id);
            Verdict a = after.get(id);
            Status sb = b == null ? null : b.status();
            Status sa = a == null ? null : a.status();
            Verdict ref = a != null ? a : b;
            Change c = new Change(id, ref.title(), ref.severity(), sb, sa, direction(sb, sa));
            if (sb == sa) {
                same.add(c);
            } else if (sa == Status.COVERED) {
                covered.add(c);
            } else if (sa != null && sa.isGap() && (sb == null || !sb.isGap())) {
                missing.add(c);
            } else {
                changed.add(c);
            }
        }
        ReportStats so = ReportStats.of(old);
        ReportStats sn = ReportStats.of(neu);
        return new ResultDiff(old.tender(), neu.tender(), old.checkedAt(), neu.checkedAt(), covered, missing, changed,
                same, so.obligationsMet(), sn.obligationsMet(), so.obligationsTotal(), sn.obligationsTotal(),
                so.openGaps(), sn.openGaps());
    }

    /** True when something got better and nothing got worse. */
    public boolean improvedOnly() {
        List<Change> all = new ArrayList<>(newlyCovered);
        all.addAll(newlyMissing);
        all.addAll(changed);
        return all.stream().anyMatch(c -> c.direction() == Direction.IMPROVED)
                && all.stream().noneMatch(c -> c.direction() == Direction.WORSENED);
    }

    /** Every change that is not "unchanged". */
    public List<Change> allChanges() {
        List<Change> all = new ArrayList<>(newlyCovered);
        all.addAll(newlyMissing);
        all.addAll(changed);
        return all;
    }

    private static Map<String, Verdict> index(CheckResult r) {
        Map<String, Verdict> m = new LinkedHashMap<>();
        r.verdicts().forEach(v -> m.putIfAbsent(v.criterion(), v));
        return m;
    }

    /** Covered 3 > partial 2 > missing 1 > contradicted 0; not applicable or absent compare as neutral. */
    static Direction direction(Status before, Status after) {
        if (before == after) {
            return Direction.SAME;
        }
        Integer rb = rank(before);
        Integer ra = rank(after);
        if (rb == null || ra == null) {
            return Direction.NEUTRAL;
        }
        return ra > rb ? Direction.IMPROVED : Direction.WORSENED;
    }

    private static Integer rank(Status s) {
        if (s == null) {
            return null;
        }
        return switch (s) {
            case COVERED -> 3;
            case PARTIAL -> 2;
            case MISSING -> 1;
            case CONTRADICTED -> 0;
            case NOT_APPLICABLE -> null;
        };
    }
}
