package fr.boussole.report;

import fr.boussole.model.AppliedWaiver;
import fr.boussole.model.CheckResult;
import fr.boussole.model.Evidence;
import fr.boussole.model.PackRef;
import fr.boussole.model.Problem;
import fr.boussole.model.Status;
import fr.boussole.model.Suggestion;
import fr.boussole.model.TenderProfile;
import fr.boussole.model.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A short Markdown report for a ticket or a mail: summary, gaps table, suggested clauses, waivers, problems. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static void write(CheckResult result, Path file) throws IOException {
        write(result, file, Locale.FRENCH);
    }

    public static void write(CheckResult result, Path file, Locale locale) throws IOException {
        ReportFiles.writeString(file, render(result, locale));
    }

    public static String render(CheckResult r, Locale locale) {
        ReportTexts t = ReportTexts.of(locale);
        ReportStats stats = ReportStats.of(r);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(t.get("md.title", nz(r.tender()))).append("\n\n");
        TenderProfile p = r.profile();
        if (p != null) {
            if (p.object() != null) {
                md.append("**").append(t.get("profile.object")).append(t.colon().stripTrailing()).append("** ").append(inline(p.object())).append("  \n");
            }
            List<String> facts = new ArrayList<>();
            if (p.buyer() != null) {
                facts.add(t.get("profile.buyer") + t.colon() + inline(p.buyer()));
            }
            if (p.family() != null) {
                facts.add(t.get("profile.family") + t.colon() + t.family(p.family()));
            }
            if (p.procedure() != null) {
                facts.add(t.get("profile.procedure") + t.colon() + inline(p.procedure()));
            }
            if (p.deadline() != null) {
                facts.add(t.get("profile.deadline") + t.colon() + t.dateTime(p.deadline()));
            }
            if (!p.awardCriteria().isEmpty()) {
                facts.add(t.get("profile.award") + t.colon() + p.awardCriteria().stream()
                        .map(a -> inline(a.name()) + (a.weight() == null ? "" : " " + t.number(a.weight())
                                + (a.unit() == null ? "" : " " + a.unit())))
                        .collect(Collectors.joining(", ")));
            }
            if (!facts.isEmpty()) {
                md.append(String.join(" · ", facts)).append("  \n");
            }
        }
        md.append('_').append(t.get("html.checkedLine", t.instant(r.checkedAt()), nz(r.tool()), nz(r.source())))
                .append("_\n\n");
        if (stats.partialInput()) {
            md.append("> **").append(t.get("html.partialTitle")).append("** ").append(t.get("html.partialText"))
                    .append("\n\n");
        }

        md.append("## ").append(t.get("html.summary")).append("\n\n");
        List<Verdict> oblMissing = stats.obligationsMissing();
        md.append("- **").append(t.get("html.cardObligations")).append(t.colon())
                .append(t.get("xlsx.obligations", stats.obligationsMet(), stats.obligationsTotal())).append("**");
        if (!oblMissing.isEmpty()) {
            md.append(" — ").append(t.get("md.toFix")).append(' ').append(oblMissing.stream()
                    .map(v -> v.criterion() + " (" + t.status(v.status()).toLowerCase(t.locale()) + ")")
                    .collect(Collectors.joining(", ")));
        }
        md.append('\n');
        md.append("- **").append(t.get("html.cardGaps")).append(t.colon()).append(stats.openGaps()).append("** (")
                .append(t.get("html.gapsDetail", stats.count(Status.MISSING), stats.count(Status.PARTIAL),
                        stats.count(Status.CONTRADICTED), stats.waivedGaps()).replaceAll("\\.$", "")).append(")\n");
        int applicable = stats.total() - stats.count(Status.NOT_APPLICABLE);
        md.append("- ").append(t.get("md.coveredLine", stats.count(Status.COVERED), applicable,
                stats.count(Status.NOT_APPLICABLE))).append("\n\n");
        if (!stats.byPack().isEmpty()) {
            md.append("| ").append(t.get("html.colPack")).append(" | ").append(t.get("html.colScore")).append(" |\n");
            md.append("|---|---:|\n");
            for (Map.Entry<String, Double> e : stats.byPack().entrySet()) {
                String label = r.packs().stream().filter(pk -> e.getKey().equals(pk.id())).findFirst()
                        .map(PackRef::title).map(tt -> tt + " (" + e.getKey() + ")").orElse(e.getKey());
                md.append("| ").append(cell(label)).append(" | ").append(t.percent(e.getValue())).append(" |\n");
            }
            md.append('\n');
        }

        List<Verdict> gaps = stats.gaps();
        md.append("## ").append(t.get("md.gaps", gaps.size())).append("\n\n");
        if (gaps.isEmpty()) {
            md.append(t.get("md.noGap")).append("\n\n");
        } else {
            md.append("| ").append(t.get("html.colCriterion")).append(" | ").append(t.get("html.colSeverity"))
                    .append(" | ").append(t.get("html.colStatus")).append(" | ").append(t.get("table.col.message"))
                    .append(" | ").append(t.get("md.where")).append(" |\n|---|---|---|---|---|\n");
            for (Verdict v : gaps) {
                Evidence e = Fmt.first(v);
                String status = t.status(v.status()) + (v.isOpenGap() ? "" : " (" + t.get("html.waived").toLowerCase(t.locale()) + ")");
                md.append("| **").append(cell(v.criterion())).append("** ").append(cell(v.title())).append(" | ")
                        .append(t.severity(v.severity())).append(" | ").append(status).append(" | ")
                        .append(cell(v.message())).append(" | ")
                        .append(e == null ? "—" : cell(Fmt.location(e, t))).append(" |\n");
            }
            md.append('\n');
        }

        List<Verdict> withSuggestion = gaps.stream().filter(Verdict::isOpenGap)
                .filter(v -> v.suggestion() != null && v.suggestion().text() != null).toList();
        if (!withSuggestion.isEmpty()) {
            md.append("## ").append(t.get("md.suggestions")).append("\n\n");
            for (Verdict v : withSuggestion) {
                Suggestion s = v.suggestion();
                md.append("### ").append(v.criterion()).append(" — ").append(inline(v.title()));
                if (s.piece() != null) {
                    md.append(" (").append(t.get("md.addTo", s.piece())).append(')');
                }
                md.append("\n\n");
                for (String line : s.text().split("\n")) {
                    md.append("> ").append(line).append('\n');
                }
                md.append('\n');
                if (s.source() != null) {
                    md.append(t.get("html.officialSource")).append(t.colon()).append(inline(s.source())).append("\n\n");
                }
            }
        }

        List<Verdict> waived = stats.ordered().stream().filter(v -> v.waiver() != null).toList();
        if (!waived.isEmpty()) {
            md.append("## ").append(t.get("html.waiverTitle")).append("\n\n");
            for (Verdict v : waived) {
                AppliedWaiver w = v.waiver();
                md.append("- **").append(v.criterion()).append("** ").append(inline(v.title())).append(t.colon())
                        .append(inline(w.justification()));
                if (w.author() != null || w.date() != null) {
                    md.append(" — ").append(nz(w.author())).append(w.date() == null ? "" : ", " + t.date(w.date()));
                }
                md.append('\n');
            }
            md.append('\n');
        }

        if (!r.problems().isEmpty()) {
            md.append("## ").append(t.get("html.problems")).append("\n\n");
            for (Problem pr : r.problems()) {
                md.append("- `").append(pr.path()).append("` — ").append(inline(t.problem(pr)));
                if (!pr.pages().isEmpty()) {
                    md.append(" (").append(t.get("html.pages", pr.pages().stream().map(String::valueOf)
                            .collect(Collectors.joining(", ")))).append(')');
                }
                md.append(" (").append(pr.code() == null ? "" : pr.code().name()).append(")\n");
            }
            md.append('\n');
        }
        md.append("---\n").append(t.get("html.footerDisclaimer")).append('\n');
        return md.toString();
    }

    /** A table cell: one line, pipes escaped. */
    static String cell(String s) {
        return inline(s).replace("|", "\\|");
    }

    /** Inline text: one line, Markdown emphasis characters escaped. */
    static String inline(String s) {
        return Fmt.oneLine(s).replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_")
                .replace("`", "\\`").replace("<", "&lt;");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
