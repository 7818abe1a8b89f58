package fr.boussole.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.extractor.ExtractionLimits;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputScannerTest {

    private static List<String> ids(InputScanner.Scan s) {
        return s.tenders().stream().map(TenderSource::id).toList();
    }

    @Test
    void folderOfSubFoldersAndZips(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("2026-001"));
        Files.writeString(dir.resolve("2026-001/RC.md"), "# RC");
        Files.writeString(dir.resolve("2026-002.zip"), "PK");
        Files.writeString(dir.resolve("notes.txt"), "à lire");
        Files.createDirectories(dir.resolve(".cache"));
        Files.writeString(dir.resolve("Thumbs.db"), "x");
        InputScanner.Scan s = InputScanner.scan(dir);
        assertEquals(List.of("2026-001", "2026-002"), ids(s));
        assertEquals(1, s.warnings().size());
        assertTrue(s.warnings().get(0).contains("notes.txt"));
    }

    @Test
    void csvListWithHeaderAliasesRelativePathsGroupsAndDecpIds(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("dce/a"));
        Files.createDirectories(dir.resolve("dce/b"));
        Files.writeString(dir.resolve("dce/b/RC.pdf"), "%PDF");
        Files.writeString(dir.resolve("dce/b/CCAP.docx"), "PK");
        Path list = dir.resolve("liste.csv");
        Files.writeString(list, "\uFEFFChemin;Identifiant;ID DECP\n"
                + "dce/a;MARCHE-A;2026-17\n"
                + "dce/b/RC.pdf;MARCHE-B;\n"
                + "dce/b/CCAP.docx;MARCHE-B;2026-18\n"
                + "dce/absent;X;\n"
                + "# commentaire\n", StandardCharsets.UTF_8);
        InputScanner.Scan s = InputScanner.scan(list);
        assertEquals(List.of("MARCHE-A", "MARCHE-B"), ids(s));
        TenderSource b = s.tenders().get(1);
        assertEquals(2, b.paths().size());
        assertEquals("2026-18", b.decpId());
        assertEquals("2026-17", s.tenders().get(0).decpId());
        assertEquals(dir.resolve("dce/a"), s.tenders().get(0).paths().get(0));
        assertEquals(1, s.warnings().size());
        assertTrue(s.warnings().get(0).contains("dce/absent"));
    }

    @Test
    void headerlessCommaListAndDuplicateIds(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("x/dce"));
        Files.createDirectories(dir.resolve("y/dce"));
        Path list = dir.resolve("liste.txt");
        Files.writeString(list, dir.resolve("x/dce") + "\n" + "y/dce\n");
        InputScanner.Scan s = InputScanner.scan(list);
        assertEquals(List.of("dce", "dce-2"), ids(s));
        assertNull(s.tenders().get(0).decpId());
    }

    @Test
    void jsonLinesList(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("r.pdf"), "%PDF");
        Files.writeString(dir.resolve("c.docx"), "PK");
        Path list = dir.resolve("liste.jsonl");
        Files.writeString(list, """
                {"path": "a", "id": "T/1 (2026)", "decpId": "D1"}
                {"paths": ["r.pdf", "c.docx"], "id": "T2"}
                not json
                {"id": "T3"}
                "a"
                """);
        InputScanner.Scan s = InputScanner.scan(list);
        assertEquals(List.of("T_1_2026_", "T2", "a"), ids(s));
        assertEquals("D1", s.tenders().get(0).decpId());
        assertEquals(2, s.tenders().get(1).paths().size());
        assertEquals(2, s.warnings().size());
    }

    @Test
    void zipOfZipsWithFoldersNoiseAndLegacyNames(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("archive.zip");
        try (OutputStream os = Files.newOutputStream(zip); ZipArchiveOutputStream z = new ZipArchiveOutputStream(os)) {
            z.setEncoding("IBM850");
            z.setUseLanguageEncodingFlag(false);
            z.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            put(z, "export/2026-001.zip", new byte[] {'P', 'K', 3, 4});
            put(z, "export/Marché-002/RC.md", "# RC".getBytes(StandardCharsets.UTF_8));
            put(z, "export/Marché-002/annexes/plans.zip", new byte[] {'P', 'K'});
            put(z, "export/__MACOSX/._2026-001.zip", new byte[] {0});
            put(z, "export/lisez-moi.txt", "x".getBytes(StandardCharsets.UTF_8));
        }
        InputScanner.Scan s = InputScanner.scan(zip);
        assertEquals(List.of("2026-001", "Marché-002"), ids(s));
        assertEquals(1, s.warnings().size());
        TenderSource folder = s.tenders().get(1);
        assertTrue(folder.nested());
        assertEquals("export/Marché-002/", folder.entry());
        try (InputScanner.Materialized m = InputScanner.materialize(folder, ExtractionLimits.defaults())) {
            Path root = m.paths().get(0);
            assertEquals("Marché-002", root.getFileName().toString());
            assertEquals("# RC", Files.readString(root.resolve("RC.md")));
            assertTrue(Files.exists(root.resolve("annexes/plans.zip")));
            m.close();
            assertFalse(Files.exists(root));
        }
        try (InputScanner.Materialized m = InputScanner.materialize(s.tenders().get(0), ExtractionLimits.defaults())) {
            assertEquals("2026-001.zip", m.paths().get(0).getFileName().toString());
            assertEquals(4, Files.size(m.paths().get(0)));
        }
        // an entry bigger than the limits is refused, not unpacked
        assertThrows(java.io.IOException.class, () -> InputScanner.materialize(s.tenders().get(0),
                ExtractionLimits.defaults().withMaxFileBytes(2)));
    }

    @Test
    void unusableInputsSayWhy(@TempDir Path dir) throws Exception {
        assertTrue(assertThrows(BatchInputException.class, () -> InputScanner.scan(dir.resolve("absent")))
                .getMessage().contains("introuvable"));
        Path pdf = dir.resolve("x.pdf");
        Files.writeString(pdf, "%PDF");
        assertTrue(assertThrows(BatchInputException.class, () -> InputScanner.scan(pdf)).getMessage()
                .contains("entrée non reconnue"));
        Path empty = dir.resolve("vide.csv");
        Files.writeString(empty, "path\n");
        assertThrows(BatchInputException.class, () -> InputScanner.scan(empty));
    }

    private static void put(ZipArchiveOutputStream z, String name, byte[] bytes) throws Exception {
        ZipArchiveEntry e = new ZipArchiveEntry(name);
        z.putArchiveEntry(e);
        z.write(bytes);
        z.closeArchiveEntry();
    }
}
