package fr.boussole.cli;

import fr.boussole.model.AwardCriterion;
import fr.boussole.model.Piece;
import fr.boussole.model.Problem;
import fr.boussole.model.Tender;
import fr.boussole.model.TenderProfile;
import fr.boussole.report.Messages;
import fr.boussole.report.ReportTexts;
import java.text.NumberFormat;
import java.util.stream.Collectors;

/** The short summary printed by {@code boussole extract}, in the language of the run. */
final class TenderSummary {

    private TenderSummary() {
    }

    static String render(Tender t, Messages m) {
        ReportTexts rt = ReportTexts.of(m.locale());
        StringBuilder sb = new StringBuilder();
        sb.append(m.get("extract.header", t.id(), t.pieces().size())).append("\n\n");
        for (Piece p : t.pieces()) {
            sb.append(String.format(m.locale(), "  %-7s %s%n", p.role().code(), p.path()));
            sb.append("          ");
            if (p.pages() != null) {
                sb.append(m.get("extract.pages", p.pages())).append(", ");
            }
            sb.append(m.get("extract.clauses", p.clauses().size()));
            // the role reason is worded by the profiler, in French
            if (!m.english() && p.roleReason() != null) {
                sb.append(" — ").append(p.roleReason());
            } else if (m.english()) {
                sb.append(" — ").append(rt.role(p.role()));
            }
            sb.append('\n');
            for (Problem pr : p.errors()) {
                sb.append("          ⚠ ").append(Texts.problem(m, pr)).append('\n');
            }
        }
        TenderProfile pr = t.profile();
        sb.append('\n').append(m.get("extract.profile")).append('\n');
        line(sb, m, "extract.object", pr.object());
        line(sb, m, "extract.buyer", pr.buyer() == null ? null
                : pr.buyer() + (pr.buyerType() == null ? "" : " (" + rt.buyerType(pr.buyerType()) + ")"));
        line(sb, m, "extract.procedure", pr.procedure());
        line(sb, m, "extract.cpv", pr.cpv().isEmpty() ? null : String.join(", ", pr.cpv()));
        line(sb, m, "extract.lots", pr.lots().isEmpty() ? null
                : pr.lots().stream().map(l -> l.number() + (l.title() == null ? "" : " " + l.title()))
                .collect(Collectors.joining(" ; ")));
        line(sb, m, "extract.amount", pr.estimatedAmount() == null ? null
                : m.get("extract.amountValue", amount(m, pr.estimatedAmount().value()), nz(pr.estimatedAmount().tax()),
                nz(pr.estimatedAmount().kind()), pr.estimatedAmount().perYear() ? m.get("extract.perYear") : ""));
        line(sb, m, "extract.launch", pr.launchDate() == null ? null : pr.launchDate().toString());
        line(sb, m, "extract.deadline", pr.deadline() == null ? null : pr.deadline().toString().replace('T', ' '));
        line(sb, m, "extract.ccag", pr.ccag().isEmpty() ? null : String.join(", ", pr.ccag()));
        line(sb, m, "extract.duration", pr.duration());
        line(sb, m, "extract.family", pr.family() == null ? null
                : !m.english() && pr.familyReason() != null ? pr.familyReason() : rt.family(pr.family()));
        if (!pr.awardCriteria().isEmpty()) {
            sb.append("  ").append(m.get("extract.award")).append(rt.colon().stripTrailing()).append('\n');
            for (AwardCriterion c : pr.awardCriteria()) {
                criterion(sb, m, c, "    - ");
                for (AwardCriterion s : c.subCriteria()) {
                    criterion(sb, m, s, "        · ");
                }
            }
        } else {
            line(sb, m, "extract.award", null);
        }
        if (!t.problems().isEmpty()) {
            sb.append('\n').append(m.get("extract.problems")).append('\n');
            t.problems().forEach(p -> sb.append("  ").append(Texts.problem(m, p)).append('\n'));
        }
        long errors = t.allProblems().stream().filter(Problem::isError).count();
        if (errors > 0) {
            sb.append('\n').append(m.get("extract.partial", errors)).append('\n');
        }
        return sb.toString();
    }

    private static void criterion(StringBuilder sb, Messages m, AwardCriterion c, String indent) {
        sb.append(indent).append(c.name());
        if (c.weight() != null) {
            sb.append(colon(m)).append(fmt(m, c.weight())).append(c.unit() == null ? "" : " " + c.unit());
        }
        if (c.percent() != null && !"%".equals(c.unit())) {
            sb.append(" (").append(ReportTexts.of(m.locale()).percent(c.percent())).append(")");
        }
        sb.append('\n');
    }

    private static String fmt(Messages m, double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : Texts.number(m, d, 1);
    }

    private static String amount(Messages m, java.math.BigDecimal v) {
        NumberFormat nf = NumberFormat.getNumberInstance(m.locale());
        nf.setMaximumFractionDigits(0);
        return nf.format(v).replace('\u202f', '\u00a0');
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String colon(Messages m) {
        return ReportTexts.of(m.locale()).colon();
    }

    private static void line(StringBuilder sb, Messages m, String labelKey, String value) {
        sb.append("  ").append(m.get(labelKey)).append(colon(m))
                .append(value == null || value.isBlank() ? m.get("extract.notFound") : value).append('\n');
    }
}
