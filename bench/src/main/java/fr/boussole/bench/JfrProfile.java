package fr.boussole.bench;

import fr.boussole.core.Checker;
import fr.boussole.core.ReadOptions;
import fr.boussole.core.TenderReader;
import fr.boussole.model.Tender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time goes: samples Boussole's reading and judging with Java Flight Recorder (execution samples every
 * 10 ms, in this JVM, after a warm-up) and writes {@code profile.md}: time by Boussole module (the module of the
 * Boussole frame nearest to the sampled frame), by library of the sampled frame, self time of the hottest methods,
 * and inclusive time of Boussole methods. Run it with a deep stack ({@code -XX:FlightRecorderOptions=stackdepth=512},
 * as bench/run.sh does) or deep Tika stacks lose their Boussole frames.
 */
final class JfrProfile {

    private static final Duration BUDGET = Duration.ofSeconds(Long.getLong("boussole.bench.profileSeconds", 60));

    private JfrProfile() {
    }

    static void run(Path out, List<String> corpora, int factor, boolean read) throws IOException {
        StringBuilder md = new StringBuilder("# Boussole — where the time goes (JFR execution samples)\n\n");
        md.append("Each section: a warm-up, then about ").append(BUDGET.toSeconds())
                .append(" s of repeated operations sampled every 10 ms (Java frames only: GC and JIT threads are not "
                        + "counted). Module = module of the Boussole frame nearest to the sampled frame.\n\n");
        try (TenderReader reader = new TenderReader(ReadOptions.defaults().withThreads(1));
             PackSets sets = PackSets.create(factor)) {
            Checker multiplied = new Checker(sets.multiplied());
            Checker normal = new Checker(sets.normal());
            for (String c : corpora) {
                Corpus corpus = Corpus.load(c);
                if (read) {
                    md.append("## Stages of reading — corpus ").append(c).append("\n\n")
                            .append(StageBreakdown.table(c, StageBreakdown.measure(corpus, Duration.ofSeconds(20), 10)));
                    BareTika bare = new BareTika();
                    md.append(section("Bare Tika (baseline) — corpus " + c, out.resolve("bare-" + c + ".jfr"), () -> {
                        long n = 0;
                        for (Corpus.Dce d : corpus.dces()) {
                            for (Path f : d.files()) {
                                n += bare.parse(f).chars();
                            }
                        }
                        return n;
                    }));
                    md.append(section("Read (TenderReader, 1 thread) — corpus " + c, out.resolve("read-" + c + ".jfr"),
                            () -> {
                                long n = 0;
                                for (Corpus.Dce d : corpus.dces()) {
                                    n += reader.read(d.dir()).pieces().size();
                                }
                                return n;
                            }));
                }
                List<Tender> tenders = new ArrayList<>();
                for (Corpus.Dce d : corpus.dces()) {
                    tenders.add(reader.read(d.dir()));
                }
                md.append(section("Check, normal pack set — corpus " + c, out.resolve("check-normal-" + c + ".jfr"),
                        () -> tenders.stream().mapToLong(t -> normal.check(t).verdicts().size()).sum()));
                md.append(section("Check, ×" + factor + " criteria — corpus " + c,
                        out.resolve("check-x" + factor + "-" + c + ".jfr"),
                        () -> tenders.stream().mapToLong(t -> multiplied.check(t).verdicts().size()).sum()));
            }
        }
        Files.writeString(out.resolve("profile.md"), md.toString(), StandardCharsets.UTF_8);
        System.out.println(md);
    }

