package fr.boussole.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

    @Test
    void writesEveryFormatNamedAfterTheTender(@TempDir Path dir) throws Exception {
        List<Path> files = Reports.writeAll(Fixtures.result(), EnumSet.allOf(ReportFormat.class), dir, null,
                Locale.FRENCH);
        assertEquals(6, files.size());
        for (Path f : files) {
            assertTrue(Files.size(f) > 500, f.toString());
            assertTrue(f.getFileName().toString().startsWith("AO-2026-017."));
        }
        try (var s = Files.list(dir)) {
            assertEquals(6, s.count(), "no temporary file left behind");
        }
        assertEquals(ReportFormat.MARKDOWN, ReportFormat.fromName("md"));
        assertEquals(ReportFormat.SARIF, ReportFormat.fromName("SARIF"));
        assertThrows(IllegalArgumentException.class, () -> ReportFormat.fromName("pdf"));
    }

    static Set<String> keys(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ReportsTest.class.getResourceAsStream("/fr/boussole/report/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void frenchAndEnglishBundlesHaveTheSameKeys() throws Exception {
        Set<String> fr = keys("messages_fr.properties");
        Set<String> en = keys("messages_en.properties");
        Set<String> onlyFr = new TreeSet<>(fr);
        onlyFr.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(fr);
        assertEquals(Set.of(), onlyFr, "missing in English");
        assertEquals(Set.of(), onlyEn, "missing in French");
        assertTrue(fr.size() > 200);
    }

    @Test
    void frenchIsTheDefaultForAnyOtherLanguage() {
        assertEquals("Manquant", ReportTexts.of(Locale.GERMAN).status(fr.boussole.model.Status.MISSING));
        assertEquals("Missing", ReportTexts.of(Locale.UK).status(fr.boussole.model.Status.MISSING));
        assertEquals("Manquant", ReportTexts.of(null).status(fr.boussole.model.Status.MISSING));
    }
}
