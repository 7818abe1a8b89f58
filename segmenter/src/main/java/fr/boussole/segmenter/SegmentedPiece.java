package fr.boussole.segmenter;

import fr.boussole.model.Clause;
import java.util.List;

/**
 * A piece cut into clauses.
 *
 * @param text    the piece text: clause texts joined with a blank line; clause offsets point into it
 * @param clauses clauses in reading order (role and fingerprint still null, see {@link Fingerprints})
 */
public record SegmentedPiece(String text, List<Clause> clauses) {

    public SegmentedPiece {
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
    }
}
