package fr.boussole.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Role of a piece inside a DCE (dossier de consultation des entreprises). */
public enum PieceRole {
    RC("RC", "Règlement de la consultation"),
    CCAP("CCAP", "Cahier des clauses administratives particulières"),
    CCTP("CCTP", "Cahier des clauses techniques particulières"),
    /** Cahier des clauses particulières: CCAP and CCTP merged in one piece. */
    CCP("CCP", "Cahier des clauses particulières"),
    AE("AE", "Acte d'engagement"),
    BPU("BPU", "Bordereau des prix unitaires"),
    DPGF("DPGF", "Décomposition du prix global et forfaitaire"),
    DQE("DQE", "Détail quantitatif estimatif"),
    ANNEXE("annexe", "Annexe"),
    OTHER("other", "Autre pièce");

    private final String code;
    private final String label;

    PieceRole(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** French label shown to the buyer. */
    public String label() {
        return label;
    }

    /** True for the pieces that carry contractual clauses (CCAP, CCTP, CCP). */
    public boolean isContractual() {
        return this == CCAP || this == CCTP || this == CCP;
    }

    /** True for price schedules (BPU, DPGF, DQE). */
    public boolean isPriceSchedule() {
        return this == BPU || this == DPGF || this == DQE;
    }

    @JsonCreator
    public static PieceRole fromCode(String code) {
        for (PieceRole r : values()) {
            if (r.code.equalsIgnoreCase(code) || r.name().equalsIgnoreCase(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("Rôle de pièce inconnu : " + code);
    }
}
