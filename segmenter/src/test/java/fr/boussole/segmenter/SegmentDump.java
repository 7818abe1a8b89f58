package fr.boussole.segmenter;

import fr.boussole.extractor.CollectedInput;
import fr.boussole.extractor.DceCollector;
import fr.boussole.extractor.ExtractedDocument;
import fr.boussole.extractor.SourceFile;
import fr.boussole.extractor.TikaExtractor;
import fr.boussole.model.Clause;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Eyeballing tool: prints every clause (page, article, kind, contexts, sentences) of a DCE.
 * {@code java -cp … fr.boussole.segmenter.SegmentDump <folder|zip|file> [--sentences]}
 */
public final class SegmentDump {

    private SegmentDump() {
    }

    public static void main(String[] args) throws Exception {
        boolean sentences = args.length > 1 && args[1].equals("--sentences");
        Segmenter seg = new Segmenter();
        long chars = 0;
        long nanos = 0;
        try (TikaExtractor ex = new TikaExtractor(); CollectedInput in = new DceCollector().collect(Path.of(args[0]))) {
            in.problems().forEach(p -> System.out.println("PROBLEM " + p.toLine()));
            int n = 0;
            for (SourceFile f : in.files()) {
                ExtractedDocument d = ex.extract(f);
                long t0 = System.nanoTime();
                SegmentedPiece piece = seg.segment(d, "p" + (++n));
                nanos += System.nanoTime() - t0;
                chars += piece.text().length();
                System.out.println("===== " + f.displayPath() + " clauses=" + piece.clauses().size());
                d.problems().forEach(p -> System.out.println("PROBLEM " + p.toLine()));
                for (Clause c : piece.clauses()) {
                    String ctx = c.contexts().isEmpty() ? "" : " {" + c.contexts().stream().map(Enum::name)
                            .map(s -> s.toLowerCase(Locale.ROOT)).sorted().collect(Collectors.joining(",")) + "}";
                    System.out.printf("%s p%s %-9s [%s]%s %s%n", c.id(), c.page(), c.kind(),
                            c.article() == null ? "" : c.article(), ctx, abbreviate(c.text()));
                    if (sentences && c.sentences().size() > 1) {
                        c.sentences().forEach(s -> System.out.println("      · " + abbreviate(c.text().substring(s.start(), s.end()))));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "segmenter: %d chars in %.0f ms (%.0f chars/s)%n", chars, nanos / 1e6,
                chars / (nanos / 1e9));
    }

    private static String abbreviate(String s) {
        String t = s.replace("\n", "⏎");
        return t.length() > 160 ? t.substring(0, 157) + "…" : t;
    }
}
