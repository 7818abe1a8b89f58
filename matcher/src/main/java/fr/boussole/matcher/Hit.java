package fr.boussole.matcher;

import fr.boussole.model.PieceRole;
import fr.boussole.model.Span;

/**
 * One match of a signal in a clause, with the generic context verdict.
 *
 * @param criterionId   criterion id
 * @param signalId      signal id
 * @param effect        effect of the signal
 * @param clauseId      clause id
 * @param pieceId       piece id
 * @param role          role of the piece
 * @param sentenceIndex index of the sentence holding the match (0-based)
 * @param normSpan      span of the match in the clause's normalised text
 * @param quoteSpan     span of the match in the clause's original text
 * @param quote         the matched words, from the original text
 * @param sentence      the original sentence holding the match (trimmed, at most ~300 characters)
 * @param number        the number the match carries (named group {@code n}, else the last number in the match), or null
 * @param modality      binding, neutral or optional
 * @param counted       false when the context makes the mention irrelevant
 * @param ignoreKind    why it is not counted, or null
 * @param ignoredReason French reason it is not counted, or null
 */
public record Hit(String criterionId, String signalId, Effect effect, String clauseId, String pieceId,
                  PieceRole role, int sentenceIndex, Span normSpan, Span quoteSpan, String quote, String sentence,
                  Double number, Modality modality, boolean counted, IgnoreKind ignoreKind, String ignoredReason) {

    public boolean optional() {
        return modality == Modality.OPTIONAL;
    }

    /** The same hit with another modality. */
    public Hit withModality(Modality m) {
        return new Hit(criterionId, signalId, effect, clauseId, pieceId, role, sentenceIndex, normSpan, quoteSpan, quote,
                sentence, number, m, counted, ignoreKind, ignoredReason);
    }

    /** The same hit, not counted, for the given reason. */
    public Hit ignored(IgnoreKind kind, String reason) {
        return new Hit(criterionId, signalId, effect, clauseId, pieceId, role, sentenceIndex, normSpan, quoteSpan, quote,
                sentence, number, modality, false, kind, reason);
    }
}
