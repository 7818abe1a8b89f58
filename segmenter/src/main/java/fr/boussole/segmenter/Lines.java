package fr.boussole.segmenter;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Lexical tests on single lines of French administrative text. */
final class Lines {

    private Lines() {
    }

    /** Words after which a line cannot end a paragraph or precede a heading: the text goes on. */
    private static final Set<String> CONTINUATION_WORDS = Set.of(
            "de", "du", "des", "d", "à", "a", "au", "aux", "l", "la", "le", "les", "un", "une", "et", "ou", "en",
            "par", "pour", "sur", "sous", "dans", "avec", "sans", "selon", "vers", "chez", "entre", "que", "qui",
            "dont", "ne", "ni", "se", "sa", "son", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "notamment",
            "article", "articles", "alinéa", "alinéas", "paragraphe", "point", "points", "chapitre", "section",
            "annexe", "page", "pages", "n°", "no", "art", "conformément", "visé", "visée", "visés", "visées",
            "prévu", "prévue", "prévus", "prévues", "mentionné", "mentionnée", "mentionnés", "mentionnées",
            "soit", "afin", "lors", "dès", "depuis", "pendant", "après", "avant", "contre", "of", "the");

    private static final Pattern TRAILING_WORD = Pattern.compile("(?U)([\\p{L}°]+)['’]?\\s*$");
    /** A count of something at the end of a line ("40 points", "3 pages"): the noun closes the line. */
    private static final Pattern COUNTED_NOUN = Pattern.compile(
            "(?U)\\d\\s*(?i:points?|pts?|pages?|articles?|alinéas?|paragraphes?|annexes?|chapitres?|sections?)\\s*$");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("(?U)[.!?…:;][\\s\"»”’)\\]]*$");
    private static final Pattern ENDS_FINAL = Pattern.compile("(?U)[.!?…][\\s\"»”’)\\]]*$");
    /** A line ending with one of these is not at a sentence end (art. R. 2192-10, M. le Maire, cf. …). */
    private static final Pattern ENDS_ABBREVIATION = Pattern.compile(
            "(?U)(?:^|[\\s(\\[«\"'’])(?:(?i:art|al|cf|p|pp|s|suiv|env|mme|mmes|mlle|dr|ex|éd|ed|réf|ref|ann|chap"
                    + "|vol|hab|tél|tel|nb|av|bd|coll|dir|op|cit|ibid|resp|c\\.-à-d|i\\.e|e\\.g|p\\. ex)|M|MM|Me|[A-Z])\\.$");

    /** Lower-cased last word of a line ("l’article" → "article"), or "". */
    static String lastWord(String line) {
        var m = TRAILING_WORD.matcher(line);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /** The line ends with a word or sign that asks for more text (preposition, article, comma…). */
    static boolean endsOpen(String line) {
        String t = line.stripTrailing();
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        if (c == ',' || c == '-' || c == '–' || c == '&' || c == '(' || c == '\'' || c == '’') {
            return true;
        }
        if (!Character.isLetter(c) && c != '°') {
            return false;
        }
        return CONTINUATION_WORDS.contains(lastWord(t)) && !COUNTED_NOUN.matcher(t).find();
    }

    /** The line ends with a word that asks for more (preposition, article, "article"…); punctuation aside. */
    static boolean endsOpenWord(String line) {
        String t = line.stripTrailing();
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        if (c == '\'' || c == '’') {
            return true;
        }
        return (Character.isLetter(c) || c == '°') && CONTINUATION_WORDS.contains(lastWord(t))
                && !COUNTED_NOUN.matcher(t).find();
    }

    /** Ends with . ! ? … : or ; (closing quotes and brackets allowed), and not with an abbreviation. */
    static boolean endsSentence(String line) {
        String t = line.stripTrailing();
        return ENDS_SENTENCE.matcher(t).find() && !endsWithAbbreviation(t);
    }

    /** Ends with . ! ? or … and not with an abbreviation. */
    static boolean endsFinal(String line) {
        String t = line.stripTrailing();
        return ENDS_FINAL.matcher(t).find() && !endsWithAbbreviation(t);
    }

    static boolean endsWithAbbreviation(String line) {
        return ENDS_ABBREVIATION.matcher(line.stripTrailing()).find();
    }

    /** First letter-or-digit character, skipping quotes and brackets. */
    static int firstSignificant(String line) {
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return cp;
            }
            if (!(Character.isWhitespace(cp) || cp == '"' || cp == '«' || cp == '“' || cp == '(' || cp == '['
                    || cp == '\'' || cp == '’' || cp == '\u00A0')) {
                return cp;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    static boolean startsUpper(String line) {
        int cp = firstSignificant(line);
        return cp >= 0 && (Character.isUpperCase(cp) || Character.isDigit(cp));
    }

    static boolean startsLower(String line) {
        int cp = firstSignificant(line);
        return cp >= 0 && Character.isLowerCase(cp);
    }

    /** Share of upper-case letters among letters, and the letter count. */
    static boolean isCaps(String line) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.isUpperCase(cp)) {
                    upper++;
                }
            }
            i += Character.charCount(cp);
        }
        return letters >= 4 && upper >= 0.9 * letters;
    }

    static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /**
     * Words that can be the title of a heading: starts with a capital (or a quote and a capital),
     * holds a few letters, is short, does not end like a clause in a list (, ;) and is not a long sentence.
     */
    static boolean titleLike(String title) {
        return titleLike(title, false);
    }

    /** As {@link #titleLike(String)}; {@code wrapping} accepts a trailing comma (a long title cut by a line end). */
    static boolean titleLike(String title, boolean wrapping) {
        String t = title.strip();
        if (t.isEmpty() || t.length() > 160 || letters(t) < 3) {
            return false;
        }
        int cp = firstSignificant(t);
        if (cp < 0 || !Character.isLetter(cp) || !Character.isUpperCase(cp)) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (last == ';' || last == ',' && !wrapping) {
            return false;
        }
        int w = words(t);
        if (w > 22) {
            return false;
        }
        if (last == '.' && w > 10 && !endsWithAbbreviation(t)) {
            return false;
        }
        return true;
    }

    /** Collapses whitespace, folds case: the key under which repeated lines are compared. */
    static String key(String line) {
        return line.strip().replaceAll("[\\s\\u00A0\\u202F]+", " ").toLowerCase(Locale.ROOT);
    }
}
