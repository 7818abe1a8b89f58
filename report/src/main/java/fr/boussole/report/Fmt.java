package fr.boussole.report;

import fr.boussole.model.Evidence;
import fr.boussole.model.Verdict;
import java.util.ArrayList;
import java.util.List;

/** Small text helpers shared by the formats. */
final class Fmt {

    private Fmt() {
    }

    /** "CCTP · Technique/CCTP.odt · page 7 · Article 8 > 8.2" (only the parts known). */
    static String location(Evidence e, ReportTexts t) {
        List<String> parts = new ArrayList<>();
        if (e.pieceRole() != null) {
            parts.add(e.pieceRole().code());
        }
        if (e.piece() != null) {
            parts.add(e.piece());
        }
        if (e.page() != null) {
            parts.add(t.get("loc.page", e.page()));
        }
        if (e.article() != null && !e.article().isBlank()) {
            parts.add(e.article());
        }
        return String.join(" · ", parts);
    }

    /** The first evidence of a verdict, or null. */
    static Evidence first(Verdict v) {
        return v.evidence().isEmpty() ? null : v.evidence().get(0);
    }

    /** Collapses whitespace (line breaks included) to single spaces. */
    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }

    /** Cuts {@code s} to at most {@code max} characters at a word boundary, with an ellipsis. */
    static String shorten(String s, int max) {
        String one = oneLine(s);
        if (one.length() <= max) {
            return one;
        }
        int cut = one.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        return one.substring(0, cut).trim() + "…";
    }
}
