package fr.boussole.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds where a quoted clause sits among a document's paragraphs, by text rather than offsets (the offsets of the
 * extracted text do not map back to a DOCX or ODT file). Texts are compared after folding case, compatibility
 * forms (no-break spaces, ligatures), apostrophes, quotes and dashes, and after dropping every space, so that
 * "5 %" matches "5%" and a line break matches a space. A quote may be part of a paragraph or span several
 * consecutive ones (a table row split in cells, a sentence cut by a line break); an ellipsis in the quote
 * splits it into fragments that must appear in order.
 */
public final class QuoteLocator {

    /** How many consecutive paragraphs a quote may span. */
    static final int MAX_SPAN = 8;
    /** How far back (in paragraphs) an article heading may be to disambiguate repeated quotes. */
    static final int HEADING_LOOKBACK = 40;

    private final List<String> norm;

    public QuoteLocator(List<String> paragraphs) {
        this.norm = new ArrayList<>(paragraphs.size());
        paragraphs.forEach(p -> norm.add(normalise(p)));
    }

    /** Comparison form: NFKC, lower case, typographic signs folded, all whitespace removed. */
    public static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\u00ad') {
                continue;
            }
            switch (c) {
                case '\u2019', '\u2018', '\u02bc', '\u00b4', '`' -> sb.append('\'');
                case '\u201c', '\u201d', '\u00ab', '\u00bb', '\u201e' -> sb.append('"');
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> sb.append('-');
                case '\u0153' -> sb.append("oe");
                case '\u00e6' -> sb.append("ae");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The paragraph range [first, last] (inclusive) holding {@code quote}, or null when it is not found.
     *
     * @param article the evidence's article path ("Article 9 > 9.1"), used only to choose between repeats
     */
    public int[] locate(String quote, String article) {
        if (quote == null || quote.isBlank()) {
            return null;
        }
        List<String> fragments = fragments(quote);
        if (fragments.isEmpty()) {
            return null;
        }
        List<int[]> hits = find(fragments);
        if (hits.isEmpty() && fragments.size() == 1 && fragments.get(0).length() > 60) {
            // the quote may have been cut or re-joined by the extractor: fall back to its beginning and its end
            String f = fragments.get(0);
            hits = find(List.of(f.substring(0, 40), f.substring(f.length() - 40)));
        }
        if (hits.isEmpty()) {
            return null;
        }
        if (hits.size() > 1 && article != null) {
            String token = headingToken(article);
            if (!token.isEmpty()) {
                for (int[] h : hits) {
                    for (int k = h[0]; k >= Math.max(0, h[0] - HEADING_LOOKBACK); k--) {
                        if (norm.get(k).startsWith(token) || norm.get(k).startsWith("article" + token)) {
                            return h;
                        }
                    }
                }
            }
        }
        return hits.get(0);
    }

    /** Every minimal range holding the fragments in order, in document order. */
    private List<int[]> find(List<String> fragments) {
        List<int[]> hits = new ArrayList<>();
        for (int i = 0; i < norm.size(); i++) {
            if (norm.get(i).isEmpty()) {
                continue;
            }
            StringBuilder joined = new StringBuilder();
            for (int j = i; j < Math.min(norm.size(), i + MAX_SPAN); j++) {
                joined.append(norm.get(j));
                if (containsInOrder(joined, fragments)) {
                    // minimal start: the same match must not already hold from the next paragraph
                    boolean startsLater = j > i && containsInOrder(join(i + 1, j), fragments);
                    if (!startsLater) {
                        hits.add(new int[] {i, j});
                    }
                    break;
                }
            }
        }
        return hits;
    }

    private CharSequence join(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k <= to; k++) {
            sb.append(norm.get(k));
        }
        return sb;
    }

    private static boolean containsInOrder(CharSequence text, List<String> fragments) {
        String s = text.toString();
        int at = 0;
        for (String f : fragments) {
            int k = s.indexOf(f, at);
            if (k < 0) {
                return false;
            }
            at = k + f.length();
        }
        return true;
    }

    /** Normalised fragments of a quote split at ellipses; fragments shorter than 4 characters are dropped. */
    static List<String> fragments(String quote) {
        List<String> out = new ArrayList<>();
        for (String part : quote.split("\u2026|\\.\\.\\.|\\[\\s*(?:\u2026|\\.\\.\\.)\\s*]")) {
            String n = normalise(part.replaceAll("^[\\s\"«»“”]+|[\\s\"«»“”]+$", ""));
            if (n.length() >= 4) {
                out.add(n);
            }
        }
        return out;
    }

    /** "Article 9 > 9.1" → "9.1"; "Article 14" → "14"; "Annexe 2" → "annexe2". */
    static String headingToken(String article) {
        String[] parts = article.split(">");
        String last = normalise(parts[parts.length - 1]);
        return last.startsWith("article") ? last.substring("article".length()) : last;
    }
}
