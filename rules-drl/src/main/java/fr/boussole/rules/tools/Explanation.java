package fr.boussole.rules.tools;

import fr.boussole.model.Evidence;
import fr.boussole.model.Status;
import fr.boussole.model.Suggestion;
import fr.boussole.model.Verdict;
import java.util.List;
import java.util.Map;

/**
 * Everything known about one criterion ({@code boussole explain ID}), and, when a check result is given, why it
 * got its verdict: the rules fired, the evidence that counted and the mentions that did not, with their reason.
 */
public record Explanation(String criterionId, String requestedId, String deprecationNote, String pack,
                          String packVersion, String title, String description, String severity, String reference,
                          String url, String theme, List<String> qualities, String applies, List<String> roles,
                          Map<String, Object> params, List<String> overrides, boolean disabled,
                          String disabledJustification, List<SignalView> signals, Map<String, String> messages,
                          String partialWhen, Suggestion suggestion, List<ExampleView> examples,
                          List<String> packSources, Verdict verdict, List<Evidence> counted, List<Evidence> ignored) {

    /** One signal with what the matcher derived for it. */
    public record SignalView(String id, String effect, String note, List<String> patterns, List<String> antipatterns,
                             List<String> sections, List<String> roles, List<List<String>> keywords,
                             boolean alwaysRuns, boolean caseSensitive, boolean negationIsPart) {
    }

    /** One example. */
    public record ExampleView(int index, Status expect, String note, String text) {
    }

    /** A French text for a console. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(criterionId).append(" — ").append(title).append('\n');
        if (deprecationNote != null) {
            sb.append("  (").append(deprecationNote).append(")\n");
        }
        sb.append("  pack ").append(pack).append('@').append(packVersion).append(" · ").append(severity)
                .append(" · ").append(reference).append('\n');
        if (description != null) {
            sb.append("  ").append(description.strip()).append('\n');
        }
        sb.append("  s'applique à : ").append(applies);
        if (!roles.isEmpty()) {
            sb.append(" ; preuves attendues dans : ").append(String.join(", ", roles));
        }
        sb.append('\n');
        if (!params.isEmpty()) {
            sb.append("  paramètres : ").append(params).append('\n');
        }
        overrides.forEach(o -> sb.append("  ").append(o).append('\n'));
        if (disabled) {
            sb.append("  DÉSACTIVÉ : ").append(disabledJustification).append('\n');
        }
        sb.append("  signaux :\n");
        for (SignalView s : signals) {
            sb.append("    - ").append(s.id()).append(" (").append(s.effect()).append(")");
            if (s.note() != null) {
                sb.append(" — ").append(s.note().strip());
            }
            sb.append('\n');
            s.patterns().forEach(p -> sb.append("        motif : ").append(p).append('\n'));
            s.antipatterns().forEach(p -> sb.append("        exception : ").append(p).append('\n'));
            s.sections().forEach(p -> sb.append("        section : ").append(p).append('\n'));
            if (s.alwaysRuns()) {
                sb.append("        (un motif sans mot-clé s'exécute sur chaque clause)\n");
            }
        }
        if (suggestion != null) {
            sb.append("  à ajouter (").append(suggestion.piece()).append(") : ").append(suggestion.text()).append('\n');
            sb.append("  source : ").append(suggestion.source()).append('\n');
        }
        if (verdict != null) {
            sb.append("\n  verdict : ").append(verdict.status().label()).append(" (").append(verdict.severity().label())
                    .append(")\n  ").append(verdict.message()).append("\n  raison : ").append(verdict.reason()).append('\n');
            if (verdict.waiver() != null) {
                sb.append("  dérogation : ").append(verdict.waiver().justification()).append('\n');
            }
            verdict.trail().forEach(t -> sb.append("  · ").append(t).append('\n'));
            for (Evidence e : counted) {
                sb.append("  [").append(e.effect()).append("] ").append(place(e)).append(" « ").append(e.quote())
                        .append(" »").append(e.note() != null ? " — " + e.note() : "").append('\n');
            }
            for (Evidence e : ignored) {
                sb.append("  [écartée] ").append(place(e)).append(" « ").append(e.quote()).append(" » — ")
                        .append(e.note()).append('\n');
            }
        } else {
            sb.append("  exemples :\n");
            for (ExampleView x : examples) {
                sb.append("    ").append(x.index()).append(". ").append(x.expect() == null ? "?" : x.expect().label())
                        .append(x.note() != null ? " — " + x.note() : "").append('\n');
            }
        }
        return sb.toString();
    }

    private static String place(Evidence e) {
        return (e.piece() != null ? e.piece() : "?") + (e.article() != null ? ", " + e.article() : "")
                + (e.page() != null ? ", p. " + e.page() : "");
    }
}
