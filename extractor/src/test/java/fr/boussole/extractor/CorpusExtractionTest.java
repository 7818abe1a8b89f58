package fr.boussole.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.boussole.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Over the real DCEs of the shared corpus (skipped when it is absent). */
class CorpusExtractionTest {

    static Path corpus() {
        String shared = System.getProperty("boussole.shared");
        Path dce = shared == null ? null : Path.of(shared, "corpus", "dce");
        assumeTrue(dce != null && Files.isDirectory(dce), "shared corpus absent");
        return dce;
    }

    @Test
    void everyCorpusFileYieldsTextAndPdfBlocksHavePages() {
        Path dce = corpus();
        try (TikaExtractor ex = new TikaExtractor(); CollectedInput in = new DceCollector().collect(dce)) {
            assertTrue(in.files().size() >= 5, "corpus files: " + in.files());
            assertTrue(in.problems().stream().noneMatch(Problem::isError), in.problems().toString());
            for (SourceFile f : in.files()) {
                ExtractedDocument d = ex.extract(f);
                assertTrue(d.hasText(), f.displayPath());
                assertTrue(d.problems().stream().noneMatch(Problem::isError), () -> f.displayPath() + " " + d.problems());
                if (f.fileName().endsWith(".pdf")) {
                    assertTrue(d.pageCount() != null && d.pageCount() > 1, f.displayPath());
                    assertTrue(d.blocks().stream().allMatch(b -> b.page() != null && b.page() >= 1
                            && b.page() <= d.pageCount()), f.displayPath());
                    assertTrue(d.blocks().stream().allMatch(TextBlock::wrapped));
                    assertEquals(d.pageCount(), d.blocks().get(d.blocks().size() - 1).page(), f.displayPath());
                    assertFalse(d.blocks().stream().anyMatch(b -> b.text().contains("LLLeee")
                            || b.text().contains("Le  projjet")), "fake bold is undone");
                }
            }
        }
    }
}
