package fr.boussole.core.eval;

import fr.boussole.model.Status;
import java.util.List;
import java.util.Map;

/**
 * Accuracy of Boussole against gold labels.
 *
 * @param tenders          tenders compared
 * @param pairs            (tender, criterion) pairs compared
 * @param presence         presence metrics: covered or partial vs the rest
 * @param statusAccuracy   share of pairs whose status is exactly the gold one
 * @param falseCovered     pairs Boussole says covered while gold says missing or not applicable
 * @param confusion        gold status → predicted status → count
 * @param perCriterion     one row per criterion
 * @param perTender        one row per tender
 * @param unknownCriteria  gold criterion ids that no pack knows
 * @param missingTenders   gold tenders with no folder under the root
 * @param mismatches       every pair whose status differs, the worst first
 */
public record EvalReport(int tenders, int pairs, Presence presence, double statusAccuracy, List<Mismatch> falseCovered,
                         Map<Status, Map<Status, Integer>> confusion, List<Row> perCriterion, List<Row> perTender,
                         List<String> unknownCriteria, List<String> missingTenders, List<Mismatch> mismatches) {

    /** Presence counts and scores. */
    public record Presence(int truePositives, int falsePositives, int falseNegatives, int trueNegatives,
                           double precision, double recall, double f1) {

        static Presence of(int tp, int fp, int fn, int tn) {
            double p = tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return new Presence(tp, fp, fn, tn, p, r, f);
        }
    }

    /** Figures for one criterion or one tender. */
    public record Row(String key, int pairs, int exact, Presence presence, int falseCovered) {
        public double accuracy() {
            return pairs == 0 ? 1.0 : (double) exact / pairs;
        }
    }

    /** A pair whose predicted status differs from gold. */
    public record Mismatch(String tender, String criterion, Status gold, Status predicted, String reason) {
    }
}
