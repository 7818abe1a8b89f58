package fr.boussole.samples.source;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A sample tender: {@code tender.properties} plus its pieces ({@code *.md} with front matter, read in
 * file-name order; {@code EXPECTED.md} and {@code README.md} are notes, not pieces).
 *
 * @param id         folder name, also the output folder name
 * @param buyer      buyer name (document author/company metadata)
 * @param author     department that wrote the documents
 * @param timestamp  fixed date written into every generated file (Europe/Paris)
 * @param zipName    when non-null, the pieces are delivered in one ZIP of that name
 * @param zipCharset charset of the ZIP entry names (written without the UTF-8 flag)
 * @param pieces     the pieces
 */
public record TenderSource(String id, String buyer, String author, ZonedDateTime timestamp, String zipName,
                           String zipCharset, List<PieceSource> pieces) {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    public static final String PROPERTIES = "tender.properties";

    public TenderSource {
        pieces = List.copyOf(pieces);
    }

    public boolean zipped() {
        return zipName != null;
    }

    /** Reads one tender folder. */
    public static TenderSource read(Path dir) throws IOException {
        Path propsFile = dir.resolve(PROPERTIES);
        if (!Files.isRegularFile(propsFile)) {
            throw new IOException(dir + " : fichier " + PROPERTIES + " absent");
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(propsFile, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        String id = dir.getFileName().toString();
        ZonedDateTime ts;
        try {
            ts = LocalDateTime.parse(required(p, "date", propsFile)).atZone(PARIS);
        } catch (DateTimeParseException e) {
            throw new IOException(propsFile + " : date illisible (attendu AAAA-MM-JJThh:mm:ss)", e);
        }
        String zipName = p.getProperty("zip.name");
        List<PieceSource> pieces = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".md"))
                    .filter(f -> !isNote(f.getFileName().toString()))
                    .sorted().toList();
        }
        for (Path f : files) {
            pieces.add(SourceParser.parse(f));
        }
        if (pieces.isEmpty()) {
            throw new IOException(dir + " : aucune pièce (*.md avec en-tête ---)");
        }
        return new TenderSource(id, required(p, "buyer", propsFile), p.getProperty("author", "").trim(), ts,
                zipName == null || zipName.isBlank() ? null : zipName.trim(),
                p.getProperty("zip.charset", "CP850").trim(), pieces);
    }

    /** Lists the tender folders (those holding a tender.properties) of a source root, sorted. */
    public static List<Path> list(Path root) throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(d -> Files.isRegularFile(d.resolve(PROPERTIES))).sorted().toList();
        }
    }

    private static boolean isNote(String name) {
        return name.equals("EXPECTED.md") || name.equals("README.md");
    }

    private static String required(Properties p, String key, Path file) throws IOException {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IOException(file + " : clé « " + key + " » absente");
        }
        return v.trim();
    }
}
