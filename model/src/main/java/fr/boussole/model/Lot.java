package fr.boussole.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One lot of the consultation. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Lot(String number, String title, SourceRef source) {
}
