package fr.boussole.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A whole DCE as read: its pieces with their clauses, its profile, and the problems met.
 *
 * @param id       tender id (folder or archive name unless given)
 * @param source   path given by the user
 * @param pieces   readable and unreadable pieces, in a stable order
 * @param profile  tender profile
 * @param problems problems not tied to one piece (archives refused, files skipped…)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Tender(String id, String source, List<Piece> pieces, TenderProfile profile, List<Problem> problems) {

    public Tender {
        pieces = pieces == null ? List.of() : List.copyOf(pieces);
        problems = problems == null ? List.of() : List.copyOf(problems);
        profile = profile == null ? TenderProfile.empty() : profile;
    }

    public Stream<Clause> clauses() {
        return pieces.stream().flatMap(p -> p.clauses().stream());
    }

    /** Every problem: tender-level and per piece. */
    public List<Problem> allProblems() {
        List<Problem> all = new ArrayList<>(problems);
        pieces.forEach(p -> all.addAll(p.errors()));
        return all;
    }

    /** True when some input could not be read (the report is then partial). */
    public boolean partialInput() {
        return allProblems().stream().anyMatch(Problem::isError);
    }

    public Piece piece(String pieceId) {
        return pieces.stream().filter(p -> p.id().equals(pieceId)).findFirst().orElse(null);
    }
}
