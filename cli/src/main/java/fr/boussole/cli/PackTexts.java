package fr.boussole.cli;

import fr.boussole.report.Messages;
import fr.boussole.rules.tools.ExampleRunner;
import fr.boussole.rules.tools.PackLinter;
import java.util.stream.Collectors;

/**
 * Lines of {@code packs test} and {@code packs lint} in the language of the run. The lint finding itself and the
 * judge's reasons are worded by the rules module (in French); statuses are shown by their stable codes.
 */
final class PackTexts {

    private PackTexts() {
    }

    static String outcome(ExampleRunner.Outcome o, Messages m) {
        String head = m.get("packs.test.head", o.criterion(), o.index(), o.pack());
        if (o.error() != null) {
            return head + m.get("packs.test.error", o.error());
        }
        if (o.passed()) {
            return head + m.get("packs.test.passed", o.expected().code());
        }
        String ev = o.evidence().stream().map(e -> "[" + e.effect() + "] " + m.get("quote", e.quote())
                + (e.note() != null ? " — " + e.note() : "")).collect(Collectors.joining(" ; "));
        return head + m.get("packs.test.failed", o.expected().code(), o.got() == null ? "?" : o.got().code(), o.reason())
                + (ev.isEmpty() ? "" : m.get("packs.test.evidence", ev))
                + (o.note() != null ? m.get("packs.test.note", o.note()) : "");
    }

    static String finding(PackLinter.Finding f, Messages m) {
        StringBuilder sb = new StringBuilder();
        sb.append(m.get(f.level() == PackLinter.Level.ERROR ? "packs.lint.error" : "packs.lint.warning"))
                .append(m.get("packs.lint.pack", f.pack()));
        if (f.criterion() != null) {
            sb.append(", ").append(f.criterion());
        }
        if (f.file() != null) {
            sb.append(" (").append(f.file());
            if (f.line() > 0) {
                sb.append(", ").append(m.get("packs.lint.line", f.line()));
            }
            sb.append(')');
        }
        return sb.append(m.get("packs.lint.message", f.message())).toString();
    }
}
