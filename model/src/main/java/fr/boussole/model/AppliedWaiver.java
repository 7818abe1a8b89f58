package fr.boussole.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A waiver (dérogation) that matched a verdict.
 *
 * @param justification why the buyer accepts the gap (mandatory)
 * @param author        who signed it
 * @param date          when
 * @param expires       optional expiry
 * @param scope         what it covers (tender id, glob, "*")
 * @param hidesGap      true when the verdict was a gap the waiver now hides; only those count
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AppliedWaiver(String justification, String author, LocalDate date, LocalDate expires, String scope,
                            boolean hidesGap) {
}
