package fr.boussole.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * What the tender is about, each field read from a clause (see {@link #sources}) and
 * left null rather than guessed.
 *
 * @param object          object of the contract
 * @param buyer           buyer's name
 * @param buyerType       kind of buyer
 * @param procedure       procedure as written (appel d'offres ouvert, MAPA…)
 * @param cpv             CPV codes (8 digits, check digit dropped)
 * @param lots            lots, empty when none
 * @param estimatedAmount estimated or maximum amount
 * @param launchDate      date the consultation was launched (sent for publication), if stated
 * @param deadline        date limite de remise des offres
 * @param ccag            CCAG referenced: TIC, FCS, PI, Travaux, MI, MOE
 * @param duration        duration as written ("12 mois reconductible 3 fois")
 * @param durationMonths  total maximal duration in months when computable
 * @param awardCriteria   award criteria with weights
 * @param family          main purchase family
 * @param families        all families detected (main first)
 * @param familyReason    French explanation of the family
 * @param sources         where each field was read, keyed by field name ("object", "cpv[0]"…)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TenderProfile(
        String object,
        String buyer,
        BuyerType buyerType,
        String procedure,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<String> cpv,
        List<Lot> lots,
        Amount estimatedAmount,
        LocalDate launchDate,
        LocalDateTime deadline,
        List<String> ccag,
        String duration,
        Integer durationMonths,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<AwardCriterion> awardCriteria,
        PurchaseFamily family,
        List<PurchaseFamily> families,
        String familyReason,
        Map<String, SourceRef> sources) {

    public TenderProfile {
        cpv = cpv == null ? List.of() : List.copyOf(cpv);
        lots = lots == null ? List.of() : List.copyOf(lots);
        ccag = ccag == null ? List.of() : List.copyOf(ccag);
        awardCriteria = awardCriteria == null ? List.of() : List.copyOf(awardCriteria);
        families = families == null ? List.of() : List.copyOf(families);
        sources = sources == null ? Map.of() : Map.copyOf(sources);
    }

    public static TenderProfile empty() {
        return new TenderProfile(null, null, null, null, null, null, null, null, null, null, null, null, null,
                PurchaseFamily.OTHER, List.of(PurchaseFamily.OTHER), null, null);
    }

    /** Deadline date, or null. */
    public LocalDate deadlineDate() {
        return deadline == null ? null : deadline.toLocalDate();
    }
}
