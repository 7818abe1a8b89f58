package fr.boussole.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Structural kind of a clause. */
public enum ClauseKind {
    HEADING, PARAGRAPH, LIST_ITEM, TABLE_ROW;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ClauseKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
