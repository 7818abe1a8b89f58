package fr.boussole.core.eval;

import fr.boussole.model.Status;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a gold-label TSV: a header with at least {@code tender}, {@code criterion} and {@code status}
 * (other columns ignored); statuses {@code covered}, {@code partial}, {@code missing},
 * {@code contradicted}, {@code not_applicable}. Errors name the file and line.
 */
public final class GoldFile {

    private GoldFile() {
    }

    public static List<GoldLabel> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                     .setQuote(null).get().parse(r)) {
            Map<String, Integer> header = p.getHeaderMap();
            for (String col : List.of("tender", "criterion", "status")) {
                if (!header.containsKey(col)) {
                    throw new IllegalArgumentException(file + " : colonne « " + col + " » absente de l'en-tête "
                            + header.keySet());
                }
            }
            List<GoldLabel> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (CSVRecord rec : p) {
                int line = (int) rec.getRecordNumber() + 1;
                String tender = rec.get("tender").strip();
                String criterion = rec.get("criterion").strip();
                String status = rec.get("status").strip();
                if (tender.isEmpty() && criterion.isEmpty()) {
                    continue;
                }
                Status s;
                try {
                    s = Status.fromCode(status.toLowerCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ", ligne " + line + " : statut inconnu « " + status
                            + " » (covered, partial, missing, contradicted, not_applicable)");
                }
                if (!seen.add(tender + "\u0000" + criterion)) {
                    throw new IllegalArgumentException(file + ", ligne " + line + " : étiquette en double pour "
                            + tender + " / " + criterion);
                }
                out.add(new GoldLabel(tender, criterion, s, line));
            }
            return out;
        }
    }
}
