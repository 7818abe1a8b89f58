package fr.boussole.batch;

import com.fasterxml.jackson.databind.JsonNode;
import fr.boussole.core.TenderReader;
import fr.boussole.extractor.DceCollector;
import fr.boussole.extractor.ExtractionLimits;
import fr.boussole.model.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Finds the tenders of an archive. The input is one of:
 * <ul>
 *   <li>a folder: each sub-folder and each ZIP directly inside is one tender (loose files are skipped);</li>
 *   <li>a ZIP of ZIPs: each ZIP at the top of the outer archive is one tender, and so is each top-level
 *       folder (a single enclosing folder is looked through);</li>
 *   <li>a list: CSV/TSV (columns {@code path}, optional {@code id} and {@code decp_id}; {@code ,} {@code ;} or
 *       tab) or JSON Lines ({@code {"path": …, "id": …, "decpId": …}}, or {@code "paths": […]}). Relative
 *       paths are read from the list's folder; rows sharing an id make one tender of several inputs.</li>
 * </ul>
 * Ids are made unique (and safe as file names) so that results, journal lines and cache entries never collide.
 */
public final class InputScanner {

    /** What was found: the tenders in a stable order, and French warnings about what was skipped. */
    public record Scan(List<TenderSource> tenders, List<String> warnings) {
        public Scan {
            tenders = List.copyOf(tenders);
            warnings = List.copyOf(warnings);
        }
    }

    private static final Charset CP850 = Charset.forName("IBM850");

    private InputScanner() {
    }

