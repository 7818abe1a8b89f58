package fr.boussole.extractor;

import fr.boussole.model.Problem;
import fr.boussole.model.ProblemCode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;

/**
 * Collects the files of a DCE as a buyer has it on disk or as a platform lets bidders download it:
 * a folder (walked recursively), a ZIP (nested ZIPs too) or single files.
 *
 * <p>ZIPs are unpacked here, not by Tika, so that entry names are decoded right (UTF-8 flag, Info-ZIP
 * unicode extra field, else UTF-8 when the bytes are valid UTF-8, else CP850 as Windows' built-in
 * zip writes them in France) and so that every entry is bounded ({@link ExtractionLimits}).
 * Nothing here throws for a bad input: each refusal is a {@link Problem} and the rest goes on.
 */
public final class DceCollector {

    /** Windows' OEM code page in France; CP437 differs only on rare glyphs. */
    static final Charset ZIP_FALLBACK_CHARSET = Charset.forName("IBM850");

    private static final Set<String> NOISE_NAMES = Set.of("thumbs.db", "desktop.ini", ".ds_store", "ehthumbs.db");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private final ExtractionLimits limits;

    public DceCollector() {
        this(ExtractionLimits.DEFAULTS);
    }

    public DceCollector(ExtractionLimits limits) {
        this.limits = limits == null ? ExtractionLimits.DEFAULTS : limits;
    }

    public ExtractionLimits limits() {
        return limits;
    }

    /** Collects one input: a folder, a ZIP or a file. Display paths are relative to it. */
    public CollectedInput collect(Path input) {
        return collect(List.of(input));
    }

    /**
     * Collects several inputs. With one folder, display paths are relative to it; with several inputs,
     * a folder's files are shown under the folder's name and a file under its own name.
     */
    public CollectedInput collect(List<Path> inputs) {
        Path temp;
        try {
            temp = Files.createTempDirectory("boussole-dce-");
        } catch (IOException e) {
            throw new UncheckedIOException("impossible de créer un dossier temporaire", e);
        }
        Run run = new Run(temp);
        try {
            boolean single = inputs.size() == 1;
            for (Path input : inputs) {
                run.addInput(input, single);
            }
        } catch (RuntimeException | Error e) {
            CollectedInput.deleteTree(temp);
            throw e;
        }
        Collator collator = Collator.getInstance(Locale.FRENCH);
        collator.setStrength(Collator.TERTIARY);
        Comparator<SourceFile> order = Comparator.comparing(SourceFile::displayPath, collator)
                .thenComparing(SourceFile::displayPath);
        run.files.sort(order);
        return new CollectedInput(run.files, run.problems, temp);
    }

