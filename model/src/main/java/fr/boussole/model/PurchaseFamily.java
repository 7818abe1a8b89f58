package fr.boussole.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What is bought, as far as responsible-digital criteria care. */
public enum PurchaseFamily {
    HARDWARE("hardware", "Fourniture de matériels numériques"),
    SOFTWARE_SERVICES("software", "Logiciels et prestations informatiques"),
    HOSTING_CLOUD("hosting", "Hébergement et cloud"),
    TELECOM("telecom", "Réseaux, télécoms et téléphonie"),
    OTHER("other", "Achat non numérique");

    private final String code;
    private final String label;

    PurchaseFamily(String code, String label) {
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

    public boolean isDigital() {
        return this != OTHER;
    }

    @JsonCreator
    public static PurchaseFamily fromCode(String code) {
        for (PurchaseFamily f : values()) {
            if (f.code.equalsIgnoreCase(code) || f.name().equalsIgnoreCase(code)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Famille d'achat inconnue : " + code);
    }
}
