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
    CONTRADICTS,
    /**
     * The clause shows the purchase has the subject the criterion is about (an AI system, videos…); it never
     * covers anything by itself. A criterion with such signals applies only when one of them is found.
     */
    CONTEXT;

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
