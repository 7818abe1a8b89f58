package fr.boussole.rules.facts;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One criterion to judge, after layering and applicability: effective severity, applicable flag with its French
 * reason, parameters (pack params, criterion params, overlay overrides) and the roles where evidence counts.
 */
public final class CriterionFact {

    private final String id;
    private final String packId;
    private final String severity;
    private final boolean applicable;
    private final String reason;
    private final Map<String, Object> params;
    private final Set<String> evidenceRoles;
    private final String theme;
    private final List<String> qualities;
    private final String contextReason;

    public CriterionFact(String id, String packId, String severity, boolean applicable, String reason,
                         Map<String, Object> params, Set<String> evidenceRoles, String theme, List<String> qualities) {
        this(id, packId, severity, applicable, reason, params, evidenceRoles, theme, qualities, null);
    }

    /**
     * @param contextReason for criteria with {@code context} signals: why it does not apply when none is found
     *                      (null for criteria without context signals)
     */
    public CriterionFact(String id, String packId, String severity, boolean applicable, String reason,
                         Map<String, Object> params, Set<String> evidenceRoles, String theme, List<String> qualities,
                         String contextReason) {
        this.contextReason = contextReason;
        this.id = id;
        this.packId = packId;
        this.severity = severity;
        this.applicable = applicable;
        this.reason = reason;
        this.params = params == null ? Map.of() : Map.copyOf(params);
        this.evidenceRoles = evidenceRoles == null ? Set.of() : Set.copyOf(evidenceRoles);
        this.theme = theme;
        this.qualities = qualities == null ? List.of() : List.copyOf(qualities);
    }

    /** True when the criterion applies only if the DCE mentions its subject (it has context signals). */
    public boolean isContextual() {
        return contextReason != null;
    }

    /** Why the criterion does not apply when its subject is not mentioned. */
    public String getContextReason() {
        return contextReason;
    }

    public String getId() {
        return id;
    }

    public String getPackId() {
        return packId;
    }

    /** obligation, recommandation or bonne-pratique (after the date gate and overlays). */
    public String getSeverity() {
        return severity;
    }

    public boolean isApplicable() {
        return applicable;
    }

    /** French explanation of applicability (why it applies, or why not). */
    public String getReason() {
        return reason;
    }

    public Map<String, Object> getParams() {
        return params;
    }

    /** Numeric parameter, or NaN when absent or not a number. */
    public double num(String name) {
        Object v = params.get(name);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.replace(',', '.').trim());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    /** Text parameter or null. */
    public String text(String name) {
        Object v = params.get(name);
        return v == null ? null : v.toString();
    }

    /** Roles where evidence fully counts; empty means every role. */
    public Set<String> getEvidenceRoles() {
        return evidenceRoles;
    }

    public boolean countsIn(String role) {
        return evidenceRoles.isEmpty() || evidenceRoles.contains(role);
    }

    public String getTheme() {
        return theme;
    }

    public List<String> getQualities() {
        return qualities;
    }

    @Override
    public String toString() {
        return "CriterionFact[" + id + ", " + severity + ", " + (applicable ? "applicable" : "non applicable") + "]";
    }
}
