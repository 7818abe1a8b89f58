package fr.boussole.rules.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The tender as rules see it. Codes are lower-case strings (family "hardware", buyer type "collectivite",
 * role "CCTP") so that DRL needs no import beyond this package.
 */
public final class TenderFact {

    private final String id;
    private final String family;
    private final List<String> families;
    private final String buyerType;
    private final LocalDate launchDate;
    private final String launchDateSource;
    private final LocalDate checkDate;
    private final Double amountHT;
    private final Set<String> roles;
    private final int awardCriteriaCount;
    private List<String> ccag = List.of();
    private String procedure;
    private List<String> cpv = List.of();

    public TenderFact(String id, String family, List<String> families, String buyerType, LocalDate launchDate,
                      String launchDateSource, LocalDate checkDate, Double amountHT, Set<String> roles,
                      int awardCriteriaCount) {
        this.id = id;
        this.family = family;
        this.families = families == null ? List.of() : List.copyOf(families);
        this.buyerType = buyerType;
        this.launchDate = launchDate;
        this.launchDateSource = launchDateSource;
        this.checkDate = checkDate;
        this.amountHT = amountHT;
        this.roles = roles == null ? Set.of() : Set.copyOf(roles);
        this.awardCriteriaCount = awardCriteriaCount;
    }

    /** The same fact with the CCAG referenced, the procedure as written and the CPV codes (for DRL). */
    public TenderFact withContract(List<String> ccagList, String procedureText, List<String> cpvCodes) {
        this.ccag = ccagList == null ? List.of() : List.copyOf(ccagList);
        this.procedure = procedureText;
        this.cpv = cpvCodes == null ? List.of() : List.copyOf(cpvCodes);
        return this;
    }

    /** CCAG referenced: TIC, FCS, PI, Travaux, MI, MOE. */
    public List<String> getCcag() {
        return ccag;
    }

    /** True when the DCE references this CCAG (e.g. "Travaux"). */
    public boolean hasCcag(String name) {
        return ccag.stream().anyMatch(c -> c.equalsIgnoreCase(name));
    }

    /** Procedure as written (appel d'offres ouvert, procédure adaptée…), or null. */
    public String getProcedure() {
        return procedure;
    }

    /** True when the procedure is an adapted procedure (MAPA). */
    public boolean isAdaptedProcedure() {
        return procedure != null && fr.boussole.segmenter.FrenchNormalizer.normalize(procedure)
                .matches(".*(procedure adaptee|\\bmapa\\b).*");
    }

    /** CPV codes, principal first. */
    public List<String> getCpv() {
        return cpv;
    }

    /** True when one CPV code starts with this prefix (e.g. "45" for works). */
    public boolean hasCpvPrefix(String prefix) {
        return cpv.stream().anyMatch(c -> c.startsWith(prefix));
    }

    public String getId() {
        return id;
    }

    /** Main purchase family code: hardware, software, hosting, telecom, other; null when unknown. */
    public String getFamily() {
        return family;
    }

    /** Every family detected, main first. */
    public List<String> getFamilies() {
        return families;
    }

    /** Buyer type code (etat, collectivite, epci…) or null when unknown. */
    public String getBuyerType() {
        return buyerType;
    }

    /** Effective launch date (see {@link #getLaunchDateSource()}). */
    public LocalDate getLaunchDate() {
        return launchDate;
    }

    /** Where the launch date comes from: "profil", "date limite" or "date du contrôle". */
    public String getLaunchDateSource() {
        return launchDateSource;
    }

    public LocalDate getCheckDate() {
        return checkDate;
    }

    /** Estimated amount excluding tax over the whole contract, or null when unknown. */
    public Double getAmountHT() {
        return amountHT;
    }

    /** Roles of the pieces present in the DCE (RC, CCAP, CCTP…). */
    public Set<String> getRoles() {
        return roles;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** True when a CCAP, CCTP or CCP is present. */
    public boolean hasContractualPiece() {
        return roles.contains("CCAP") || roles.contains("CCTP") || roles.contains("CCP");
    }

    public boolean hasFamily(String code) {
        return code.equals(family) || families.contains(code);
    }

    public int getAwardCriteriaCount() {
        return awardCriteriaCount;
    }

    @Override
    public String toString() {
        return "TenderFact[" + id + ", " + family + ", " + buyerType + ", " + launchDate + "]";
    }
}
