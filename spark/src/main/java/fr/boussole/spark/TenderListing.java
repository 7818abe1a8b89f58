package fr.boussole.spark;

import com.fasterxml.jackson.databind.JsonNode;
import fr.boussole.batch.BatchInputException;
import fr.boussole.batch.InputScanner;
import fr.boussole.extractor.DceCollector;
import fr.boussole.model.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Lists the tenders of a Spark job on the driver, through Hadoop file systems: a folder (each sub-folder or ZIP
 * is a DCE, like the embedded batch) or a list — CSV/TSV/TXT with a {@code path} column (optional {@code id},
 * {@code decp_id}) or one path per line, or JSON Lines with {@code path}/{@code paths}, {@code id},
 * {@code decpId}. Relative paths are read from the list's folder. Ids are unique and safe as file names.
 */
final class TenderListing {

    private TenderListing() {
    }

    static List<TenderTask> list(String input, Configuration conf, List<String> warnings) throws IOException {
        Path in = new Path(input);
        FileSystem fs = in.getFileSystem(conf);
        if (!fs.exists(in)) {
            throw new BatchInputException("« " + input + " » est introuvable.");
        }
        List<String[]> rows; // id, path, decpId
        if (fs.getFileStatus(in).isDirectory()) {
            rows = folder(fs, in, warnings);
        } else {
            String text;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(fs.open(in), StandardCharsets.UTF_8))) {
                StringBuilder sb = new StringBuilder();
                r.lines().forEach(l -> sb.append(l).append('\n'));
                text = sb.toString().replace("\uFEFF", "");
            }
            String name = in.getName().toLowerCase(Locale.ROOT);
            rows = name.endsWith(".jsonl") || name.endsWith(".ndjson") ? jsonl(text, warnings) : csv(text);
            Path base = in.getParent();
            for (String[] r : rows) {
                Path p = new Path(r[1]);
                r[1] = (p.isAbsolute() || p.toUri().getScheme() != null ? p : new Path(base, r[1])).toString();
            }
        }
        Map<String, TenderTask> byKey = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (String[] r : rows) {
            Path p = new Path(r[1]);
            if (!p.getFileSystem(conf).exists(p)) {
                warnings.add("« " + r[1] + " » introuvable, ignoré.");
                continue;
            }
            String key = r[0] != null ? "id:" + r[0] : "path:" + r[1];
            TenderTask t = byKey.get(key);
            if (t != null) {
                t.getPaths().add(r[1]);
                if (t.getDecpId() == null) {
                    t.setDecpId(r[2]);
                }
                continue;
            }
            String base = InputScanner.safeId(r[0] != null ? r[0] : defaultId(p));
            String id = base;
            for (int n = 2; !seen.add(id.toLowerCase(Locale.ROOT)); n++) {
                id = base + "-" + n;
            }
            byKey.put(key, new TenderTask(byKey.size(), id, new ArrayList<>(List.of(r[1])), r[2]));
        }
        if (byKey.isEmpty()) {
            throw new BatchInputException("« " + input + " » ne désigne aucun DCE existant.");
        }
        return new ArrayList<>(byKey.values());
    }

    private static String defaultId(Path p) {
        String n = p.getName();
        return n.toLowerCase(Locale.ROOT).endsWith(".zip") ? n.substring(0, n.length() - 4) : n;
    }

    private static List<String[]> folder(FileSystem fs, Path dir, List<String> warnings) throws IOException {
        FileStatus[] children = fs.listStatus(dir);
        Arrays.sort(children, Comparator.comparing(s -> s.getPath().getName()));
        List<String[]> out = new ArrayList<>();
        for (FileStatus s : children) {
            String n = s.getPath().getName();
            if (DceCollector.isNoise(n) || n.startsWith("_")) {
                continue;
            }
            if (s.isDirectory() || n.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                out.add(new String[] {null, s.getPath().toString(), null});
            } else {
                warnings.add("« " + s.getPath() + " » ignoré : un fichier isolé n'est pas un DCE.");
            }
        }
        return out;
    }

    private static List<String[]> csv(String text) throws IOException {
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char delim = first.indexOf('\t') >= 0 ? '\t' : first.chars().filter(c -> c == ';').count()
                > first.chars().filter(c -> c == ',').count() ? ';' : ',';
        List<String[]> out = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder().setDelimiter(delim)
                .setTrim(true).setIgnoreEmptyLines(true).setCommentMarker('#').get())) {
            int pathCol = -1;
            int idCol = -1;
            int decpCol = -1;
            boolean header = true;
            for (CSVRecord rec : p) {
                if (header) {
                    header = false;
                    for (int i = 0; i < rec.size(); i++) {
                        String h = rec.get(i).toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
                        if (List.of("path", "chemin", "fichier", "dce").contains(h)) {
                            pathCol = i;
                        } else if (List.of("id", "tender", "tenderid", "marche", "identifiant").contains(h)) {
                            idCol = i;
                        } else if (List.of("decp", "decpid", "iddecp").contains(h)) {
                            decpCol = i;
                        }
                    }
                    if (pathCol >= 0) {
                        continue;
                    }
                    pathCol = 0;
                    idCol = rec.size() > 1 ? 1 : -1;
                    decpCol = rec.size() > 2 ? 2 : -1;
                }
                String path = cell(rec, pathCol);
                if (path != null) {
                    out.add(new String[] {cell(rec, idCol), path, cell(rec, decpCol)});
                }
            }
        }
        return out;
    }

    private static String cell(CSVRecord rec, int col) {
        if (col < 0 || col >= rec.size()) {
            return null;
        }
        String v = rec.get(col).trim();
        return v.isEmpty() ? null : v;
    }

    private static List<String[]> jsonl(String text, List<String> warnings) {
        List<String[]> out = new ArrayList<>();
        int n = 0;
        for (String line : text.split("\n")) {
            n++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            try {
                JsonNode node = Json.mapper().readTree(l);
                String id = node.hasNonNull("id") ? node.get("id").asText() : null;
                String decp = node.hasNonNull("decpId") ? node.get("decpId").asText()
                        : node.hasNonNull("decp_id") ? node.get("decp_id").asText() : null;
                List<String> paths = new ArrayList<>();
                if (node.hasNonNull("path")) {
                    paths.add(node.get("path").asText());
                }
                if (node.has("paths")) {
                    node.get("paths").forEach(x -> paths.add(x.asText()));
                }
                String group = id != null ? id : paths.size() > 1 ? "ligne-" + n : null;
                paths.forEach(p -> out.add(new String[] {group, p, decp}));
            } catch (IOException e) {
                warnings.add("ligne " + n + " : JSON invalide, ignorée.");
            }
        }
        return out;
    }
}
