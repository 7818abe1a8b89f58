package fr.boussole.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.batch.BatchOptions;
import fr.boussole.batch.BatchOutcome;
import fr.boussole.batch.BatchRunner;
import fr.boussole.core.CheckOptions;
import fr.boussole.model.CheckResult;
import fr.boussole.model.Evidence;
import fr.boussole.model.Json;
import fr.boussole.model.Verdict;
import fr.boussole.report.JsonReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job in local mode over the sample tenders gives the same per-tender results as the embedded batch. */
class SparkBatchTest {

    static final LocalDate CHECK_DATE = LocalDate.of(2026, 11, 20);
    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("boussole-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    static Path samples() {
        String root = System.getProperty("boussole.root", "..");
        return Path.of(root).toAbsolutePath().normalize().resolve("sample-tenders/dce");
    }

    @Test
    void sameResultsAsTheEmbeddedBatch(@TempDir Path tmp) throws Exception {
        Path sparkOut = tmp.resolve("spark");
        SparkBatchOptions o = SparkBatchOptions.of(samples().toString(), sparkOut.toUri().toString())
                .withCheckDate(CHECK_DATE).withPartitions(2);
        BatchOutcome so = SparkBatch.run(spark, o);
        assertEquals(4, so.stats().done(), so.summaryText());
        assertEquals(0, so.stats().failed());
        // the rule base was built once in this JVM (the executors of local mode), not once per tender
        assertEquals(1, ExecutorPipeline.builds());

        BatchOutcome bo = new BatchRunner(BatchOptions.builder(samples(), tmp.resolve("embedded"))
                .check(new CheckOptions(null, List.of(), null, null, null, CHECK_DATE)).threads(2).workers(0).build(),
                null).run();
        assertEquals(4, bo.stats().done());

        // per-tender results from the JSON Lines output
        Map<String, CheckResult> fromSpark = new TreeMap<>();
        try (Stream<Path> s = Files.list(sparkOut.resolve(SparkBatch.RESULTS_JSONL))) {
            for (Path part : s.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                for (String line : Files.readAllLines(part)) {
                    CheckResult r = Json.mapper().readValue(line, CheckResult.class);
                    fromSpark.put(r.tender(), r);
                }
            }
        }
        assertEquals(List.of("hebergement-cloud", "postes-smartphones", "travaux-non-numerique", "web-app-mediatheque"),
                new ArrayList<>(fromSpark.keySet()));
        for (Map.Entry<String, CheckResult> e : fromSpark.entrySet()) {
            CheckResult embedded = JsonReport.read(tmp.resolve("embedded/results/" + e.getKey() + ".json"));
            CheckResult sp = e.getValue();
            assertEquals(statuses(embedded), statuses(sp), e.getKey());
            assertEquals(evidence(embedded), evidence(sp), e.getKey());
            assertEquals(embedded.profile(), sp.profile(), e.getKey());
            assertEquals(embedded.summary(), sp.summary(), e.getKey());
            assertEquals(embedded.pieces().stream().map(p -> p.path() + "|" + p.role() + "|" + p.sha256()).toList(),
                    sp.pieces().stream().map(p -> p.path() + "|" + p.role() + "|" + p.sha256()).toList(), e.getKey());
            assertTrue(sp.source().endsWith(e.getKey()), sp.source());
        }

        // Parquet: one row per tender, SQL-friendly columns
        Dataset<Row> parquet = spark.read().parquet(sparkOut.resolve(SparkBatch.RESULTS_PARQUET).toString());
        assertEquals(4, parquet.count());
        Row pr = parquet.filter("id = 'postes-smartphones'").first();
        assertEquals("collectivite", pr.getAs("buyerType"));
        assertEquals("hardware", pr.getAs("family"));
        scala.collection.Map<String, String> keys = pr.getAs("keyStatuses");
        assertEquals(statuses(fromSpark.get("postes-smartphones")).get("LEG-04"), keys.get("LEG-04").get());
        assertNotNull(pr.getAs("resultJson"));

        // the same summaries as the embedded batch
        List<String> sparkCsv = Files.readAllLines(sparkOut.resolve("summary.csv"));
        List<String> embeddedCsv = Files.readAllLines(tmp.resolve("embedded/summary.csv"));
        assertEquals(embeddedCsv.get(0), sparkCsv.get(0));
        assertEquals(withoutTimings(embeddedCsv), withoutTimings(sparkCsv));
        assertTrue(Files.exists(sparkOut.resolve("summary.xlsx")));
        assertTrue(Files.readString(sparkOut.resolve("dashboard.html")).contains("Archive de DCE : 4 dossier(s)"));
        assertFalse(Files.exists(sparkOut.resolve("rows.jsonl")));
    }

