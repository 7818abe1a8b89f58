package fr.boussole.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * A money amount read in the DCE.
 *
 * @param value    amount in euros
 * @param tax      "HT", "TTC" or null when not said
 * @param kind     what the amount is: "estimation", "maximum", "minimum", "budget"
 * @param perYear  true when the amount is per year
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Amount(BigDecimal value, String tax, String kind, boolean perYear) {
}
