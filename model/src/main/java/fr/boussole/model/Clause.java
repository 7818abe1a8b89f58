package fr.boussole.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Set;

/**
 * One located unit of a piece: a heading, a paragraph, a list item or a table row.
 *
 * @param id          unique inside the tender, e.g. {@code p2#0042}
 * @param pieceId     id of the piece holding it
 * @param role        role of that piece (copied so rules need not join)
 * @param page        1-based page for paginated formats (PDF), else null
 * @param article     article path as shown to the buyer, e.g. {@code Article 4 > 4.5 > 4.5.2}
 * @param articlePath the numbering parts of {@link #article}
 * @param headings    heading texts of the enclosing sections, outermost first
 * @param kind        structural kind
 * @param start       offset of the clause in the piece text (inclusive)
 * @param end         offset of the clause in the piece text (exclusive)
 * @param text        original text, for quoting
 * @param normText    normalised text for matching (NFC, case and accents folded, ligatures, spaces)
 * @param fingerprint stable hash of normalised text + piece role + article path
 * @param sentences   sentence spans inside {@link #text}
 * @param contexts    non-binding places this clause sits in (table of contents, glossary…)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Clause(
        String id,
        String pieceId,
        PieceRole role,
        Integer page,
        String article,
        List<String> articlePath,
        List<String> headings,
        ClauseKind kind,
        int start,
        int end,
        String text,
        String normText,
        String fingerprint,
        List<Span> sentences,
        Set<ClauseContext> contexts) {

    public Clause {
        articlePath = articlePath == null ? List.of() : List.copyOf(articlePath);
        headings = headings == null ? List.of() : List.copyOf(headings);
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
        // enum order, stable across JVMs (Set.copyOf's iteration order is not)
        contexts = contexts == null || contexts.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(contexts));
    }

    /** Nearest enclosing heading text, or null. */
    public String heading() {
        return headings.isEmpty() ? null : headings.get(headings.size() - 1);
    }

    public boolean in(ClauseContext context) {
        return contexts.contains(context);
    }

    public Clause withRole(PieceRole newRole, String newFingerprint) {
        return new Clause(id, pieceId, newRole, page, article, articlePath, headings, kind, start, end, text,
                normText, newFingerprint, sentences, contexts);
    }
}
