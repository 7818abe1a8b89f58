package fr.boussole.batch;

import fr.boussole.extractor.ExtractionOptions;
import fr.boussole.extractor.SourceFile;
import fr.boussole.model.Piece;
import fr.boussole.model.Problem;
import fr.boussole.model.ProblemCode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small pool of extraction worker JVMs ({@link ExtractionWorker}), like Tika's pipes: each file is sent to an
 * idle worker; a worker that does not answer within the parse budget plus a grace period is killed (the file gets
 * PARSE_TIMEOUT), a worker that dies (crash, OutOfMemoryError, exit) is replaced (the file gets PARSE_CRASHED),
 * and the batch goes on. Workers start lazily and are restarted on demand.
 */
public final class WorkerPool implements PieceReader {

    /**
     * How workers are started.
     *
     * @param size       number of worker processes
     * @param xmx        heap of each worker ({@code -Xmx}), e.g. "768m"
     * @param jvmArgs    extra JVM options
     * @param extraction parse options (the per-file budget comes from here)
     * @param grace      time allowed beyond the parse budget (segmentation, JSON) before a worker is killed
     * @param logDir     where each worker's stderr goes (null: discarded)
     * @param classPath  class path of the workers (default: this JVM's)
     */
    public record Config(int size, String xmx, List<String> jvmArgs, ExtractionOptions extraction, Duration grace,
                         Path logDir, String classPath) {
        public Config {
            size = Math.max(1, size);
            jvmArgs = jvmArgs == null ? List.of() : List.copyOf(jvmArgs);
            grace = grace == null ? Duration.ofSeconds(30) : grace;
            classPath = classPath == null ? System.getProperty("java.class.path") : classPath;
        }
    }

    /** System property with extra JVM options for the workers, space-separated (tuning, benchmarks). */
    public static final String EXTRA_JVM_ARGS = "boussole.worker.jvmArgs";

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
    private static final String EOF = "\u0000EOF";

    private final Config config;
    private final BlockingQueue<Worker> idle;
    private final List<Worker> all = new ArrayList<>();
    private final AtomicInteger restarts = new AtomicInteger();
    private final AtomicInteger timeouts = new AtomicInteger();
    private final AtomicInteger crashes = new AtomicInteger();
    private volatile boolean closed;

    public WorkerPool(Config config) {
        this.config = config;
        this.idle = new ArrayBlockingQueue<>(config.size());
        for (int i = 0; i < config.size(); i++) {
            Worker w = new Worker(i + 1);
            all.add(w);
            idle.add(w);
        }
    }

    public Config config() {
        return config;
    }

    /** Workers started again after a timeout or a crash. */
    public int restarts() {
        return restarts.get();
    }

    public int timeouts() {
        return timeouts.get();
    }

    public int crashes() {
        return crashes.get();
    }

    /** Pids of the live worker processes (tests check none outlives the batch). */
    public List<Long> pids() {
        List<Long> pids = new ArrayList<>();
        for (Worker w : all) {
            Process p = w.process;
            if (p != null && p.isAlive()) {
                pids.add(p.pid());
            }
        }
        return pids;
    }

    /**
     * Starts every worker in the background (a JVM with Tika takes a few seconds to be ready), so that this overlaps
     * with the caller's own start-up (compiling the rules…). A worker that fails to start here is retried on use.
     */
    public void prestart() {
        for (int i = 0; i < config.size(); i++) {
            Thread t = new Thread(() -> {
                Worker w;
                try {
                    w = idle.take();
                } catch (InterruptedException e) {
                    return;
                }
                try {
                    w.ensureStarted();
                    if (closed) {
                        w.stop();
                    }
                } catch (IOException | RuntimeException e) {
                    // reported when the worker is first used
                } finally {
                    idle.add(w);
                }
            }, "boussole-worker-start");
            t.setDaemon(true);
            t.start();
        }
    }

