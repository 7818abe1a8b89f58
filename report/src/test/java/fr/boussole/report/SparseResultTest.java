package fr.boussole.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.model.CheckResult;
import fr.boussole.model.Severity;
import fr.boussole.model.Status;
import fr.boussole.model.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results with almost nothing in them (no profile, no pack, no summary, bare verdicts) still render everywhere. */
class SparseResultTest {

    static CheckResult empty() {
        return new CheckResult(null, null, null, "vide", null, null, null, null, null, null, null, null);
    }

    static CheckResult bare() {
        Verdict v = new Verdict("X-01", null, null, null, Status.MISSING, null, null, null, null, null, null, null,
                null, null, null);
        Verdict w = new Verdict("X-02", "p", "1", "Titre", Status.COVERED, Severity.OBLIGATION, "ok", null, null, null,
                null, null, null, null, null);
        return new CheckResult("1.0", "boussole", null, "nu", null, null, null, null, List.of(v, w), null, null, null);
    }

    @Test
    void everyFormatRendersEmptyAndBareResults(@TempDir Path dir) throws Exception {
        for (CheckResult r : List.of(empty(), bare())) {
            for (Locale l : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                Path d = dir.resolve(r.tender() + "-" + l.getLanguage());
                Reports.writeAll(r, EnumSet.allOf(ReportFormat.class), d, null, l);
                assertTrue(ConsoleReport.render(r, l, true).contains(r.tender()));
                DiffReport.console(ResultDiff.diff(r, bare()), l, false);
                DiffReport.markdown(ResultDiff.diff(empty(), r), l);
            }
            Path doc = dir.resolve("CCAP.docx");
            DocumentCommenterTest.writeCcap(doc);
            var o = DocumentCommenter.annotate(r, Map.of("CCAP.docx", doc), dir.resolve("out-" + r.tender())).get(0);
            assertTrue(Files.exists(o.output()));
        }
        assertTrue(HtmlReport.render(bare(), Locale.FRENCH).contains("X-01"));
    }
}
