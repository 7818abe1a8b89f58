package fr.boussole.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A clause that supports (or weakens) a verdict.
 *
 * @param clauseId    clause id in the tender
 * @param piece       piece path
 * @param pieceRole   piece role
 * @param page        page, for paginated pieces
 * @param article     article path
 * @param quote       the quoted words (original text)
 * @param fingerprint clause fingerprint, stable across runs
 * @param signal      id of the signal that matched
 * @param effect      what this evidence did: "covers", "partial", "contradicts", "ignored"
 * @param note        French note (e.g. "formulé comme une simple faculté", "question de sourcing")
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evidence(String clauseId, String piece, PieceRole pieceRole, Integer page, String article,
                       String quote, String fingerprint, String signal, String effect, String note) {
}
