package fr.boussole.spark;

import com.fasterxml.jackson.databind.ObjectReader;
import fr.boussole.batch.BatchOptions;
import fr.boussole.batch.BatchOutcome;
import fr.boussole.batch.BatchOutputs;
import fr.boussole.batch.TenderRow;
import fr.boussole.core.Checker;
import fr.boussole.core.Versions;
import fr.boussole.model.Json;
import fr.boussole.rules.pack.EffectiveCriterion;
import fr.boussole.rules.pack.PackSet;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Archive mode on Apache Spark: the same per-tender pipeline as {@code boussole batch}, spread over a cluster.
 *
 * <p>The driver lists the tenders (Hadoop file systems: HDFS, S3, local), the executors judge them in
 * {@code mapPartitions} with a pipeline built once per executor JVM, and the job writes
 * {@code results.parquet} (one row per tender: summary columns and the full result as JSON),
 * {@code results-jsonl/} (one check-result JSON per line) and, from the driver, the same summary files as the
 * embedded batch ({@code summary.csv}, {@code summary.xlsx}, {@code failed-files.csv}, {@code dashboard.html},
 * DECP files).
 *
 * <p>Unlike the embedded batch this job is not incremental: Spark re-runs failed tasks, and a failed job is
 * simply run again.
 */
public final class SparkBatch {

    public static final String RESULTS_PARQUET = "results.parquet";
    public static final String RESULTS_JSONL = "results-jsonl";

    private static final ObjectReader ROW = Json.mapper().readerFor(TenderRow.class);

    private SparkBatch() {
    }

    public static void main(String[] args) throws Exception {
        SparkBatchOptions options;
        try {
            options = SparkBatchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("Erreur : " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("Boussole — archive de DCE").getOrCreate();
        try {
            BatchOutcome o = run(spark, options);
            System.out.print(o.summaryText());
        } finally {
            spark.stop();
        }
    }

    public static BatchOutcome run(SparkSession spark, SparkBatchOptions o) throws IOException {
        Instant start = Instant.now();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        List<String> warnings = new ArrayList<>();
        List<TenderTask> tasks = TenderListing.list(o.input(), conf, warnings);
        int parts = o.partitions() > 0 ? o.partitions()
                : Math.min(tasks.size(), Math.max(spark.sparkContext().defaultParallelism(), (tasks.size() + 3) / 4));
        HadoopConf hc = new HadoopConf(conf);
        Dataset<TenderTask> ds = spark.createDataset(tasks, Encoders.bean(TenderTask.class)).repartition(parts);
        Dataset<TenderRecord> results = ds.mapPartitions(
                (MapPartitionsFunction<TenderTask, TenderRecord>) it -> ExecutorPipeline.process(it, o, hc),
                Encoders.bean(TenderRecord.class)).persist(StorageLevel.MEMORY_AND_DISK());
        Path out = new Path(o.out());
        FileSystem fs = out.getFileSystem(conf);
        Instant processingStart = Instant.now();
        try {
            results.write().mode(SaveMode.Overwrite).parquet(new Path(out, RESULTS_PARQUET).toString());
            Instant processingEnd = Instant.now();
            results.filter(results.col("resultJson").isNotNull()).select("resultJson").write().mode(SaveMode.Overwrite)
                    .text(new Path(out, RESULTS_JSONL).toString());

            // the small rows, in input order, to a local file on the driver (never all in memory)
            java.nio.file.Path local = Files.createTempDirectory("boussole-spark-summary-");
            try {
                java.nio.file.Path rows = local.resolve("rows.jsonl");
                try (BufferedWriter w = Files.newBufferedWriter(rows, StandardCharsets.UTF_8)) {
                    Iterator<String> it = results.orderBy("seq").select("rowJson").as(Encoders.STRING())
                            .toLocalIterator();
                    while (it.hasNext()) {
                        w.write(it.next());
                        w.write('\n');
                    }
                }
                java.nio.file.Path decp = null;
                if (o.decp() != null) {
                    decp = ExecutorPipeline.copyToLocal(o.decp(), local, conf);
                }
                java.nio.file.Path summaries = Files.createDirectories(local.resolve("summaries"));
                Map<String, String> titles = titles(o);
                Duration processing = Duration.between(processingStart, processingEnd);
                BatchOutputs.RunInfo info = new BatchOutputs.RunInfo("boussole " + Versions.boussole(),
                        packsLine(o), BatchOutcome.duration(Duration.between(start, processingEnd)),
                        "Apache Spark, " + parts + " partition(s)", "extraction dans les exécuteurs Spark"
                        + (o.workers() > 0 ? " (" + o.workers() + " processus isolés par exécuteur)" : ""), warnings);
                BatchOutputs.Written written = BatchOutputs.write(summaries, action -> {
                    try (BufferedReader r = Files.newBufferedReader(rows, StandardCharsets.UTF_8)) {
                        String line;
                        while ((line = r.readLine()) != null) {
                            action.accept(ROW.readValue(line));
                        }
                    }
                }, o.keys(), titles, decp, o.decpThreshold(), BatchOptions.DEFAULT_BASELINE,
                        BatchOptions.DEFAULT_BASELINE_LABEL, info);
                List<java.nio.file.Path> copied = new ArrayList<>();
                for (java.nio.file.Path f : written.files()) {
                    Path target = new Path(out, f.getFileName().toString());
                    fs.copyFromLocalFile(false, true, new Path(f.toUri()), target);
                    copied.add(java.nio.file.Path.of(f.getFileName().toString()));
                }
                return new BatchOutcome(java.nio.file.Path.of(o.out()), written.stats(), written.decp(),
                        Duration.between(start, Instant.now()), processing, parts, info.extraction(), titles,
                        BatchOptions.DEFAULT_BASELINE, BatchOptions.DEFAULT_BASELINE_LABEL, copied, warnings,
                        new Path(out, RESULTS_PARQUET) + " et " + new Path(out, RESULTS_JSONL));
            } finally {
                deleteTree(local);
            }
        } finally {
            results.unpersist();
        }
    }

    /** Titles of the key criteria from the packs (no rule compilation on the driver). */
    static Map<String, String> titles(SparkBatchOptions o) {
        PackSet packs = Checker.loadPacks(o.checkOptions(o.packs()));
        Map<String, String> t = new LinkedHashMap<>();
        for (String k : o.keys()) {
            EffectiveCriterion c = packs.criterion(k);
            t.put(k, c == null || c.disabled() ? null : c.title());
        }
        return t;
    }

    private static String packsLine(SparkBatchOptions o) {
        return Checker.loadPacks(o.checkOptions(o.packs())).refs().stream().map(p -> p.id() + "@" + p.version())
                .collect(Collectors.joining(", "));
    }

    private static void deleteTree(java.nio.file.Path dir) throws IOException {
        try (Stream<java.nio.file.Path> s = Files.walk(dir)) {
            for (java.nio.file.Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