    @Override
    public String describe() {
        return config.size() + " processus d'extraction isolé(s) (-Xmx" + config.xmx() + ")";
    }

    @Override
    public Piece read(SourceFile file, String pieceId) {
        if (closed) {
            throw new IllegalStateException("pool d'extraction fermé");
        }
        Worker w;
        try {
            w = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("lecture interrompue", e);
        }
        try {
            return w.process(file, pieceId);
        } finally {
            idle.add(w);
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Worker w : all) {
            w.stop();
        }
    }

    /** One worker process slot; used by one thread at a time. */
    private final class Worker {
        private final int index;
        private volatile Process process;
        private BufferedWriter stdin;
        private BlockingQueue<String> lines;
        private final AtomicLong seq = new AtomicLong();
        private int starts;
        /** Last line on stdout that was not a protocol message (the JVM prints its OutOfMemoryError there). */
        private volatile String stray;

        Worker(int index) {
            this.index = index;
        }

        Piece process(SourceFile file, String pieceId) {
            try {
                ensureStarted();
            } catch (IOException e) {
                throw new IllegalStateException("impossible de démarrer un processus d'extraction : " + e.getMessage(), e);
            }
            long id = seq.incrementAndGet();
            Duration budget = config.extraction().timeout().plus(config.grace());
            String path = file.displayPath();
            WorkerProtocol.Response resp = null;
            boolean eof = false;
            try {
                stdin.write(WorkerProtocol.WRITER.writeValueAsString(new WorkerProtocol.Request(id, file, pieceId)));
                stdin.write('\n');
                stdin.flush();
                long deadline = System.nanoTime() + budget.toNanos();
                while (resp == null) {
                    long left = deadline - System.nanoTime();
                    String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
                    if (line == null) {
                        break;
                    }
                    if (EOF.equals(line)) {
                        eof = true;
                        break;
                    }
                    try {
                        WorkerProtocol.Response r = WorkerProtocol.RESPONSE.readValue(line);
                        if (r.seq() == id) {
                            resp = r;
                        }
                    } catch (IOException badLine) {
                        stray = line; // not a protocol line: keep it for the diagnosis
                    }
                }
            } catch (IOException e) {
                eof = true; // the pipe broke: the worker is gone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
                throw new IllegalStateException("lecture interrompue", e);
            }
            if (eof) {
                crashes.incrementAndGet();
                String exit = exitDescription();
                kill();
                return FailedPieces.of(file, pieceId, Problem.of(path, ProblemCode.PARSE_CRASHED,
                        "« " + path + " » : le processus d'extraction s'est arrêté en lisant ce fichier "
                                + "(mémoire insuffisante ou plantage de l'analyseur) ; le fichier n'est pas lu.",
                        exit + " ; processus d'extraction " + index + " redémarré"));
            }
            if (resp == null) {
                timeouts.incrementAndGet();
                kill();
                return FailedPieces.of(file, pieceId, Problem.of(path, ProblemCode.PARSE_TIMEOUT,
                        "« " + path + " » : extraction arrêtée après " + budget.toSeconds()
                                + " s ; le processus d'extraction a été arrêté et le fichier n'est pas lu.",
                        "délai d'extraction " + config.extraction().timeout().toSeconds() + " s + marge "
                                + config.grace().toSeconds() + " s dépassé ; processus d'extraction " + index
                                + " redémarré"));
            }
            if (resp.piece() == null) {
                return FailedPieces.of(file, pieceId, Problem.of(path, ProblemCode.PARSE_FAILED,
                        "« " + path + " » : échec inattendu de la lecture.", resp.error()));
            }
            if (resp.piece().errors().stream().anyMatch(p -> p.code() == ProblemCode.PARSE_TIMEOUT)) {
                // the worker gave up waiting, but the stuck parser thread may still run: recycle the process
                timeouts.incrementAndGet();
                kill();
            }
            return resp.piece();
        }

