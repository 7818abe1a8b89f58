package fr.boussole.rules.facts;

import java.util.ArrayList;
import java.util.List;

/** French reasons built from hits, for the generic rules and pack DRL. */
public final class Reasons {

    private static final int MAX_QUOTE = 160;

    private Reasons() {
    }

    /** "« quote » (CCTP, Article 5)" for the first hit, plus "et 2 autres mentions". */
    public static String cite(List<?> hits) {
        List<SignalHit> hs = hits(hits);
        if (hs.isEmpty()) {
            return "";
        }
        SignalHit h = hs.get(0);
        String s = "« " + shorten(h.getSentence() != null ? h.getSentence() : h.getQuote()) + " »"
                + (h.getWhere() != null ? " (" + h.getWhere() + ")" : "");
        if (hs.size() == 2) {
            s += " et 1 autre mention";
        } else if (hs.size() > 2) {
            s += " et " + (hs.size() - 1) + " autres mentions";
        }
        return s;
    }

    public static String covered(List<?> hits) {
        return lead(hits, "Exigence trouvée") + " : " + cite(hits) + ".";
    }

    public static String contradicted(List<?> hits) {
        return lead(hits, "Clause contraire trouvée") + " : " + cite(hits) + ".";
    }

    public static String partial(List<?> hits) {
        return lead(hits, "Mention partielle") + " : " + cite(hits) + ".";
    }

    /** A covering mention that is only optional, or sits in a piece where it does not fully count. */
    public static String weakCover(CriterionFact c, List<?> hits) {
        List<SignalHit> hs = hits(hits);
        if (hs.isEmpty()) {
            return "";
        }
        SignalHit h = hs.get(0);
        String why;
        if (h.isOptional()) {
            why = "formulé comme une simple faculté, sans engagement";
        } else {
            why = "présent dans une pièce (" + h.getRole() + ") où il ne suffit pas ; attendu dans : "
                    + String.join(", ", c.getEvidenceRoles().stream().sorted().toList());
        }
        return lead(hits, "Mention trouvée") + ", mais " + why + " : " + cite(hits) + ".";
    }

    private static String lead(List<?> hits, String fallback) {
        List<SignalHit> hs = hits(hits);
        if (!hs.isEmpty() && hs.get(0).getNote() != null && !hs.get(0).getNote().isBlank()) {
            return hs.get(0).getNote().strip();
        }
        return fallback;
    }

    static List<SignalHit> hits(List<?> hits) {
        List<SignalHit> out = new ArrayList<>();
        if (hits != null) {
            for (Object o : hits) {
                if (o instanceof SignalHit h) {
                    out.add(h);
                }
            }
        }
        out.sort(BEST_FIRST);
        return out;
    }

    /** Best evidence first: binding, then neutral, then optional; then document order. */
    public static final java.util.Comparator<SignalHit> BEST_FIRST = java.util.Comparator
            .comparingInt((SignalHit h) -> h.isBinding() ? 0 : h.isOptional() ? 2 : 1)
            .thenComparingInt(SignalHit::getOrder);

    static String shorten(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= MAX_QUOTE ? s : s.substring(0, MAX_QUOTE - 1).strip() + "…";
    }
}
