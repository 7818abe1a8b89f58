package fr.boussole.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How binding a criterion is. Ordered from the strongest. */
public enum Severity {
    OBLIGATION("obligation", "obligation légale"),
    RECOMMANDATION("recommandation", "recommandation"),
    BONNE_PRATIQUE("bonne-pratique", "bonne pratique");

    private final String code;
    private final String label;

    Severity(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** True when this severity is at least as strong as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    @JsonCreator
    public static Severity fromCode(String code) {
        String c = code.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (Severity s : values()) {
            if (s.code.equals(c) || s.name().equalsIgnoreCase(code.trim())) {
                return s;
            }
        }
        if (c.startsWith("oblig")) {
            return OBLIGATION;
        }
        if (c.startsWith("recom")) {
            return RECOMMANDATION;
        }
        throw new IllegalArgumentException("Sévérité inconnue : " + code);
    }
}
