package fr.boussole.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real office suite reads our comments: LibreOffice converts the commented ODT to DOCX and the commented DOCX
 * to ODT, and every comment survives with its range. Skipped when LibreOffice is not installed
 * ({@code /usr/bin/soffice}, Debian package libreoffice-writer-nogui).
 */
class LibreOfficeRoundTripTest {

    @Test
    void libreOfficeKeepsEveryCommentAndRange(@TempDir Path dir) throws Exception {
        Path soffice = Path.of(System.getProperty("soffice.path", "/usr/bin/soffice"));
        Assumptions.assumeTrue(Files.isExecutable(soffice), "LibreOffice not installed");
        Path ccap = dir.resolve("in/CCAP.docx");
        Path cctp = dir.resolve("in/CCTP.odt");
        Files.createDirectories(ccap.getParent());
        DocumentCommenterTest.writeCcap(ccap);
        DocumentCommenterTest.writeCctp(cctp);
        List<DocumentCommenter.Outcome> out = DocumentCommenter.annotate(Fixtures.result(),
                Map.of(Fixtures.CCAP, ccap, Fixtures.CCTP, cctp), dir.resolve("out"));
        Path conv = dir.resolve("conv");
        convert(soffice, dir, out.get(0).output(), "odt", conv);
        convert(soffice, dir, out.get(1).output(), "docx", conv);

        try (ZipFile odt = new ZipFile(conv.resolve("CCAP-commente.odt").toFile())) {
            String content = new String(odt.getInputStream(odt.getEntry("content.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(5, count(content, "<office:annotation[ >]"), "4 clause comments + the final one");
            assertTrue(content.contains("Couvre LEG-03"));
            assertEquals(5, count(content, "<office:annotation-end "), "ranges kept");
        }
        try (ZipFile docx = new ZipFile(conv.resolve("CCTP-commente.docx").toFile())) {
            String doc = new String(docx.getInputStream(docx.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
            String comments = new String(docx.getInputStream(docx.getEntry("word/comments.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(6, count(doc, "<w:commentRangeStart "), "5 clause comments + the final one");
            assertTrue(comments.contains("Contredit : LEG-06") || comments.contains("Contredit\u00a0: LEG-06"), comments);
        }
    }

    private static void convert(Path soffice, Path dir, Path file, String to, Path outDir) throws Exception {
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--headless", "--norestore", "--convert-to", to, "--outdir", outDir.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        try {
            assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice timed out");
        } finally {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        }
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("soffice.log")));
    }

    private static int count(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
