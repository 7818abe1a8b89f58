package fr.boussole.batch.decp;

import java.nio.file.Path;
import java.util.List;

/**
 * A DECP file as read.
 *
 * @param path     the file
 * @param version  "v2" when the records carry v2 fields (considerations, techniques, typesPrix…), else "v1"
 * @param records  the contracts
 * @param withConsiderations records that state environmental or social considerations
 * @param skipped  records without id or object, left out
 */
public record DecpFile(Path path, String version, List<DecpRecord> records, int withConsiderations, int skipped) {

    public boolean v1() {
        return "v1".equals(version);
    }

    /** French note on what the file allows to check. */
    public String note() {
        if (v1()) {
            return "Format DECP v1 : il ne contient aucun champ de considérations environnementales ou sociales "
                    + "(apparus avec le format v2, arrêtés du 22 décembre 2022). Les marchés sont rapprochés, "
                    + "mais aucun écart entre déclaration et DCE ne peut être vérifié.";
        }
        if (withConsiderations == 0) {
            return "Format DECP v2, mais aucun marché ne renseigne ses considérations environnementales ou "
                    + "sociales : aucun écart ne peut être vérifié.";
        }
        return "Format DECP v2 : " + withConsiderations + " marché(s) sur " + records.size()
                + " renseignent leurs considérations environnementales ou sociales.";
    }
}
