package fr.boussole.spark;

import fr.boussole.batch.BatchOptions;
import fr.boussole.core.CheckOptions;
import fr.boussole.core.ReadOptions;
import fr.boussole.extractor.ExtractionOptions;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Options of the Spark job; plain values, shipped to the executors with the tasks.
 *
 * @param input          list of DCE paths (CSV/TSV/TXT/JSONL) or a folder whose sub-folders and ZIPs are DCEs;
 *                       any Hadoop file system ({@code hdfs://}, {@code s3a://}, {@code file://}, plain paths)
 * @param out            output folder (same file systems)
 * @param partitions     tasks (0: one per 4 tenders, at least the default parallelism)
 * @param builtins       built-in packs (null: all)
 * @param packs          user packs: local paths on every executor, or file names shipped with {@code --files}
 * @param checkDate      day of the check (null: today on each executor)
 * @param keys           key criteria of the summaries
 * @param decp           DECP JSON (Hadoop path), or null
 * @param decpThreshold  object similarity threshold for DECP matching
 * @param fileTimeoutSeconds per-file parse budget
 * @param ocr            OCR scanned pages (needs tesseract on executors)
 * @param threadsPerTask files of one tender read at the same time inside a task
 * @param workers        extraction worker processes per executor JVM (0: parse inside the executor)
 * @param workerXmx      heap of each worker process
 */
public record SparkBatchOptions(String input, String out, int partitions, List<String> builtins, List<String> packs,
                                LocalDate checkDate, List<String> keys, String decp, double decpThreshold,
                                int fileTimeoutSeconds, boolean ocr, int threadsPerTask, int workers,
                                String workerXmx) implements Serializable {

    private static final long serialVersionUID = 1L;

    public SparkBatchOptions {
        builtins = builtins == null ? null : List.copyOf(builtins);
        packs = packs == null ? List.of() : List.copyOf(packs);
        LinkedHashSet<String> k = new LinkedHashSet<>(BatchOptions.DEFAULT_KEYS);
        if (keys != null) {
            k.addAll(keys);
        }
        keys = new ArrayList<>(k);
        fileTimeoutSeconds = fileTimeoutSeconds <= 0 ? 120 : fileTimeoutSeconds;
        threadsPerTask = Math.max(1, threadsPerTask);
        workers = Math.max(0, workers);
        workerXmx = workerXmx == null ? "768m" : workerXmx;
        decpThreshold = decpThreshold <= 0 ? 0.5 : decpThreshold;
    }

    public static SparkBatchOptions of(String input, String out) {
        return new SparkBatchOptions(input, out, 0, null, List.of(), null, List.of(), null, 0.5, 120, false, 1, 0,
                "768m");
    }

    public SparkBatchOptions withCheckDate(LocalDate d) {
        return new SparkBatchOptions(input, out, partitions, builtins, packs, d, keys, decp, decpThreshold,
                fileTimeoutSeconds, ocr, threadsPerTask, workers, workerXmx);
    }

    public SparkBatchOptions withPartitions(int n) {
        return new SparkBatchOptions(input, out, n, builtins, packs, checkDate, keys, decp, decpThreshold,
                fileTimeoutSeconds, ocr, threadsPerTask, workers, workerXmx);
    }

    public SparkBatchOptions withDecp(String path) {
        return new SparkBatchOptions(input, out, partitions, builtins, packs, checkDate, keys, path, decpThreshold,
                fileTimeoutSeconds, ocr, threadsPerTask, workers, workerXmx);
    }

    public CheckOptions checkOptions(List<String> resolvedPacks) {
        return new CheckOptions(builtins, resolvedPacks, null, null, null, checkDate);
    }

    public ReadOptions readOptions() {
        ExtractionOptions ex = ExtractionOptions.defaults().withOcr(ocr)
                .withTimeout(Duration.ofSeconds(fileTimeoutSeconds));
        return new ReadOptions(ex, ReadOptions.defaults().limits(), threadsPerTask);
    }

    /** Same options → same executor pipeline. */
    String pipelineKey() {
        return String.join("|", String.valueOf(builtins), packs.toString(), String.valueOf(checkDate),
                String.valueOf(fileTimeoutSeconds), String.valueOf(ocr), String.valueOf(threadsPerTask),
                String.valueOf(workers), workerXmx).toLowerCase(Locale.ROOT);
    }

    /** Parses the command line of {@link SparkBatch}. */
    public static SparkBatchOptions parse(String... args) {
        String input = null;
        String out = null;
        int partitions = 0;
        List<String> builtins = null;
        List<String> packs = new ArrayList<>();
        LocalDate date = null;
        List<String> keys = new ArrayList<>();
        String decp = null;
        double threshold = 0.5;
        int timeout = 120;
        boolean ocr = false;
        int threads = 1;
        int workers = 0;
        String xmx = "768m";
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--input" -> input = value(args, ++i, a);
                case "--out" -> out = value(args, ++i, a);
                case "--partitions" -> partitions = Integer.parseInt(value(args, ++i, a));
                case "--builtin" -> builtins = List.of(value(args, ++i, a).split(","));
                case "--no-builtin" -> builtins = List.of();
                case "--pack" -> packs.add(value(args, ++i, a));
                case "--check-date" -> date = LocalDate.parse(value(args, ++i, a));
                case "--key" -> keys.addAll(List.of(value(args, ++i, a).split(",")));
                case "--decp" -> decp = value(args, ++i, a);
                case "--decp-seuil" -> threshold = Double.parseDouble(value(args, ++i, a));
                case "--file-timeout" -> timeout = Integer.parseInt(value(args, ++i, a));
                case "--ocr" -> ocr = true;
                case "--threads" -> threads = Integer.parseInt(value(args, ++i, a));
                case "--workers" -> workers = Integer.parseInt(value(args, ++i, a));
                case "--worker-xmx" -> xmx = value(args, ++i, a);
                default -> throw new IllegalArgumentException("option inconnue : " + a + "\n" + usage());
            }
        }
        if (input == null || out == null) {
            throw new IllegalArgumentException("--input et --out sont obligatoires\n" + usage());
        }
        return new SparkBatchOptions(input, out, partitions, builtins, packs, date, keys, decp, threshold, timeout,
                ocr, threads, workers, xmx);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException("valeur manquante après " + option);
        }
        return args[i];
    }

    static String usage() {
        return "usage : spark-submit --class fr.boussole.spark.SparkBatch boussole-spark-<version>-all.jar "
                + "--input LISTE|DOSSIER --out DOSSIER [--partitions N] [--pack P]… [--builtin ID,…] [--no-builtin] "
                + "[--check-date AAAA-MM-JJ] [--key ID]… [--decp FICHIER] [--decp-seuil 0.5] [--file-timeout S] "
                + "[--threads N] [--workers N] [--worker-xmx 768m] [--ocr]";
    }
}
