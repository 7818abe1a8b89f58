package fr.boussole.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns the JMH JSON files of a result folder into {@code summary.csv} (long format, one metric per row) and
 * {@code summary.md} (the tables of the README), and returns the Markdown.
 *
 * <p>For an interleaved benchmark ({@link PairTimer}) every measurement iteration of every fork gives one ratio
 * candidate/baseline; the summary shows their median, their spread (min–max and quartiles) and the pooled ratio
 * (sum of candidate time / sum of baseline time). Single-shot benchmarks give one sample per fork.
 */
public final class Summary {

    /** The goal of the issue "Judge a DCE": 10× the criteria cost at most 1.3× the time. */
    public static final double JUDGE_GOAL = 1.3;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Summary() {
    }

    /** Distribution of a sample. */
    public record Stats(int n, double median, double min, double max, double p25, double p75) {

        public static Stats of(List<Double> values) {
            if (values.isEmpty()) {
                return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            List<Double> v = new ArrayList<>(values);
            Collections.sort(v);
            return new Stats(v.size(), quantile(v, 0.5), v.get(0), v.get(v.size() - 1), quantile(v, 0.25),
                    quantile(v, 0.75));
        }

        /** Linear interpolation between closest ranks (type 7, as R and numpy by default). */
        static double quantile(List<Double> sorted, double q) {
            double pos = q * (sorted.size() - 1);
            int lo = (int) Math.floor(pos);
            int hi = (int) Math.ceil(pos);
            return sorted.get(lo) + (pos - lo) * (sorted.get(hi) - sorted.get(lo));
        }
    }

    /** One interleaved benchmark: per-iteration times of both sides and their ratios. */
    public record Paired(String benchmark, Map<String, String> params, Stats baselineMs, Stats candidateMs,
                         Stats ratio, double pooledRatio) {
    }

    /** One plain benchmark. */
    public record Plain(String benchmark, Map<String, String> params, String mode, String unit, Stats samples,
                        double score, double error) {
    }

    /** Reads one JMH JSON result and splits it into paired and plain results. */
    static void read(JsonNode root, List<Paired> paired, List<Plain> plain) {
        for (JsonNode b : root) {
            String name = shortName(b.path("benchmark").asText());
            Map<String, String> params = new java.util.LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = b.path("params").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                params.put(e.getKey(), e.getValue().asText());
            }
            JsonNode sm = b.path("secondaryMetrics");
            if (sm.has("baselineNs") && sm.has("candidateNs")) {
                List<Double> base = flatten(sm.path("baselineNs").path("rawData"));
                List<Double> cand = flatten(sm.path("candidateNs").path("rawData"));
                List<Double> pairs = flatten(sm.path("pairs").path("rawData"));
                List<Double> ratios = new ArrayList<>();
                List<Double> baseMs = new ArrayList<>();
                List<Double> candMs = new ArrayList<>();
                double sumBase = 0;
                double sumCand = 0;
                for (int i = 0; i < base.size(); i++) {
                    double n = pairs.get(i);
                    if (n <= 0 || base.get(i) <= 0) {
                        continue;
                    }
                    ratios.add(cand.get(i) / base.get(i));
                    baseMs.add(base.get(i) / n / 1e6);
                    candMs.add(cand.get(i) / n / 1e6);
                    sumBase += base.get(i);
                    sumCand += cand.get(i);
                }
                paired.add(new Paired(name, params, Stats.of(baseMs), Stats.of(candMs), Stats.of(ratios),
                        sumBase > 0 ? sumCand / sumBase : Double.NaN));
            } else {
                JsonNode pm = b.path("primaryMetric");
                plain.add(new Plain(name, params, b.path("mode").asText(), pm.path("scoreUnit").asText(),
                        Stats.of(flatten(pm.path("rawData"))), pm.path("score").asDouble(),
                        pm.path("scoreError").asDouble(Double.NaN)));
            }
        }
    }

    private static List<Double> flatten(JsonNode raw) {
        List<Double> out = new ArrayList<>();
        for (JsonNode fork : raw) {
            for (JsonNode v : fork) {
                out.add(v.asDouble());
            }
        }
        return out;
    }

    private static String shortName(String fqn) {
        String[] parts = fqn.split("\\.");
        return parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : fqn;
    }