    public static Scan scan(Path input) {
        if (!Files.exists(input)) {
            throw new BatchInputException("« " + input + " » est introuvable.");
        }
        List<String> warnings = new ArrayList<>();
        List<TenderSource> found;
        String name = input.getFileName() == null ? "" : input.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (Files.isDirectory(input)) {
                found = scanFolder(input, warnings);
            } else if (name.endsWith(".zip")) {
                found = scanZip(input, warnings);
            } else if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                found = scanJsonl(input, warnings);
            } else if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
                found = scanCsv(input, warnings);
            } else {
                throw new BatchInputException("« " + input + " » : entrée non reconnue ; donnez un dossier de DCE, "
                        + "une archive ZIP de DCE, ou une liste CSV/JSONL de chemins.");
            }
        } catch (IOException e) {
            throw new BatchInputException("« " + input + " » illisible : " + e.getMessage(), e);
        }
        return new Scan(uniqueIds(found), warnings);
    }

    // ------------------------------------------------------------------ folder

    private static List<TenderSource> scanFolder(Path dir, List<String> warnings) throws IOException {
        List<Path> children;
        try (Stream<Path> s = Files.list(dir)) {
            children = new ArrayList<>(s.toList());
        }
        Collections.sort(children);
        List<TenderSource> out = new ArrayList<>();
        for (Path child : children) {
            String n = child.getFileName().toString();
            if (DceCollector.isNoise(n)) {
                continue;
            }
            if (Files.isDirectory(child)) {
                out.add(TenderSource.of(n, child));
            } else if (n.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                out.add(TenderSource.of(n.substring(0, n.length() - 4), child));
            } else {
                warnings.add("« " + child + " » ignoré : un fichier isolé n'est pas un DCE "
                        + "(placez chaque DCE dans son dossier ou son archive ZIP).");
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ ZIP of ZIPs

    private static List<TenderSource> scanZip(Path zipPath, List<String> warnings) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = openZip(zipPath)) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                if (e.isDirectory()) {
                    continue;
                }
                String safe = safePath(decodeName(e));
                if (safe == null) {
                    warnings.add("« " + zipPath + "!/" + e.getName() + " » ignoré : chemin hors de l'archive.");
                } else if (!DceCollector.isNoise(safe)) {
                    names.add(safe);
                }
            }
        }
        Collections.sort(names);
        // one enclosing folder around everything is looked through
        String root = commonRoot(names);
        Map<String, TenderSource> tenders = new LinkedHashMap<>();
        for (String full : names) {
            String rel = full.substring(root.length());
            int slash = rel.indexOf('/');
            if (slash < 0) {
                if (rel.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    String id = rel.substring(0, rel.length() - 4);
                    tenders.put("zip:" + full, new TenderSource(id, zipPath + "!/" + full, List.of(), zipPath, full,
                            null));
                } else {
                    warnings.add("« " + zipPath + "!/" + full + " » ignoré : un fichier isolé n'est pas un DCE.");
                }
            } else {
                String folder = root + rel.substring(0, slash + 1);
                tenders.computeIfAbsent("dir:" + folder, k -> new TenderSource(rel.substring(0, slash),
                        zipPath + "!/" + folder, List.of(), zipPath, folder, null));
            }
        }
        if (tenders.isEmpty()) {
            throw new BatchInputException("« " + zipPath + " » ne contient aucun DCE (ni archive ZIP ni dossier).");
        }
        return new ArrayList<>(tenders.values());
    }

    private static String commonRoot(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        String first = names.get(0);
        int slash = first.indexOf('/');
        if (slash < 0) {
            return "";
        }
        String root = first.substring(0, slash + 1);
        for (String n : names) {
            if (!n.startsWith(root)) {
                return "";
            }
        }
        // look through it when it holds several tenders (ZIPs or sub-folders), or tenders and no loose document
        java.util.Set<String> tenders = new java.util.HashSet<>();
        int loose = 0;
        for (String n : names) {
            String rel = n.substring(root.length());
            int s = rel.indexOf('/');
            if (s >= 0) {
                tenders.add(rel.substring(0, s));
            } else if (rel.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                tenders.add(rel);
            } else {
                loose++;
            }
        }
        if (tenders.size() >= 2 || (loose == 0 && !tenders.isEmpty())) {
            return root;
        }
        return "";
    }

    static ZipFile openZip(Path zipPath) throws IOException {
        return ZipFile.builder().setPath(zipPath).setCharset(StandardCharsets.UTF_8).setUseUnicodeExtraFields(true)
                .get();
    }

    /** Entry name: UTF-8 when flagged or valid, else CP850 as Windows' built-in zip writes it in France. */
    static String decodeName(ZipArchiveEntry entry) {
        byte[] raw = entry.getRawName();
        if (entry.getNameSource() != ZipArchiveEntry.NameSource.NAME || raw == null) {
            return entry.getName();
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            return new String(raw, CP850);
        }
    }

    /** Relative '/'-separated path, or null when the name escapes the archive. */
    static String safePath(String name) {
        if (name == null || name.isEmpty() || name.indexOf('\0') >= 0) {
            return null;
        }
        String p = name.replace('\\', '/');
        if (p.startsWith("/") || p.matches("^[A-Za-z]:.*")) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String seg : p.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                return null;
            }
            parts.add(seg);
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    // ------------------------------------------------------------------ lists

    private record Row(String id, String path, String decpId, int line) {
    }

    private static List<TenderSource> scanCsv(Path list, List<String> warnings) throws IOException {
        String text = Files.readString(list, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char delim = delimiter(firstLine);
        CSVFormat fmt = CSVFormat.DEFAULT.builder().setDelimiter(delim).setIgnoreEmptyLines(true).setTrim(true)
                .setCommentMarker('#').get();
        List<Row> rows = new ArrayList<>();
        try (Reader r = new java.io.StringReader(text); CSVParser p = CSVParser.parse(r, fmt)) {
            int pathCol = -1;
            int idCol = -1;
            int decpCol = -1;
            boolean header = true;
            for (CSVRecord rec : p) {
                if (header) {
                    header = false;
                    for (int i = 0; i < rec.size(); i++) {
                        switch (column(rec.get(i))) {
                            case "path" -> pathCol = i;
                            case "id" -> idCol = i;
                            case "decp" -> decpCol = i;
                            default -> { }
                        }
                    }
                    if (pathCol >= 0) {
                        continue;
                    }
                    // no header: path first, then an optional id and DECP id
                    pathCol = 0;
                    idCol = rec.size() > 1 ? 1 : -1;
                    decpCol = rec.size() > 2 ? 2 : -1;
                }
                String path = cell(rec, pathCol);
                if (path == null) {
                    warnings.add(list + ", ligne " + rec.getRecordNumber() + " : pas de chemin, ligne ignorée.");
                    continue;
                }
                rows.add(new Row(cell(rec, idCol), path, cell(rec, decpCol), (int) rec.getRecordNumber()));
            }
        }
        return fromRows(list, rows, warnings);
    }

    private static char delimiter(String headerLine) {
        long tabs = headerLine.chars().filter(c -> c == '\t').count();
        long semis = headerLine.chars().filter(c -> c == ';').count();
        long commas = headerLine.chars().filter(c -> c == ',').count();
        if (tabs > 0 && tabs >= semis && tabs >= commas) {
            return '\t';
        }
        return semis > commas ? ';' : ',';
    }

    private static String column(String header) {
        String h = header.trim().toLowerCase(Locale.ROOT).replace("\uFEFF", "").replaceAll("[\\s_-]+", "");
        return switch (h) {
            case "path", "chemin", "fichier", "file", "dce", "dossier" -> "path";
            case "id", "tender", "tenderid", "marche", "marché", "identifiant", "reference", "référence" -> "id";
            case "decp", "decpid", "iddecp", "idmarchedecp", "iddonneesessentielles" -> "decp";
            default -> "";
        };
    }

    private static String cell(CSVRecord rec, int col) {
        if (col < 0 || col >= rec.size()) {
            return null;
        }
        String v = rec.get(col).trim();
        return v.isEmpty() ? null : v;
    }

    private static List<TenderSource> scanJsonl(Path list, List<String> warnings) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(list, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String l = line.strip().replace("\uFEFF", "");
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                JsonNode node;
                try {
                    node = Json.mapper().readTree(l);
                } catch (IOException e) {
                    warnings.add(list + ", ligne " + n + " : JSON invalide, ligne ignorée.");
                    continue;
                }
                if (node.isTextual()) {
                    rows.add(new Row(null, node.asText(), null, n));
                    continue;
                }
                String id = text(node, "id", "tender", "tenderId", "marche");
                String decp = text(node, "decpId", "decp_id", "decp");
                List<String> paths = new ArrayList<>();
                String single = text(node, "path", "chemin", "dce");
                if (single != null) {
                    paths.add(single);
                }
                JsonNode arr = node.get("paths");
                if (arr != null && arr.isArray()) {
                    arr.forEach(x -> paths.add(x.asText()));
                }
                if (paths.isEmpty()) {
                    warnings.add(list + ", ligne " + n + " : pas de champ « path », ligne ignorée.");
                    continue;
                }
                String groupId = id != null ? id : paths.size() > 1 ? "ligne-" + n : null;
                for (String p : paths) {
                    rows.add(new Row(groupId, p, decp, n));
                }
            }
        }
        return fromRows(list, rows, warnings);
    }

    private static String text(JsonNode node, String... names) {
        for (String n : names) {
            JsonNode v = node.get(n);
            if (v != null && !v.isNull() && !v.asText().isBlank()) {
                return v.asText().trim();
            }
        }
        return null;
    }

    private static List<TenderSource> fromRows(Path list, List<Row> rows, List<String> warnings) {
        Path base = list.toAbsolutePath().getParent();
        Map<String, List<Row>> byId = new LinkedHashMap<>();
        for (Row r : rows) {
            Path p = base.resolve(r.path()).normalize();
            if (!Files.exists(p)) {
                warnings.add(list + ", ligne " + r.line() + " : « " + r.path() + " » introuvable, ignoré.");
                continue;
            }
            String key = r.id() != null ? "id:" + r.id() : "path:" + p;
            byId.computeIfAbsent(key, k -> new ArrayList<>()).add(new Row(r.id(), p.toString(), r.decpId(), r.line()));
        }
        List<TenderSource> out = new ArrayList<>();
        for (List<Row> group : byId.values()) {
            List<Path> paths = group.stream().map(r -> Path.of(r.path())).distinct().toList();
            String id = group.get(0).id() != null ? group.get(0).id() : TenderReader.defaultId(paths);
            String decp = group.stream().map(Row::decpId).filter(d -> d != null).findFirst().orElse(null);
            String label = paths.size() == 1 ? paths.get(0).toString() : paths.toString();
            out.add(new TenderSource(id, label, paths, null, null, decp));
        }
        if (out.isEmpty()) {
            throw new BatchInputException("« " + list + " » ne désigne aucun DCE existant.");
        }
        return out;
    }

    // ------------------------------------------------------------------ ids

    /** Characters kept in ids used as file names. */
    public static String safeId(String id) {
        String s = id == null ? "" : id.strip().replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        s = s.replaceAll("^[._]+", "");
        if (s.isEmpty()) {
            s = "dce";
        }
        return s.length() > 120 ? s.substring(0, 120) : s;
    }

    private static List<TenderSource> uniqueIds(List<TenderSource> found) {
        Set<String> seen = new HashSet<>();
        List<TenderSource> out = new ArrayList<>(found.size());
        for (TenderSource t : found) {
            String base = safeId(t.id());
            String id = base;
            for (int n = 2; !seen.add(id.toLowerCase(Locale.ROOT)); n++) {
                id = base + "-" + n;
            }
            out.add(id.equals(t.id()) ? t : t.withId(id));
        }
        return out;
    }

    // ------------------------------------------------------------------ materialise

    /** The local paths of a tender, with what to delete afterwards. */
    public static final class Materialized implements AutoCloseable {
        private final List<Path> paths;
        private final Path tempDir;

        Materialized(List<Path> paths, Path tempDir) {
            this.paths = List.copyOf(paths);
            this.tempDir = tempDir;
        }

        public List<Path> paths() {
            return paths;
        }

        @Override
        public void close() {
            if (tempDir != null) {
                deleteTree(tempDir);
            }
        }
    }

    /** Unpacks a nested tender from its outer archive (bounded by the limits); plain tenders pass through. */
    public static Materialized materialize(TenderSource t, ExtractionLimits limits) throws IOException {
        if (!t.nested()) {
            return new Materialized(t.paths(), null);
        }
        Path tmp = Files.createTempDirectory("boussole-batch-");
        try (ZipFile zip = openZip(t.container())) {
            long[] budget = {limits.maxTotalBytes()};
            if (!t.entry().endsWith("/")) {
                String name = t.entry().substring(t.entry().lastIndexOf('/') + 1);
                Path target = tmp.resolve(name);
                copyEntry(zip, findEntry(zip, t.entry()), target, limits, budget);
                return new Materialized(List.of(target), tmp);
            }
            String folder = t.entry().substring(0, t.entry().length() - 1);
            Path root = tmp.resolve(folder.substring(folder.lastIndexOf('/') + 1));
            Files.createDirectories(root);
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                String safe = safePath(decodeName(e));
                if (e.isDirectory() || safe == null || !safe.startsWith(t.entry())) {
                    continue;
                }
                Path target = root.resolve(safe.substring(t.entry().length())).normalize();
                if (!target.startsWith(root)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                copyEntry(zip, e, target, limits, budget);
            }
            return new Materialized(List.of(root), tmp);
        } catch (IOException | RuntimeException e) {
            deleteTree(tmp);
            throw e;
        }
    }

    private static ZipArchiveEntry findEntry(ZipFile zip, String name) throws IOException {
        for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
            if (name.equals(safePath(decodeName(e)))) {
                return e;
            }
        }
        throw new IOException("entrée « " + name + " » absente de l'archive");
    }

    private static void copyEntry(ZipFile zip, ZipArchiveEntry e, Path target, ExtractionLimits limits, long[] budget)
            throws IOException {
        long max = Math.min(limits.maxFileBytes(), budget[0]);
        try (InputStream in = zip.getInputStream(e); OutputStream out = Files.newOutputStream(target)) {
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > max) {
                    throw new IOException("entrée « " + e.getName() + " » trop volumineuse (plus de "
                            + max / ExtractionLimits.MIB + " Mio décompressés)");
                }
                out.write(buf, 0, n);
            }
            budget[0] -= total;
        }
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("impossible de supprimer " + dir, e);
        }
    }
}
