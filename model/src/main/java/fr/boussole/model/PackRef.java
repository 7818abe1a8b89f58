package fr.boussole.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A rule pack used for a check: id, version and content hash. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PackRef(String id, String version, String sha256, String title, String authority, String source) {
}
