package fr.boussole.segmenter;

import fr.boussole.segmenter.Numbering.Scheme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The enclosing sections while walking a piece. Numbered headings nest by their numbers
 * ({@code Article 4 > 4.5 > 4.5.2}, a missing {@code 4.5} is inferred), other schemes nest in the
 * order they first appear ({@code I > A > 1}), keyword sections by rank (Partie > Chapitre > Section >
 * Article), Word headings by level, and all-caps lines only ever as leaves.
 */
final class SectionStack {

    enum Kind { NUMBERED, LEVEL, CAPS, INFERRED }

    static final class Entry {
        final Kind kind;
        final Scheme scheme;
        final int[] parts;
        final String label;
        final String title;
        final int level;
        final String keyword;

        Entry(Kind kind, Scheme scheme, int[] parts, String label, String title, int level, String keyword) {
            this.kind = kind;
            this.scheme = scheme;
            this.parts = parts;
            this.label = label;
            this.title = title;
            this.level = level;
            this.keyword = keyword;
        }

        boolean inPath() {
            return kind != Kind.CAPS && label != null;
        }

        boolean numeric() {
            return parts != null && (kind == Kind.NUMBERED || kind == Kind.INFERRED) && scheme != Scheme.LETTER;
        }

        int rank() {
            if (scheme == Scheme.ARTICLE) {
                return 5;
            }
            if (scheme == Scheme.KEYWORD) {
                return RANKS.getOrDefault(keyword, 3);
            }
            return -1;
        }

        @Override
        public String toString() {
            return label + "«" + title + "»";
        }
    }

    private static final Map<String, Integer> RANKS = Map.of("livre", 0, "partie", 1, "titre", 1, "annexe", 1,
            "chapitre", 2, "section", 3, "sous-section", 4);

    private final List<Entry> stack = new ArrayList<>();

    /** Opens the section of a heading. {@code level} is the Word/Markdown level, 0 when unknown. */
    void open(Numbering n, String title, int level) {
        popCaps();
        if (n == null) {
            if (level > 0) {
                truncateAt(bottomMost(e -> e.level >= level && e.level > 0));
                stack.add(new Entry(Kind.LEVEL, null, null, shortLabel(title), title, level, null));
            } else {
                stack.add(new Entry(Kind.CAPS, null, null, null, title, 0, null));
            }
            return;
        }
        switch (n.scheme()) {
            case ARTICLE -> {
                if (n.parts() != null && n.parts().length >= 2) {
                    openDecimal(n.parts(), n.label(), title, level, Scheme.ARTICLE);
                    return;
                }
                int i = bottomMost(e -> e.scheme == Scheme.ARTICLE && e.kind != Kind.LEVEL);
                if (i < 0) {
                    i = bottomMost(e -> e.scheme == Scheme.DECIMAL || e.scheme == Scheme.SINGLE);
                }
                truncateAt(i);
                push(n, title, level);
            }
            case KEYWORD -> {
                int r = RANKS.getOrDefault(n.keyword(), 3);
                truncateAt(bottomMost(e -> e.rank() >= r));
                push(n, title, level);
            }
            case DECIMAL -> openDecimal(n.parts(), n.label(), title, level, Scheme.DECIMAL);
            case SINGLE -> {
                truncateAt(topMost(e -> e.scheme == Scheme.SINGLE));
                push(n, title, level);
            }
            case ROMAN -> {
                if (isLetterInSequence(n.label())) {
                    truncateAt(bottomMost(e -> e.scheme == Scheme.LETTER));
                    stack.add(new Entry(Kind.NUMBERED, Scheme.LETTER, null, n.label(), title, level, null));
                    return;
                }
                truncateAt(bottomMost(e -> e.scheme == Scheme.ROMAN));
                push(n, title, level);
            }
            case LETTER -> {
                truncateAt(bottomMost(e -> e.scheme == Scheme.LETTER));
                push(n, title, level);
            }
            default -> push(n, title, level);
        }
    }