    @Test
    void listsFromCsvAndJsonLinesWithIdsAndDecpIds(@TempDir Path tmp) throws Exception {
        Path list = tmp.resolve("liste.csv");
        Files.writeString(list, "path;id;decp_id\n" + samples().resolve("travaux-non-numerique") + ";TRAVAUX-1;D-9\n"
                + samples().resolve("absent") + ";X;\n");
        List<String> warnings = new ArrayList<>();
        List<TenderTask> tasks = TenderListing.list(list.toUri().toString(),
                spark.sparkContext().hadoopConfiguration(), warnings);
        assertEquals(1, tasks.size());
        assertEquals("TRAVAUX-1", tasks.get(0).getId());
        assertEquals("D-9", tasks.get(0).getDecpId());
        assertEquals(1, warnings.size());

        Path jsonl = tmp.resolve("liste.jsonl");
        Files.writeString(jsonl, "{\"paths\": [\"" + samples().resolve("postes-smartphones/01_RC_DNUM-2026-042.pdf")
                + "\", \"" + samples().resolve("postes-smartphones/02_CCAP_DNUM-2026-042.pdf") + "\"], \"id\": \"P\"}\n");
        List<TenderTask> t2 = TenderListing.list(jsonl.toString(), spark.sparkContext().hadoopConfiguration(),
                warnings);
        assertEquals(2, t2.get(0).getPaths().size());

        // a tender of two files judged by the job: both pieces are read
        BatchOutcome o = SparkBatch.run(spark, SparkBatchOptions.of(jsonl.toString(), tmp.resolve("out").toString())
                .withCheckDate(CHECK_DATE));
        assertEquals(1, o.stats().done(), o.summaryText());
        assertEquals(2, o.stats().pieces());
    }

    @Test
    void isolatedWorkersInsideTheExecutorsGiveTheSameResult(@TempDir Path tmp) throws Exception {
        SparkBatchOptions o = SparkBatchOptions.parse("--input", samples().toString(), "--out",
                tmp.resolve("out").toString(), "--check-date", CHECK_DATE.toString(), "--workers", "1",
                "--partitions", "1", "--worker-xmx", "512m");
        assertEquals(1, o.workers());
        BatchOutcome so = SparkBatch.run(spark, o);
        assertEquals(4, so.stats().done(), so.summaryText());
        assertEquals(0, so.stats().filesFailed(), so.summaryText());
        assertTrue(so.extraction().contains("1 processus isolés"), so.extraction());
        Map<String, String> byTender = new TreeMap<>();
        try (Stream<Path> s = Files.list(tmp.resolve("out").resolve(SparkBatch.RESULTS_JSONL))) {
            for (Path part : s.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                for (String line : Files.readAllLines(part)) {
                    CheckResult r = Json.mapper().readValue(line, CheckResult.class);
                    byTender.put(r.tender(), statuses(r).toString());
                }
            }
        }
        assertEquals(4, byTender.size());
        // same verdicts as the in-executor reading of the other test (the embedded batch is checked there)
        BatchOutcome inProcess = SparkBatch.run(spark, SparkBatchOptions.of(samples().toString(),
                tmp.resolve("ref").toString()).withCheckDate(CHECK_DATE));
        assertEquals(inProcess.stats().all().tally("LEG-01").present(), so.stats().all().tally("LEG-01").present());
        assertEquals(Files.readAllLines(tmp.resolve("ref/summary.csv")).stream().map(SparkBatchTest::dropDuration).toList(),
                Files.readAllLines(tmp.resolve("out/summary.csv")).stream().map(SparkBatchTest::dropDuration).toList());
    }

    private static String dropDuration(String csvLine) {
        String[] c = csvLine.split(";", -1);
        c[c.length - 3] = "";
        return String.join(";", c);
    }

    static List<String> withoutTimings(List<String> csv) {
        // durations differ between runs, and results live in results-jsonl/ rather than results/<id>.json
        int col = List.of(csv.get(0).split(";")).indexOf("durée (ms)");
        int src = List.of(csv.get(0).split(";")).indexOf("source");
        int file = List.of(csv.get(0).split(";")).indexOf("résultat JSON");
        List<String> out = new ArrayList<>();
        for (String l : csv) {
            String[] c = l.split(";", -1);
            c[col] = "";
            c[file] = "";
            c[src] = c[src].replaceAll("^.*/", "");
            out.add(String.join(";", c));
        }
        return out;
    }

    static Map<String, String> statuses(CheckResult r) {
        return r.verdicts().stream().collect(Collectors.toMap(Verdict::criterion, v -> v.status().code(),
                (a, b) -> a, LinkedHashMap::new));
    }

    static Map<String, List<String>> evidence(CheckResult r) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (Verdict v : r.verdicts()) {
            List<String> ev = new ArrayList<>();
            for (Evidence e : v.evidence()) {
                ev.add(e.clauseId() + "|" + e.piece() + "|" + e.page() + "|" + e.article() + "|" + e.quote() + "|"
                        + e.signal() + "|" + e.effect() + "|" + e.fingerprint());
            }
            m.put(v.criterion(), ev);
        }
        return m;
    }
}
