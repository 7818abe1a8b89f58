package fr.boussole.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every Boussole benchmark and writes the results under {@code --out} (default
 * {@code bench/results/<date>/}): {@code env.json} (machine, load), {@code facts.json} (inputs), one JMH JSON per
 * run ({@code jmh-*.json}), {@code summary.csv} and {@code summary.md} (the ratios with their spread).
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar [--quick] [--only read,judge,kiebase] [--threads 1,2] [--factor 10]
 *                                     [--variants copies,synthetic] [--judge check,readAndCheck]
 *                                     [--forks N] [--warmup N] [--iterations N] [--time SECONDS]
 *                                     [--out DIR] [--summarize DIR] [--profile]
 * </pre>
 * {@code --forks/--warmup/--iterations/--time} override the annotations of every benchmark run (a shorter run on a
 * busy machine; single-shot cold benchmarks only take {@code --forks}); the summary reads what was actually run
 * from the JMH JSON.
 * The shared corpus is used when present ({@code -Dboussole.shared}, default {@code <root>/../shared}); otherwise
 * its benchmarks are skipped with a message. Extra packs for the normal set: {@code -Dboussole.bench.packs=a,b}.
 */
public final class BenchMain {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .findAndRegisterModules();

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parse(args);
        if (opts.containsKey("summarize")) {
            Path dir = Path.of(opts.get("summarize"));
            System.out.println(Summary.write(dir));
            return;
        }
        Path out = Path.of(opts.getOrDefault("out",
                BenchPaths.root().resolve("bench/results/" + LocalDate.now()).toString()));
        Files.createDirectories(out);
        boolean quick = opts.containsKey("quick");
        List<String> only = Arrays.asList(opts.getOrDefault("only", "read,judge,kiebase").split(","));
        String[] threads = opts.getOrDefault("threads", "1,2").split(",");
        String factor = opts.getOrDefault("factor", "10");
        String[] variants = opts.getOrDefault("variants", PackSets.COPIES + "," + PackSets.SYNTHETIC).split(",");
        if (!"10".equals(factor) && only.contains("kiebase")) {
            System.out.println("note : le benchmark kiebase compare toujours normal et x10");
        }

        List<String> corpora = new ArrayList<>();
        for (String c : List.of(BenchPaths.SHARED, BenchPaths.SAMPLES)) {
            if (BenchPaths.corpus(c).isPresent()) {
                corpora.add(c);
            } else {
                System.out.println("corpus « " + c + " » absent (" + (c.equals(BenchPaths.SHARED)
                        ? BenchPaths.shared().resolve("corpus/dce") : c) + ") : ses benchmarks sont sautés");
            }
        }
        if (opts.containsKey("profile")) {
            // --only judge: judging sections only (the reading ones take most of the profile's time)
            JfrProfile.run(out, corpora, Integer.parseInt(factor), only.contains("read"));
            return;
        }

        writeJson(out.resolve("env.json"), env("start"));
        if (only.contains("read") || only.contains("judge")) { // what the read and judge benchmarks work on
            writeJson(out.resolve("facts.json"), facts(corpora, Integer.parseInt(factor), List.of(variants)));
        }

