package fr.boussole.bench;

import fr.boussole.extractor.CollectedInput;
import fr.boussole.extractor.DceCollector;
import fr.boussole.extractor.ExtractedDocument;
import fr.boussole.extractor.ExtractionLimits;
import fr.boussole.extractor.ExtractionOptions;
import fr.boussole.extractor.SourceFile;
import fr.boussole.extractor.TikaExtractor;
import fr.boussole.extractor.TikaSetup;
import fr.boussole.model.Clause;
import fr.boussole.model.Piece;
import fr.boussole.profiler.PieceRoleClassifier;
import fr.boussole.profiler.TenderProfiler;
import fr.boussole.segmenter.Fingerprints;
import fr.boussole.segmenter.SegmentedPiece;
import fr.boussole.segmenter.Segmenter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Time of each stage of Boussole's reading, measured by replaying {@code TenderReader}'s steps with the same
 * public parts (one thread), next to bare Tika on the same files, in interleaved rounds after a warm-up. The
 * detection that {@link TikaExtractor} does before parsing is also timed alone, to show what detecting twice
 * costs (the {@code AutoDetectParser} detects again). Coarser than JMH but exact about who spends what.
 */
final class StageBreakdown {

    static final List<String> STAGES = List.of("bare Tika (reference)", "collect (walk, unzip, SHA-256)",
            "extract (detect + Tika into blocks + page checks)", "  of which: the type detection before parsing",
            "segment (normalise, clauses, sentences)", "piece role", "tender profile");

    private StageBreakdown() {
    }

    /** Median per-round milliseconds of each stage. */
    static Map<String, Double> measure(Corpus corpus, Duration warmup, int rounds) {
        DceCollector collector = new DceCollector(ExtractionLimits.defaults());
        Segmenter segmenter = new Segmenter();
        PieceRoleClassifier roles = new PieceRoleClassifier(Fingerprints::of);
        TenderProfiler profiler = new TenderProfiler(roles);
        BareTika bare = new BareTika();
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        STAGES.forEach(s -> samples.put(s, new ArrayList<>()));
        try (TikaExtractor extractor = new TikaExtractor(ExtractionOptions.defaults())) {
            long warmEnd = System.nanoTime() + warmup.toNanos();
            while (System.nanoTime() < warmEnd) {
                round(corpus, collector, extractor, segmenter, roles, profiler, bare);
            }
            for (int i = 0; i < rounds; i++) {
                long[] t = round(corpus, collector, extractor, segmenter, roles, profiler, bare);
                for (int s = 0; s < STAGES.size(); s++) {
                    samples.get(STAGES.get(s)).add(t[s] / 1e6);
                }
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        samples.forEach((k, v) -> out.put(k, Summary.Stats.of(v).median()));
        return out;
    }

    private static long[] round(Corpus corpus, DceCollector collector, TikaExtractor extractor, Segmenter segmenter,
                                PieceRoleClassifier roles, TenderProfiler profiler, BareTika bare) {
        long[] t = new long[STAGES.size()];
        for (Corpus.Dce d : corpus.dces()) {
            long t0 = System.nanoTime();
            for (Path f : d.files()) {
                bare.parse(f);
            }
            t[0] += System.nanoTime() - t0;
            t0 = System.nanoTime();
            try (CollectedInput in = collector.collect(List.of(d.dir()))) {
                t[1] += System.nanoTime() - t0;
                List<Piece> pieces = new ArrayList<>();
                int n = 0;
                for (SourceFile file : in.files()) {
                    String pid = "p" + (++n);
                    long a = System.nanoTime();
                    try {
                        TikaSetup.detect(file.localPath(), file.fileName());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    long b = System.nanoTime();
                    ExtractedDocument doc = extractor.extract(file);
                    long c = System.nanoTime();
                    SegmentedPiece seg = segmenter.segment(doc, pid);
                    long e = System.nanoTime();
                    PieceRoleClassifier.RoleDecision role = roles.classify(file.fileName(), doc.title(),
                            seg.clauses());
                    List<Clause> clauses = Fingerprints.withRole(seg.clauses(), role.role());
                    long g = System.nanoTime();
                    t[2] += c - b;
                    t[3] += b - a;
                    t[4] += e - c;
                    t[5] += g - e;
                    pieces.add(new Piece(pid, file.displayPath(), file.fileName(), doc.mediaType(), role.role(),
                            role.reason(), doc.title(), doc.pageCount(), file.sha256(), file.size(), seg.text(),
                            doc.scannedPages(), doc.ocrPages(), doc.problems(), clauses));
                }
                long p0 = System.nanoTime();
                profiler.profile(pieces);
                t[6] += System.nanoTime() - p0;
            }
        }
        return t;
    }

    /** Markdown table of a breakdown, shares relative to the sum of Boussole's stages. */
    static String table(String corpus, Map<String, Double> ms) {
        double total = 0;
        for (Map.Entry<String, Double> e : ms.entrySet()) {
            if (!e.getKey().startsWith("bare") && !e.getKey().startsWith("  ")) {
                total += e.getValue();
            }
        }
        StringBuilder sb = new StringBuilder("| stage (corpus " + corpus + ", 1 thread) | ms per corpus read (median) "
                + "| share of Boussole's reading |\n|---|---|---|\n");
        for (Map.Entry<String, Double> e : ms.entrySet()) {
            boolean ref = e.getKey().startsWith("bare");
            sb.append("| ").append(e.getKey().replace("  ", "— ")).append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f", e.getValue())).append(" | ")
                    .append(ref ? String.format(Locale.ROOT, "(Boussole total %.1f ms = %.2f× this)", total,
                            total / e.getValue())
                            : String.format(Locale.ROOT, "%.1f %%", 100 * e.getValue() / total)).append(" |\n");
        }
        return sb.append('\n').toString();
    }
}
