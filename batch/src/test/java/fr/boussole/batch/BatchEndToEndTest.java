package fr.boussole.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fr.boussole.core.Checker;
import fr.boussole.core.ReadOptions;
import fr.boussole.core.TenderReader;
import fr.boussole.model.CheckResult;
import fr.boussole.model.Json;
import fr.boussole.model.Verdict;
import fr.boussole.report.JsonReport;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch over the four sample tenders, with isolated extraction workers, as {@code boussole batch} runs it. */
class BatchEndToEndTest {

    @Test
    void judgesEverySampleTenderLikeCheckAndWritesEveryOutput(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        BatchOptions opts = BatchOptions.builder(TestSupport.samples(), out).check(TestSupport.checkOptions())
                .threads(2).workers(2).build();
        BatchOutcome o = new BatchRunner(opts, null).run();

        assertEquals(4, o.stats().total());
        assertEquals(4, o.stats().done(), o.summaryText());
        assertEquals(0, o.stats().failed());
        assertEquals(0, o.stats().filesFailed(), o.summaryText());
        assertTrue(o.extraction().contains("2 processus d'extraction"));

        // every result validates against the published check-result schema
        JsonSchema schema = schema();
        Map<String, CheckResult> batch = new LinkedHashMap<>();
        for (String id : List.of("hebergement-cloud", "postes-smartphones", "travaux-non-numerique",
                "web-app-mediatheque")) {
            Path f = out.resolve("results").resolve(id + ".json");
            assertTrue(Files.exists(f), f.toString());
            JsonNode node = Json.mapper().readTree(f.toFile());
            Set<ValidationMessage> errors = schema.validate(node);
            assertTrue(errors.isEmpty(), id + " : " + errors);
            batch.put(id, JsonReport.read(f));
        }

        // same verdicts as the one-tender path (TenderReader + Checker in one JVM)
        Checker checker = new Checker(TestSupport.checkOptions());
        try (TenderReader reader = new TenderReader(ReadOptions.defaults())) {
            for (Map.Entry<String, CheckResult> e : batch.entrySet()) {
                CheckResult single = checker.check(reader.read(TestSupport.samples().resolve(e.getKey())));
                assertEquals(statuses(single), statuses(e.getValue()), e.getKey());
                assertEquals(evidence(single), evidence(e.getValue()), e.getKey());
                assertEquals(single.profile(), e.getValue().profile(), e.getKey());
            }
        }

        // summaries: one row per tender, in input order
        List<String> csv = Files.readAllLines(out.resolve("summary.csv"), StandardCharsets.UTF_8);
        assertEquals(5, csv.size());
        assertTrue(csv.get(0).startsWith("\uFEFFmarché;source;issue;"));
        assertTrue(csv.get(0).contains(";LEG-01;LEG-02;LEG-04;LEG-05;LEG-12;"));
        assertTrue(csv.get(1).startsWith("hebergement-cloud;"));
        assertTrue(csv.get(4).startsWith("web-app-mediatheque;"));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("summary.xlsx")))) {
            assertEquals("Synthèse", wb.getSheetAt(0).getSheetName());
            Sheet s = wb.getSheet("Marchés");
            assertEquals(4, s.getLastRowNum());
            assertEquals("postes-smartphones", s.getRow(2).getCell(0).getStringCellValue());
            assertEquals("Collectivité territoriale", s.getRow(2).getCell(5).getStringCellValue());
        }
        assertEquals(1, Files.readAllLines(out.resolve("failed-files.csv")).size());
        String html = Files.readString(out.resolve("dashboard.html"));
        DashboardTest.assertWellFormed(html);
        assertTrue(html.contains("Archive de DCE : 4 dossier(s)"));

        // the journal holds one line per tender
        assertEquals(4, Files.readAllLines(out.resolve(Journal.FILE_NAME)).size());

        // a second run over the same archive changes nothing and reads no document
        BatchOutcome again = new BatchRunner(opts, null).run();
        assertEquals(4, again.stats().unchanged(), again.summaryText());
        assertEquals(0, again.stats().done());
        assertEquals(4, Files.readAllLines(out.resolve(Journal.FILE_NAME)).size());
        assertEquals(statuses(batch.get("postes-smartphones")),
                statuses(JsonReport.read(out.resolve("results/postes-smartphones.json"))));
    }

    @Test
    void zipOfZipsGivesTheSameResultsAsTheFolder(@TempDir Path tmp) throws Exception {
        // an archive as a platform exports it: one ZIP per tender inside one ZIP, under an enclosing folder
        Path staging = tmp.resolve("staging");
        Files.createDirectories(staging.resolve("export-2026"));
        for (String id : List.of("postes-smartphones", "travaux-non-numerique")) {
            TestSupport.zip(TestSupport.samples().resolve(id), staging.resolve("export-2026/" + id + ".zip"), "");
        }
        Path archive = tmp.resolve("archive.zip");
        TestSupport.zip(staging, archive, "");

        BatchOutcome o = new BatchRunner(BatchOptions.builder(archive, tmp.resolve("out"))
                .check(TestSupport.checkOptions()).threads(2).workers(0).build(), null).run();
        assertEquals(2, o.stats().done(), o.summaryText());
        assertEquals(0, o.stats().filesFailed(), o.summaryText());
        BatchOutcome ref = new BatchRunner(BatchOptions.builder(TestSupport.samples(), tmp.resolve("ref"))
                .check(TestSupport.checkOptions()).threads(2).workers(0).build(), null).run();
        assertEquals(4, ref.stats().done());
        for (String id : List.of("postes-smartphones", "travaux-non-numerique")) {
            CheckResult z = JsonReport.read(tmp.resolve("out/results/" + id + ".json"));
            CheckResult f = JsonReport.read(tmp.resolve("ref/results/" + id + ".json"));
            assertEquals(statuses(f), statuses(z), id);
            assertTrue(z.source().contains("archive.zip!/export-2026/" + id + ".zip"), z.source());
            // the pieces come from the inner ZIP
            assertTrue(z.pieces().stream().allMatch(p -> p.path().startsWith(id + ".zip!/")), z.pieces().toString());
        }
    }

    static JsonSchema schema() throws Exception {
        try (InputStream in = JsonReport.schema()) {
            JsonSchemaFactory f = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
            return f.getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
    }

    static Map<String, String> statuses(CheckResult r) {
        assertNotNull(r);
        return r.verdicts().stream().collect(Collectors.toMap(Verdict::criterion, v -> v.status().code(),
                (a, b) -> a, LinkedHashMap::new));
    }

    static Map<String, List<String>> evidence(CheckResult r) {
        return r.verdicts().stream().collect(Collectors.toMap(Verdict::criterion,
                v -> v.evidence().stream().map(e -> e.piece() + "|" + e.page() + "|" + e.article() + "|" + e.quote()
                        + "|" + e.signal() + "|" + e.effect()).toList(), (a, b) -> a, LinkedHashMap::new));
    }
}
