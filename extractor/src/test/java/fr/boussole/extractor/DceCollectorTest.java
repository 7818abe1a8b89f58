package fr.boussole.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.model.Problem;
import fr.boussole.model.ProblemCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DceCollectorTest {

    private static final Charset CP850 = Charset.forName("IBM850");

    @TempDir
    Path dir;

    private static List<String> paths(CollectedInput in) {
        return in.files().stream().map(SourceFile::displayPath).toList();
    }

    private static List<ProblemCode> codes(CollectedInput in) {
        return in.problems().stream().map(Problem::code).toList();
    }

    private byte[] pdfBytes(String text) throws IOException {
        Path p = Fixtures.pdf(Files.createTempFile(dir, "f", ".pdf"), List.of(List.of(text)));
        return Files.readAllBytes(p);
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new Random(42).nextBytes(b);
        return b;
    }

    @Test
    void folderIsWalkedRecursivelyInStableOrderAndNoiseIsSkippedSilently() throws Exception {
        Path dce = Files.createDirectories(dir.resolve("DCE"));
        Files.createDirectories(dce.resolve("Technique"));
        Files.createDirectories(dce.resolve("__MACOSX"));
        Fixtures.pdf(dce.resolve("RC.pdf"), List.of(List.of("Règlement de la consultation")));
        Fixtures.docx(dce.resolve("Technique/CCTP.docx"));
        Fixtures.xlsx(dce.resolve("BPU.xlsx"));
        Files.writeString(dce.resolve("~$CCTP.docx"), "lock");
        Files.writeString(dce.resolve("Thumbs.db"), "x");
        Files.writeString(dce.resolve(".DS_Store"), "x");
        Files.writeString(dce.resolve("__MACOSX/._RC.pdf"), "x");
        Files.write(dce.resolve("RC.pdf.p7s"), random(300));
        Files.writeString(dce.resolve("jeton.xml"), "<?xml version=\"1.0\"?><Signature/>");
        try (CollectedInput in = new DceCollector().collect(dce)) {
            assertEquals(List.of("BPU.xlsx", "RC.pdf", "Technique/CCTP.docx"), paths(in));
            assertEquals(List.of(ProblemCode.FILE_SKIPPED, ProblemCode.FILE_SKIPPED), codes(in));
            assertTrue(in.problems().stream().anyMatch(p -> p.path().equals("RC.pdf.p7s")
                    && p.message().contains("signature")), in.problems().toString());
            SourceFile rc = in.files().get(1);
            assertEquals("RC.pdf", rc.fileName());
            assertEquals(DceCollector.sha256(dce.resolve("RC.pdf")), rc.sha256());
            assertEquals(Files.size(dce.resolve("RC.pdf")), rc.size());
        }
    }

    @Test
    void windowsZipWithCp850NamesAndNoUtf8FlagIsDecodedRight() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("Règlement de consultation.pdf", pdfBytes("Article 1"));
        entries.put("Pièces/Cahier des clauses particulières.txt", "Le marché n° 2025-12.".getBytes(StandardCharsets.UTF_8));
        Path zip = Fixtures.zip(dir.resolve("dce.zip"), entries, CP850);
        // the raw names really are CP850 bytes, invalid as UTF-8
        assertTrue(new String(Files.readAllBytes(zip), StandardCharsets.ISO_8859_1).contains("R\u008Aglement"));
        try (CollectedInput in = new DceCollector().collect(zip)) {
            assertEquals(List.of("dce.zip!/Pièces/Cahier des clauses particulières.txt",
                    "dce.zip!/Règlement de consultation.pdf"), paths(in));
            assertEquals("Règlement de consultation.pdf", in.files().get(1).fileName());
            assertTrue(in.problems().isEmpty(), in.problems().toString());
            assertTrue(Files.exists(in.files().get(0).localPath()));
            assertTrue(in.files().get(0).localPath().startsWith(in.tempDir()));
        }
    }

    @Test
    void utf8NamesWithFlagOrWithoutAreKept() throws Exception {
        Path flagged = Fixtures.zip(dir.resolve("a.zip"), Map.of("Délais d’exécution.txt", "ok".getBytes()),
                StandardCharsets.UTF_8);
        Path unflagged = dir.resolve("b.zip");
        try (var zos = new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(unflagged.toFile())) {
            zos.setEncoding("UTF-8");
            zos.setUseLanguageEncodingFlag(false); // as some Linux/macOS tools write
            zos.setCreateUnicodeExtraFields(
                    org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            zos.putArchiveEntry(new org.apache.commons.compress.archivers.zip.ZipArchiveEntry("Pénalités.txt"));
            zos.write("ok".getBytes());
            zos.closeArchiveEntry();
        }
        try (CollectedInput in = new DceCollector().collect(List.of(flagged, unflagged))) {
            assertEquals(List.of("a.zip!/Délais d’exécution.txt", "b.zip!/Pénalités.txt"), paths(in));
        }
    }

    @Test
    void traversalEntriesAreRefusedAndSiblingsKept() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("../../evil.txt", "x".getBytes());
        entries.put("/etc/passwd.txt", "x".getBytes());
        entries.put("C:\\Windows\\win.txt", "x".getBytes());
        entries.put("..\\..\\back.txt", "x".getBytes());
        entries.put("Administratif/CCAP.txt", "Article 1 - Objet".getBytes(StandardCharsets.UTF_8));
        entries.put("Administratif/./AE.txt", "Acte d'engagement".getBytes(StandardCharsets.UTF_8));
        Path zip = Fixtures.zip(dir.resolve("dce.zip"), entries, StandardCharsets.UTF_8);
        try (CollectedInput in = new DceCollector().collect(zip)) {
            assertEquals(List.of("dce.zip!/Administratif/AE.txt", "dce.zip!/Administratif/CCAP.txt"), paths(in),
                    in.problems().toString());
            assertEquals(4, codes(in).stream().filter(c -> c == ProblemCode.ZIP_PATH_TRAVERSAL).count(), codes(in).toString());
            assertTrue(in.problems().get(0).message().contains("sort de l'archive"));
            assertFalse(Files.exists(dir.resolve("evil.txt")));
            assertFalse(Files.exists(dir.getParent().resolve("evil.txt")));
        }
        assertNull(DceCollector.safeEntryPath("a/../../b"));
        assertEquals("a/b.txt", DceCollector.safeEntryPath("a\\b.txt"));
    }

    @Test
    void highRatioEntryIsRefusedAsZipBombOthersKept() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("zeros.txt", new byte[4 * 1024 * 1024]);
        entries.put("CCTP.txt", "Le titulaire respecte le RGAA.".getBytes(StandardCharsets.UTF_8));
        Path zip = Fixtures.zip(dir.resolve("bomb.zip"), entries, StandardCharsets.UTF_8);
        ExtractionLimits limits = ExtractionLimits.DEFAULTS.withMaxRatio(50, 1024 * 1024);
        try (CollectedInput in = new DceCollector(limits).collect(zip)) {
            assertEquals(List.of("bomb.zip!/CCTP.txt"), paths(in));
            assertEquals(List.of(ProblemCode.ZIP_RATIO), codes(in));
            assertEquals("bomb.zip!/zeros.txt", in.problems().get(0).path());
        }
        // small regular files are not judged on their ratio
        Map<String, byte[]> small = Map.of("blanc.txt", new byte[200_000]);
        try (CollectedInput in = new DceCollector(limits).collect(Fixtures.zip(dir.resolve("s.zip"), small,
                StandardCharsets.UTF_8))) {
            assertTrue(codes(in).stream().noneMatch(c -> c == ProblemCode.ZIP_RATIO));
        }
    }

    @Test
    void totalExpandedSizeIsBoundedWhileStreaming() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 1; i <= 5; i++) {
            entries.put("annexe" + i + ".txt", random(60_000));
        }
        Path zip = Fixtures.zip(dir.resolve("gros.zip"), entries, StandardCharsets.UTF_8);
        try (CollectedInput in = new DceCollector(ExtractionLimits.DEFAULTS.withMaxTotalBytes(150_000)).collect(zip)) {
            assertTrue(codes(in).contains(ProblemCode.ZIP_TOO_LARGE), codes(in).toString());
            assertEquals(1, codes(in).stream().filter(c -> c == ProblemCode.ZIP_TOO_LARGE).count());
            long unpacked = in.files().stream().mapToLong(SourceFile::size).sum();
            assertTrue(unpacked <= 150_000, "never more than the budget on disk: " + unpacked);
        }
    }

    @Test
    void tooManyEntriesRefusesTheArchive() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            entries.put("f" + i + ".txt", ("texte " + i).getBytes());
        }
        Path zip = Fixtures.zip(dir.resolve("many.zip"), entries, StandardCharsets.UTF_8);
        try (CollectedInput in = new DceCollector(ExtractionLimits.DEFAULTS.withMaxEntriesPerArchive(10)).collect(zip)) {
            assertEquals(List.of(ProblemCode.ZIP_TOO_MANY_ENTRIES), codes(in));
            assertTrue(in.files().isEmpty());
            assertTrue(in.problems().get(0).message().contains("12 entrées"));
        }
    }

    @Test
    void nestedZipsGetChainedDisplayPathsAndDepthIsBounded() throws Exception {
        byte[] inner = Files.readAllBytes(Fixtures.zip(dir.resolve("inner.zip"),
                Map.of("CCTP.txt", "Article 1".getBytes()), StandardCharsets.UTF_8));
        byte[] middle = Files.readAllBytes(Fixtures.zip(dir.resolve("lot1.zip"), Map.of("Technique/inner.zip", inner),
                StandardCharsets.UTF_8));
        Map<String, byte[]> outer = new LinkedHashMap<>();
        outer.put("lot1.zip", middle);
        outer.put("RC.txt", "Règlement".getBytes(StandardCharsets.UTF_8));
        Path zip = Fixtures.zip(dir.resolve("dce.zip"), outer, StandardCharsets.UTF_8);
        try (CollectedInput in = new DceCollector().collect(zip)) {
            assertEquals(List.of("dce.zip!/lot1.zip!/Technique/inner.zip!/CCTP.txt", "dce.zip!/RC.txt"), paths(in),
                    in.problems().toString());
        }
        try (CollectedInput in = new DceCollector(ExtractionLimits.DEFAULTS.withMaxDepth(2)).collect(zip)) {
            assertEquals(List.of("dce.zip!/RC.txt"), paths(in));
            assertEquals(List.of(ProblemCode.ZIP_TOO_DEEP), codes(in));
            assertEquals("dce.zip!/lot1.zip!/Technique/inner.zip", in.problems().get(0).path());
        }
    }

    @Test
    void encryptedEntriesAreReported() throws Exception {
        Path zip = Fixtures.zip(dir.resolve("secret.zip"), Map.of("CCAP.txt", "Article 1".getBytes()),
                StandardCharsets.UTF_8);
        Fixtures.markEncrypted(zip);
        try (CollectedInput in = new DceCollector().collect(zip)) {
            assertEquals(List.of(ProblemCode.ZIP_ENCRYPTED), codes(in));
            assertEquals("secret.zip!/CCAP.txt", in.problems().get(0).path());
        }
    }

    @Test
    void truncatedZipIsCorruptAndWhatStreamsIsSalvaged() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("RC.txt", "Règlement de la consultation".getBytes(StandardCharsets.UTF_8));
        entries.put("CCTP.txt", random(50_000));
        Path zip = Fixtures.zip(dir.resolve("full.zip"), entries, StandardCharsets.UTF_8);
        byte[] b = Files.readAllBytes(zip);
        Path cut = Files.write(dir.resolve("dce.zip"), java.util.Arrays.copyOf(b, b.length - 20_000));
        try (CollectedInput in = new DceCollector().collect(cut)) {
            assertTrue(codes(in).contains(ProblemCode.ZIP_CORRUPT), codes(in).toString());
            assertTrue(paths(in).contains("dce.zip!/RC.txt"), paths(in).toString());
        }
    }

    @Test
    void missingInputTooLargeFileAndEmptyFileAreReported() throws Exception {
        Path big = Files.write(dir.resolve("plan.pdf"), random(5000));
        Path empty = Files.createFile(dir.resolve("AE.pdf"));
        try (CollectedInput in = new DceCollector(ExtractionLimits.DEFAULTS.withMaxFileBytes(1000))
                .collect(List.of(dir.resolve("absent"), big, empty))) {
            assertEquals(List.of(ProblemCode.FILE_NOT_FOUND, ProblemCode.FILE_TOO_LARGE), codes(in));
            assertEquals(List.of("AE.pdf"), paths(in), "an empty PDF is kept so that the extractor says it is empty");
        }
    }

    @Test
    void closeDeletesTheUnpackedFiles() throws Exception {
        Path zip = Fixtures.zip(dir.resolve("dce.zip"), Map.of("RC.txt", "x".getBytes()), StandardCharsets.UTF_8);
        CollectedInput in = new DceCollector().collect(zip);
        Path tmp = in.tempDir();
        assertTrue(Files.exists(in.files().get(0).localPath()));
        in.close();
        assertFalse(Files.exists(tmp));
        in.close();
    }

    @Test
    void noiseNames() {
        assertTrue(DceCollector.isNoise("~$CCTP.docx"));
        assertTrue(DceCollector.isNoise("a/Thumbs.db"));
        assertTrue(DceCollector.isNoise("__MACOSX/a/b.pdf"));
        assertTrue(DceCollector.isNoise(".hidden/x.pdf"));
        assertFalse(DceCollector.isNoise("Pièces/CCTP.pdf"));
    }

    static byte[] bytesOf(ByteArrayOutputStream b) {
        return b.toByteArray();
    }
}
