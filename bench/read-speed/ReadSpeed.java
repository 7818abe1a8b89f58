import fr.boussole.core.ReadOptions;
import fr.boussole.core.TenderReader;
import fr.boussole.extractor.CollectedInput;
import fr.boussole.extractor.DceCollector;
import fr.boussole.extractor.ExtractedDocument;
import fr.boussole.extractor.ExtractionLimits;
import fr.boussole.extractor.ExtractionOptions;
import fr.boussole.extractor.SourceFile;
import fr.boussole.extractor.TikaExtractor;
import fr.boussole.extractor.TikaSetup;
import fr.boussole.model.Clause;
import fr.boussole.model.Json;
import fr.boussole.model.Piece;
import fr.boussole.model.Tender;
import fr.boussole.profiler.PieceRoleClassifier;
import fr.boussole.profiler.TenderProfiler;
import fr.boussole.segmenter.Fingerprints;
import fr.boussole.segmenter.SegmentedPiece;
import fr.boussole.segmenter.Segmenter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Reading speed of Boussole next to bare Tika, and the output dump used to check that a speed change does not
 * change what is read. Standalone (run with {@code java -cp <classpath> ReadSpeed.java}, see read-speed.sh).
 *
 * <ul>
 *   <li>{@code dump OUTDIR DCE...}: reads each DCE with {@link TenderReader} (1 thread) and writes the whole
 *   tender, piece texts included, as JSON to OUTDIR/&lt;dce name&gt;.json.</li>
 *   <li>{@code bench WARMUP_ROUNDS ROUNDS DCE...}: per round and per DCE, bare Tika over the DCE's files then
 *   Boussole's stages (collect, extract, segment, role, profile) replayed as TenderReader does them, one
 *   thread; prints the median ms per round of each stage and the ratio to bare Tika.</li>
 * </ul>
 */
public final class ReadSpeed {

