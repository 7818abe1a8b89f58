package fr.boussole.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.boussole.model.Json;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The append-only journal of a batch ({@code journal.jsonl}): one JSON line per tender finished, forced to disk
 * before the next tender is reported. It is the source of truth on restart: a tender counts as done only when
 * its line is there and its result file exists. A line cut by a kill is dropped on open; later lines for the
 * same tender win. Only the last key and result file of each done tender are kept in memory.
 */
public final class Journal implements AutoCloseable {

    public static final String FILE_NAME = "journal.jsonl";

    /** What the journal remembers of a finished tender. */
    public record Done(String key, String resultFile) {
    }

    private static final ObjectWriter WRITER = Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectReader READER = Json.mapper().readerFor(JournalEntry.class);

    private final Path file;
    private final Map<String, Done> done = new HashMap<>();
    private int droppedLines;
    private FileChannel channel;

    private Journal(Path file) {
        this.file = file;
    }

    /** Opens (or creates) a journal, repairing a line cut by a kill. */
    public static Journal open(Path file) throws IOException {
        Journal j = new Journal(file);
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (Files.exists(file)) {
            truncatePartialTail(file);
            j.droppedLines = forEachLine(file, e -> {
                if (e.done()) {
                    j.done.put(e.id(), new Done(e.key(), e.row().resultFile()));
                } else {
                    j.done.remove(e.id());
                }
            });
        }
        j.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        AtomicFiles.forceDirectory(file.toAbsolutePath().getParent());
        return j;
    }

    public Path file() {
        return file;
    }

    /** Unreadable lines met on open (should stay 0: only the cut tail is expected, and it is repaired). */
    public int droppedLines() {
        return droppedLines;
    }

    /** The last done state of a tender, or null. */
    public synchronized Done done(String id) {
        return done.get(id);
    }

    public synchronized int doneCount() {
        return done.size();
    }

    /** Appends one line and forces it to disk. */
    public void append(JournalEntry e) throws IOException {
        append(e, true);
    }

    /**
     * Appends one line; {@code force} makes it durable before returning (needed for new results; a refreshed
     * row of an unchanged tender can be recomputed, so it may skip the fsync).
     */
    public synchronized void append(JournalEntry e, boolean force) throws IOException {
        byte[] line = (WRITER.writeValueAsString(e) + "\n").getBytes(StandardCharsets.UTF_8);
        ByteBuffer buf = ByteBuffer.wrap(line);
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
        if (force) {
            channel.force(false);
        }
        if (e.done()) {
            done.put(e.id(), new Done(e.key(), e.row().resultFile()));
        } else {
            done.remove(e.id());
        }
    }

    /**
     * Rewrites the journal atomically with only the last line of each tender of {@code order}, in that order
     * (the input's order, so summaries are stable whatever the threads did). Tenders no longer in the input are
     * dropped from the journal (their result files are left alone).
     */
    public synchronized void compact(List<String> order) throws IOException {
        Map<String, long[]> last = new HashMap<>();
        scanLines(file, (offset, bytes) -> {
            String id = idOf(bytes);
            if (id != null) {
                last.put(id, new long[] {offset, bytes.length});
            }
        });
        channel.close();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            AtomicFiles.write(file, out -> {
                for (String id : new LinkedHashSet<>(order)) {
                    long[] at = last.get(id);
                    if (at == null) {
                        continue;
                    }
                    byte[] line = new byte[(int) at[1]];
                    raf.seek(at[0]);
                    raf.readFully(line);
                    out.write(line);
                    out.write('\n');
                }
            });
        }
        channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    private interface LineSink {
        void line(long offset, byte[] bytes) throws IOException;
    }

    /** Every complete line with its byte offset (without the newline). */
    private static void scanLines(Path file, LineSink sink) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            long offset = 0;
            long start = 0;
            int b;
            while ((b = in.read()) >= 0) {
                offset++;
                if (b == '\n') {
                    if (buf.size() > 0) {
                        sink.line(start, buf.toByteArray());
                    }
                    buf.reset();
                    start = offset;
                } else {
                    buf.write(b);
                }
            }
        }
    }

    private static String idOf(byte[] line) {
        try {
            JsonNode n = Json.mapper().readTree(line);
            JsonNode id = n == null ? null : n.get("id");
            return id == null || !id.isTextual() ? null : id.asText();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Streams the entries of a journal, last one per tender, in file order of that last line, restricted to
     * {@code ids} when not null.
     */
    public static void forEachLatest(Path file, Set<String> ids, Consumer<JournalEntry> action) throws IOException {
        Map<String, Integer> last = new HashMap<>();
        int[] n = {0};
        forEachLine(file, e -> last.put(e.id(), n[0]++));
        int[] i = {0};
        forEachLine(file, e -> {
            int idx = i[0]++;
            if (last.get(e.id()) == idx && (ids == null || ids.contains(e.id()))) {
                action.accept(e);
            }
        });
    }

    /** Reads every parseable line; returns how many lines could not be read. */
    static int forEachLine(Path file, Consumer<JournalEntry> action) throws IOException {
        int bad = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JournalEntry e;
                try {
                    e = READER.readValue(line);
                } catch (IOException ex) {
                    bad++;
                    continue;
                }
                if (e.id() != null) {
                    action.accept(e);
                }
            }
        }
        return bad;
    }

    /** Drops the bytes after the last newline: the half-written line of a killed run. */
    static void truncatePartialTail(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long len = raf.length();
            long pos = len;
            byte[] chunk = new byte[8192];
            while (pos > 0) {
                int size = (int) Math.min(chunk.length, pos);
                raf.seek(pos - size);
                raf.readFully(chunk, 0, size);
                for (int k = size - 1; k >= 0; k--) {
                    if (chunk[k] == '\n') {
                        long keep = pos - size + k + 1;
                        if (keep < len) {
                            raf.setLength(keep);
                            raf.getFD().sync();
                        }
                        return;
                    }
                }
                pos -= size;
            }
            if (len > 0) {
                raf.setLength(0);
                raf.getFD().sync();
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null && channel.isOpen()) {
            channel.force(true);
            channel.close();
        }
    }
}
