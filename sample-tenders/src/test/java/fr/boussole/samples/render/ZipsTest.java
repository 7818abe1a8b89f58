package fr.boussole.samples.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.List;
import java.util.TimeZone;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;

class ZipsTest {

    private static final ZonedDateTime WHEN = LocalDateTime.of(2026, 9, 17, 11, 5).atZone(ZoneId.of("Europe/Paris"));

    @Test
    void entryTimesAreTheWallClockTimeAndTheBytesDoNotDependOnTheTimeZone() throws Exception {
        List<Zips.Entry> entries = List.of(new Zips.Entry("a.txt", "bonjour".getBytes(StandardCharsets.UTF_8), false));
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            byte[] west = Zips.write(entries, WHEN);
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            byte[] east = Zips.write(entries, WHEN);
            assertArrayEquals(west, east);
            try (ZipFile zip = ZipFile.builder().setByteArray(east).get()) {
                ZipArchiveEntry e = Collections.list(zip.getEntries()).get(0);
                assertEquals(WHEN.toLocalDateTime(),
                        LocalDateTime.ofInstant(e.getLastModifiedDate().toInstant(), ZoneId.systemDefault()));
            }
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void normaliseKeepsOrderAndContent() throws Exception {
        List<Zips.Entry> entries = List.of(
                new Zips.Entry("[Content_Types].xml", "<x/>".getBytes(StandardCharsets.UTF_8), false),
                new Zips.Entry("word/document.xml", "<w/>".getBytes(StandardCharsets.UTF_8), false));
        byte[] once = Zips.write(entries, WHEN.minusYears(3));
        byte[] normalised = Zips.normalise(once, WHEN);
        try (ZipFile zip = ZipFile.builder().setByteArray(normalised).get()) {
            List<ZipArchiveEntry> list = Collections.list(zip.getEntriesInPhysicalOrder());
            assertEquals("[Content_Types].xml", list.get(0).getName());
            assertEquals("<w/>", new String(zip.getInputStream(list.get(1)).readAllBytes(), StandardCharsets.UTF_8));
        }
        assertArrayEquals(normalised, Zips.normalise(normalised, WHEN));
    }
}
