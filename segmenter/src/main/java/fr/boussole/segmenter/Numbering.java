package fr.boussole.segmenter;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering a heading line starts with, as French tenders write it: {@code ARTICLE 4 –},
 * {@code Article premier}, {@code 4.5.2 - Titre}, {@code II – Titre}, {@code A) Titre},
 * {@code Chapitre 2}, {@code Annexe 1}… Parsing is purely lexical; whether the line really is a
 * heading (and not a wrapped line or a list item) is decided by the caller from the context.
 *
 * @param scheme    numbering scheme
 * @param parts     numeric parts when the numbering is a number (4.5.2 → [4,5,2]; II → [2]), else null
 * @param label     label shown in article paths ("Article 4", "4.5.2", "II", "A", "Chapitre 2")
 * @param title     the words after the numbering (may be empty)
 * @param separated true when a separator (– : . )) follows the number
 * @param keyword   for {@link Scheme#KEYWORD}: chapitre, titre, partie, section, annexe, livre
 */
record Numbering(Scheme scheme, int[] parts, String label, String title, boolean separated, String keyword) {

    enum Scheme { ARTICLE, DECIMAL, SINGLE, ROMAN, LETTER, KEYWORD }

    private static final String SEP = "[-–—:.)/]";
    private static final Pattern ARTICLE = Pattern.compile(
            "^(?iU:article|art\\.)\\s*((?iU:premier|unique|1\\s?er)|\\d{1,3}(?:[.\\-]\\d{1,3}){0,4}|[IVXL]{1,6})"
                    + "(?=$|[\\s.:\\-–—)])\\s*(" + SEP + "*)\\s*(.*)$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DECIMAL = Pattern.compile(
            "^(\\d{1,2}(?:\\.\\d{1,2}){1,5})\\.?(\\s*[-–—:)]\\s*|\\s+)(\\S.*)$");
    private static final Pattern SINGLE = Pattern.compile(
            "^(\\d{1,2})(\\s*\\.|\\s*[-–—]|\\s+[-–—])\\s+(\\S.*)$");
    private static final Pattern ROMAN = Pattern.compile(
            "^([IVXL]{1,6})(\\s*[.)\\-–—:/]\\s*|\\s+)(\\S.*)$");
    private static final Pattern LETTER = Pattern.compile(
            "^([A-Z])(\\s*[.)\\-–—/]\\s*)(\\S.*)$");
    private static final Pattern KEYWORD = Pattern.compile(
            "^(?iU:(chapitre|titre|partie|sous-section|section|annexe|livre))\\s+(?iU:n°\\s*)?"
                    + "((?iU:premier|première|unique)|\\d{1,3}|[IVXL]{1,6}|[A-Z])(?=$|[\\s.:\\-–—)])\\s*(" + SEP
                    + "*)\\s*(.*)$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern VALID_ROMAN = Pattern.compile("^(XL|X{0,3})(IX|IV|V?I{0,3})$");

    /** Parses the numbering at the start of a line, or returns null. */
    static Numbering parse(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return null;
        }
        Matcher m = ARTICLE.matcher(s);
        if (m.matches()) {
            String num = m.group(1);
            int[] parts = numberParts(num);
            String shown = shownNumber(num);
            return new Numbering(Scheme.ARTICLE, parts, "Article " + shown, m.group(3).strip(),
                    !m.group(2).isEmpty(), "article");
        }
        m = KEYWORD.matcher(s);
        if (m.matches()) {
            String kw = m.group(1).toLowerCase(Locale.ROOT);
            String num = m.group(2);
            int[] parts = numberParts(num);
            String shown = shownNumber(num);
            return new Numbering(Scheme.KEYWORD, parts, capitalize(kw) + " " + shown, m.group(4).strip(),
                    !m.group(3).isEmpty(), kw);
        }
        m = DECIMAL.matcher(s);
        if (m.matches()) {
            int[] parts = Arrays.stream(m.group(1).split("\\.")).mapToInt(Integer::parseInt).toArray();
            return new Numbering(Scheme.DECIMAL, parts, m.group(1), m.group(3).strip(),
                    !m.group(2).isBlank(), null);
        }
        m = SINGLE.matcher(s);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            return new Numbering(Scheme.SINGLE, new int[]{n}, m.group(1), m.group(3).strip(), true, null);
        }
        m = ROMAN.matcher(s);
        if (m.matches() && VALID_ROMAN.matcher(m.group(1)).matches()) {
            int v = romanValue(m.group(1));
            return new Numbering(Scheme.ROMAN, new int[]{v}, m.group(1), m.group(3).strip(),
                    !m.group(2).isBlank(), null);
        }
        m = LETTER.matcher(s);
        if (m.matches()) {
            return new Numbering(Scheme.LETTER, null, m.group(1), m.group(3).strip(), true, null);
        }
        return null;
    }

    /** A number as shown in paths: "01" → "1", "premier"/"1er" → "1", "4-1" → "4.1", romans and letters kept. */
    static String shownNumber(String num) {
        String n = num.toLowerCase(Locale.ROOT).replace(" ", "");
        if (n.equals("premier") || n.equals("première") || n.equals("1er")) {
            return "1";
        }
        if (n.matches("\\d+")) {
            return String.valueOf(Integer.parseInt(n));
        }
        if (n.matches("\\d+([.\\-]\\d+)+")) {
            return n.replace('-', '.');
        }
        return num;
    }

    private static final Pattern BARE = Pattern.compile("^(\\d{1,2})\\s+(\\p{Lu}.*)$", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * A number followed by a title without any separator ("2 Contexte général", as Word's numbered
     * headings come out of PDFs). Lexically the same as a quantity ("2 Agents"): the caller needs
     * evidence from the document that its numbering uses such numbers.
     */
    static Numbering parseBare(String line) {
        Matcher m = BARE.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        return new Numbering(Scheme.SINGLE, new int[]{n}, String.valueOf(n), m.group(2).strip(), false, null);
    }

    /** The numeric value of an article or keyword number, or null for letters. */
    static int[] numberParts(String num) {
        String n = num.toLowerCase(Locale.ROOT).replace(" ", "");
        if (n.equals("premier") || n.equals("première") || n.equals("1er") || n.equals("unique")) {
            return new int[]{1};
        }
        if (n.matches("\\d+([.\\-]\\d+)*")) {
            return Arrays.stream(n.split("[.\\-]")).mapToInt(Integer::parseInt).toArray();
        }
        String up = num.toUpperCase(Locale.ROOT);
        if (up.matches("[IVXL]+") && VALID_ROMAN.matcher(up).matches()) {
            return new int[]{romanValue(up)};
        }
        return null;
    }

    static int romanValue(String r) {
        int total = 0;
        int prev = 0;
        for (int i = r.length() - 1; i >= 0; i--) {
            int v = switch (r.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                default -> 0;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }

    static String toRoman(int n) {
        int[] vals = {50, 40, 10, 9, 5, 4, 1};
        String[] syms = {"L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < vals.length; i++) {
            while (n >= vals[i]) {
                sb.append(syms[i]);
                n -= vals[i];
            }
        }
        return sb.toString();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    int depth() {
        return parts == null ? 1 : parts.length;
    }

    @Override
    public String toString() {
        return scheme + " " + label + (parts == null ? "" : Arrays.toString(parts)) + " «" + title + "»";
    }
}
