package fr.boussole.matcher;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Derives prefilter keywords from a regex: a set of literal strings such that every match of the regex
 * contains at least one of them. Handles top-level and nested alternation, optional parts, quantifiers,
 * escapes, classes and lookarounds; when no such set of literals of at least {@value #MIN_LENGTH} characters
 * exists, it gives up (returns an empty list) and the pattern runs on every clause.
 */
public final class KeywordExtractor {

    /** Shorter literals do not filter anything useful. */
    public static final int MIN_LENGTH = 3;

    private KeywordExtractor() {
    }

    /** Keywords of an already folded regex, or an empty list when none can be derived. */
    public static List<String> keywords(String regex) {
        try {
            Parser p = new Parser(regex);
            Node root = p.parseAlternation();
            Set<String> best = root.required();
            return best == null ? List.of() : List.copyOf(best);
        } catch (RuntimeException e) {
            return List.of(); // unusual syntax: give up, the pattern always runs
        }
    }

    /**
     * Every OR-set of literals the derivation finds required, not only the best one ({@link #keywords}): every
     * match contains one literal of each set (e.g. both sides of {@code (a|b)[^.;]{0,60}(c|d)}). A clause that lacks
     * all the literals of one set cannot match, so the prefilter may ask for all of them. Empty when none.
     */
    public static List<Set<String>> requiredSets(String regex) {
        try {
            Parser p = new Parser(regex);
            Node root = p.parseAlternation();
            List<Set<String>> all = new ArrayList<>();
            root.requiredAll(all);
            return List.copyOf(all);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    // ---- a tiny regex tree, only what keyword derivation needs ----

    private interface Node {
        /** OR-set of literals one of which every match contains, or null. */
        Set<String> required();

        /** Adds every OR-set this node requires (each one alone is a valid {@link #required()}). */
        default void requiredAll(List<Set<String>> out) {
            Set<String> r = required();
            if (r != null) {
                out.add(r);
            }
        }

        /** The exact literal this node matches, or null when it is not a fixed string. */
        default String literal() {
            return null;
        }
    }

    private record Lit(String text) implements Node {
        public Set<String> required() {
            String t = text.strip();
            return t.length() >= MIN_LENGTH ? Set.of(t) : null;
        }

        public String literal() {
            return text;
        }
    }

    /** Anything that matches a variable or unknown character (class, dot, \s, anchor…). */
    private record Other() implements Node {
        public Set<String> required() {
            return null;
        }
    }

    private record Alt(List<Node> branches) implements Node {
        public void requiredAll(List<Set<String>> out) {
            if (branches.size() == 1) {
                branches.get(0).requiredAll(out);
            } else {
                Node.super.requiredAll(out);
            }
        }

        public Set<String> required() {
            if (branches.size() == 1) {
                return branches.get(0).required();
            }
            Set<String> union = new LinkedHashSet<>();
            for (Node b : branches) {
                Set<String> r = b.required();
                if (r == null) {
                    return null;
                }
                union.addAll(r);
            }
            return union;
        }

        public String literal() {
            return branches.size() == 1 ? branches.get(0).literal() : null;
        }
    }

    /** A repeated node: min 0 → not required; min ≥ 1 → the node is required once but is not a fixed string. */
    private record Rep(Node inner, int min) implements Node {
        public Set<String> required() {
            return min >= 1 ? inner.required() : null;
        }

        public void requiredAll(List<Set<String>> out) {
            if (min >= 1) {
                inner.requiredAll(out);
            }
        }
    }

    /** Zero-width lookaround: never provides a required literal, never breaks a literal run's meaning. */
    private record Look() implements Node {
        public Set<String> required() {
            return null;
        }
    }

    private record Seq(List<Node> items) implements Node {
        public void requiredAll(List<Set<String>> out) {
            StringBuilder run = new StringBuilder();
            for (Node item : items) {
                String lit = item.literal();
                if (lit != null) {
                    run.append(lit);
                    continue;
                }
                flush(run, out);
                item.requiredAll(out);
            }
            flush(run, out);
        }

        public Set<String> required() {
            List<Set<String>> candidates = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            for (Node item : items) {
                String lit = item.literal();
                if (lit != null) {
                    run.append(lit);
                    continue;
                }
                flush(run, candidates);
                Set<String> r = item.required();
                if (r != null) {
                    candidates.add(r);
                }
            }
            flush(run, candidates);
            Set<String> best = null;
            for (Set<String> c : candidates) {
                if (best == null || score(c) > score(best)) {
                    best = c;
                }
            }
            return best;
        }

        public String literal() {
            StringBuilder sb = new StringBuilder();
            for (Node item : items) {
                String l = item.literal();
                if (l == null) {
                    return null;
                }
                sb.append(l);
            }
            return sb.toString();
        }

        private static void flush(StringBuilder run, List<Set<String>> candidates) {
            String t = run.toString().strip();
            if (t.length() >= MIN_LENGTH) {
                candidates.add(Set.of(t));
            }
            run.setLength(0);
        }

        /** Prefer long shortest keyword, then few alternatives. */
        private static double score(Set<String> set) {
            int min = set.stream().mapToInt(String::length).min().orElse(0);
            return min - 0.01 * set.size();
        }
    }

    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        Node parseAlternation() {
            List<Node> branches = new ArrayList<>();
            branches.add(parseSeq());
            while (i < s.length() && s.charAt(i) == '|') {
                i++;
                branches.add(parseSeq());
            }
            return new Alt(branches);
        }

        Node parseSeq() {
            List<Node> items = new ArrayList<>();
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '|' || c == ')') {
                    break;
                }
                Node atom = parseAtom();
                if (atom == null) {
                    continue;
                }
                items.add(applyQuantifier(atom, items));
            }
            return new Seq(items);
        }

        private Node applyQuantifier(Node atom, List<Node> items) {
            if (i >= s.length()) {
                return atom;
            }
            char q = s.charAt(i);
            int min;
            if (q == '?' || q == '*') {
                min = 0;
                i++;
            } else if (q == '+') {
                min = 1;
                i++;
            } else if (q == '{' && s.indexOf('}', i) > i && s.substring(i + 1, s.indexOf('}', i)).matches("\\d*,?\\d*")) {
                String body = s.substring(i + 1, s.indexOf('}', i));
                i = s.indexOf('}', i) + 1;
                String lo = body.contains(",") ? body.substring(0, body.indexOf(',')) : body;
                min = lo.isEmpty() ? 0 : Integer.parseInt(lo);
                boolean exact = !body.contains(",");
                if (exact && min == 1) {
                    skipLazy();
                    return atom;
                }
            } else {
                return atom;
            }
            skipLazy();
            return new Rep(atom, min);
        }

        private void skipLazy() {
            if (i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '+')) {
                i++;
            }
        }

        private Node parseAtom() {
            char c = s.charAt(i);
            switch (c) {
                case '(': {
                    int headerEnd = s.startsWith("(?", i) ? PatternFolder.groupHeaderEnd(s, i) : i + 1;
                    String header = s.substring(i, headerEnd);
                    i = headerEnd;
                    if (header.startsWith("(?") && header.endsWith(")")) {
                        return null; // inline flags like (?i)
                    }
                    Node inner = parseAlternation();
                    if (i < s.length() && s.charAt(i) == ')') {
                        i++;
                    }
                    if (header.startsWith("(?=") || header.startsWith("(?!") || header.startsWith("(?<=")
                            || header.startsWith("(?<!")) {
                        return new Look();
                    }
                    return inner;
                }
                case '[': {
                    int j = i + 1;
                    if (j < s.length() && s.charAt(j) == '^') {
                        j++;
                    }
                    if (j < s.length() && s.charAt(j) == ']') {
                        j++;
                    }
                    int depth = 1;
                    while (j < s.length() && depth > 0) {
                        char d = s.charAt(j);
                        if (d == '\\') {
                            j = PatternFolder.escapeEnd(s, j);
                            continue;
                        }
                        if (d == '[') {
                            depth++;
                        } else if (d == ']') {
                            depth--;
                        }
                        j++;
                    }
                    i = j;
                    return new Other();
                }
                case '\\': {
                    int end = PatternFolder.escapeEnd(s, i);
                    String esc = s.substring(i, end);
                    i = end;
                    if (esc.startsWith("\\Q")) {
                        String body = esc.endsWith("\\E") ? esc.substring(2, esc.length() - 2) : esc.substring(2);
                        return new Lit(body);
                    }
                    if (esc.length() == 2 && !Character.isLetterOrDigit(esc.charAt(1))) {
                        return new Lit(esc.substring(1)); // escaped punctuation is a literal
                    }
                    return new Other();
                }
                case '.': case '^': case '$':
                    i++;
                    return new Other();
                default: {
                    int cp = s.codePointAt(i);
                    i += Character.charCount(cp);
                    return new Lit(new String(Character.toChars(cp)));
                }
            }
        }
    }
}