    /** True for files nobody meant to hand in: hidden files, Office locks, thumbnails, macOS forks. */
    public static boolean isNoise(String relativePath) {
        String p = relativePath.replace('\\', '/');
        for (String seg : p.split("/")) {
            if (seg.equals("__MACOSX") || (seg.startsWith(".") && !seg.equals(".") && !seg.equals(".."))) {
                return true;
            }
        }
        String name = p.substring(p.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith("~$") || NOISE_NAMES.contains(lower)
                || (lower.startsWith("~") && lower.endsWith(".tmp"));
    }

    /**
     * Decodes a ZIP entry name: the name commons-compress read when the UTF-8 flag or a valid Info-ZIP
     * unicode extra field vouches for it; else the raw bytes as UTF-8 when they are valid UTF-8; else CP850.
     */
    static String decodeName(ZipArchiveEntry entry) {
        ZipArchiveEntry.NameSource source = entry.getNameSource();
        byte[] raw = entry.getRawName();
        if (source != ZipArchiveEntry.NameSource.NAME || raw == null) {
            return entry.getName();
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            return new String(raw, ZIP_FALLBACK_CHARSET);
        }
    }

    /**
     * The entry name made relative with '/' separators, or null when it points outside the archive
     * (absolute, drive letter, {@code ..} segment, NUL).
     */
    static String safeEntryPath(String name) {
        if (name == null || name.isEmpty() || name.indexOf('\0') >= 0) {
            return null;
        }
        String p = name.replace('\\', '/');
        if (p.startsWith("/") || DRIVE.matcher(p).matches()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String seg : p.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..") || seg.contains(":")) {
                return null;
            }
            parts.add(seg);
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hex SHA-256 of a file. */
    public static String sha256(Path file) throws IOException {
        MessageDigest md = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static String mib(long bytes) {
        return String.format(Locale.FRANCE, "%.1f Mo", bytes / (double) ExtractionLimits.MIB);
    }

    /** An entry refused by a limit while streaming. */
    private static final class LimitExceeded extends Exception {
        private static final long serialVersionUID = 1L;
        final ProblemCode code;

        LimitExceeded(ProblemCode code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }

    /** State of one collection. */
    private final class Run {
        final Path temp;
        final List<SourceFile> files = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();
        long unpackedBytes;
        int tempCounter;

        Run(Path temp) {
            this.temp = temp;
        }

        void addInput(Path input, boolean single) {
            String shown = input.getFileName() == null ? input.toString() : input.getFileName().toString();
            if (!Files.exists(input, LinkOption.NOFOLLOW_LINKS) && !Files.exists(input)) {
                problems.add(Problem.of(input.toString(), ProblemCode.FILE_NOT_FOUND,
                        "« " + input + " » est introuvable.", null));
                return;
            }
            if (Files.isDirectory(input)) {
                walk(input, single ? "" : shown + "/");
            } else {
                onDiskFile(input, shown);
            }
        }

        void walk(Path root, String prefix) {
            try {
                Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE,
                        new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                                if (!dir.equals(root) && isNoise(dir.getFileName().toString())) {
                                    return FileVisitResult.SKIP_SUBTREE;
                                }
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                                if (attrs.isRegularFile()) {
                                    onDiskFile(file, prefix + relative(root, file));
                                }
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                                problems.add(Problem.of(prefix + relative(root, file), ProblemCode.FILE_UNREADABLE,
                                        "« " + prefix + relative(root, file)
                                                + " » ne peut pas être lu (droits d'accès ou erreur d'entrée-sortie).",
                                        String.valueOf(exc)));
                                return FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException e) {
                problems.add(Problem.of(root.toString(), ProblemCode.FILE_UNREADABLE,
                        "le dossier « " + root + " » ne peut pas être parcouru.", e.toString()));
            }
        }

        private String relative(Path root, Path file) {
            return root.relativize(file).toString().replace('\\', '/');
        }

        void onDiskFile(Path file, String display) {
            if (isNoise(display)) {
                return;
            }
            String name = lastSegment(display);
            long size;
            String sha;
            try {
                size = Files.size(file);
                if (size > limits.maxFileBytes()) {
                    problems.add(Problem.of(display, ProblemCode.FILE_TOO_LARGE, "« " + display
                            + " » dépasse la taille maximale admise (" + mib(size) + " > "
                            + mib(limits.maxFileBytes()) + ") : il n'est pas lu.", null));
                    return;
                }
                sha = sha256(file);
            } catch (IOException e) {
                problems.add(Problem.of(display, ProblemCode.FILE_UNREADABLE,
                        "« " + display + " » ne peut pas être lu (droits d'accès ou erreur d'entrée-sortie).",
                        e.toString()));
                return;
            }
            consider(file, display, name, size, sha, 0);
        }

        /** Decides what a readable file is: a document to parse, an archive to unpack, or something to skip. */
        void consider(Path local, String display, String name, long size, String sha, int depth) {
            String mediaType;
            try {
                mediaType = size == 0 ? null : TikaSetup.base(TikaSetup.detect(local, name));
            } catch (IOException e) {
                problems.add(Problem.of(display, ProblemCode.FILE_UNREADABLE,
                        "« " + display + " » ne peut pas être lu (droits d'accès ou erreur d'entrée-sortie).",
                        e.toString()));
                return;
            }
            DocumentFormat format = size == 0 ? DocumentFormat.ofExtension(name) : DocumentFormat.of(mediaType, name);
            if (format == DocumentFormat.ZIP) {
                if (size == 0) {
                    problems.add(Problem.of(display, ProblemCode.ZIP_CORRUPT,
                            "l'archive « " + display + " » est vide (0 octet).", null));
                    return;
                }
                unpackZip(local, display, depth + 1);
                return;
            }
            if (format == null) {
                problems.add(Problem.of(display, ProblemCode.FILE_SKIPPED, "« " + display + " » ignoré : "
                        + (size == 0 ? "fichier vide" : DocumentFormat.skipReason(mediaType, name)) + ".",
                        mediaType));
                return;
            }
            files.add(new SourceFile(display, name, local, size, sha));
        }

        void unpackZip(Path zip, String display, int depth) {
            if (depth > limits.maxDepth()) {
                problems.add(Problem.of(display, ProblemCode.ZIP_TOO_DEEP, "l'archive « " + display
                        + " » n'est pas dépliée : elle est imbriquée sur plus de " + limits.maxDepth()
                        + " niveaux d'archives.", null));
                return;
            }
            ZipFile zf;
            try {
                zf = ZipFile.builder().setPath(zip).setCharset(StandardCharsets.UTF_8)
                        .setUseUnicodeExtraFields(true).get();
            } catch (IOException | RuntimeException e) {
                salvage(zip, display, depth, e);
                return;
            }
            try (zf) {
                List<ZipArchiveEntry> entries = Collections.list(zf.getEntries());
                if (entries.size() > limits.maxEntriesPerArchive()) {
                    problems.add(Problem.of(display, ProblemCode.ZIP_TOO_MANY_ENTRIES, "l'archive « " + display
                            + " » est refusée : elle contient " + entries.size() + " entrées (maximum "
                            + limits.maxEntriesPerArchive() + ").", null));
                    return;
                }
                for (ZipArchiveEntry e : entries) {
                    boolean readable = zf.canReadEntryData(e);
                    boolean go = entry(e, readable, display, depth, () -> zf.getInputStream(e));
                    if (!go) {
                        break;
                    }
                }
            } catch (IOException e) {
                problems.add(Problem.of(display, ProblemCode.ZIP_CORRUPT,
                        "l'archive « " + display + " » est corrompue : sa lecture s'est arrêtée.", e.toString()));
            }
        }

        /** A ZIP whose central directory is unreadable (often a truncated download): read what streams. */
        void salvage(Path zip, String display, int depth, Exception cause) {
            int before = files.size();
            int count = 0;
            String stop = null;
            try (InputStream raw = new BufferedInputStream(Files.newInputStream(zip));
                 ZipArchiveInputStream zis = new ZipArchiveInputStream(raw, StandardCharsets.UTF_8.name(), true, true)) {
                ZipArchiveEntry e;
                while ((e = zis.getNextEntry()) != null) {
                    if (++count > limits.maxEntriesPerArchive()) {
                        problems.add(Problem.of(display, ProblemCode.ZIP_TOO_MANY_ENTRIES, "l'archive « " + display
                                + " » est refusée : elle contient plus de " + limits.maxEntriesPerArchive()
                                + " entrées.", null));
                        break;
                    }
                    boolean go = entry(e, zis.canReadEntryData(e), display, depth, () -> new NonClosing(zis));
                    if (!go) {
                        break;
                    }
                }
            } catch (IOException | RuntimeException e) {
                stop = e.toString();
            }
            int saved = files.size() - before;
            problems.add(Problem.of(display, ProblemCode.ZIP_CORRUPT, "l'archive « " + display
                    + " » est corrompue ou tronquée" + (saved > 0 ? " : " + saved
                    + " fichier(s) ont pu être récupérés, les autres sont perdus." : " : aucun fichier n'a pu être lu."),
                    cause + (stop == null ? "" : " ; " + stop)));
        }

        /** One entry; returns false when the archive must stop (total budget spent). */
        boolean entry(ZipArchiveEntry e, boolean readable, String archive, int depth, EntryOpener opener) {
            if (e.isDirectory() || e.isUnixSymlink()) {
                return true;
            }
            String name = decodeName(e);
            String rel = safeEntryPath(name);
            if (rel == null) {
                String shown = archive + "!/" + name;
                problems.add(Problem.of(shown, ProblemCode.ZIP_PATH_TRAVERSAL, "l'entrée « " + name
                        + " » de l'archive « " + archive + " » est refusée : son chemin sort de l'archive.", null));
                return true;
            }
            String display = archive + "!/" + rel;
            if (isNoise(rel)) {
                return true;
            }
            if (e.getGeneralPurposeBit().usesEncryption()) {
                problems.add(Problem.of(display, ProblemCode.ZIP_ENCRYPTED, "« " + display
                        + " » est chiffré dans l'archive (mot de passe) : il n'est pas lu.", null));
                return true;
            }
            if (!readable) {
                problems.add(Problem.of(display, ProblemCode.ZIP_CORRUPT, "« " + display
                        + " » utilise une méthode de compression non prise en charge : il n'est pas lu.",
                        String.valueOf(e.getMethod())));
                return true;
            }
            String fileName = lastSegment(rel);
            Path dir = temp.resolve(String.format(Locale.ROOT, "e%06d", ++tempCounter));
            Path target = dir.resolve(safeFileName(fileName));
            MessageDigest md = sha256();
            long written;
            try {
                Files.createDirectories(dir);
                try (InputStream in = opener.open()) {
                    written = copyBounded(in, e, target, md, display);
                }
            } catch (LimitExceeded le) {
                deleteQuietly(target);
                problems.add(Problem.of(display, le.code, le.getMessage(), null));
                return le.code != ProblemCode.ZIP_TOO_LARGE;
            } catch (IOException | RuntimeException ex) {
                deleteQuietly(target);
                problems.add(Problem.of(display, ProblemCode.ZIP_CORRUPT, "« " + display
                        + " » n'a pas pu être extrait de l'archive (données corrompues).", ex.toString()));
                return true;
            }
            consider(target, display, fileName, written, HexFormat.of().formatHex(md.digest()), depth);
            return true;
        }

        private long copyBounded(InputStream in, ZipArchiveEntry e, Path target, MessageDigest md, String display)
                throws IOException, LimitExceeded {
            byte[] buf = new byte[64 * 1024];
            long out = 0;
            try (OutputStream os = Files.newOutputStream(target)) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    out += n;
                    unpackedBytes += n;
                    if (out > limits.maxFileBytes()) {
                        throw new LimitExceeded(ProblemCode.FILE_TOO_LARGE, "« " + display
                                + " » dépasse la taille maximale admise une fois décompressé (plus de "
                                + mib(limits.maxFileBytes()) + ") : il n'est pas lu.");
                    }
                    if (unpackedBytes > limits.maxTotalBytes()) {
                        throw new LimitExceeded(ProblemCode.ZIP_TOO_LARGE, "extraction arrêtée à « " + display
                                + " » : le DCE dépasse " + mib(limits.maxTotalBytes())
                                + " une fois décompressé ; les entrées suivantes de l'archive ne sont pas lues.");
                    }
                    if (out >= limits.ratioMinBytes()) {
                        long compressed = in instanceof InputStreamStatistics s ? s.getCompressedCount()
                                : e.getCompressedSize();
                        double ratio = out / (double) Math.max(1, compressed);
                        if (compressed >= 0 && ratio > limits.maxRatio()) {
                            throw new LimitExceeded(ProblemCode.ZIP_RATIO, "« " + display
                                    + " » est refusé : son taux de compression (plus de "
                                    + Math.round(ratio) + " pour 1) évoque une bombe ZIP.");
                        }
                    }
                    md.update(buf, 0, n);
                    os.write(buf, 0, n);
                }
            }
            return out;
        }
    }

    /** Keeps a file name usable on every file system, with its extension. */
    static String safeFileName(String name) {
        String s = name.replaceAll("[^\\p{L}\\p{N} ._()+,'-]", "_").strip();
        if (s.isEmpty() || s.equals(".") || s.equals("..")) {
            s = "fichier";
        }
        if (s.length() > 120) {
            String ext = DocumentFormat.extension(s);
            s = s.substring(0, 100) + (ext.isEmpty() ? "" : "." + ext);
        }
        return s;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the whole temp dir goes on close
        }
    }

    @FunctionalInterface
    private interface EntryOpener {
        InputStream open() throws IOException;
    }

    /** The stream of the current entry of a ZipArchiveInputStream, without closing the archive stream. */
    private static final class NonClosing extends java.io.FilterInputStream implements InputStreamStatistics {
        private final ZipArchiveInputStream zis;

        NonClosing(ZipArchiveInputStream zis) {
            super(zis);
            this.zis = zis;
        }

        @Override
        public void close() {
            // the archive stream stays open for the next entry
        }

        @Override
        public long getCompressedCount() {
            return zis.getCompressedCount();
        }

        @Override
        public long getUncompressedCount() {
            return zis.getUncompressedCount();
        }
    }
}
