package fr.boussole.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A benchmark corpus: a folder whose sub-folders are DCEs (a DCE folder holds the pieces, possibly a ZIP).
 * Files whose name starts with a dot are left out, as the reader does.
 */
public record Corpus(String name, Path dir, List<Dce> dces) {

    /** One DCE: its folder and its files (recursive, sorted). */
    public record Dce(String name, Path dir, List<Path> files) {
        public long bytes() {
            long n = 0;
            for (Path f : files) {
                try {
                    n += Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return n;
        }
    }

    public Corpus {
        dces = List.copyOf(dces);
    }

    /** Loads a named corpus; fails with a French message when it is absent (callers check first). */
    public static Corpus load(String name) {
        Path dir = BenchPaths.corpus(name).orElseThrow(() -> new IllegalStateException(
                "corpus « " + name + " » absent : benchmark à sauter"));
        return of(name, dir);
    }

    public static Corpus of(String name, Path dir) {
        List<Dce> dces = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> subdirs = s.filter(Files::isDirectory).filter(p -> !hidden(p)).sorted().toList();
            if (subdirs.isEmpty()) {
                dces.add(new Dce(dir.getFileName().toString(), dir, filesOf(dir)));
            }
            for (Path d : subdirs) {
                List<Path> files = filesOf(d);
                if (!files.isEmpty()) {
                    dces.add(new Dce(d.getFileName().toString(), d, files));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (dces.isEmpty()) {
            throw new IllegalStateException("corpus « " + name + " » vide : " + dir);
        }
        return new Corpus(name, dir, dces);
    }

    private static List<Path> filesOf(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !hidden(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }

    public int fileCount() {
        return dces.stream().mapToInt(d -> d.files().size()).sum();
    }

    public long bytes() {
        return dces.stream().mapToLong(Dce::bytes).sum();
    }
}
