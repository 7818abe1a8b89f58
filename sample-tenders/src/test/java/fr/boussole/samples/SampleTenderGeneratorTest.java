package fr.boussole.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.samples.source.PieceSource;
import fr.boussole.samples.source.TenderSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed binaries under dce/ are exactly what the sources produce, and generation is reproducible. */
class SampleTenderGeneratorTest {

    static final Path MODULE = Path.of(System.getProperty("basedir", "."));
    static final Path SOURCES = MODULE.resolve("src/tenders");
    static final Path DCE = MODULE.resolve("dce");
    static final String REGENERATE = "regénérer avec : mvn -q -pl sample-tenders compile exec:java";

    static List<TenderSource> tenders() throws IOException {
        List<TenderSource> out = new ArrayList<>();
        for (Path dir : TenderSource.list(SOURCES)) {
            out.add(TenderSource.read(dir));
        }
        return out;
    }

    @Test
    void atLeastThreeDigitalTendersAndOneNonDigital() throws IOException {
        List<String> ids = tenders().stream().map(TenderSource::id).toList();
        assertTrue(ids.containsAll(List.of("web-app-mediatheque", "postes-smartphones", "hebergement-cloud",
                "travaux-non-numerique")), ids.toString());
    }

    @Test
    void committedBinariesMatchTheirSources(@TempDir Path tmp) throws IOException {
        SampleTenderGenerator.generateAll(SOURCES, tmp, List.of());
        Map<String, Path> expected = files(tmp);
        Map<String, Path> committed = files(DCE);
        assertEquals(expected.keySet(), committed.keySet(), "fichiers de dce/ différents des sources ; " + REGENERATE);
        for (Map.Entry<String, Path> e : expected.entrySet()) {
            assertArrayEquals(Files.readAllBytes(e.getValue()), Files.readAllBytes(committed.get(e.getKey())),
                    e.getKey() + " ne correspond plus à ses sources ; " + REGENERATE);
        }
    }

    @Test
    void generationIsByteIdenticalWhateverTheTimeZone() throws IOException {
        TimeZone saved = TimeZone.getDefault();
        try {
            for (TenderSource t : tenders()) {
                TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
                Map<String, byte[]> first = SampleTenderGenerator.render(t);
                TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
                Map<String, byte[]> second = SampleTenderGenerator.render(t);
                assertEquals(first.keySet(), second.keySet());
                for (String name : first.keySet()) {
                    assertArrayEquals(first.get(name), second.get(name), t.id() + "/" + name);
                }
            }
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void eachPieceGoesWhereItsMetadataSays() throws IOException {
        for (TenderSource t : tenders()) {
            Map<String, byte[]> files = SampleTenderGenerator.render(t);
            if (t.zipped()) {
                assertEquals(List.of(t.zipName()), List.copyOf(files.keySet()));
            } else {
                assertEquals(t.pieces().stream().map(PieceSource::file).toList(), List.copyOf(files.keySet()));
            }
        }
    }

    @Test
    void everyTenderDocumentsWhatACarefulReaderFinds() throws IOException {
        for (Path dir : TenderSource.list(SOURCES)) {
            Path expected = dir.resolve("EXPECTED.md");
            assertTrue(Files.isRegularFile(expected), expected + " absent");
            String text = Files.readString(expected);
            assertTrue(text.contains("LEG-01"), expected + " : les critères LEG-xx doivent être passés en revue");
            assertTrue(text.toLowerCase().contains("piège"), expected + " : la section des pièges manque");
        }
    }

    @Test
    void generatorReplacesStaleFiles(@TempDir Path tmp) throws IOException {
        TenderSource t = TenderSource.read(SOURCES.resolve("travaux-non-numerique"));
        Path stale = tmp.resolve(t.id()).resolve("ancienne-version.pdf");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "x");
        SampleTenderGenerator.generate(t, tmp);
        assertFalse(Files.exists(stale));
        assertEquals(t.pieces().size(), files(tmp).size());
    }

    static Map<String, Path> files(Path root) throws IOException {
        Map<String, Path> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isRegularFile).forEach(p -> out.put(root.relativize(p).toString().replace('\\', '/'), p));
        }
        return out;
    }
}
