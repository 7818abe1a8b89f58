package fr.boussole.spark;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.boussole.batch.ExtractionWorker;
import fr.boussole.batch.PieceReader;
import fr.boussole.batch.TenderProcessor;
import fr.boussole.batch.TenderRow;
import fr.boussole.batch.WorkerPool;
import fr.boussole.core.Checker;
import fr.boussole.core.CheckOptions;
import fr.boussole.core.ReadOptions;
import fr.boussole.model.CheckResult;
import fr.boussole.model.Json;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkFiles;

/**
 * What an executor JVM needs to judge tenders, built once per JVM (static lazy holder) and reused by every
 * task and record: the packs and their compiled rule base, the parsers, the optional worker processes. Each
 * tender's files are copied from their Hadoop file system (HDFS, S3, local) to a local temporary folder, judged
 * by the same {@link TenderProcessor} as the embedded batch, then deleted.
 */
final class ExecutorPipeline implements AutoCloseable {

    static final ObjectWriter COMPACT = Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

    private static final Object LOCK = new Object();
    private static ExecutorPipeline instance;
    private static String instanceKey;
    private static final AtomicInteger BUILDS = new AtomicInteger();

    private final SparkBatchOptions options;
    private final TenderProcessor processor;

    private ExecutorPipeline(SparkBatchOptions options) {
        this.options = options;
        List<String> packs = new ArrayList<>();
        for (String p : options.packs()) {
            packs.add(localPack(p));
        }
        CheckOptions check = options.checkOptions(packs);
        Checker checker = new Checker(check);
        ReadOptions read = options.readOptions();
        PieceReader pieces = null;
        if (options.workers() > 0) {
            // the worker JVMs need this jar (shaded, with Tika) even when Spark loaded it in a child class loader
            String self = codeSource();
            String cp = self == null ? null : self + File.pathSeparator + System.getProperty("java.class.path");
            pieces = new WorkerPool(new WorkerPool.Config(options.workers(), options.workerXmx(), List.of(),
                    read.extraction(), Duration.ofSeconds(30), null, cp));
        }
        this.processor = new TenderProcessor(read, check, checker, pieces,
                options.workers() > 0 ? options.workers() : options.threadsPerTask());
    }

    /** The pipeline of this JVM for these options, built on first use. */
    static ExecutorPipeline get(SparkBatchOptions options) {
        synchronized (LOCK) {
            String key = options.pipelineKey();
            if (instance == null || !key.equals(instanceKey)) {
                if (instance != null) {
                    instance.close();
                }
                instance = new ExecutorPipeline(options);
                instanceKey = key;
                BUILDS.incrementAndGet();
            }
            return instance;
        }
    }

    /** How many times a pipeline was built in this JVM (tests check it is once, not once per record). */
    static int builds() {
        return BUILDS.get();
    }

    /** The partition's tenders, judged one at a time as Spark pulls them. */
    static Iterator<TenderRecord> process(Iterator<TenderTask> tasks, SparkBatchOptions options, HadoopConf conf) {
        ExecutorPipeline p = get(options);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return tasks.hasNext();
            }

            @Override
            public TenderRecord next() {
                return p.judge(tasks.next(), conf.get());
            }
        };
    }

    TenderRecord judge(TenderTask task, Configuration conf) {
        long t0 = System.nanoTime();
        Path local = null;
        try {
            local = Files.createTempDirectory("boussole-spark-");
            List<Path> inputs = new ArrayList<>();
            for (String p : task.getPaths()) {
                inputs.add(copyToLocal(p, local, conf));
            }
            CheckResult r = processor.process(task.getId(), task.label(), inputs);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            TenderRow row = TenderRow.of(r, TenderRow.Outcome.DONE, options.keys(), TenderRow.pages(r),
                    task.getDecpId(), ms, SparkBatch.RESULTS_JSONL);
            return TenderRecord.of(task.getSeq(), row, COMPACT.writeValueAsString(r));
        } catch (Exception e) {
            long ms = (System.nanoTime() - t0) / 1_000_000;
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            TenderRow row = new TenderRow(task.getId(), task.label(), TenderRow.Outcome.FAILED, null, null, null, null,
                    null, null, null, null, null, 0, 0, 0, 0, 0, null, 0, task.getDecpId(), ms, why, null);
            return TenderRecord.of(task.getSeq(), row, null);
        } finally {
            delete(local);
        }
    }

    /** Copies a file or folder from any Hadoop file system into {@code dir}; returns the local copy. */
    static Path copyToLocal(String uri, Path dir, Configuration conf) throws IOException {
        org.apache.hadoop.fs.Path src = new org.apache.hadoop.fs.Path(uri);
        FileSystem fs = src.getFileSystem(conf);
        FileStatus st = fs.getFileStatus(src);
        Path target = dir.resolve(src.getName());
        // raw local file system: no .crc side files next to the copies
        fs.copyToLocalFile(false, st.getPath(), new org.apache.hadoop.fs.Path(target.toUri()), true);
        return target;
    }

    /** A pack given by name with {@code --files} is in the executor's SparkFiles folder. */
    private static String localPack(String p) {
        if (Files.exists(Path.of(p)) || !p.contains(".")) {
            return p; // a local path, or a built-in id
        }
        try {
            String shipped = SparkFiles.get(Path.of(p).getFileName().toString());
            return Files.exists(Path.of(shipped)) ? shipped : p;
        } catch (RuntimeException e) {
            return p;
        }
    }

    private static String codeSource() {
        try {
            return Path.of(ExtractionWorker.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (Exception e) {
            return null;
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        processor.close();
    }
}
