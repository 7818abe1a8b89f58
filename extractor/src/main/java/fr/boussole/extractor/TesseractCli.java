package fr.boussole.extractor;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * OCR with the {@code tesseract} command line. The executable is looked up on PATH by scanning the
 * PATH directories (no process); {@code tesseract --list-langs} runs once, lazily, the first time a
 * language is asked for. The lookup is injectable so that tests do not depend on the machine.
 */
public final class TesseractCli implements OcrEngine {

    private final Supplier<Optional<Path>> lookup;
    private final Map<String, Boolean> languages = new ConcurrentHashMap<>();
    private volatile Optional<Path> executable;

    public TesseractCli(Supplier<Optional<Path>> lookup) {
        this.lookup = lookup;
    }

    /** Looks for {@code tesseract} on the PATH of this process. */
    public static TesseractCli onPath() {
        return new TesseractCli(() -> findOnPath("tesseract", System.getenv("PATH")));
    }

    /** An engine that is never available (tests, or OCR disabled by policy). */
    public static TesseractCli absent() {
        return new TesseractCli(Optional::empty);
    }

    static Optional<Path> findOnPath(String command, String path) {
        if (path == null) {
            return Optional.empty();
        }
        boolean windows = File.separatorChar == '\\';
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            for (String name : windows ? List.of(command + ".exe", command) : List.of(command)) {
                Path p = Path.of(dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Path> executable() {
        Optional<Path> e = executable;
        if (e == null) {
            e = lookup.get();
            executable = e;
        }
        return e;
    }

    @Override
    public String name() {
        return "tesseract";
    }

    @Override
    public boolean supports(String language) {
        if (executable().isEmpty()) {
            return false;
        }
        return languages.computeIfAbsent(language, l -> {
            try {
                String out = run(List.of(executable().get().toString(), "--list-langs"), Duration.ofSeconds(30));
                return out.lines().map(String::strip).anyMatch(l::equals);
            } catch (IOException e) {
                return false;
            }
        });
    }

    @Override
    public String recognize(Path image, String language, Duration timeout) throws IOException {
        Path exe = executable().orElseThrow(() -> new IOException("tesseract introuvable"));
        return run(List.of(exe.toString(), image.toString(), "stdout", "-l", language), timeout);
    }

    private static String run(List<String> command, Duration timeout) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        Process p = pb.start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = p.getInputStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                return new byte[0];
            }
        });
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IOException("tesseract : délai dépassé (" + timeout.toSeconds() + " s)");
            }
            if (p.exitValue() != 0) {
                throw new IOException("tesseract a échoué (code " + p.exitValue() + ")");
            }
            return new String(out.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("OCR interrompu", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException("sortie de tesseract illisible", e);
        }
    }
}
