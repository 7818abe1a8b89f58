package fr.boussole.rules.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A decision a rule takes about one criterion. Several may exist; the engine keeps the one with the highest
 * priority (ties: the least favourable status). Generic priorities: not_applicable 1000, contradicted 500,
 * covered 300, partial 200, missing by default.
 */
public final class Decision {

    public static final Set<String> STATUSES = Set.of("covered", "partial", "missing", "contradicted",
            "not_applicable");

    private final String criterionId;
    private final String status;
    private final int priority;
    private final String reason;
    private final List<SignalHit> evidence = new ArrayList<>();
    private String ruleName;
    private String rulePackage;

    public Decision(String criterionId, String status, int priority, String reason) {
        if (criterionId == null || criterionId.isBlank()) {
            throw new IllegalArgumentException("Decision sans identifiant de critère");
        }
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("statut de décision inconnu « " + status + " » pour " + criterionId
                    + " (attendu : " + String.join(", ", STATUSES.stream().sorted().toList()) + ")");
        }
        this.criterionId = criterionId;
        this.status = status;
        this.priority = priority;
        this.reason = reason;
    }

    public Decision(String criterionId, String status, int priority, String reason, List<?> evidence) {
        this(criterionId, status, priority, reason);
        if (evidence != null) {
            for (Object o : evidence) {
                if (o instanceof SignalHit h) {
                    this.evidence.add(h);
                }
            }
        }
    }

    public Decision(String criterionId, String status, int priority, String reason, SignalHit evidence) {
        this(criterionId, status, priority, reason);
        if (evidence != null) {
            this.evidence.add(evidence);
        }
    }

    public String getCriterionId() {
        return criterionId;
    }

    public String getStatus() {
        return status;
    }

    public int getPriority() {
        return priority;
    }

    public String getReason() {
        return reason;
    }

    public List<SignalHit> getEvidence() {
        return evidence;
    }

    /** Name of the rule that inserted it (set by the engine). */
    public String getRuleName() {
        return ruleName;
    }

    public String getRulePackage() {
        return rulePackage;
    }

    /** Engine use: records which rule inserted the decision. */
    public void setRule(String packageName, String name) {
        if (this.ruleName == null) {
            this.rulePackage = packageName;
            this.ruleName = name;
        }
    }

    @Override
    public String toString() {
        return "Decision[" + criterionId + " " + status + " " + priority + " par « " + ruleName + " » : " + reason
                + "]";
    }
}
