package fr.boussole.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Where a profile value was read: the clause, its piece and page, and the quoted words. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceRef(String clauseId, String piece, Integer page, String article, String quote) {

    public static SourceRef of(Clause clause, String piecePath, String quote) {
        return new SourceRef(clause.id(), piecePath, clause.page(), clause.article(), quote);
    }
}
