package fr.boussole.batch;

import fr.boussole.core.CheckOptions;
import fr.boussole.core.ReadOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Everything a batch run needs.
 *
 * @param input         folder of DCEs, ZIP of DCEs, or CSV/JSONL list
 * @param out           output folder (results, journal, summaries, dashboard)
 * @param read          reading options (parse timeout, OCR, archive limits)
 * @param check         packs and options
 * @param threads       tenders and files processed at the same time
 * @param workers       extraction worker processes (0: read in the batch's own JVM, without isolation)
 * @param workerXmx     heap of each worker
 * @param workerJvmArgs extra options for the workers
 * @param workerGrace   time beyond the parse budget before a silent worker is killed
 * @param cacheDir      result cache shared across output folders (null: none beyond the output folder itself)
 * @param keyCriteria   criteria shown per tender in the summaries (LEG-01, LEG-02, LEG-04, LEG-05, LEG-12 + --key)
 * @param decp          DECP JSON file to cross-check (null: none)
 * @param decpThreshold token-Jaccard similarity of objects needed to match a tender with a DECP record
 * @param baseline      reference share drawn on the charts (0.12: 2020 baseline)
 * @param baselineLabel its French caption
 */
public record BatchOptions(Path input, Path out, ReadOptions read, CheckOptions check, int threads, int workers,
                           String workerXmx, List<String> workerJvmArgs, Duration workerGrace, Path cacheDir,
                           List<String> keyCriteria, Path decp, double decpThreshold, double baseline,
                           String baselineLabel) {

    /** The criteria every archive summary shows. */
    public static final List<String> DEFAULT_KEYS = List.of("LEG-01", "LEG-02", "LEG-04", "LEG-05", "LEG-12");

    public static final double DEFAULT_BASELINE = 0.12;
    public static final String DEFAULT_BASELINE_LABEL =
            "référence 2020 : 12 % des contrats des collectivités avec au moins une clause sociale ou environnementale";

    public BatchOptions {
        threads = Math.max(1, threads);
        workers = Math.max(0, workers);
        workerJvmArgs = workerJvmArgs == null ? List.of() : List.copyOf(workerJvmArgs);
        keyCriteria = keyCriteria == null || keyCriteria.isEmpty() ? DEFAULT_KEYS : List.copyOf(keyCriteria);
        workerXmx = workerXmx == null ? "768m" : workerXmx;
        workerGrace = workerGrace == null ? Duration.ofSeconds(30) : workerGrace;
        baselineLabel = baselineLabel == null ? DEFAULT_BASELINE_LABEL : baselineLabel;
    }

    public static Builder builder(Path input, Path out) {
        return new Builder(input, out);
    }

    /** Builder with the defaults of {@code boussole batch}. */
    public static final class Builder {
        private final Path input;
        private final Path out;
        private ReadOptions read = ReadOptions.defaults();
        private CheckOptions check = CheckOptions.defaults();
        private int threads = 2;
        private Integer workers;
        private String workerXmx = "768m";
        private List<String> workerJvmArgs = List.of();
        private Duration workerGrace = Duration.ofSeconds(30);
        private Path cacheDir;
        private final List<String> extraKeys = new ArrayList<>();
        private Path decp;
        private double decpThreshold = 0.5;
        private double baseline = DEFAULT_BASELINE;
        private String baselineLabel = DEFAULT_BASELINE_LABEL;

        Builder(Path input, Path out) {
            this.input = input;
            this.out = out;
        }

        public Builder read(ReadOptions v) { read = v; return this; }
        public Builder check(CheckOptions v) { check = v; return this; }
        public Builder threads(int v) { threads = v; return this; }
        /** Worker processes; default = threads. 0 = read in this JVM. */
        public Builder workers(int v) { workers = v; return this; }
        public Builder workerXmx(String v) { workerXmx = v; return this; }
        public Builder workerJvmArgs(List<String> v) { workerJvmArgs = v; return this; }
        public Builder workerGrace(Duration v) { workerGrace = v; return this; }
        public Builder cacheDir(Path v) { cacheDir = v; return this; }
        public Builder key(String criterion) { extraKeys.add(criterion); return this; }
        public Builder keys(List<String> v) { if (v != null) { extraKeys.addAll(v); } return this; }
        public Builder decp(Path v) { decp = v; return this; }
        public Builder decpThreshold(double v) { decpThreshold = v; return this; }
        public Builder baseline(double v, String label) { baseline = v; baselineLabel = label; return this; }

        public BatchOptions build() {
            LinkedHashSet<String> keys = new LinkedHashSet<>(DEFAULT_KEYS);
            extraKeys.forEach(k -> keys.add(k.trim()));
            return new BatchOptions(input, out, read, check, threads, workers == null ? threads : workers, workerXmx,
                    workerJvmArgs, workerGrace, cacheDir, new ArrayList<>(keys), decp, decpThreshold, baseline,
                    baselineLabel);
        }
    }
}
