package fr.boussole.profiler;

import fr.boussole.model.Clause;
import fr.boussole.model.ClauseContext;
import fr.boussole.segmenter.FrenchNormalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Small text helpers shared by the detectors. Folded text = {@link FrenchNormalizer#normalize}. */
final class Texts {

    private static final Pattern DOT_LEADER = Pattern.compile("(\\s*[.…_·]{3,}\\s*\\d*\\s*)$");
    private static final Pattern TOC_LINE = Pattern.compile("[.…_·]{4,}\\s*\\d+\\s*$");
    private static final Pattern PAGE_MARK = Pattern.compile("(?iU)\\s*\\bpage\\s+\\d+\\s*(sur|/)\\s*\\d+\\s*");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

    /** Lines already cut and folded, by clause or clause list (identity), while {@link #sharingLines} runs. */
    private static final ThreadLocal<Map<Object, List<Line>>> LINES = new ThreadLocal<>();

    private Texts() {
    }

    /**
     * Runs {@code body} with the lines of each clause and clause list cut and folded once: the profile's
     * detectors read the same pieces one after the other. Clauses are immutable, so a clause's lines never
     * change; the cache lives only for the call.
     */
    static <T> T sharingLines(Supplier<T> body) {
        if (LINES.get() != null) {
            return body.get();
        }
        LINES.set(new IdentityHashMap<>());
        try {
            return body.get();
        } finally {
            LINES.remove();
        }
    }

    static String fold(String s) {
        return s == null ? "" : FrenchNormalizer.normalize(s);
    }

    /** Collapses spaces, drops dotted leaders and "Page n sur m" marks. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        String t = PAGE_MARK.matcher(s).replaceAll(" ");
        t = SPACES.matcher(t).replaceAll(" ").strip();
        t = DOT_LEADER.matcher(t).replaceAll("");
        return t.strip();
    }

    /** What {@code SPACES.matcher(s).replaceAll(" ")} gives, without the expression: each run of spaces → " ". */
    static String collapseSpaces(String s) {
        StringBuilder sb = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            int j = i + 1;
            while (j < n && isSpace(s.charAt(j))) {
                j++;
            }
            if (sb == null && (c != ' ' || j > i + 1)) {
                sb = new StringBuilder(n).append(s, 0, i);
            }
            if (sb != null) {
                sb.append(' ');
            }
            i = j - 1;
        }
        return sb == null ? s : sb.toString();
    }

    /** The class of {@link #SPACES}: {@code \s} without Unicode (space, \t, \n, \x0B, \f, \r), NBSP, NNBSP. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00A0' || c == '\u202F';
    }

    /** A quote short enough for a report. */
    static String quote(String s) {
        String t = SPACES.matcher(s == null ? "" : s).replaceAll(" ").strip();
        return t.length() <= 300 ? t : t.substring(0, 297).strip() + "…";
    }

    /** True when the clause is in a place whose words do not state anything (TOC, running header…). */
    static boolean nonBinding(Clause c) {
        return c.in(ClauseContext.TABLE_OF_CONTENTS) || c.in(ClauseContext.RUNNING_HEADER)
                || c.in(ClauseContext.GLOSSARY) || c.in(ClauseContext.PLACEHOLDER)
                || c.in(ClauseContext.BIBLIOGRAPHY);
    }

    static boolean tocLine(String line) {
        return TOC_LINE.matcher(line).find();
    }

    /** Non-blank lines of a clause, original text trimmed, with their folded form (read-only list). */
    static List<Line> lines(Clause c) {
        Map<Object, List<Line>> cache = LINES.get();
        if (cache == null) {
            return cutLines(c);
        }
        List<Line> lines = cache.get(c);
        if (lines == null) {
            lines = cutLines(c);
            cache.put(c, lines);
        }
        return lines;
    }

    private static List<Line> cutLines(Clause c) {
        List<Line> out = new ArrayList<>();
        String text = c.text() == null ? "" : c.text();
        for (String raw : text.split("\\r?\\n|\\r")) {
            String t = collapseSpaces(raw).strip();
            if (!t.isEmpty()) {
                out.add(new Line(c, t, fold(t), out.isEmpty()));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Lines of many clauses in order, skipping non-binding clauses and table-of-contents lines (read-only). */
    static List<Line> lines(List<Clause> clauses) {
        Map<Object, List<Line>> cache = LINES.get();
        if (cache == null) {
            return cutLines(clauses);
        }
        List<Line> lines = cache.get(clauses);
        if (lines == null) {
            lines = cutLines(clauses);
            cache.put(clauses, lines);
        }
        return lines;
    }

    private static List<Line> cutLines(List<Clause> clauses) {
        List<Line> out = new ArrayList<>();
        for (Clause c : clauses) {
            if (nonBinding(c)) {
                continue;
            }
            for (Line l : lines(c)) {
                if (!tocLine(l.text())) {
                    out.add(l);
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Capitalises the first letter (names read from running text start lower case). */
    static String capitalize(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        int cp = s.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(cp)).append(s.substring(Character.charCount(cp)))
                .toString();
    }

    /** One line of a clause; {@code first} when it is the clause's first line. */
    record Line(Clause clause, String text, String norm, boolean first) {
        Line(Clause clause, String text, String norm) {
            this(clause, text, norm, true);
        }
    }
}
