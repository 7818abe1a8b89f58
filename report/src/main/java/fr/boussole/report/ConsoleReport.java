package fr.boussole.report;

import fr.boussole.model.CheckResult;
import fr.boussole.model.Evidence;
import fr.boussole.model.Problem;
import fr.boussole.model.Status;
import fr.boussole.model.Suggestion;
import fr.boussole.model.TenderProfile;
import fr.boussole.model.Verdict;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A readable summary for the terminal: tender, profile line, counts per status, legal obligations, then each gap
 * with its severity, first piece of evidence and suggested clause. ANSI colours only when the caller says the
 * terminal supports them and {@code NO_COLOR} is not set (see {@link #useColor}).
 */
public final class ConsoleReport {

    private ConsoleReport() {
    }

    /**
     * Whether to colour: the caller knows if the output is a terminal; {@code NO_COLOR} (any non-empty value,
     * see no-color.org) and {@code TERM=dumb} turn colours off.
     */
    public static boolean useColor(boolean terminalSupportsColor, Map<String, String> env) {
        if (!terminalSupportsColor) {
            return false;
        }
        String noColor = env.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return false;
        }
        return !"dumb".equals(env.get("TERM"));
    }

    /** Prints the summary; colours when {@code terminalSupportsColor} and the environment allows them. */
    public static void print(CheckResult result, PrintStream out, Locale locale, boolean terminalSupportsColor) {
        out.print(render(result, locale, useColor(terminalSupportsColor, System.getenv())));
        out.flush();
    }

    public static String render(CheckResult r, Locale locale, boolean color) {
        ReportTexts t = ReportTexts.of(locale);
        Ansi a = new Ansi(color);
        ReportStats stats = ReportStats.of(r);
        StringBuilder sb = new StringBuilder();
        sb.append(a.bold(t.get("console.title", nz(r.tender())))).append('\n');
        TenderProfile p = r.profile();
        if (p != null) {
            if (p.object() != null) {
                sb.append(Fmt.shorten(p.object(), 120)).append('\n');
            }
            List<String> facts = new ArrayList<>();
            if (p.buyer() != null) {
                facts.add(p.buyer());
            }
            if (p.family() != null) {
                facts.add(t.family(p.family()));
            }
            if (p.procedure() != null) {
                facts.add(p.procedure());
            }
            if (p.deadline() != null) {
                facts.add(t.get("console.deadline", t.dateTime(p.deadline())));
            }
            p.awardCriteria().stream().filter(x -> x.isEnvironmental()).findFirst().ifPresent(x ->
                    facts.add(t.get("console.envWeight", x.weight() == null ? t.get("award.notWeighted")
                            : t.number(x.weight()) + (x.unit() == null ? "" : " " + x.unit()))));
            if (!facts.isEmpty()) {
                sb.append(a.dim(String.join(" · ", facts))).append('\n');
            }
        }
        sb.append('\n');
        List<String> counts = new ArrayList<>();
        for (Status s : ReportStats.STATUS_ORDER) {
            counts.add(a.status(s, stats.count(s) + " " + t.status(s).toLowerCase(t.locale())));
        }
        sb.append(t.get("console.criteria")).append(t.colon()).append(String.join(" · ", counts)).append('\n');
        String obl = t.get("xlsx.obligations", stats.obligationsMet(), stats.obligationsTotal());
        boolean allMet = stats.obligationsMet() == stats.obligationsTotal();
        sb.append(t.get("html.cardObligations")).append(t.colon())
                .append(allMet ? a.green(a.bold(obl)) : a.red(a.bold(obl))).append('\n');
        sb.append(t.get("html.cardGaps")).append(t.colon()).append(a.bold(String.valueOf(stats.openGaps())));
        if (stats.waivedGaps() > 0) {
            sb.append(' ').append(t.get("console.waivedGaps", stats.waivedGaps()));
        }
        sb.append('\n');
        if (stats.partialInput()) {
            sb.append(a.yellow("! " + t.get("html.partialTitle") + " " + t.get("html.partialText"))).append('\n');
        }

        List<Verdict> gaps = stats.openGapVerdicts();
        if (!gaps.isEmpty()) {
            sb.append('\n').append(a.bold(t.get("console.gaps", gaps.size()))).append('\n');
            for (Verdict v : gaps) {
                sb.append("  ").append(a.status(v.status(), HtmlReport.icon(v.status()) + " " + v.criterion()))
                        .append("  ").append(a.status(v.status(), t.status(v.status())))
                        .append(" · ").append(t.severity(v.severity()))
                        .append(" — ").append(nz(v.title())).append('\n');
                if (v.message() != null) {
                    sb.append("      ").append(Fmt.shorten(v.message(), 160)).append('\n');
                }
                Evidence e = Fmt.first(v);
                if (e != null) {
                    sb.append("      ").append(a.dim(Fmt.location(e, t))).append(" : « ")
                            .append(Fmt.shorten(e.quote(), 120)).append(" »").append('\n');
                }
                Suggestion s = v.suggestion();
                if (s != null && s.text() != null) {
                    sb.append("      → ").append(s.piece() == null ? t.get("html.suggestion")
                                    : t.get("console.addTo", s.piece())).append(t.colon())
                            .append(Fmt.shorten(s.text(), 200)).append('\n');
                }
            }
        }
        List<Verdict> waived = stats.ordered().stream().filter(v -> v.status().isGap() && !v.isOpenGap()).toList();
        if (!waived.isEmpty()) {
            sb.append('\n').append(a.bold(t.get("console.waivers", waived.size()))).append('\n');
            for (Verdict v : waived) {
                sb.append("  ").append(v.criterion()).append("  ").append(nz(v.title())).append(" — ")
                        .append(Fmt.shorten(v.waiver().justification(), 140)).append('\n');
            }
        }
        if (!r.problems().isEmpty()) {
            sb.append('\n').append(a.bold(t.get("console.problems", r.problems().size()))).append('\n');
            for (Problem pr : r.problems()) {
                String line = "[" + (pr.code() == null ? "?" : pr.code().name()) + "] " + pr.path() + t.colon()
                        + t.problem(pr) + (pr.pages().isEmpty() ? "" : " (" + t.get("html.pages", pr.pages().stream()
                        .map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))) + ")")
                        + (pr.detail() == null || pr.detail().isBlank() ? "" : " — " + pr.detail());
                sb.append("  ").append(pr.isError() ? a.red(line) : a.yellow(line)).append('\n');
            }
        }
        return sb.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** ANSI SGR sequences, or nothing when colours are off. */
    static final class Ansi {
        private final boolean on;

        Ansi(boolean on) {
            this.on = on;
        }

        String wrap(String code, String s) {
            return on ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
        }

        String bold(String s) {
            return wrap("1", s);
        }

        String dim(String s) {
            return wrap("2", s);
        }

        String red(String s) {
            return wrap("31", s);
        }

        String green(String s) {
            return wrap("32", s);
        }

        String yellow(String s) {
            return wrap("33", s);
        }

        String status(Status st, String s) {
            return switch (st) {
                case COVERED -> green(s);
                case PARTIAL -> yellow(s);
                case MISSING -> red(s);
                case CONTRADICTED -> wrap("1;31", s);
                case NOT_APPLICABLE -> dim(s);
            };
        }
    }
}
