package fr.boussole.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the benchmarks find their inputs. System properties {@code boussole.root} (the project) and
 * {@code boussole.shared} (the shared material, default {@code <root>/../shared}) win; otherwise the project root
 * is found by walking up from the working directory. {@link BenchMain} passes both to the forked JVMs.
 */
public final class BenchPaths {

    public static final String ROOT_PROPERTY = "boussole.root";
    public static final String SHARED_PROPERTY = "boussole.shared";

    /** The shared corpus of real DCEs (optional: benchmarks over it are skipped when it is absent). */
    public static final String SHARED = "shared";
    /** Our own sample DCEs, committed in sample-tenders/dce (always present in a checkout). */
    public static final String SAMPLES = "samples";

    private BenchPaths() {
    }

    public static Path root() {
        String p = System.getProperty(ROOT_PROPERTY);
        if (p != null && !p.isBlank()) {
            return Path.of(p).toAbsolutePath().normalize();
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("pom.xml")) && Files.isDirectory(d.resolve("sample-tenders"))
                    && Files.isDirectory(d.resolve("bench"))) {
                return d;
            }
        }
        throw new IllegalStateException("racine du projet Boussole introuvable : lancez depuis le dépôt ou passez -D"
                + ROOT_PROPERTY + "=<chemin>");
    }

    public static Path shared() {
        String p = System.getProperty(SHARED_PROPERTY);
        if (p != null && !p.isBlank()) {
            return Path.of(p).toAbsolutePath().normalize();
        }
        return root().resolve("../shared").toAbsolutePath().normalize();
    }

    /** Folder of DCEs of a corpus ({@link #SHARED} or {@link #SAMPLES}), if present. */
    public static Optional<Path> corpus(String name) {
        Path dir = switch (name) {
            case SHARED -> shared().resolve("corpus/dce");
            case SAMPLES -> root().resolve("sample-tenders/dce");
            default -> throw new IllegalArgumentException("corpus inconnu : " + name + " (shared, samples)");
        };
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }
}
