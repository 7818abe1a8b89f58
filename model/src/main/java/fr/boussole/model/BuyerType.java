package fr.boussole.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Kind of public buyer; drives which obligations apply (e.g. REEN art. 15 targets State and local authorities). */
public enum BuyerType {
    ETAT("État (administration centrale ou déconcentrée)"),
    COLLECTIVITE("Collectivité territoriale"),
    EPCI("Établissement public de coopération intercommunale / groupement"),
    ETABLISSEMENT_PUBLIC("Établissement public"),
    HOPITAL("Établissement public de santé"),
    OPH("Office public de l'habitat"),
    AUTRE("Autre acheteur soumis au code de la commande publique");

    private final String label;

    BuyerType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** State and local authorities with their groupings: the scope of AGEC art. 55/58 and REEN art. 15/16. */
    public boolean isStateOrLocalAuthority() {
        return this == ETAT || this == COLLECTIVITE || this == EPCI;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static BuyerType fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
