package fr.boussole.rules.facts;

import java.util.List;
import java.util.Set;

/** One clause of the tender. Prefer signals (pre-matched once) to regexes over {@link #getNormText()} in DRL. */
public final class ClauseFact {

    private final String id;
    private final String pieceId;
    private final String role;
    private final Integer page;
    private final String article;
    private final List<String> headings;
    private final String kind;
    private final String text;
    private final String normText;
    private final Set<String> contexts;

    public ClauseFact(String id, String pieceId, String role, Integer page, String article, List<String> headings,
                      String kind, String text, String normText, Set<String> contexts) {
        this.id = id;
        this.pieceId = pieceId;
        this.role = role;
        this.page = page;
        this.article = article;
        this.headings = headings == null ? List.of() : List.copyOf(headings);
        this.kind = kind;
        this.text = text;
        this.normText = normText;
        this.contexts = contexts == null ? Set.of() : Set.copyOf(contexts);
    }

    public String getId() {
        return id;
    }

    public String getPieceId() {
        return pieceId;
    }

    public String getRole() {
        return role;
    }

    public Integer getPage() {
        return page;
    }

    public String getArticle() {
        return article;
    }

    public List<String> getHeadings() {
        return headings;
    }

    /** Nearest heading or null. */
    public String getHeading() {
        return headings.isEmpty() ? null : headings.get(headings.size() - 1);
    }

    public String getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getNormText() {
        return normText;
    }

    /** Non-binding places (table_of_contents, glossary…). */
    public Set<String> getContexts() {
        return contexts;
    }

    public boolean isContractual() {
        return "CCAP".equals(role) || "CCTP".equals(role) || "CCP".equals(role);
    }
}