        String[] forkArgs = forkArgs();
        overrides = opts;
        if (only.contains("read")) {
            run(out, "read", quick, forkArgs, b -> b.include(ReadBenchmark.class.getName() + ".read")
                    .param("corpus", corpora.toArray(String[]::new)).param("threads", threads));
        }
        if (only.contains("judge")) {
            String methods = opts.getOrDefault("judge", "check,readAndCheck").replace(',', '|');
            run(out, "judge", quick, forkArgs, b -> b.include(JudgeBenchmark.class.getName() + ".(" + methods + ")$")
                    .param("corpus", corpora.toArray(String[]::new)).param("factor", factor)
                    .param("variant", variants));
        }
        // kiebase = kiebase-cold + kiebase-warm
        if (only.contains("kiebase") || only.contains("kiebase-cold")) {
            run(out, "kiebase-cold", quick, forkArgs, b -> b.include(KieBaseBenchmark.class.getName()
                    + ".cold"));
        }
        if (only.contains("kiebase") || only.contains("kiebase-warm")) {
            run(out, "kiebase-warm", quick, forkArgs, b -> b.include(KieBaseBenchmark.class.getName()
                    + ".(warmBuild|cachedGet|compileCached)"));
        }
        ObjectNode end = env("end");
        writeJson(out.resolve("env-end.json"), end);
        System.out.println();
        System.out.println(Summary.write(out));
    }

    /** Command-line options that override the benchmarks' annotations (forks, warmup, iterations, time). */
    private static Map<String, String> overrides = Map.of();

    interface Config {
        ChainedOptionsBuilder apply(ChainedOptionsBuilder b);
    }

    private static void run(Path out, String name, boolean quick, String[] forkArgs, Config config)
            throws RunnerException {
        ChainedOptionsBuilder b = new OptionsBuilder()
                .jvmArgsAppend(forkArgs)
                .shouldFailOnError(true)
                .result(out.resolve("jmh-" + name + ".json").toString())
                .resultFormat(ResultFormatType.JSON);
        if (quick) {
            // smoke run: the numbers mean little, the plumbing is exercised
            b = b.forks(1).warmupIterations(1).warmupTime(TimeValue.seconds(2)).measurementIterations(2)
                    .measurementTime(TimeValue.seconds(2));
            if (name.endsWith("cold")) {
                b = b.forks(2).warmupIterations(0).measurementIterations(1);
            }
        }
        boolean single = name.endsWith("cold");
        if (overrides.containsKey("forks")) {
            b = b.forks(Integer.parseInt(overrides.get("forks")));
        }
        if (!single && overrides.containsKey("warmup")) {
            b = b.warmupIterations(Integer.parseInt(overrides.get("warmup")));
        }
        if (!single && overrides.containsKey("iterations")) {
            b = b.measurementIterations(Integer.parseInt(overrides.get("iterations")));
        }
        if (!single && overrides.containsKey("time")) {
            TimeValue t = TimeValue.seconds(Integer.parseInt(overrides.get("time")));
            b = b.warmupTime(t).measurementTime(t);
        }
        new Runner(config.apply(b).build()).run();
    }

    /** System properties the forked JVMs need, plus the heap and GC every benchmark declares. */
    private static String[] forkArgs() {
        List<String> a = new ArrayList<>(List.of("-Xmx2g", "-XX:+UseG1GC", "-Dfile.encoding=UTF-8",
                "-D" + BenchPaths.ROOT_PROPERTY + "=" + BenchPaths.root(),
                "-D" + BenchPaths.SHARED_PROPERTY + "=" + BenchPaths.shared()));
        String extra = System.getProperty(PackSets.EXTRA_PACKS_PROPERTY);
        if (extra != null && !extra.isBlank()) {
            a.add("-D" + PackSets.EXTRA_PACKS_PROPERTY + "=" + extra);
        }
        return a.toArray(String[]::new);
    }

    private static Map<String, Object> facts(List<String> corpora, int factor, List<String> variants) {
        Map<String, Object> f = new LinkedHashMap<>();
        List<Object> read = new ArrayList<>();
        List<Object> judge = new ArrayList<>();
        f.put("factor", factor);
        f.put("extraPacks", PackSets.extraPacks());
        for (String c : corpora) {
            read.add(Facts.corpus(Corpus.load(c)));
        }
        for (String v : variants) {
            try (PackSets sets = PackSets.create(factor, v)) {
                for (String c : corpora) {
                    judge.addAll(Facts.judge(Corpus.load(c), sets));
                }
            }
        }
        f.put("read", read);
        f.put("judge", judge);
        return f;
    }

    static ObjectNode env(String when) {
        ObjectNode n = JSON.createObjectNode();
        n.put("when", when);
        n.put("time", Instant.now().toString());
        n.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        n.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        n.put("cpus", Runtime.getRuntime().availableProcessors());
        n.put("cpuModel", firstLine(Path.of("/proc/cpuinfo"), "model name"));
        n.put("memTotal", firstLine(Path.of("/proc/meminfo"), "MemTotal"));
        n.put("loadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        n.put("loadavg", readQuietly(Path.of("/proc/loadavg")));
        return n;
    }

    private static String firstLine(Path file, String prefix) {
        String text = readQuietly(file);
        for (String l : text.split("\n")) {
            if (l.startsWith(prefix)) {
                int i = l.indexOf(':');
                return (i >= 0 ? l.substring(i + 1) : l).strip();
            }
        }
        return "?";
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    static void writeJson(Path file, Object value) {
        try {
            JSON.writeValue(file.toFile(), value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("argument inattendu : " + a);
            }
            String k = a.substring(2);
            if (List.of("quick", "profile").contains(k)) {
                m.put(k, "true");
            } else if (i + 1 < args.length) {
                m.put(k, args[++i]);
            } else {
                throw new IllegalArgumentException("valeur manquante après " + a);
            }
        }
        return m;
    }
}
