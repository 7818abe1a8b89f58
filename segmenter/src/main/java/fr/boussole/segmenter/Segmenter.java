package fr.boussole.segmenter;

import fr.boussole.extractor.ExtractedDocument;
import fr.boussole.extractor.TextBlock;
import fr.boussole.model.Clause;
import fr.boussole.model.ClauseContext;
import fr.boussole.model.ClauseKind;
import fr.boussole.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Cuts an extracted document into clauses: headings, paragraphs, list items and table rows, each with
 * its page, article path, enclosing headings, sentences, normalised text and contexts.
 *
 * <p>Stateless and thread-safe.
 */
public final class Segmenter {

    public Segmenter() {
    }

    /**
     * @param doc     what the extractor read
     * @param pieceId id of the piece in the tender ({@code p1}…); clause ids are {@code <pieceId>#0001}…
     */
    public SegmentedPiece segment(ExtractedDocument doc, String pieceId) {
        List<TextBlock> blocks = doc.blocks();
        List<Unit> units = UnitBuilder.build(blocks);
        numberedLists(units);
        SectionStack stack = new SectionStack();
        StringBuilder text = new StringBuilder();
        List<Clause> clauses = new ArrayList<>();
        // every clause of a section carries the same enclosing headings: fold each once
        Map<String, String> foldedHeadings = new HashMap<>();
        int index = 0;
        for (Unit u : units) {
            String t = u.text();
            if (t.isBlank()) {
                continue;
            }
            if (!u.toc && !u.runningHeader && (u.kind == ClauseKind.HEADING || u.opensSection)) {
                String title = headingTitle(u);
                stack.open(u.numbering, title, u.level);
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(t);
            int end = text.length();
            List<String> path = stack.path();
            List<String> headings = stack.headings();
            List<String> folded = new ArrayList<>(headings.size());
            for (String h : headings) {
                folded.add(foldedHeadings.computeIfAbsent(h, FrenchNormalizer::normalize));
            }
            Set<ClauseContext> contexts = Contexts.of(t, u.kind, folded, u.toc, u.runningHeader);
            boolean hardBreaks = u.hard && u.kind != ClauseKind.TABLE_ROW;
            List<Span> sentences = SentenceSplitter.split(t, hardBreaks);
            String id = pieceId + "#" + String.format(Locale.ROOT, "%04d", ++index);
            clauses.add(new Clause(id, pieceId, null, u.page, path.isEmpty() ? null : String.join(" > ", path),
                    path, headings, u.kind, start, end, t, FrenchNormalizer.normalize(t), null, sentences,
                    contexts));
        }
        return new SegmentedPiece(text.toString(), clauses);
    }

    private static String headingTitle(Unit u) {
        String t = u.text().replace('\n', ' ').replaceAll("\\s+", " ").strip();
        if (u.kind != ClauseKind.HEADING) {
            // a section opened by a paragraph: its title is the numbering and the first words
            Numbering n = u.numbering;
            return n == null ? t : n.label();
        }
        return t;
    }

    /**
     * Single-number and letter "headings" that come in a row (1. … 2. …, A) … B) …) with nothing in
     * between, or right after a lead-in ending with a colon, are a numbered list, not sections.
     */
    static void numberedLists(List<Unit> units) {
        List<Unit> content = new ArrayList<>();
        for (Unit u : units) {
            if (!u.runningHeader && !u.toc) {
                content.add(u);
            }
        }
        boolean[] list = new boolean[content.size()];
        for (int i = 0; i < content.size(); i++) {
            Unit u = content.get(i);
            if (!weakNumbered(u)) {
                continue;
            }
            if (i > 0) {
                Unit p = content.get(i - 1);
                if (p.kind != ClauseKind.HEADING && p.lastLine().stripTrailing().endsWith(":")) {
                    list[i] = true;
                }
                if (follows(p, u)) {
                    list[i] = true;
                    list[i - 1] = true;
                }
            }
            if (i + 1 < content.size() && follows(u, content.get(i + 1))) {
                list[i] = true;
                list[i + 1] = true;
            }
        }
        for (int i = 0; i < content.size(); i++) {
            Unit u = content.get(i);
            if (list[i] && (weakNumbered(u) || u.kind == ClauseKind.LIST_ITEM)) {
                u.kind = ClauseKind.LIST_ITEM;
                u.numbering = null;
                u.opensSection = false;
            }
        }
    }

    private static boolean weakNumbered(Unit u) {
        return (u.kind == ClauseKind.HEADING || u.opensSection) && u.level == 0 && u.numbering != null
                && (u.numbering.scheme() == Numbering.Scheme.SINGLE || u.numbering.scheme() == Numbering.Scheme.LETTER);
    }

    /** {@code b} carries the number right after {@code a}'s, in the same scheme. */
    private static boolean follows(Unit a, Unit b) {
        Numbering na = a.numbering != null ? a.numbering : Numbering.parse(a.lines.get(0));
        Numbering nb = b.numbering != null ? b.numbering : Numbering.parse(b.lines.get(0));
        if (na == null || nb == null || na.scheme() != nb.scheme()) {
            return false;
        }
        if (na.scheme() == Numbering.Scheme.SINGLE) {
            return nb.parts()[0] == na.parts()[0] + 1;
        }
        if (na.scheme() == Numbering.Scheme.LETTER) {
            return nb.label().charAt(0) == na.label().charAt(0) + 1;
        }
        return false;
    }
}
