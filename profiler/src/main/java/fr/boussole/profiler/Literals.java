package fr.boussole.profiler;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Literal words one of which any match of an expression contains, read from the expression's top-level
 * alternatives ({@code \bchantier|postes? de travail|…} → "chantier", "poste"). Searching a clause for a few
 * literals is far cheaper than running the expression over it; when none is there, the expression cannot
 * match. An expression whose alternatives do not all start with a literal gets no guard.
 */
final class Literals {

    private final String[] words;

    private Literals(String[] words) {
        this.words = words;
    }

    /** The guard of {@code p}; it lets everything through when no literal can be read. */
    static Literals of(Pattern p) {
        return new Literals(p.flags() == 0 ? read(p.pattern()) : null);
    }

    /** False only when no match of the expression can be in {@code text}. */
    boolean mayMatch(String text) {
        if (words == null) {
            return true;
        }
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The literals, or null when some alternative starts otherwise (or inline flags are used). */
    static String[] read(String rx) {
        if (rx.contains("(?i") || rx.contains("(?u") || rx.contains("(?U") || rx.contains("(?x")) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String alt : topLevelAlternatives(rx)) {
            String a = alt.startsWith("\\b") ? alt.substring(2) : alt;
            StringBuilder lit = new StringBuilder();
            for (int i = 0; i < a.length(); i++) {
                char c = a.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ' || c == '\'' || c == '-')) {
                    break;
                }
                char next = i + 1 < a.length() ? a.charAt(i + 1) : 0;
                if (next == '?' || next == '*' || next == '{') {
                    break; // the character is optional
                }
                lit.append(c);
                if (next == '+') {
                    break;
                }
            }
            if (lit.length() == 0) {
                return null;
            }
            out.add(lit.toString());
        }
        return out.isEmpty() ? null : out.toArray(String[]::new);
    }

    /** Splits at the "|" outside groups and character classes. */
    private static List<String> topLevelAlternatives(String rx) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < rx.length(); i++) {
            char c = rx.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(rx.substring(start, i));
                start = i + 1;
            }
        }
        out.add(rx.substring(start));
        return out;
    }
}
