package fr.boussole.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.boussole.model.CheckResult;
import fr.boussole.model.Json;
import fr.boussole.model.Status;
import fr.boussole.model.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ResultDiffTest {

    /** The draft after the buyer's second pass: two gaps fixed, one regression, one criterion dropped. */
    static CheckResult secondDraft() {
        CheckResult r = Fixtures.result();
        List<Verdict> vs = new ArrayList<>();
        for (Verdict v : r.verdicts()) {
            switch (v.criterion()) {
                case "LEG-04" -> vs.add(with(v, Status.COVERED));      // social clause added
                case "LEG-01" -> vs.add(with(v, Status.COVERED));      // weight raised to 10 %
                case "GUI-06" -> vs.add(with(v, Status.PARTIAL));      // proofs "le cas échéant"
                case "GUI-05" -> vs.add(with(v, Status.MISSING));      // packaging clause deleted by mistake
                case "LOC-02" -> { }                                    // criterion dropped from the overlay
                default -> vs.add(v);
            }
        }
        return new CheckResult(r.schemaVersion(), r.tool(), Instant.parse("2026-10-09T14:00:00Z"), r.tender(),
                r.source(), r.profile(), r.pieces(), r.packs(), vs, r.qualities(), null, List.of());
    }

    static Verdict with(Verdict v, Status s) {
        return new Verdict(v.criterion(), v.pack(), v.packVersion(), v.title(), s, v.severity(), v.message(),
                v.reason(), v.evidence(), v.suggestion(), v.theme(), v.qualities(), v.reference(), v.trail(), v.waiver());
    }

    @Test
    void classifiesChanges() {
        CheckResult before = Fixtures.result();
        ResultDiff d = ResultDiff.diff(before, secondDraft());
        assertEquals(List.of("LEG-01", "LEG-04"), d.newlyCovered().stream().map(ResultDiff.Change::criterion).toList());
        assertEquals(List.of("GUI-05"), d.newlyMissing().stream().map(ResultDiff.Change::criterion).toList());
        assertEquals(ResultDiff.Direction.WORSENED, d.newlyMissing().get(0).direction());
        assertEquals(List.of("GUI-06", "LOC-02"), d.changed().stream().map(ResultDiff.Change::criterion).toList());
        assertEquals(ResultDiff.Direction.IMPROVED, d.changed().get(0).direction());
        assertEquals(null, d.changed().get(1).after());
        assertEquals(11, d.unchanged().size());
        assertEquals(3, d.obligationsMetBefore());
        assertEquals(5, d.obligationsMetAfter());
        assertFalse(d.improvedOnly());
        assertTrue(ResultDiff.diff(before, before).allChanges().isEmpty());
    }

    @Test
    void rendersConsoleMarkdownAndJson() throws Exception {
        ResultDiff d = ResultDiff.diff(Fixtures.result(), secondDraft());
        String console = DiffReport.console(d, Locale.FRENCH, false);
        assertTrue(console.contains("Obligations légales\u00a0: 3/6 → 5/6"), console);
        assertTrue(console.contains("▲ LEG-04  Manquant → Couvert"), console);
        assertTrue(console.contains("▼ GUI-05  Couvert → Manquant"), console);
        Golden.assertGolden("diff.txt", console);
        Golden.assertGolden("diff.md", DiffReport.markdown(d, Locale.FRENCH));
        JsonNode json = Json.mapper().readTree(DiffReport.json(d));
        assertEquals("LEG-01", json.get("newlyCovered").get(0).get("criterion").asText());
        assertEquals("partial", json.get("newlyCovered").get(0).get("before").asText());
        assertEquals("covered", json.get("newlyCovered").get(0).get("after").asText());
        assertEquals("IMPROVED", json.get("newlyCovered").get(0).get("direction").asText());
        Golden.assertGolden("diff.json", DiffReport.json(d));
    }
}
