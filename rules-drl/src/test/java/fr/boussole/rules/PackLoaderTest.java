package fr.boussole.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.rules.pack.Pack;
import fr.boussole.rules.pack.PackException;
import fr.boussole.rules.pack.PackLoader;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackLoaderTest {

    private static void zip(Path target, String prefix, Path folder) throws Exception {
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream z = new ZipOutputStream(out);
             Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) {
                    z.putNextEntry(new ZipEntry(prefix + folder.relativize(p).toString().replace('\\', '/')));
                    z.write(Files.readAllBytes(p));
                    z.closeEntry();
                }
            }
        }
    }

    @Test
    void folderZipAtRootZipUnderTopFolderAndJarGiveTheSamePack(@TempDir Path dir) throws Exception {
        Path folder = TestPacks.path("declic-test");
        Pack fromFolder = PackLoader.load(folder);
        Path rootZip = dir.resolve("declic.zip");
        zip(rootZip, "", folder);
        Path topZip = dir.resolve("declic-1.0.0.zip");
        zip(topZip, "declic-test-1.0.0/", folder);
        Path jar = dir.resolve("declic.jar");
        zip(jar, "", folder);
        for (Path p : new Path[] {rootZip, topZip, jar}) {
            Pack pk = PackLoader.load(p);
            assertEquals("declic-test", pk.id());
            assertEquals(fromFolder.sha256(), pk.sha256(), p.toString());
            assertEquals(1, pk.criteria().size());
            assertEquals(2, pk.overrides().size());
        }
    }

    @Test
    void builtinPackHashEqualsItsFolderHash() {
        Pack loi = PackLoader.builtin("loi");
        assertTrue(loi.builtin());
        assertTrue(loi.criteria().size() >= 19, "LEG-01 … LEG-19");
        assertEquals("classpath:boussole-packs/loi", loi.origin());
        assertEquals(64, loi.sha256().length());
        assertEquals(4, TestPacks.loi().criteria().size(), "the frozen seed fixture");
        assertFalse(TestPacks.loi().builtin());
    }

    @Test
    void zipEntriesOutsideThePackAreRefused(@TempDir Path dir) throws Exception {
        Path z = dir.resolve("evil.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(z))) {
            out.putNextEntry(new ZipEntry("../../pack.yaml"));
            out.write("id: x".getBytes());
            out.closeEntry();
        }
        PackException e = assertThrows(PackException.class, () -> PackLoader.load(z));
        assertTrue(e.getMessage().contains("chemin hors de l'archive"), e.getMessage());
    }

    @Test
    void unknownFieldIsReportedWithLineAndAllowedFields() {
        PackException e = assertThrows(PackException.class, () -> PackLoader.fromFiles("mem", TestTenders.files(
                "pack.yaml", TestPacks.manifest("p", "P-"),
                "criteria/P-01.yaml", "id: P-01\ntitle: T\nseverity: obligation\nsignals:\n  - id: s\n"
                        + "    patern: [\"x\"]\n"), false));
        assertTrue(e.getMessage().startsWith("pack « p », criteria/P-01.yaml, ligne 6 : champ inconnu « patern » pour "
                + "« signals[0].patern » (champs permis : "), e.getMessage());
    }

    @Test
    void badValuesAndBadYamlAreLocated() {
        PackException e = assertThrows(PackException.class, () -> PackLoader.fromFiles("mem", TestTenders.files(
                "pack.yaml", TestPacks.manifest("p", "P-"),
                "criteria/P-01.yaml", "id: P-01\ntitle: T\nseverity: forte\n"), false));
        assertTrue(e.getMessage().contains("criteria/P-01.yaml, ligne 3 : valeur invalide pour « severity »"),
                e.getMessage());
        PackException y = assertThrows(PackException.class, () -> PackLoader.fromFiles("mem", TestTenders.files(
                "pack.yaml", TestPacks.manifest("p", "P-"),
                "criteria/P-01.yaml", "id: P-01\ntitle: T: deux points\n"), false));
        assertTrue(y.getMessage().contains("criteria/P-01.yaml, ligne 2 : YAML invalide"), y.getMessage());
    }

    @Test
    void badRegexIsLocatedAndNamed() {
        PackException e = assertThrows(PackException.class, () -> PackLoader.fromFiles("mem", TestTenders.files(
                "pack.yaml", TestPacks.manifest("p", "P-"),
                "criteria/P-01.yaml", "id: P-01\ntitle: T\nseverity: obligation\nsignals:\n  - id: s\n"
                        + "    patterns:\n      - \"ok\"\n      - \"(non fermé\"\n"), false));
        assertTrue(e.getMessage().startsWith("pack « p », criteria/P-01.yaml, ligne 8 : critère P-01, signal « s » : "
                + "motif invalide « (non fermé »"), e.getMessage());
    }

    @Test
    void everyProblemOfAPackIsReportedAtOnce() {
        PackException e = assertThrows(PackException.class, () -> PackLoader.fromFiles("mem", TestTenders.files(
                "pack.yaml", "id: P\nversion: 1\ntitle: T\nidPrefixes: [P-]\nminBoussoleVersion: 9.0.0\n",
                "criteria/P-01.yaml", "id: P-02\ntitle: T\nseverity: obligation\napplies:\n  families: [materiel]\n"),
                false));
        String m = e.getMessage();
        assertTrue(m.contains("identifiant de pack invalide « P »"), m);
        assertTrue(m.contains("version invalide « 1 »"), m);
        assertTrue(m.contains("ce pack demande Boussole 9.0.0 ou plus récent"), m);
        assertTrue(m.contains("l'identifiant « P-02 » ne correspond pas au nom du fichier (P-01)"), m);
        assertTrue(m.contains("famille d'achat inconnue « materiel »"), m);
        assertEquals(5, e.errors().size(), m);
    }

    @Test
    void missingManifest() {
        PackException e = assertThrows(PackException.class, () -> PackLoader.fromFiles("dossier/x", Map.of(), false));
        assertEquals("pack « dossier/x », pack.yaml : manifeste pack.yaml introuvable (ni à la racine, ni sous un "
                + "dossier unique)", e.getMessage());
    }

    @Test
    void hiddenFilesAreIgnoredAndUnknownFilesWarned(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("pack.yaml"), TestPacks.manifest("p", "P-"));
        Files.writeString(dir.resolve(".DS_Store"), "x");
        Files.writeString(dir.resolve("notes.txt"), "x");
        Pack p = PackLoader.load(dir);
        assertFalse(p.warnings().isEmpty());
        assertTrue(p.warnings().get(0).endsWith("fichier ignoré notes.txt"));
        Files.delete(dir.resolve(".DS_Store"));
        assertEquals(p.sha256(), PackLoader.load(dir).sha256());
    }

    @Test
    void referencesAreBuiltinIdsOrPaths() {
        assertEquals("loi", PackLoader.resolve("loi").id());
        assertEquals("declic-test", PackLoader.resolve(TestPacks.path("declic-test").toString()).id());
        PackException e = assertThrows(PackException.class, () -> PackLoader.resolveAll(java.util.List.of("loi",
                "inconnu", "./nulle/part.zip")));
        assertEquals(2, e.errors().size());
        assertTrue(e.getMessage().contains("pack introuvable : ni fichier ou dossier « inconnu », ni pack intégré "
                + "(packs intégrés : loi"), e.getMessage());
    }
}