    private static String section(String title, Path jfr, Supplier<Long> op) throws IOException {
        long sink = 0;
        long warmEnd = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < warmEnd) {
            sink += op.get();
        }
        int ops = 0;
        try (Recording r = new Recording()) {
            r.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            r.start();
            long end = System.nanoTime() + BUDGET.toNanos();
            long t0 = System.nanoTime();
            while (System.nanoTime() < end || ops == 0) {
                sink += op.get();
                ops++;
            }
            long wall = System.nanoTime() - t0;
            r.stop();
            r.dump(jfr);
            String head = "## " + title + "\n\n" + ops + " operations, " + String.format(Locale.ROOT, "%.1f", wall / 1e6
                    / ops) + " ms each (checksum " + sink + ").\n\n";
            return head + analyse(jfr);
        } finally {
            Files.deleteIfExists(jfr);
        }
    }

    static String analyse(Path jfr) {
        Map<String, Integer> byModule = new HashMap<>();
        Map<String, Integer> byLibrary = new HashMap<>();
        Map<String, Integer> selfTime = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int total = 0;
        try (RecordingFile f = new RecordingFile(jfr)) {
            while (f.hasMoreEvents()) {
                RecordedEvent e = f.readEvent();
                if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                RecordedStackTrace st = e.getStackTrace();
                if (st == null || st.getFrames().isEmpty()) {
                    continue;
                }
                total++;
                List<RecordedFrame> frames = st.getFrames();
                String leaf = frames.get(0).getMethod().getType().getName();
                selfTime.merge(name(frames.get(0)), 1, Integer::sum);
                byLibrary.merge(library(leaf), 1, Integer::sum);
                String module = st.isTruncated() ? "(stack truncated)" : "(outside Boussole)";
                for (RecordedFrame fr : frames) {
                    String type = fr.getMethod().getType().getName();
                    if (boussole(type)) {
                        module = type.split("\\.")[2];
                        break;
                    }
                }
                byModule.merge(module, 1, Integer::sum);
                Set<String> seen = new LinkedHashSet<>();
                for (RecordedFrame fr : frames) {
                    if (boussole(fr.getMethod().getType().getName())) {
                        seen.add(name(fr));
                    }
                }
                seen.forEach(s -> inclusive.merge(s, 1, Integer::sum));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(total).append(" samples.\n\n");
        sb.append(table("Boussole module", byModule, total, 12));
        sb.append(table("Library of the sampled frame", byLibrary, total, 12));
        sb.append(table("Hottest methods (self)", selfTime, total, 15));
        sb.append(table("Boussole methods (inclusive)", inclusive, total, 20));
        return sb.toString();
    }

    /** A frame of the product (the benchmark's own frames and lambdas are left out). */
    private static boolean boussole(String type) {
        return type.startsWith("fr.boussole.") && !type.startsWith("fr.boussole.bench.") && !type.contains("$$Lambda");
    }

    private static String name(RecordedFrame f) {
        String type = f.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + f.getMethod().getName() + " (" + type + ")";
    }

    /** A coarse owner of a class, by package. */
    static String library(String type) {
        String[][] owners = {
                {"org.apache.pdfbox.", "PDFBox"}, {"org.apache.fontbox.", "PDFBox"}, {"org.apache.poi.", "POI"},
                {"org.apache.xmlbeans.", "XMLBeans"}, {"org.apache.tika.", "Tika"}, {"opennlp.", "OpenNLP"},
                {"com.ibm.icu.", "ICU4J"}, {"java.util.regex.", "java.util.regex"}, {"org.drools.", "Drools"},
                {"org.kie.", "Drools"}, {"org.mvel2.", "MVEL"}, {"org.ahocorasick.", "Aho-Corasick"},
                {"org.apache.commons.compress.", "commons-compress"}, {"com.fasterxml.", "Jackson"},
                {"org.apache.xerces.", "XML parser"}, {"com.sun.org.apache.", "XML parser (JDK)"},
                {"fr.boussole.", "Boussole"}, {"sun.security.", "JDK crypto"}, {"java.", "JDK"}, {"jdk.", "JDK"},
                {"sun.", "JDK"}};
        for (String[] o : owners) {
            if (type.startsWith(o[0])) {
                return o[1];
            }
        }
        int i = type.indexOf('.', type.indexOf('.') + 1);
        return i > 0 ? type.substring(0, i) : type;
    }

    private static String table(String title, Map<String, Integer> counts, int total, int limit) {
        StringBuilder sb = new StringBuilder("| " + title + " | samples | share |\n|---|---|---|\n");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(e -> sb.append("| ").append(e.getKey().replace("|", "\\|")).append(" | ").append(e.getValue())
                        .append(" | ").append(String.format(Locale.ROOT, "%.1f %%", 100.0 * e.getValue() / total))
                        .append(" |\n"));
        return sb.append('\n').toString();
    }
}
