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
import java.util.Arrays;
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
    /** {@link Canonical#zlibFingerprint()} of the zlib that produced the committed files (Debian 12, zlib 1.2.13). */
    static final String REFERENCE_ZLIB = "ea3748451030b48f0e6d5e1ac73e8c025f1a6dd9db820aeac5537f13ff3d84fe";
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
        boolean referenceZlib = Canonical.zlibFingerprint().equals(REFERENCE_ZLIB);
        for (Map.Entry<String, Path> e : expected.entrySet()) {
            byte[] fresh = Files.readAllBytes(e.getValue());
            byte[] kept = Files.readAllBytes(committed.get(e.getKey()));
            if (referenceZlib || Arrays.equals(fresh, kept)) {
                assertArrayEquals(fresh, kept, e.getKey() + " ne correspond plus à ses sources ; " + REGENERATE);
            } else {
                // another zlib build deflates differently: compare what the files hold, not how it is compressed
                assertEquals(Canonical.of(e.getKey(), fresh), Canonical.of(e.getKey(), kept),
                        e.getKey() + " ne correspond plus à ses sources (contenu décompressé) ; " + REGENERATE);
            }
        }
    }

    @Test
    void canonicalFormSeesRealChanges() throws IOException {
        TenderSource t = TenderSource.read(SOURCES.resolve("travaux-non-numerique"));
        for (PieceSource p : t.pieces()) {
            byte[] bytes = SampleTenderGenerator.render(t, p);
            TenderSource later = new TenderSource(t.id(), t.buyer(), t.author(), t.timestamp().plusDays(1), t.zipName(),
                    t.zipCharset(), t.pieces());
            assertEquals(Canonical.of(p.file(), bytes), Canonical.of(p.file(), SampleTenderGenerator.render(t, p)));
            assertFalse(Canonical.of(p.file(), bytes).equals(Canonical.of(p.file(), SampleTenderGenerator.render(later, p))),
                    p.file() + " : la forme canonique doit voir un changement de date");
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