        private String exitDescription() {
            Process p = process;
            if (p == null) {
                return "processus absent";
            }
            try {
                if (p.waitFor(5, TimeUnit.SECONDS)) {
                    int code = p.exitValue();
                    String last = stray != null && stray.contains("OutOfMemoryError") ? " — " + stray.strip() : "";
                    return (code == 3 ? "code de sortie 3 : mémoire insuffisante (OutOfMemoryError, -Xmx"
                            + config.xmx() + ")" : "code de sortie " + code + (code > 128 ? " (signal " + (code - 128)
                            + ")" : "")) + last;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "le processus ne répond plus";
        }

        private void ensureStarted() throws IOException {
            if (closed) {
                throw new IOException("pool d'extraction fermé");
            }
            Process p = process;
            if (p != null && p.isAlive()) {
                return;
            }
            if (p != null) {
                kill();
            }
            if (starts++ > 0) {
                restarts.incrementAndGet();
            }
            stray = null;
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.add("-Xmx" + config.xmx());
            cmd.add("-XX:+ExitOnOutOfMemoryError");
            cmd.add("-XX:+UseSerialGC");
            cmd.add("-Xss4m");
            // C1 only: the C2 compiler's own CPU time is not paid back over a batch (measured in bench/archive)
            cmd.add("-XX:TieredStopAtLevel=1");
            cmd.add("-Djava.awt.headless=true");
            cmd.add("-Dfile.encoding=UTF-8");
            cmd.addAll(config.jvmArgs());
            String extra = System.getProperty(EXTRA_JVM_ARGS);
            if (extra != null && !extra.isBlank()) {
                cmd.addAll(List.of(extra.trim().split("\\s+")));
            }
            cmd.add("-cp");
            cmd.add(config.classPath());
            cmd.add(ExtractionWorker.class.getName());
            ProcessBuilder pb = new ProcessBuilder(cmd);
            if (config.logDir() != null) {
                Files.createDirectories(config.logDir());
                File log = config.logDir().resolve("extraction-" + index + ".log").toFile();
                pb.redirectError(ProcessBuilder.Redirect.appendTo(log));
            } else {
                pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            }
            Process started = pb.start();
            BlockingQueue<String> q = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(started.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String l;
                    while ((l = r.readLine()) != null) {
                        q.add(l);
                    }
                } catch (IOException ignored) {
                    // the process is gone
                } finally {
                    q.add(EOF);
                }
            }, "boussole-worker-" + index + "-out");
            reader.setDaemon(true);
            reader.start();
            this.process = started;
            this.lines = q;
            this.stdin = new BufferedWriter(new OutputStreamWriter(started.getOutputStream(), StandardCharsets.UTF_8));
            stdin.write(WorkerProtocol.WRITER.writeValueAsString(
                    new WorkerProtocol.Hello(config.extraction(), ProcessHandle.current().pid())));
            stdin.write('\n');
            stdin.flush();
            String ready;
            try {
                ready = q.poll(STARTUP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
                throw new IOException("démarrage interrompu", e);
            }
            if (!WorkerProtocol.READY.equals(ready)) {
                String why = ready == null ? "pas de réponse après " + STARTUP_TIMEOUT.toSeconds() + " s"
                        : EOF.equals(ready) ? exitDescription() : "réponse inattendue : " + ready;
                kill();
                throw new IOException("le processus d'extraction " + index + " n'a pas démarré (" + why + ")"
                        + (config.logDir() == null ? "" : " ; voir " + config.logDir().resolve("extraction-" + index + ".log")));
            }
        }

        private void kill() {
            Process p = process;
            process = null;
            if (p == null) {
                return;
            }
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            try {
                p.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                stdin.close();
            } catch (IOException ignored) {
                // already broken
            }
        }

        void stop() {
            Process p = process;
            if (p == null) {
                return;
            }
            try {
                stdin.close(); // EOF: the worker exits by itself
                if (!p.waitFor(3, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (IOException e) {
                kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
            process = null;
        }
    }
}
