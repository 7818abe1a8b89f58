package fr.boussole.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Score of one of the seven qualities of a responsible digital (capacitant, démocratique,
 * équitable, frugal, inclusif, innovant, protecteur).
 *
 * @param quality    quality code (e.g. "frugal")
 * @param label      French label
 * @param score      0–100 over applicable criteria, null when none applies
 * @param applicable number of applicable criteria
 * @param covered    number covered
 * @param partial    number partial
 * @param criteria   ids of the criteria counted
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QualityScore(String quality, String label, Double score, int applicable, int covered, int partial,
                           List<String> criteria) {
}
