package fr.boussole.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Verdict of one criterion on one tender. */
public enum Status {
    COVERED("couvert"),
    PARTIAL("partiel"),
    MISSING("manquant"),
    CONTRADICTED("contredit"),
    NOT_APPLICABLE("non applicable");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    /** French label. */
    public String label() {
        return label;
    }

    /** A gap the buyer should act on. */
    public boolean isGap() {
        return this == PARTIAL || this == MISSING || this == CONTRADICTED;
    }

    /** Covered or partially covered: the DCE says something about it. */
    public boolean isPresent() {
        return this == COVERED || this == PARTIAL;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Status fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
    }
}
