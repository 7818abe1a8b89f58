package fr.boussole.matcher;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a signal says about its criterion when it is found. */
public enum Effect {
    /** The clause provides what the criterion asks for. */
    COVERS,
    /** The clause goes part of the way (weak wording, outdated reference…). */
    PARTIAL,
    /** The clause goes against the criterion ("matériels exclusivement neufs"). */
    CONTRADICTS;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Effect fromCode(String code) {
        if (code == null) {
            return null;
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        for (Effect e : values()) {
            if (e.code().equals(c)) {
                return e;
            }
        }
        throw new IllegalArgumentException("effet inconnu « " + code + " » (attendu : covers, partial ou contradicts)");
    }
}
