package fr.boussole.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    private static JournalEntry done(String id, String key) {
        return new JournalEntry(id, key, Instant.parse("2026-11-20T10:00:00Z"),
                DashboardTest.row(id, 2026, "etat", "software", "covered"));
    }

    @Test
    void aLineCutByAKillIsDroppedAndTheNextLineStartsClean(@TempDir Path dir) throws Exception {
        Path f = dir.resolve(Journal.FILE_NAME);
        try (Journal j = Journal.open(f)) {
            j.append(done("a", "k1"));
            j.append(done("b", "k2"));
        }
        // a kill in the middle of the third line
        Files.writeString(f, "{\"id\":\"c\",\"key\":\"k3\",\"row\":{\"id\":\"c\",\"outc", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        try (Journal j = Journal.open(f)) {
            assertEquals(0, j.droppedLines());
            assertEquals(2, j.doneCount());
            assertEquals("k2", j.done("b").key());
            assertNull(j.done("c"));
            j.append(done("c", "k3"));
        }
        List<String> lines = Files.readAllLines(f);
        assertEquals(3, lines.size());
        assertEquals('}', lines.get(2).charAt(lines.get(2).length() - 1));
    }

    @Test
    void laterLinesWinAndCompactionKeepsInputOrder(@TempDir Path dir) throws Exception {
        Path f = dir.resolve(Journal.FILE_NAME);
        try (Journal j = Journal.open(f)) {
            j.append(done("b", "old"));
            j.append(done("a", "k1"));
            j.append(new JournalEntry("c", null, Instant.now(), TenderRow.failed(
                    TenderSource.of("c", dir), "échec", 1)));
            j.append(done("b", "new"));
            j.append(done("gone", "k"));
            assertNull(j.done("c"));
            j.compact(List.of("a", "b", "c"));
            j.append(done("c", "k3"));
        }
        List<String> ids = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Journal.forEachLatest(f, null, e -> {
            ids.add(e.id());
            keys.add(e.key());
        });
        assertEquals(List.of("a", "b", "c"), ids);
        assertEquals("new", keys.get(1));
        assertEquals("k3", keys.get(2));
        try (Journal j = Journal.open(f)) {
            assertEquals(3, j.doneCount());
        }
    }
}
