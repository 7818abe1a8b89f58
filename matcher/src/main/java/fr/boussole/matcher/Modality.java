package fr.boussole.matcher;

import java.util.Locale;

/** How binding the sentence holding a hit is. */
public enum Modality {
    /** doit, s'engage, exigé, obligatoire, au moins… */
    BINDING("contraignant"),
    /** a plain statement (a table row, "Le titulaire livre…" without a cue) */
    NEUTRAL("neutre"),
    /** peut, le cas échéant, apprécié, à titre indicatif… */
    OPTIONAL("facultatif");

    private final String label;

    Modality(String label) {
        this.label = label;
    }

    /** French label. */
    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
