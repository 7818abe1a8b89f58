package fr.boussole.profiler;

import fr.boussole.model.Clause;
import fr.boussole.model.ClauseContext;
import fr.boussole.model.ClauseKind;
import fr.boussole.model.Piece;
import fr.boussole.model.PieceRole;
import fr.boussole.segmenter.FrenchNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds clauses by hand for unit tests, one clause per line of a small markup:
 * <ul>
 *   <li>{@code # Title}, {@code ## 5.1 Critères} — headings (level = number of #);</li>
 *   <li>{@code - item} — list item (the dash is kept in the text, as PDFs show it);</li>
 *   <li>a line with {@code " | "} — table row;</li>
 *   <li>{@code ~ text} — continuation: appended to the previous clause after a line break;</li>
 *   <li>{@code ---page} — next page; {@code [toc] text} — clause in a table of contents;</li>
 *   <li>anything else — paragraph.</li>
 * </ul>
 */
final class TestDocs {

    private static final Pattern NUMBERING = Pattern.compile("^(?:article\\s+)?(\\d+(?:\\.\\d+)*)", Pattern.CASE_INSENSITIVE);

    private TestDocs() {
    }

    static List<Clause> clauses(String pieceId, PieceRole role, String markup) {
        List<Clause> out = new ArrayList<>();
        List<String> headingStack = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        int page = 1;
        int offset = 0;
        for (String raw : markup.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.equals("---page")) {
                page++;
                continue;
            }
            if (line.startsWith("~ ") && !out.isEmpty()) {
                Clause prev = out.remove(out.size() - 1);
                String text = prev.text() + "\n" + line.substring(2);
                out.add(clause(prev.id(), pieceId, role, prev.page(), prev.headings(), prev.kind(), prev.start(), text,
                        prev.contexts()));
                offset += line.length() - 1;
                continue;
            }
            Set<ClauseContext> contexts = Set.of();
            if (line.startsWith("[toc] ")) {
                contexts = Set.of(ClauseContext.TABLE_OF_CONTENTS);
                line = line.substring(6);
            }
            ClauseKind kind;
            List<String> headings;
            if (line.startsWith("#")) {
                int level = 0;
                while (level < line.length() && line.charAt(level) == '#') {
                    level++;
                }
                String text = line.substring(level).strip();
                while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
                    levels.remove(levels.size() - 1);
                    headingStack.remove(headingStack.size() - 1);
                }
                headings = List.copyOf(headingStack);
                levels.add(level);
                headingStack.add(text);
                kind = ClauseKind.HEADING;
                line = text;
            } else {
                headings = List.copyOf(headingStack);
                kind = line.startsWith("- ") || line.startsWith("• ") ? ClauseKind.LIST_ITEM
                        : line.contains(" | ") ? ClauseKind.TABLE_ROW : ClauseKind.PARAGRAPH;
            }
            String id = pieceId + "#" + String.format("%04d", out.size() + 1);
            out.add(clause(id, pieceId, role, page, headings, kind, offset, line, contexts));
            offset += line.length() + 1;
        }
        return out;
    }

    static List<Clause> clauses(String markup) {
        return clauses("p1", null, markup);
    }

    static Piece piece(String id, String fileName, PieceRole role, String markup) {
        List<Clause> clauses = clauses(id, role, markup);
        StringBuilder text = new StringBuilder();
        clauses.forEach(c -> text.append(c.text()).append('\n'));
        return new Piece(id, "dce/" + fileName, fileName, "application/pdf", role, null, null, null, null, 0,
                text.toString(), null, null, null, clauses);
    }

    private static Clause clause(String id, String pieceId, PieceRole role, int page, List<String> headings,
                                 ClauseKind kind, int start, String text, Set<ClauseContext> contexts) {
        List<String> path = new ArrayList<>();
        for (String h : kind == ClauseKind.HEADING ? concat(headings, text) : headings) {
            Matcher m = NUMBERING.matcher(h);
            if (m.find()) {
                path.add(m.group(1));
            }
        }
        String article = path.isEmpty() ? null : "Article " + String.join(" > ", path);
        return new Clause(id, pieceId, role, page, article, path, headings, kind, start, start + text.length(), text,
                FrenchNormalizer.normalize(text), null, null, contexts);
    }

    private static List<String> concat(List<String> a, String b) {
        List<String> l = new ArrayList<>(a);
        l.add(b);
        return l;
    }
}
