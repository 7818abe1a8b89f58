package fr.boussole.cli;

import fr.boussole.model.Problem;
import fr.boussole.report.Messages;
import fr.boussole.report.ReportTexts;
import java.text.NumberFormat;

/** Small formatting helpers shared by the commands, in the language of the run. */
final class Texts {

    private Texts() {
    }

    /**
     * One line for an input problem: {@code [CODE] path : message (pages …) — detail}. The message is the
     * extractor's French text, or in English the label of its stable code (as in the reports).
     */
    static String problem(Messages t, Problem p) {
        ReportTexts rt = ReportTexts.of(t.locale());
        StringBuilder sb = new StringBuilder();
        sb.append('[').append(p.code().name()).append("] ").append(p.path()).append(rt.colon()).append(rt.problem(p));
        if (!p.pages().isEmpty()) {
            sb.append(' ').append(t.get("problem.pages", p.pages()));
        }
        if (p.detail() != null && !p.detail().isBlank()) {
            sb.append(" — ").append(p.detail());
        }
        return sb.toString();
    }

    /** A decimal number with at most {@code digits} decimals, in the run's locale (no grouping). */
    static String number(Messages t, double v, int digits) {
        NumberFormat nf = NumberFormat.getNumberInstance(t.locale());
        nf.setMinimumFractionDigits(digits);
        nf.setMaximumFractionDigits(digits);
        nf.setGroupingUsed(false);
        return nf.format(v);
    }
}
