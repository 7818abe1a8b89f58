package fr.boussole.matcher;

import fr.boussole.segmenter.FrenchNormalizer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Folds the literal characters of a regex the way {@link FrenchNormalizer} folds text (lower case, accents
 * removed, œ → oe, ’ → ', spaces collapsed) while keeping the regex syntax intact: escapes such as
 * {@code \S}, {@code \p{Lu}} or {@code \b}, group headers, named groups and quantifiers are copied as is.
 * So pack authors may write {@code "critère.{0,40}environnement"} and it matches the folded text.
 */
public final class PatternFolder {

    /** Flags every folded pattern is compiled with (stack-notes R2/R3). */
    public static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private PatternFolder() {
    }

    /** Flags for a folded pattern whose every literal is already lower case, run over folded (lower-case) text. */
    static final int FLAGS_LOWER_CASE = Pattern.UNICODE_CHARACTER_CLASS;

    /**
     * Folds then compiles. Folded text and folded literals are both lower case, so case-insensitive matching
     * only costs time (a case mapping per compared character, the largest single cost of judging in JFR
     * profiles); it is kept, with {@link #FLAGS}, only when the pattern has something folding cannot lower:
     * a property or code-point escape ({@code \p{Lu}}, {@code \x41}, {@code \u0041}), inline flags, or an
     * upper-case letter left outside an escape.
     */
    public static Pattern compileFolded(String regex) throws PatternSyntaxException {
        String folded = fold(regex);
        return Pattern.compile(folded, needsCaseFolding(folded) ? FLAGS : FLAGS_LOWER_CASE);
    }

    static boolean needsCaseFolding(String folded) {
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '\\' && i + 1 < folded.length()) {
                char e = folded.charAt(++i);
                if (e == 'p' || e == 'P' || e == 'x' || e == 'u' || e == 'N' || e == 'c' || e == 'Q') {
                    return true;
                }
            } else if (c == '(' && i + 2 < folded.length() && folded.charAt(i + 1) == '?'
                    && (Character.isLetter(folded.charAt(i + 2)) || folded.charAt(i + 2) == '-')) {
                return true;
            } else if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                return true;
            }
        }
        return false;
    }

    /** Folds the literal characters of {@code regex}. */
    public static String fold(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 8);
        int n = regex.length();
        int i = 0;
        int classDepth = 0;
        boolean lastSpace = false;
        while (i < n) {
            char c = regex.charAt(i);
            if (c == '\\') {
                int end = escapeEnd(regex, i);
                String esc = regex.substring(i, end);
                if (esc.length() == 2 && !Character.isLetterOrDigit(esc.charAt(1)) && esc.charAt(1) > 127) {
                    // an escaped non-ASCII punctuation or letter: fold the character itself
                    out.append(Pattern.quote(FrenchNormalizer.normalize(esc.substring(1))));
                } else {
                    out.append(esc);
                }
                i = end;
                lastSpace = false;
                continue;
            }
            if (classDepth == 0 && c == '(' && i + 1 < n && regex.charAt(i + 1) == '?') {
                int end = groupHeaderEnd(regex, i);
                out.append(regex, i, end);
                i = end;
                lastSpace = false;
                continue;
            }
            if (classDepth == 0 && c == '{' && isQuantifier(regex, i)) {
                int end = regex.indexOf('}', i) + 1;
                out.append(regex, i, end);
                i = end;
                lastSpace = false;
                continue;
            }
            if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            }
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F') {
                if (!lastSpace) {
                    out.append(' ');
                    lastSpace = true;
                }
                i++;
                continue;
            }
            lastSpace = false;
            int cp = regex.codePointAt(i);
            int width = Character.charCount(cp);
            if (cp < 128 && !Character.isLetter(cp)) {
                out.appendCodePoint(cp); // ASCII syntax and punctuation: unchanged
                i += width;
                continue;
            }
            String folded = cp == '\u2026' ? "\\.\\.\\." : FrenchNormalizer.normalize(new String(Character.toChars(cp)));
            boolean quantified = i + width < n && "?*+{".indexOf(regex.charAt(i + width)) >= 0;
            if (folded.length() > 1 && classDepth == 0 && quantified && !folded.startsWith("\\")) {
                out.append("(?:").append(folded).append(')');
            } else {
                out.append(folded);
            }
            i += width;
        }
        return out.toString();
    }

    private static boolean isQuantifier(String s, int i) {
        int close = s.indexOf('}', i);
        if (close < 0) {
            return false;
        }
        return s.substring(i + 1, close).matches("\\d*,?\\d*");
    }

    /** End (exclusive) of the escape sequence starting at {@code i} (a backslash). */
    static int escapeEnd(String s, int i) {
        int n = s.length();
        if (i + 1 >= n) {
            return n;
        }
        char e = s.charAt(i + 1);
        switch (e) {
            case 'p': case 'P': case 'N':
                if (i + 2 < n && s.charAt(i + 2) == '{') {
                    int close = s.indexOf('}', i + 2);
                    return close < 0 ? n : close + 1;
                }
                return Math.min(n, i + 3);
            case 'x':
                if (i + 2 < n && s.charAt(i + 2) == '{') {
                    int close = s.indexOf('}', i + 2);
                    return close < 0 ? n : close + 1;
                }
                return Math.min(n, i + 4);
            case 'u':
                return Math.min(n, i + 6);
            case 'c':
                return Math.min(n, i + 3);
            case 'k':
                if (i + 2 < n && s.charAt(i + 2) == '<') {
                    int close = s.indexOf('>', i + 2);
                    return close < 0 ? n : close + 1;
                }
                return Math.min(n, i + 2);
            case 'Q': {
                int close = s.indexOf("\\E", i + 2);
                return close < 0 ? n : close + 2;
            }
            case '0': {
                int j = i + 2;
                while (j < n && j < i + 5 && s.charAt(j) >= '0' && s.charAt(j) <= '7') {
                    j++;
                }
                return j;
            }
            default:
                return i + 1 + Character.charCount(s.codePointAt(i + 1));
        }
    }

    /** End (exclusive) of a group header such as {@code (?:}, {@code (?<name>}, {@code (?<=}, {@code (?i)}. */
    static int groupHeaderEnd(String s, int i) {
        int n = s.length();
        int j = i + 2;
        if (j >= n) {
            return n;
        }
        char k = s.charAt(j);
        if (k == ':' || k == '=' || k == '!' || k == '>') {
            return j + 1;
        }
        if (k == '<') {
            if (j + 1 < n && (s.charAt(j + 1) == '=' || s.charAt(j + 1) == '!')) {
                return j + 2;
            }
            int close = s.indexOf('>', j);
            return close < 0 ? n : close + 1;
        }
        // inline flags: (?iU) or (?iU:
        while (j < n && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '-')) {
            j++;
        }
        return j < n && (s.charAt(j) == ')' || s.charAt(j) == ':') ? j + 1 : j;
    }
}