    private void openDecimal(int[] p, String label, String title, int level, Scheme flavour) {
        int d = p.length;
        for (int i = stack.size() - 1; i >= 0; i--) {
            Entry e = stack.get(i);
            if (e.numeric() && e.parts.length < d && isPrefix(e.parts, p)) {
                truncateAt(i + 1);
                inferBetween(e.parts.length, p);
                stack.add(new Entry(Kind.NUMBERED, flavour == Scheme.ARTICLE ? Scheme.ARTICLE : Scheme.DECIMAL, p,
                        label, title, level, null));
                return;
            }
        }
        // no ancestor: the numbering moved on (5.1 after Article 4 > 4.5, 1.8 after a stray "2")
        truncateAt(bottomMost(e -> e.scheme == Scheme.DECIMAL && e.kind != Kind.LEVEL
                || e.kind == Kind.INFERRED && e.parts != null && e.parts.length >= 2));
        if (d >= 2) {
            for (int i = stack.size() - 1; i >= 0; i--) {
                Entry e = stack.get(i);
                if (e.numeric() && e.parts.length == 1) {
                    if (e.parts[0] == p[0]) {
                        truncateAt(i + 1);
                        inferBetween(1, p);
                    } else {
                        truncateAt(i);
                        stack.add(new Entry(Kind.INFERRED, e.scheme, new int[]{p[0]}, inferredRoot(e, p[0]), null, 0,
                                e.keyword));
                        inferBetween(1, p);
                    }
                    stack.add(new Entry(Kind.NUMBERED, Scheme.DECIMAL, p, label, title, level, null));
                    return;
                }
            }
        }
        stack.add(new Entry(Kind.NUMBERED, Scheme.DECIMAL, p, label, title, level, null));
    }

    private static String inferredRoot(Entry like, int n) {
        if (like.scheme == Scheme.ARTICLE) {
            return "Article " + n;
        }
        if (like.scheme == Scheme.ROMAN) {
            return Numbering.toRoman(n);
        }
        if (like.scheme == Scheme.KEYWORD && like.keyword != null) {
            return Character.toUpperCase(like.keyword.charAt(0)) + like.keyword.substring(1) + " " + n;
        }
        return String.valueOf(n);
    }

    /** Pushes inferred levels p[0..k] for k from {@code have} to p.length - 2. */
    private void inferBetween(int have, int[] p) {
        for (int k = have + 1; k < p.length; k++) {
            int[] q = Arrays.copyOf(p, k);
            String label = String.join(".", Arrays.stream(q).mapToObj(String::valueOf).toList());
            stack.add(new Entry(Kind.INFERRED, Scheme.DECIMAL, q, label, null, 0, null));
        }
    }

    private boolean isLetterInSequence(String roman) {
        if (roman.length() != 1) {
            return false;
        }
        for (int i = stack.size() - 1; i >= 0; i--) {
            Entry e = stack.get(i);
            if (e.scheme == Scheme.LETTER && e.label != null && e.label.length() == 1) {
                return e.label.charAt(0) + 1 == roman.charAt(0);
            }
        }
        return false;
    }

    private void push(Numbering n, String title, int level) {
        stack.add(new Entry(Kind.NUMBERED, n.scheme(), n.parts(), n.label(), title, level, n.keyword()));
    }

    private void popCaps() {
        while (!stack.isEmpty() && stack.get(stack.size() - 1).kind == Kind.CAPS) {
            stack.remove(stack.size() - 1);
        }
    }

    private int bottomMost(Predicate<Entry> p) {
        for (int i = 0; i < stack.size(); i++) {
            if (p.test(stack.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private int topMost(Predicate<Entry> p) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (p.test(stack.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Removes entry {@code i} and all above it; no-op when {@code i < 0}. */
    private void truncateAt(int i) {
        if (i < 0) {
            return;
        }
        while (stack.size() > i) {
            stack.remove(stack.size() - 1);
        }
    }

    private static boolean isPrefix(int[] q, int[] p) {
        for (int i = 0; i < q.length; i++) {
            if (q[i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    private static String shortLabel(String title) {
        String t = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        return t.length() <= 60 ? t : t.substring(0, 57).strip() + "…";
    }

    List<String> path() {
        List<String> out = new ArrayList<>();
        for (Entry e : stack) {
            if (e.inPath()) {
                out.add(e.label);
            }
        }
        return out;
    }

    List<String> headings() {
        List<String> out = new ArrayList<>();
        for (Entry e : stack) {
            if (e.title != null && !e.title.isBlank()) {
                out.add(e.title);
            }
        }
        return out;
    }

    List<Entry> entries() {
        return List.copyOf(stack);
    }
}
