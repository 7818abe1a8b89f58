package fr.boussole.batch;

import fr.boussole.batch.decp.DecpGap;
import java.util.List;

/**
 * What the DECP cross-check found.
 *
 * @param file           DECP file
 * @param version        "v1" or "v2"
 * @param note           French note on what the format allows to check
 * @param records        contracts read from the file
 * @param matchedById    tenders matched by identifier
 * @param matchedByObject tenders matched by object similarity
 * @param ambiguous      object matches with a close second
 * @param unmatched      tenders with a result but no DECP record
 * @param declaredNotFound gaps "declared in DECP, not in the DCE"
 * @param foundNotDeclared gaps "in the DCE, DECP declare none"
 * @param unverifiable   checks impossible (criterion absent from the packs)
 * @param threshold      object similarity threshold
 * @param sample         the first gaps (for the dashboard; the CSV has them all)
 */
public record DecpReport(String file, String version, String note, int records, int matchedById, int matchedByObject,
                         int ambiguous, int unmatched, int declaredNotFound, int foundNotDeclared, int unverifiable,
                         double threshold, List<DecpGap> sample) {

    public int matched() {
        return matchedById + matchedByObject;
    }

    /** The format note when nothing could be checked (v1), else null. */
    public String v1Note() {
        return "v1".equals(version) ? "format v1 sans considérations environnementales ni sociales : aucun écart vérifiable"
                : null;
    }

    public int gaps() {
        return declaredNotFound + foundNotDeclared;
    }
}
