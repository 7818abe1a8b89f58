package fr.boussole.batch.decp;

import fr.boussole.batch.BatchTexts;
import fr.boussole.report.Messages;
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
        return note(BatchTexts.of(java.util.Locale.FRENCH));
    }

    /** Note on what the file allows to check, worded with {@code t}. */
    public String note(Messages t) {
        if (v1()) {
            return t.get("decp.note.v1");
        }
        if (withConsiderations == 0) {
            return t.get("decp.note.v2none");
        }
        return t.get("decp.note.v2", withConsiderations, records.size());
    }
}
