package fr.boussole.samples;

import fr.boussole.samples.render.DocxRenderer;
import fr.boussole.samples.render.OdtRenderer;
import fr.boussole.samples.render.PdfRenderer;
import fr.boussole.samples.render.XlsxRenderer;
import fr.boussole.samples.render.Zips;
import fr.boussole.samples.source.PieceSource;
import fr.boussole.samples.source.TenderSource;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds the binary DCE files of the sample tenders from their readable sources.
 *
 * <p>Sources: {@code src/tenders/<id>/tender.properties} and one {@code *.md} per piece (see
 * {@link fr.boussole.samples.source.SourceParser}). Output: {@code dce/<id>/<file>} for each piece, or a
 * single {@code dce/<id>/<zip.name>} when the tender is delivered as a ZIP. Regenerating gives the same
 * bytes (fixed dates, IDs and ZIP entry times).
 *
 * <p>Command line: {@code SampleTenderGenerator <sources root> <output root> [tender id…]}.
 */
public final class SampleTenderGenerator {

    private SampleTenderGenerator() {
    }

    /** Renders one piece to the bytes of its file. */
    public static byte[] render(TenderSource tender, PieceSource piece) {
        return switch (piece.format()) {
            case PDF -> PdfRenderer.render(tender, piece);
            case DOCX -> DocxRenderer.render(tender, piece);
            case ODT -> OdtRenderer.render(tender, piece);
            case XLSX -> XlsxRenderer.render(tender, piece);
        };
    }

    /**
     * Renders a whole tender: file path (relative to the tender output folder, '/'-separated) → bytes.
     * A zipped tender yields a single entry, the ZIP, whose entry names are encoded in the tender's
     * legacy charset without the UTF-8 flag, with folder entries, as Windows' built-in zip writes them.
     */
    public static Map<String, byte[]> render(TenderSource tender) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (PieceSource piece : tender.pieces()) {
            if (files.put(piece.file(), render(tender, piece)) != null) {
                throw new IllegalArgumentException(tender.id() + " : deux pièces produisent « " + piece.file() + " »");
            }
        }
        if (!tender.zipped()) {
            return files;
        }
        List<String> names = new ArrayList<>(files.keySet());
        names.sort(Comparator.naturalOrder());
        Set<String> dirs = new LinkedHashSet<>();
        List<Zips.Entry> entries = new ArrayList<>();
        for (String name : names) {
            int slash = -1;
            while ((slash = name.indexOf('/', slash + 1)) > 0) {
                String dir = name.substring(0, slash + 1);
                if (dirs.add(dir)) {
                    entries.add(new Zips.Entry(dir, new byte[0], true));
                }
            }
            entries.add(new Zips.Entry(name, files.get(name), false));
        }
        return Map.of(tender.zipName(), Zips.write(entries, tender.timestamp(), Charset.forName(tender.zipCharset())));
    }

    /** Generates one tender into {@code outRoot/<id>}, replacing what was there; returns the files written. */
    public static List<Path> generate(TenderSource tender, Path outRoot) throws IOException {
        Path dir = outRoot.resolve(tender.id());
        deleteTree(dir);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : render(tender).entrySet()) {
            Path target = dir.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, e.getValue());
            written.add(target);
        }
        return written;
    }

    /** Generates every tender of a sources root (or only the given ids). */
    public static List<Path> generateAll(Path srcRoot, Path outRoot, List<String> only) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Path dir : TenderSource.list(srcRoot)) {
            if (only.isEmpty() || only.contains(dir.getFileName().toString())) {
                written.addAll(generate(TenderSource.read(dir), outRoot));
            }
        }
        return written;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage : SampleTenderGenerator <dossier des sources> <dossier de sortie> [identifiant…]");
            System.exit(2);
        }
        Path src = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<String> only = List.of(args).subList(2, args.length);
        List<Path> written = generateAll(src, out, only);
        for (Path p : written) {
            System.out.printf("%8d  %s%n", Files.size(p), out.relativize(p));
        }
        for (Path dir : TenderSource.list(src)) {
            if (only.isEmpty() || only.contains(dir.getFileName().toString())) {
                for (PieceSource piece : TenderSource.read(dir).pieces()) {
                    if (piece.format() != PieceSource.Format.XLSX) {
                        System.out.printf("  ~%2d p.  %s/%s%n", PdfRenderer.pageCount(piece), dir.getFileName(), piece.file());
                    }
                }
            }
        }
        System.out.println(written.size() + " fichier(s) écrit(s) dans " + out);
    }
}
