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
import fr.boussole.model.CheckResult;
import fr.boussole.model.Json;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {

    static JsonSchema schema() throws Exception {
        try (InputStream in = JsonReport.schema()) {
            JsonSchemaFactory f = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
            SchemaValidatorsConfig cfg = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return f.getSchema(in, cfg);
        }
    }

    @Test
    void fixtureValidatesAgainstPublishedSchema() throws Exception {
        JsonNode doc = Json.mapper().readTree(JsonReport.render(Fixtures.result()));
        Set<ValidationMessage> errors = schema().validate(doc);
        assertTrue(errors.isEmpty(), () -> "schema errors: " + errors);
    }

    @Test
    void schemaRejectsBrokenDocuments() throws Exception {
        JsonSchema schema = schema();
        ObjectNode doc = (ObjectNode) Json.mapper().readTree(JsonReport.render(Fixtures.result()));
        ObjectNode badStatus = doc.deepCopy();
        ((ObjectNode) badStatus.withArray("verdicts").get(0)).put("status", "ok");
        assertFalse(schema.validate(badStatus).isEmpty());
        ObjectNode noTender = doc.deepCopy();
        noTender.remove("tender");
        assertFalse(schema.validate(noTender).isEmpty());
        ObjectNode badPage = doc.deepCopy();
        ((ObjectNode) badPage.withArray("verdicts").get(0).withArray("evidence").get(0)).put("page", 0);
        assertFalse(schema.validate(badPage).isEmpty());
        ObjectNode badDate = doc.deepCopy();
        ((ObjectNode) badDate.get("profile")).put("deadline", "30/10/2026");
        assertFalse(schema.validate(badDate).isEmpty());
    }

    /** Every property the model writes is declared in the schema, so the schema cannot silently drift. */
    @Test
    void schemaDeclaresEveryPropertyTheModelWrites() throws Exception {
        JsonNode schema;
        try (InputStream in = JsonReport.schema()) {
            schema = Json.mapper().readTree(in);
        }
        JsonNode doc = Json.mapper().readTree(JsonReport.render(Fixtures.result()));
        List<String> undeclared = new ArrayList<>();
        walk(schema, schema, doc, "$", undeclared);
        assertEquals(List.of(), undeclared);
    }

    private static void walk(JsonNode root, JsonNode s, JsonNode value, String path, List<String> out) {
        while (s.has("$ref")) {
            String ref = s.get("$ref").asText();
            s = root.at(ref.substring(1));
        }
        if (value.isObject()) {
            JsonNode props = s.get("properties");
            JsonNode additional = s.get("additionalProperties");
            Iterator<Map.Entry<String, JsonNode>> it = value.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (props != null && props.has(e.getKey())) {
                    walk(root, props.get(e.getKey()), e.getValue(), path + "." + e.getKey(), out);
                } else if (additional != null && additional.isObject()) {
                    walk(root, additional, e.getValue(), path + "." + e.getKey(), out);
                } else {
                    out.add(path + "." + e.getKey());
                }
            }
        } else if (value.isArray() && s.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                walk(root, s.get("items"), value.get(i), path + "[" + i + "]", out);
            }
        }
    }

    @Test
    void minimalContractFieldsArePresent() throws Exception {
        JsonNode doc = Json.mapper().readTree(JsonReport.render(Fixtures.result()));
        assertEquals("AO-2026-017", doc.get("tender").asText());
        JsonNode p = doc.get("profile");
        for (String f : List.of("object", "buyer", "family", "procedure", "deadline")) {
            assertTrue(p.hasNonNull(f), f);
        }
        assertEquals("30213000", p.get("cpv").get(0).asText());
        JsonNode ac = p.get("awardCriteria").get(2);
        assertEquals("Performance environnementale", ac.get("name").asText());
        assertEquals(5.0, ac.get("weight").asDouble());
        assertEquals("%", ac.get("unit").asText());
        JsonNode pack = doc.get("packs").get(0);
        assertTrue(pack.has("id") && pack.has("version") && pack.has("sha256"));
        JsonNode v = doc.get("verdicts").get(0);
        assertEquals("LEG-01", v.get("criterion").asText());
        assertEquals("partial", v.get("status").asText());
        assertEquals("obligation", v.get("severity").asText());
        JsonNode e = v.get("evidence").get(0);
        assertEquals(7, e.get("page").asInt());
        assertEquals("Article 8 > 8.2", e.get("article").asText());
        assertTrue(e.has("piece") && e.has("quote") && e.has("fingerprint"));
    }

    @Test
    void writesReadsBackAndMatchesGolden(@TempDir Path dir) throws Exception {
        CheckResult r = Fixtures.result();
        Path f = dir.resolve("result.json");
        JsonReport.write(r, f);
        CheckResult back = JsonReport.read(f);
        assertEquals(r.verdicts(), back.verdicts());
        assertEquals(r.profile(), back.profile());
        Golden.assertGolden("result.json", Files.readString(f));
    }

    @Test
    void fillsProfileAndVersionWhenLeftOut() throws Exception {
        CheckResult r = new CheckResult(null, "t", null, "x", null, null, null, null, null, null, null, null);
        JsonNode doc = Json.mapper().readTree(JsonReport.render(r));
        assertTrue(schema().validate(doc).isEmpty());
        assertEquals(CheckResult.SCHEMA_VERSION, doc.get("schemaVersion").asText());
    }
}
