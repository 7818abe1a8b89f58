package fr.boussole.extractor;

import fr.boussole.model.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * The files of one DCE, ready to parse, with the problems met while collecting them. Files unpacked
 * from archives live in a temporary directory that {@link #close()} deletes: keep this open while the
 * files are parsed.
 */
public final class CollectedInput implements AutoCloseable {

    private final List<SourceFile> files;
    private final List<Problem> problems;
    private final Path tempDir;
    private volatile boolean closed;

    CollectedInput(List<SourceFile> files, List<Problem> problems, Path tempDir) {
        this.files = List.copyOf(files);
        this.problems = List.copyOf(problems);
        this.tempDir = tempDir;
    }

    /** Readable files in a stable order (display path, case-insensitive first). */
    public List<SourceFile> files() {
        return files;
    }

    /** Tender-level problems: archives refused, entries refused, files skipped or unreadable. */
    public List<Problem> problems() {
        return problems;
    }

    /** Directory holding unpacked entries (may be empty). */
    public Path tempDir() {
        return tempDir;
    }

    /** Deletes the unpacked files. Safe to call twice. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        deleteTree(tempDir);
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("impossible de supprimer le dossier temporaire " + dir, e);
        }
    }
}