    /** Writes summary.csv and summary.md into {@code dir}; returns the Markdown. */
    public static String write(Path dir) {
        List<Paired> paired = new ArrayList<>();
        List<Plain> plain = new ArrayList<>();
        StringBuilder settings = new StringBuilder();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(p -> p.getFileName().toString().matches("jmh-.*\\.json")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8).strip();
                if (!text.isEmpty()) {
                    JsonNode root = JSON.readTree(text);
                    read(root, paired, plain);
                    settings.append(settings(root));
                }
            }
            JsonNode facts = readOptional(dir.resolve("facts.json"));
            JsonNode env = readOptional(dir.resolve("env.json"));
            JsonNode envEnd = readOptional(dir.resolve("env-end.json"));
            String md = markdown(dir, paired, plain, facts, env, envEnd);
            if (!settings.isEmpty()) {
                md += "## What ran (JMH settings)\n\n| benchmark | params | forks | warm-up | measurement |\n"
                        + "|---|---|---|---|---|\n" + settings + "\n";
            }
            Files.writeString(dir.resolve("summary.md"), md, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("summary.csv"), csv(paired, plain, facts), StandardCharsets.UTF_8);
            return md;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row per JMH benchmark run: forks, warm-up and measurement as they actually ran. */
    static String settings(JsonNode root) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode b : root) {
            sb.append("| ").append(shortName(b.path("benchmark").asText())).append(" | ")
                    .append(b.path("params").toString().replace("\"", "").replace("|", "/")).append(" | ")
                    .append(b.path("forks").asInt()).append(" | ")
                    .append(b.path("warmupIterations").asInt()).append(" × ").append(b.path("warmupTime").asText())
                    .append(" | ").append(b.path("measurementIterations").asInt()).append(" × ")
                    .append(b.path("measurementTime").asText()).append(" |\n");
        }
        return sb.toString();
    }

    private static JsonNode readOptional(Path f) throws IOException {
        return Files.isRegularFile(f) ? JSON.readTree(f.toFile()) : JSON.createObjectNode();
    }

    private static JsonNode readFacts(JsonNode facts, String corpus) {
        for (JsonNode r : facts.path("read")) {
            if (corpus.equals(r.path("corpus").asText())) {
                return r;
            }
        }
        return null;
    }

    static String markdown(Path dir, List<Paired> paired, List<Plain> plain, JsonNode facts, JsonNode env,
                           JsonNode envEnd) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Boussole benchmarks — ").append(dir.getFileName()).append("\n\n");
        if (env.has("cpus")) {
            sb.append("Machine: ").append(env.path("cpuModel").asText()).append(", ").append(env.path("cpus").asInt())
                    .append(" CPU (shared with other jobs), ").append(env.path("memTotal").asText()).append(" RAM, ")
                    .append(env.path("java").asText()).append(", ").append(env.path("os").asText()).append(".\n");
            sb.append("Load average (1/5/15 min) at start: ").append(loads(env));
            if (envEnd.has("loadavg")) {
                sb.append(", at end: ").append(loads(envEnd));
            }
            sb.append(".\n\n");
        }
        sb.append("Ratios are candidate/baseline per measurement iteration (both sides interleaved in the same "
                + "iteration); shown as median [min–max] over n iterations (all forks), with the quartiles and the "
                + "pooled ratio (Σ candidate / Σ baseline).\n\n");

        List<Paired> read = paired.stream().filter(p -> p.benchmark().startsWith("ReadBenchmark")).toList();
        if (!read.isEmpty()) {
            sb.append("## Read a whole DCE — Boussole `TenderReader` / bare Tika\n\n");
            sb.append("| corpus | threads | bare Tika ms/op | Boussole ms/op | ratio median [min–max] (n) | "
                    + "quartiles | pooled |\n|---|---|---|---|---|---|---|\n");
            for (Paired p : read) {
                sb.append("| ").append(p.params().get("corpus")).append(" | ").append(p.params().get("threads"))
                        .append(" | ").append(ms(p.baselineMs())).append(" | ").append(ms(p.candidateMs()))
                        .append(" | ").append(ratio(p.ratio())).append(" | ").append(quartiles(p.ratio()))
                        .append(" | ").append(fmt(p.pooledRatio(), 2)).append("× |\n");
            }
            sb.append("\nThroughput (median time per operation; chars = characters bare Tika extracts, pages = PDF "
                    + "pages, docs = documents read, ZIP entries included):\n\n");
            sb.append("| corpus | threads | side | chars/s | pages/s | docs/s |\n|---|---|---|---|---|---|\n");
            for (Paired p : read) {
                JsonNode f = readFacts(facts, p.params().get("corpus"));
                if (f == null) {
                    continue;
                }
                for (String side : List.of("bare Tika", "Boussole")) {
                    double sec = (side.equals("bare Tika") ? p.baselineMs() : p.candidateMs()).median() / 1000;
                    sb.append("| ").append(p.params().get("corpus")).append(" | ").append(p.params().get("threads"))
                            .append(" | ").append(side).append(" | ")
                            .append(fmt(f.path("bareChars").asDouble() / sec, 0)).append(" | ")
                            .append(fmt(f.path("boussolePages").asDouble() / sec, 1)).append(" | ")
                            .append(fmt(f.path("pieces").asDouble() / sec, 2)).append(" |\n");
                }
            }
            sb.append("\nCorpora:\n\n| corpus | DCEs | files | MB | documents | PDF pages | chars (bare Tika) "
                    + "| chars (Boussole) | clauses | problems |\n|---|---|---|---|---|---|---|---|---|---|\n");
            for (JsonNode f : facts.path("read")) {
                sb.append("| ").append(f.path("corpus").asText()).append(" | ").append(f.path("dces").asInt())
                        .append(" | ").append(f.path("files").asInt()).append(" | ")
                        .append(fmt(f.path("bytes").asDouble() / 1e6, 2)).append(" | ")
                        .append(f.path("pieces").asInt()).append(" | ").append(f.path("boussolePages").asLong())
                        .append(" | ").append(f.path("bareChars").asLong()).append(" | ")
                        .append(f.path("boussoleChars").asLong()).append(" | ").append(f.path("clauses").asLong())
                        .append(" | ").append(f.path("problems").asInt()).append(" |\n");
            }
            sb.append('\n');
        }

        List<Paired> judge = paired.stream().filter(p -> p.benchmark().startsWith("JudgeBenchmark")).toList();
        if (!judge.isEmpty()) {
            sb.append("## Judge a DCE — ×").append(facts.path("factor").asInt(10))
                    .append(" criteria / normal pack set (goal ≤ ").append(JUDGE_GOAL).append("×)\n\n");
            sb.append("| benchmark | corpus | criteria ×N as | normal ms/op | ×N ms/op | ratio median [min–max] (n) | "
                    + "quartiles | pooled | goal |\n|---|---|---|---|---|---|---|---|---|\n");
            for (Paired p : judge) {
                sb.append("| ").append(p.benchmark().substring(p.benchmark().indexOf('.') + 1)).append(" | ")
                        .append(p.params().get("corpus")).append(" | ")
                        .append(p.params().getOrDefault("variant", PackSets.COPIES)).append(" | ").append(ms(p.baselineMs())).append(" | ")
                        .append(ms(p.candidateMs())).append(" | ").append(ratio(p.ratio())).append(" | ")
                        .append(quartiles(p.ratio())).append(" | ").append(fmt(p.pooledRatio(), 2)).append("× | ")
                        .append(p.ratio().median() <= JUDGE_GOAL ? "met" : "**missed**").append(" |\n");
            }
            sb.append("\nPack sets on each corpus (one check of every DCE):\n\n| corpus | packs | packs loaded | "
                    + "criteria | patterns | clauses | regex runs | hits | verdicts |\n"
                    + "|---|---|---|---|---|---|---|---|---|\n");
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (JsonNode j : facts.path("judge")) {
                String label = j.path("packs").asText();
                if (!label.equals(KieBaseBenchmark.NORMAL)) {
                    label += " (" + j.path("variant").asText(PackSets.COPIES) + ")";
                } else if (!seen.add(j.path("corpus").asText())) {
                    continue; // the normal set is the same for every variant
                }
                sb.append("| ").append(j.path("corpus").asText()).append(" | ").append(label)
                        .append(" | ").append(j.path("packCount").asInt()).append(" | ")
                        .append(j.path("criteria").asInt()).append(" | ").append(j.path("patterns").asInt())
                        .append(" | ").append(j.path("clausesSeen").asLong()).append(" | ")
                        .append(j.path("regexRuns").asLong()).append(" | ").append(j.path("hits").asLong())
                        .append(" | ").append(j.path("statuses").toString().replace("\"", "").replace(",", ", "))
                        .append(" |\n");
            }
            sb.append('\n');
        }

        if (!plain.isEmpty()) {
            sb.append("## Rule base (KieBase)\n\n| benchmark | packs | mode | median | min–max | quartiles | n | "
                    + "JMH score ± error |\n|---|---|---|---|---|---|---|---|\n");
            for (Plain p : plain) {
                String u = " " + p.unit();
                sb.append("| ").append(p.benchmark().substring(p.benchmark().indexOf('.') + 1)).append(" | ")
                        .append(p.params().getOrDefault("packs", "")).append(" | ").append(p.mode()).append(" | ")
                        .append(fmt(p.samples().median(), 1)).append(u).append(" | ")
                        .append(fmt(p.samples().min(), 1)).append("–").append(fmt(p.samples().max(), 1))
                        .append(" | ").append(fmt(p.samples().p25(), 1)).append("–").append(fmt(p.samples().p75(), 1))
                        .append(" | ").append(p.samples().n()).append(" | ")
                        .append(Double.isNaN(p.error()) ? fmt(p.score(), 1) : fmt(p.score(), 1) + " ± "
                                + fmt(p.error(), 1)).append(u).append(" |\n");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String csv(List<Paired> paired, List<Plain> plain, JsonNode facts) {
        StringBuilder sb = new StringBuilder("benchmark,params,metric,unit,n,median,min,max,p25,p75\n");
        for (Paired p : paired) {
            String params = params(p.params());
            row(sb, p.benchmark(), params, "baseline_time", "ms/op", p.baselineMs());
            row(sb, p.benchmark(), params, "candidate_time", "ms/op", p.candidateMs());
            row(sb, p.benchmark(), params, "ratio_candidate_over_baseline", "x", p.ratio());
            sb.append(p.benchmark()).append(',').append(params).append(",pooled_ratio,x,")
                    .append(p.ratio().n()).append(',').append(num(p.pooledRatio())).append(",,,,\n");
            JsonNode f = p.benchmark().startsWith("ReadBenchmark") ? readFacts(facts, p.params().get("corpus")) : null;
            if (f != null) {
                for (String side : List.of("baseline", "candidate")) {
                    double sec = (side.equals("baseline") ? p.baselineMs() : p.candidateMs()).median() / 1000;
                    sb.append(p.benchmark()).append(',').append(params).append(',').append(side)
                            .append("_chars_per_s,chars/s,,").append(num(f.path("bareChars").asDouble() / sec))
                            .append(",,,,\n");
                    sb.append(p.benchmark()).append(',').append(params).append(',').append(side)
                            .append("_pages_per_s,pages/s,,").append(num(f.path("boussolePages").asDouble() / sec))
                            .append(",,,,\n");
                    sb.append(p.benchmark()).append(',').append(params).append(',').append(side)
                            .append("_docs_per_s,docs/s,,").append(num(f.path("pieces").asDouble() / sec))
                            .append(",,,,\n");
                }
            }
        }
        for (Plain p : plain) {
            row(sb, p.benchmark(), params(p.params()), p.mode(), p.unit(), p.samples());
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String bench, String params, String metric, String unit, Stats s) {
        sb.append(bench).append(',').append(params).append(',').append(metric).append(',').append(unit).append(',')
                .append(s.n()).append(',').append(num(s.median())).append(',').append(num(s.min())).append(',')
                .append(num(s.max())).append(',').append(num(s.p25())).append(',').append(num(s.p75())).append('\n');
    }

    private static String params(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        params.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ";").append(k).append('=').append(v));
        return sb.toString();
    }

    private static String loads(JsonNode env) {
        String[] p = env.path("loadavg").asText("?").split(" ");
        return p.length >= 3 ? p[0] + " / " + p[1] + " / " + p[2] : "?";
    }

    private static String ms(Stats s) {
        return fmt(s.median(), 1);
    }

    private static String ratio(Stats s) {
        return fmt(s.median(), 2) + "× [" + fmt(s.min(), 2) + "–" + fmt(s.max(), 2) + "] (" + s.n() + ")";
    }

    private static String quartiles(Stats s) {
        return fmt(s.p25(), 2) + "–" + fmt(s.p75(), 2);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4f", v);
    }

    static String fmt(double v, int decimals) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }
}