    static final String[] STAGES = {"bare Tika", "collect", "extract", "segment", "piece role", "profile"};

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("dump")) {
            dump(Path.of(args[1]), dces(Arrays.copyOfRange(args, 2, args.length)));
        } else if (args.length >= 4 && args[0].equals("bench")) {
            bench(Integer.parseInt(args[1]), Integer.parseInt(args[2]), dces(Arrays.copyOfRange(args, 3, args.length)));
        } else if (args.length >= 3 && args[0].equals("post")) {
            post(Double.parseDouble(args[1]), dces(Arrays.copyOfRange(args, 2, args.length)));
        } else {
            System.err.println("usage: ReadSpeed dump OUTDIR DCE... | bench WARMUP ROUNDS DCE...");
            System.exit(2);
        }
        System.exit(0);
    }

    /** Each argument is a DCE folder (or file). */
    static List<Path> dces(String[] args) {
        return Arrays.stream(args).map(Path::of).toList();
    }

    static void dump(Path out, List<Path> dces) throws IOException {
        Files.createDirectories(out);
        try (TenderReader reader = new TenderReader(ReadOptions.defaults().withThreads(1))) {
            for (Path d : dces) {
                Tender t = reader.read(d);
                Path f = out.resolve(d.getFileName() + ".json");
                // map entries sorted: Map.copyOf iterates in an order that changes from one JVM to the next
                Files.writeString(f, Json.mapper().copy()
                        .enable(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                        .writeValueAsString(t));
                System.out.println(f + " : " + t.pieces().size() + " pièces");
            }
        }
    }

    /**
     * For profiling what follows extraction: extracts every file once, then repeats segment, piece role and
     * profile over the extracted documents for the given number of seconds.
     */
    static void post(double seconds, List<Path> dces) {
        DceCollector collector = new DceCollector(ExtractionLimits.defaults());
        Segmenter segmenter = new Segmenter();
        PieceRoleClassifier roles = new PieceRoleClassifier(Fingerprints::of);
        TenderProfiler profiler = new TenderProfiler(roles);
        List<List<Object[]>> tenders = new ArrayList<>();
        try (TikaExtractor extractor = new TikaExtractor(ExtractionOptions.defaults())) {
            for (Path d : dces) {
                List<Object[]> docs = new ArrayList<>();
                try (CollectedInput in = collector.collect(List.of(d))) {
                    for (SourceFile f : in.files()) {
                        docs.add(new Object[] {f, extractor.extract(f)});
                    }
                }
                tenders.add(docs);
            }
        }
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int n = 0;
        long check = 0;
        long t0 = System.nanoTime();
        while (System.nanoTime() < end) {
            for (List<Object[]> docs : tenders) {
                List<Piece> pieces = new ArrayList<>();
                int k = 0;
                for (Object[] o : docs) {
                    SourceFile file = (SourceFile) o[0];
                    ExtractedDocument doc = (ExtractedDocument) o[1];
                    String pid = "p" + (++k);
                    SegmentedPiece seg = segmenter.segment(doc, pid);
                    PieceRoleClassifier.RoleDecision role = roles.classify(file.fileName(), doc.title(), seg.clauses());
                    List<Clause> clauses = Fingerprints.withRole(seg.clauses(), role.role());
                    pieces.add(new Piece(pid, file.displayPath(), file.fileName(), doc.mediaType(), role.role(),
                            role.reason(), doc.title(), doc.pageCount(), file.sha256(), file.size(), seg.text(),
                            doc.scannedPages(), doc.ocrPages(), doc.problems(), clauses));
                }
                check += profiler.profile(pieces).sources().size();
            }
            n++;
        }
        System.out.printf(Locale.ROOT, "%d rounds, %.1f ms per round (checksum %d)%n", n,
                (System.nanoTime() - t0) / 1e6 / n, check);
    }

    static List<Path> filesOf(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of(dir);
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void bench(int warmup, int rounds, List<Path> dces) {
        DceCollector collector = new DceCollector(ExtractionLimits.defaults());
        Segmenter segmenter = new Segmenter();
        PieceRoleClassifier roles = new PieceRoleClassifier(Fingerprints::of);
        TenderProfiler profiler = new TenderProfiler(roles);
        AutoDetectParser bare = TikaSetup.newParser();
        List<double[]> samples = new ArrayList<>();
        long check = 0;
        try (TikaExtractor extractor = new TikaExtractor(ExtractionOptions.defaults())) {
            for (int i = 0; i < warmup + rounds; i++) {
                long[] t = new long[STAGES.length];
                for (Path d : dces) {
                    check += round(d, collector, extractor, segmenter, roles, profiler, bare, t);
                }
                if (i >= warmup) {
                    samples.add(Arrays.stream(t).mapToDouble(x -> x / 1e6).toArray());
                }
            }
        }
        double[] med = new double[STAGES.length];
        for (int s = 0; s < STAGES.length; s++) {
            final int k = s;
            double[] v = samples.stream().mapToDouble(a -> a[k]).sorted().toArray();
            med[s] = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        }
        double total = 0;
        for (int s = 1; s < STAGES.length; s++) {
            total += med[s];
        }
        System.out.printf(Locale.ROOT, "%d DCE, %d rounds after %d warm-up (checksum %d)%n", dces.size(), rounds,
                warmup, check);
        for (int s = 0; s < STAGES.length; s++) {
            System.out.printf(Locale.ROOT, "%-10s %9.1f ms%s%n", STAGES[s], med[s],
                    s == 0 ? "" : String.format(Locale.ROOT, "  %5.1f %%", 100 * med[s] / total));
        }
        System.out.printf(Locale.ROOT, "%-10s %9.1f ms  = %.2f x bare Tika%n", "Boussole", total, total / med[0]);
    }

    /** One DCE: bare Tika over its files, then Boussole's stages; adds nanoseconds to t. */
    static long round(Path dce, DceCollector collector, TikaExtractor extractor, Segmenter segmenter,
                      PieceRoleClassifier roles, TenderProfiler profiler, AutoDetectParser bare, long[] t) {
        long check = 0;
        long t0 = System.nanoTime();
        for (Path f : filesOf(dce)) {
            BodyContentHandler h = new BodyContentHandler(-1);
            Metadata md = new Metadata();
            md.set(TikaCoreProperties.RESOURCE_NAME_KEY, f.getFileName().toString());
            try (TikaInputStream in = TikaInputStream.get(f)) {
                bare.parse(in, h, md, new ParseContext());
            } catch (Exception e) {
                throw new IllegalStateException(f + " : " + e, e);
            }
            check += h.toString().length();
        }
        t[0] += System.nanoTime() - t0;
        t0 = System.nanoTime();
        try (CollectedInput in = collector.collect(List.of(dce))) {
            t[1] += System.nanoTime() - t0;
            List<Piece> pieces = new ArrayList<>();
            int n = 0;
            for (SourceFile file : in.files()) {
                String pid = "p" + (++n);
                long a = System.nanoTime();
                ExtractedDocument doc = extractor.extract(file);
                long b = System.nanoTime();
                SegmentedPiece seg = segmenter.segment(doc, pid);
                long c = System.nanoTime();
                PieceRoleClassifier.RoleDecision role = roles.classify(file.fileName(), doc.title(), seg.clauses());
                List<Clause> clauses = Fingerprints.withRole(seg.clauses(), role.role());
                long e = System.nanoTime();
                t[2] += b - a;
                t[3] += c - b;
                t[4] += e - c;
                pieces.add(new Piece(pid, file.displayPath(), file.fileName(), doc.mediaType(), role.role(),
                        role.reason(), doc.title(), doc.pageCount(), file.sha256(), file.size(), seg.text(),
                        doc.scannedPages(), doc.ocrPages(), doc.problems(), clauses));
                check += clauses.size();
            }
            long p0 = System.nanoTime();
            profiler.profile(pieces);
            t[5] += System.nanoTime() - p0;
        }
        return check;
    }
}
