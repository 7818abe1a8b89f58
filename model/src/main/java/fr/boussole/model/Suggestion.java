package fr.boussole.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Wording the buyer can add, with the official text to read.
 *
 * @param piece  piece where the clause belongs (RC, CCAP, CCTP…)
 * @param text   suggested clause, written by the Boussole team
 * @param source official source to read, by name and section
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Suggestion(String piece, String text, String source) {
}
