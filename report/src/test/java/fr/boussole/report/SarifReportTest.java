package fr.boussole.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fr.boussole.model.Json;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {

    static JsonSchema subset() throws Exception {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/schemas/sarif-2.1.0-subset.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
    }

    static JsonNode result(JsonNode sarif, String ruleId) {
        for (JsonNode r : sarif.get("runs").get(0).get("results")) {
            if (ruleId.equals(r.get("ruleId").asText())) {
                return r;
            }
        }
        throw new AssertionError(ruleId);
    }

    @Test
    void validatesAgainstTheSarifSubset(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("rapport.sarif");
        SarifReport.write(Fixtures.result(), f);
        JsonNode sarif = Json.mapper().readTree(Files.readString(f));
        Set<ValidationMessage> errors = subset().validate(sarif);
        assertTrue(errors.isEmpty(), () -> errors.toString());
        Golden.assertGolden("report.sarif", Files.readString(f));
    }

    @Test
    void subsetSchemaIsNotVacuous() throws Exception {
        JsonSchema schema = subset();
        ObjectNode sarif = SarifReport.build(Fixtures.result());
        ObjectNode bad = sarif.deepCopy();
        ((ObjectNode) bad.get("runs").get(0).get("results").get(0)).put("kind", "passed");
        assertFalse(schema.validate(bad).isEmpty());
        ObjectNode passWithLevel = sarif.deepCopy();
        ObjectNode covered = (ObjectNode) result(passWithLevel, "LEG-02");
        covered.put("level", "error");
        assertFalse(schema.validate(passWithLevel).isEmpty());
        ObjectNode typo = sarif.deepCopy();
        ((ObjectNode) typo.get("runs").get(0)).putObject("tool2");
        assertFalse(schema.validate(typo).isEmpty());
    }

    @Test
    void mapsStatusesSeveritiesLocationsFingerprintsAndWaivers() {
        JsonNode sarif = SarifReport.build(Fixtures.result());
        JsonNode run = sarif.get("runs").get(0);
        assertEquals("2.1.0", sarif.get("version").asText());
        assertEquals("Boussole", run.get("tool").get("driver").get("name").asText());
        assertEquals("0.1.0", run.get("tool").get("driver").get("version").asText());
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertEquals(16, rules.size());
        JsonNode rule0 = rules.get(0);
        assertEquals("LEG-01", rule0.get("id").asText());
        assertEquals("obligation", rule0.get("properties").get("severity").asText());
        assertEquals("loi", rule0.get("properties").get("pack").asText());
        assertEquals("Code de la commande publique, art. L2152-7", rule0.get("properties").get("reference").asText());
        assertEquals(16, run.get("results").size());

        JsonNode covered = result(sarif, "LEG-02");
        assertEquals("pass", covered.get("kind").asText());
        assertEquals("none", covered.get("level").asText());
        JsonNode partialObligation = result(sarif, "LEG-01");
        assertEquals("fail", partialObligation.get("kind").asText());
        assertEquals("error", partialObligation.get("level").asText());
        JsonNode loc = partialObligation.get("locations").get(0);
        assertEquals("RC_AO-2026-017.pdf", loc.get("physicalLocation").get("artifactLocation").get("uri").asText());
        assertEquals("Performance environnementale : 5 %",
                loc.get("physicalLocation").get("region").get("snippet").get("text").asText());
        assertEquals(7, loc.get("properties").get("page").asInt());
        assertEquals("fp-rc-0103", partialObligation.get("partialFingerprints").get("clauseFingerprint/v1").asText());
        assertEquals("warning", result(sarif, "GUI-03").get("level").asText());
        assertEquals("note", result(sarif, "GUI-06").get("level").asText());
        assertEquals("notApplicable", result(sarif, "LEG-07").get("kind").asText());

        JsonNode missing = result(sarif, "LEG-04");
        assertFalse(missing.has("locations"));
        assertFalse(missing.get("partialFingerprints").has("clauseFingerprint/v1"));
        assertEquals(64, missing.get("partialFingerprints").get("criterionFingerprint/v1").asText().length());

        JsonNode waived = result(sarif, "GUI-04");
        JsonNode sup = waived.get("suppressions").get(0);
        assertEquals("external", sup.get("kind").asText());
        assertTrue(sup.get("justification").asText().startsWith("Postes livrés sous un système libre"));

        JsonNode uri = run.get("artifacts").get(2).get("location").get("uri");
        assertEquals("Technique/CCTP.odt", uri.asText());
        assertEquals("error", run.get("invocations").get(0).get("toolExecutionNotifications").get(0).get("level").asText());
    }

    @Test
    void encodesPathsAsUriReferences() {
        assertEquals("Pi%C3%A8ces%20techniques/CCTP%20v2.odt", SarifReport.uri("Pièces techniques/CCTP v2.odt"));
        assertEquals("dce.zip!/Technique/CCTP.odt", SarifReport.uri("dce.zip!/Technique/CCTP.odt"));
    }
}
