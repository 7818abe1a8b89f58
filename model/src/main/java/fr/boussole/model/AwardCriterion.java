package fr.boussole.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One award criterion (critère de jugement / d'attribution) with its weight as written.
 *
 * @param name         as written, e.g. "Performance environnementale"
 * @param weight       number as written (40, 55, 5, 8…) or null when not weighted
 * @param unit         "%", "points", "/20", "/100"… as written, or null
 * @param percent      weight as a share of the total, in percent, when it can be computed
 * @param kind         price, cost, technical, environmental, social, delay, other
 * @param subCriteria  sub-criteria, same shape
 * @param source       where it was read
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AwardCriterion(String name, Double weight, String unit, Double percent, Kind kind,
                             List<AwardCriterion> subCriteria, SourceRef source) {

    /** Broad meaning of a criterion. */
    public enum Kind {
        PRICE, COST, TECHNICAL, ENVIRONMENTAL, SOCIAL, DELAY, OTHER;

        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Kind fromCode(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public AwardCriterion {
        subCriteria = subCriteria == null ? List.of() : List.copyOf(subCriteria);
    }

    public boolean isEnvironmental() {
        return kind == Kind.ENVIRONMENTAL;
    }
}
