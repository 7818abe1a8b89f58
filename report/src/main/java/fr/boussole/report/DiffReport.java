package fr.boussole.report;

import fr.boussole.model.Json;
import fr.boussole.model.Status;
import java.util.List;
import java.util.Locale;

/** Renders a {@link ResultDiff} for the console, Markdown or JSON. */
public final class DiffReport {

    private DiffReport() {
    }

    public static String json(ResultDiff diff) {
        return Json.write(diff);
    }

    public static String console(ResultDiff d, Locale locale, boolean color) {
        ReportTexts t = ReportTexts.of(locale);
        ConsoleReport.Ansi a = new ConsoleReport.Ansi(color);
        StringBuilder sb = new StringBuilder();
        sb.append(a.bold(t.get("diff.title", nz(d.tenderAfter())))).append('\n');
        sb.append(a.dim(t.get("diff.between", t.instant(d.checkedAfter()), t.instant(d.checkedBefore())))).append('\n');
        sb.append(t.get("html.cardObligations")).append(t.colon()).append(d.obligationsMetBefore()).append('/')
                .append(d.obligationsTotalBefore()).append(" → ").append(a.bold(d.obligationsMetAfter() + "/"
                        + d.obligationsTotalAfter())).append('\n');
        sb.append(t.get("html.cardGaps")).append(t.colon()).append(d.openGapsBefore()).append(" → ")
                .append(a.bold(String.valueOf(d.openGapsAfter()))).append('\n');
        section(sb, a, t, t.get("diff.newlyCovered", d.newlyCovered().size()), d.newlyCovered());
        section(sb, a, t, t.get("diff.newlyMissing", d.newlyMissing().size()), d.newlyMissing());
        section(sb, a, t, t.get("diff.changed", d.changed().size()), d.changed());
        sb.append('\n').append(t.get("diff.unchanged", d.unchanged().size())).append('\n');
        return sb.toString();
    }

    private static void section(StringBuilder sb, ConsoleReport.Ansi a, ReportTexts t, String title,
                                List<ResultDiff.Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        sb.append('\n').append(a.bold(title)).append('\n');
        for (ResultDiff.Change c : changes) {
            String arrow = switch (c.direction()) {
                case IMPROVED -> a.green("▲");
                case WORSENED -> a.red("▼");
                default -> "•";
            };
            sb.append("  ").append(arrow).append(' ').append(c.criterion()).append("  ")
                    .append(label(t, c.before())).append(" → ")
                    .append(c.after() == null ? label(t, null) : a.status(c.after(), t.status(c.after())))
                    .append(" · ").append(t.severity(c.severity())).append(" — ").append(nz(c.title())).append('\n');
        }
    }

    public static String markdown(ResultDiff d, Locale locale) {
        ReportTexts t = ReportTexts.of(locale);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(t.get("diff.title", nz(d.tenderAfter()))).append("\n\n");
        md.append('_').append(t.get("diff.between", t.instant(d.checkedAfter()), t.instant(d.checkedBefore())))
                .append("_\n\n");
        md.append("- ").append(t.get("html.cardObligations")).append(t.colon()).append(d.obligationsMetBefore()).append('/')
                .append(d.obligationsTotalBefore()).append(" → **").append(d.obligationsMetAfter()).append('/')
                .append(d.obligationsTotalAfter()).append("**\n");
        md.append("- ").append(t.get("html.cardGaps")).append(t.colon()).append(d.openGapsBefore()).append(" → **")
                .append(d.openGapsAfter()).append("**\n\n");
        mdSection(md, t, t.get("diff.newlyCovered", d.newlyCovered().size()), d.newlyCovered());
        mdSection(md, t, t.get("diff.newlyMissing", d.newlyMissing().size()), d.newlyMissing());
        mdSection(md, t, t.get("diff.changed", d.changed().size()), d.changed());
        md.append(t.get("diff.unchanged", d.unchanged().size())).append('\n');
        return md.toString();
    }

    private static void mdSection(StringBuilder md, ReportTexts t, String title, List<ResultDiff.Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        md.append("## ").append(title).append("\n\n");
        md.append("| ").append(t.get("html.colCriterion")).append(" | ").append(t.get("html.colSeverity"))
                .append(" | ").append(t.get("diff.before")).append(" | ").append(t.get("diff.after"))
                .append(" |\n|---|---|---|---|\n");
        for (ResultDiff.Change c : changes) {
            md.append("| **").append(MarkdownReport.cell(c.criterion())).append("** ").append(MarkdownReport.cell(c.title()))
                    .append(" | ").append(t.severity(c.severity())).append(" | ").append(label(t, c.before()))
                    .append(" | ").append(label(t, c.after())).append(" |\n");
        }
        md.append('\n');
    }

    private static String label(ReportTexts t, Status s) {
        return s == null ? t.get("diff.absent") : t.status(s);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
