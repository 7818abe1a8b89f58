package fr.boussole.rules;

import fr.boussole.matcher.Hit;
import fr.boussole.model.CheckSummary;
import fr.boussole.model.PackRef;
import fr.boussole.model.QualityScore;
import fr.boussole.model.Verdict;
import java.util.List;

/**
 * What the judge says about one tender; core turns it into a {@code CheckResult}.
 *
 * @param tenderId  tender id
 * @param verdicts  one per active criterion, in pack then id order
 * @param qualities the seven qualities
 * @param summary   counts
 * @param packs     packs used
 * @param disabled  criteria disabled by overlays (id, overlay, justification)
 * @param warnings  French warnings (expired waivers, unknown waiver targets, assumptions…)
 * @param hits      every signal hit (counted or not), for reports and explain
 */
public record Judgement(String tenderId, List<Verdict> verdicts, List<QualityScore> qualities, CheckSummary summary,
                        List<PackRef> packs, List<Disabled> disabled, List<String> warnings, List<Hit> hits) {

    /** A criterion an overlay switched off. */
    public record Disabled(String criterion, String pack, String title, String overlay, String justification) {
    }

    public Verdict verdict(String criterionId) {
        return verdicts.stream().filter(v -> v.criterion().equals(criterionId)).findFirst().orElse(null);
    }
}
