package fr.boussole.matcher;

import fr.boussole.model.PieceRole;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One signal of a criterion, as the matcher needs it.
 *
 * @param criterionId    criterion id (e.g. LEG-01)
 * @param signalId       id unique inside the criterion
 * @param effect         covers, partial or contradicts
 * @param patterns       regexes; written with or without accents (they are folded like the text), or run on
 *                       the original text when {@code caseSensitive}
 * @param antipatterns   regexes over the normalised sentence; one match drops the hit
 * @param keywords       prefilter words; empty → derived from the patterns
 * @param roles          only clauses of these piece roles are searched; empty → all
 * @param sections       regexes over the enclosing headings (normalised); empty → anywhere
 * @param caseSensitive  patterns run on the original text, case-sensitively, with word boundaries (PUE, REF…)
 * @param negationIsPart the pattern itself states a prohibition: generic negation does not apply
 * @param note           French note shown with the evidence
 */
public record SignalSpec(String criterionId, String signalId, Effect effect, List<String> patterns,
                         List<String> antipatterns, List<String> keywords, Set<PieceRole> roles,
                         List<String> sections, boolean caseSensitive, boolean negationIsPart, String note) {

    public SignalSpec {
        Objects.requireNonNull(criterionId, "criterionId");
        Objects.requireNonNull(signalId, "signalId");
        effect = effect == null ? Effect.COVERS : effect;
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
        antipatterns = antipatterns == null ? List.of() : List.copyOf(antipatterns);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** A plain covering signal (tests, generators). */
    public static SignalSpec of(String criterionId, String signalId, Effect effect, String... patterns) {
        return new SignalSpec(criterionId, signalId, effect, List.of(patterns), List.of(), List.of(), Set.of(),
                List.of(), false, false, null);
    }

    public String key() {
        return criterionId + "/" + signalId;
    }
}
