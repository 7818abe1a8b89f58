package fr.boussole.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.boussole.model.ProblemCode;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OCR with the real Tesseract CLI and its French data, when installed (scripts/run-tests installs them;
 * with CI=true their absence is a failure, not a skip).
 */
class RealOcrTest {

    @TempDir
    Path dir;

    @Test
    void scannedPageIsReadByTesseractOnItsPage() throws Exception {
        TesseractCli tesseract = TesseractCli.onPath();
        boolean available = tesseract.supports("fra");
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(available, "tesseract avec les données françaises doit être installé en CI (scripts/run-tests)");
        }
        assumeTrue(available, "tesseract + fra absent : OCR réel non testé");
        Path pdf = Fixtures.scannedPdf(dir.resolve("CCAP scanné.pdf"));
        try (TikaExtractor ocr = new TikaExtractor(ExtractionOptions.DEFAULTS.withOcr(true), tesseract)) {
            ExtractedDocument d = ocr.extract(new SourceFile("CCAP scanné.pdf", "CCAP scanné.pdf", pdf,
                    java.nio.file.Files.size(pdf), DceCollector.sha256(pdf)));
            assertEquals(List.of(2), d.ocrPages());
            String page2 = d.blocks().stream().filter(b -> Integer.valueOf(2).equals(b.page()))
                    .map(TextBlock::text).collect(Collectors.joining("\n"));
            assertTrue(page2.contains("Article 2"), page2);
            assertTrue(page2.contains("révisables") || page2.contains("revisables"), page2);
            assertTrue(d.problems().stream().noneMatch(p -> p.code() == ProblemCode.OCR_UNAVAILABLE), d.problems().toString());
        }
    }
}
