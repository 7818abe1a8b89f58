package fr.boussole.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a clause sits, when that place means its words do not bind anyone:
 * a table of contents, a glossary, a bibliography, a questionnaire put to bidders,
 * the legal "visas" of a document, or a template placeholder left unfilled.
 */
public enum ClauseContext {
    TABLE_OF_CONTENTS, GLOSSARY, BIBLIOGRAPHY, QUESTIONNAIRE, VISA, PLACEHOLDER, RUNNING_HEADER;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ClauseContext fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
