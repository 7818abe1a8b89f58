package fr.boussole.cli;

import fr.boussole.model.Evidence;
import fr.boussole.model.Severity;
import fr.boussole.report.Messages;
import fr.boussole.report.ReportTexts;
import fr.boussole.rules.tools.Explanation;

/**
 * {@code boussole explain} for a console, in the language of the run. Criterion texts (title, description,
 * messages, suggestion) come from the packs as they are written; the scope sentence, overrides and deprecation
 * notes are worded by the rules module, in French.
 */
final class ExplainText {

    private ExplainText() {
    }

    static String render(Explanation x, Messages m) {
        ReportTexts rt = ReportTexts.of(m.locale());
        StringBuilder sb = new StringBuilder();
        sb.append(x.criterionId()).append(" — ").append(x.title()).append('\n');
        if (x.deprecationNote() != null) {
            sb.append("  (").append(x.deprecationNote()).append(")\n");
        }
        sb.append("  ").append(m.get("explain.pack", x.pack(), x.packVersion())).append(" · ")
                .append(severity(rt, x.severity())).append(" · ").append(x.reference()).append('\n');
        if (x.description() != null) {
            sb.append("  ").append(x.description().strip()).append('\n');
        }
        sb.append("  ").append(m.get("explain.applies", x.applies()));
        if (!x.roles().isEmpty()) {
            sb.append(" ; ").append(m.get("explain.roles", String.join(", ", x.roles())));
        }
        sb.append('\n');
        if (!x.params().isEmpty()) {
            sb.append("  ").append(m.get("explain.params", x.params())).append('\n');
        }
        x.overrides().forEach(o -> sb.append("  ").append(o).append('\n'));
        if (x.disabled()) {
            sb.append("  ").append(m.get("explain.disabled", x.disabledJustification())).append('\n');
        }
        sb.append("  ").append(m.get("explain.signals")).append('\n');
        for (Explanation.SignalView s : x.signals()) {
            sb.append("    - ").append(s.id()).append(" (").append(s.effect()).append(")");
            if (s.note() != null) {
                sb.append(" — ").append(s.note().strip());
            }
            sb.append('\n');
            s.patterns().forEach(p -> sb.append("        ").append(m.get("explain.pattern", p)).append('\n'));
            s.antipatterns().forEach(p -> sb.append("        ").append(m.get("explain.antipattern", p)).append('\n'));
            s.sections().forEach(p -> sb.append("        ").append(m.get("explain.section", p)).append('\n'));
            if (s.alwaysRuns()) {
                sb.append("        ").append(m.get("explain.alwaysRuns")).append('\n');
            }
        }
        if (x.suggestion() != null) {
            sb.append("  ").append(m.get("explain.suggestion", x.suggestion().piece(), x.suggestion().text()))
                    .append('\n');
            sb.append("  ").append(m.get("explain.source", x.suggestion().source())).append('\n');
        }
        var v = x.verdict();
        if (v != null) {
            sb.append("\n  ").append(m.get("explain.verdict", rt.status(v.status()), rt.severity(v.severity())))
                    .append("\n  ").append(v.message()).append("\n  ").append(m.get("explain.reason", v.reason()))
                    .append('\n');
            if (v.waiver() != null) {
                sb.append("  ").append(m.get("explain.waiver", v.waiver().justification())).append('\n');
            }
            v.trail().forEach(t -> sb.append("  · ").append(t).append('\n'));
            for (Evidence e : x.counted()) {
                sb.append("  [").append(e.effect()).append("] ").append(place(m, e)).append(' ')
                        .append(m.get("quote", e.quote())).append(e.note() != null ? " — " + e.note() : "").append('\n');
            }
            for (Evidence e : x.ignored()) {
                sb.append("  [").append(m.get("explain.ignored")).append("] ").append(place(m, e)).append(' ')
                        .append(m.get("quote", e.quote())).append(" — ").append(e.note()).append('\n');
            }
        } else {
            sb.append("  ").append(m.get("explain.examples")).append('\n');
            for (Explanation.ExampleView e : x.examples()) {
                sb.append("    ").append(e.index()).append(". ").append(e.expect() == null ? "?" : rt.status(e.expect()))
                        .append(e.note() != null ? " — " + e.note() : "").append('\n');
            }
        }
        return sb.toString();
    }

    /** The explanation carries the French label of the severity; shown in the run's language when known. */
    private static String severity(ReportTexts rt, String label) {
        for (Severity s : Severity.values()) {
            if (s.label().equals(label) || s.code().equals(label)) {
                return rt.severity(s);
            }
        }
        return label;
    }

    private static String place(Messages m, Evidence e) {
        return (e.piece() != null ? e.piece() : "?") + (e.article() != null ? ", " + e.article() : "")
                + (e.page() != null ? ", " + m.get("page", e.page()) : "");
    }
}
