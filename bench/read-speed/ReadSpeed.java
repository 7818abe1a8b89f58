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

    static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /**
     * CPU time (ns) of the threads doing the reading: this one and TikaExtractor's parse workers
     * ("boussole-extract-N"). Per-thread clocks are precise to the nanosecond, unlike the process clock
     * (10 ms ticks), and leave out what other processes on a shared machine do to the wall clock.
     */
    static long cpu() {
        long sum = THREADS.getCurrentThreadCpuTime();
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] all = new Thread[root.activeCount() + 16];
        int n = root.enumerate(all, true);
        for (int i = 0; i < n; i++) {
            if (all[i].getName().startsWith("boussole-extract-")) {
                long c = THREADS.getThreadCpuTime(all[i].getId());
                sum += Math.max(0, c);
            }
        }
        return sum;
    }

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
        List<double[]> wall = new ArrayList<>();
        List<double[]> cpu = new ArrayList<>();
        long check = 0;
        try (TikaExtractor extractor = new TikaExtractor(ExtractionOptions.defaults())) {
            for (int i = 0; i < warmup + rounds; i++) {
                long[] t = new long[STAGES.length];
                long[] c = new long[STAGES.length];
                for (Path d : dces) {
                    check += round(d, collector, extractor, segmenter, roles, profiler, bare, t, c);
                }
                if (i >= warmup) {
                    wall.add(Arrays.stream(t).mapToDouble(x -> x / 1e6).toArray());
                    cpu.add(Arrays.stream(c).mapToDouble(x -> x / 1e6).toArray());
                }
            }
        }
        double[] w = medians(wall);
        double[] u = medians(cpu);
        double tw = 0;
        double tu = 0;
        for (int s = 1; s < STAGES.length; s++) {
            tw += w[s];
            tu += u[s];
        }
        System.out.printf(Locale.ROOT, "%d DCE, %d rounds after %d warm-up (checksum %d); median ms per round%n",
                dces.size(), rounds, warmup, check);
        System.out.printf(Locale.ROOT, "%-10s %9s %9s%n", "stage", "wall", "cpu");
        for (int s = 0; s < STAGES.length; s++) {
            System.out.printf(Locale.ROOT, "%-10s %9.1f %9.1f%s%n", STAGES[s], w[s], u[s],
                    s == 0 ? "" : String.format(Locale.ROOT, "  (cpu %4.1f %%)", 100 * u[s] / tu));
        }
        System.out.printf(Locale.ROOT, "%-10s %9.1f %9.1f   ratio to bare Tika: wall %.2f, cpu %.2f%n", "Boussole", tw,
                tu, tw / w[0], tu / u[0]);
    }

    static double[] medians(List<double[]> samples) {
        double[] med = new double[STAGES.length];
        for (int s = 0; s < STAGES.length; s++) {
            final int k = s;
            double[] v = samples.stream().mapToDouble(a -> a[k]).sorted().toArray();
            med[s] = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        }
        return med;
    }

    /** One DCE: bare Tika over its files, then Boussole's stages; adds nanoseconds to t. */
    static long round(Path dce, DceCollector collector, TikaExtractor extractor, Segmenter segmenter,
                      PieceRoleClassifier roles, TenderProfiler profiler, AutoDetectParser bare, long[] t, long[] u) {
        long check = 0;
        long t0 = System.nanoTime();
        long u0 = cpu();
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
        u[0] += cpu() - u0;
        t0 = System.nanoTime();
        u0 = cpu();
        try (CollectedInput in = collector.collect(List.of(dce))) {
            t[1] += System.nanoTime() - t0;
            u[1] += cpu() - u0;
            List<Piece> pieces = new ArrayList<>();
            int n = 0;
            for (SourceFile file : in.files()) {
                String pid = "p" + (++n);
                long a = System.nanoTime();
                long ua = cpu();
                ExtractedDocument doc = extractor.extract(file);
                long b = System.nanoTime();
                long ub = cpu();
                SegmentedPiece seg = segmenter.segment(doc, pid);
                long c = System.nanoTime();
                long uc = cpu();
                PieceRoleClassifier.RoleDecision role = roles.classify(file.fileName(), doc.title(), seg.clauses());
                List<Clause> clauses = Fingerprints.withRole(seg.clauses(), role.role());
                long e = System.nanoTime();
                long ue = cpu();
                t[2] += b - a;
                t[3] += c - b;
                t[4] += e - c;
                u[2] += ub - ua;
                u[3] += uc - ub;
                u[4] += ue - uc;
                pieces.add(new Piece(pid, file.displayPath(), file.fileName(), doc.mediaType(), role.role(),
                        role.reason(), doc.title(), doc.pageCount(), file.sha256(), file.size(), seg.text(),
                        doc.scannedPages(), doc.ocrPages(), doc.problems(), clauses));
                check += clauses.size();
            }
            long p0 = System.nanoTime();
            long up = cpu();
            profiler.profile(pieces);
            t[5] += System.nanoTime() - p0;
            u[5] += cpu() - up;
        }
        return check;
    }
}
