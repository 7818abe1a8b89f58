package fr.boussole.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The judgement of one criterion on one tender.
 *
 * @param criterion   criterion id (e.g. LEG-01)
 * @param pack        pack id
 * @param packVersion pack version
 * @param title       French title of the criterion
 * @param status      verdict
 * @param severity    effective severity (after overlays and date gates)
 * @param message     French message for the buyer
 * @param reason      French explanation of why this status
 * @param evidence    clauses that support the verdict
 * @param suggestion  what to add, when there is a gap
 * @param theme       theme (environnement, social, accessibilité…)
 * @param qualities   responsible-digital qualities served (frugal, inclusif…)
 * @param reference   framework and section (e.g. "Code de la commande publique, art. L2152-7")
 * @param trail       how the verdict was reached: rules fired, pack@version, signals matched
 * @param waiver      waiver applied, if any
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Verdict(String criterion, String pack, String packVersion, String title, Status status,
                      Severity severity, String message, String reason, @JsonInclude(JsonInclude.Include.ALWAYS) List<Evidence> evidence,
                      Suggestion suggestion, String theme, List<String> qualities, String reference,
                      List<String> trail, AppliedWaiver waiver) {

    public Verdict {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        qualities = qualities == null ? List.of() : List.copyOf(qualities);
        trail = trail == null ? List.of() : List.copyOf(trail);
    }

    /** A gap not hidden by a waiver. */
    public boolean isOpenGap() {
        return status.isGap() && (waiver == null || !waiver.hidesGap());
    }

    public Verdict withWaiver(AppliedWaiver w) {
        return new Verdict(criterion, pack, packVersion, title, status, severity, message, reason, evidence,
                suggestion, theme, qualities, reference, trail, w);
    }
}
