package fr.boussole.profiler;

import fr.boussole.model.Clause;
import fr.boussole.model.SourceRef;

/**
 * A value read in a clause, with the words it was read from.
 *
 * @param value  the value
 * @param clause the clause it was read in
 * @param quote  the original words, short
 */
public record Found<T>(T value, Clause clause, String quote) {

    public Found {
        quote = Texts.quote(quote);
    }

    /** Source reference for the profile; {@code piecePath} is the display path of the clause's piece. */
    public SourceRef source(String piecePath) {
        return SourceRef.of(clause, piecePath, quote);
    }
}
