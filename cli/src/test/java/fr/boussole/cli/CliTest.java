package fr.boussole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fr.boussole.model.Json;
import fr.boussole.report.JsonReport;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI on the bundled sample tenders: JSON contracts, reports, exit codes. */
class CliTest {

    static Path samples;

    @BeforeAll
    static void locate() {
        samples = Path.of(System.getProperty("boussole.root", "..")).resolve("sample-tenders/dce");
    }

    @Test
    void extractWritesTheMinimalJsonContract(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("model.json");
        int code = BoussoleCli.run("extract", samples.resolve("postes-smartphones").toString(), "--json", out.toString());
        assertEquals(ExitCodes.OK, code);
        JsonNode n = Json.mapper().readTree(out.toFile());
        JsonNode pieces = n.get("pieces");
        assertEquals(4, pieces.size());
        for (JsonNode p : pieces) {
            for (String f : new String[] {"path", "role", "errors", "clauses"}) {
                assertTrue(p.has(f), "pièce sans " + f + " : " + p.get("path"));
            }
            assertFalse(p.has("text"), "le texte complet des pièces ne doit pas alourdir le JSON");
            JsonNode c = p.get("clauses").get(0);
            for (String f : new String[] {"id", "fingerprint", "kind", "text"}) {
                assertTrue(c.has(f), "clause sans " + f);
            }
        }
        assertTrue(pieces.findValues("role").stream().anyMatch(r -> r.asText().equals("RC")));
        assertTrue(pieces.get(0).has("pages") || pieces.get(1).has("pages"), "les PDF ont un nombre de pages");
        JsonNode profile = n.get("profile");
        for (String f : new String[] {"object", "buyer", "cpv", "family", "procedure", "deadline", "awardCriteria"}) {
            assertTrue(profile.has(f), "profil sans " + f);
        }
        JsonNode award = profile.get("awardCriteria").get(0);
        assertTrue(award.has("name") && award.has("weight") && award.has("unit"), award.toString());
    }

    @Test
    void checkWritesEveryReportAndTheJsonFollowsTheSchema(@TempDir Path tmp) throws Exception {
        Path json = tmp.resolve("r.json");
        int code = BoussoleCli.run("check", samples.resolve("web-app-mediatheque").toString(), "--quiet",
                "--json", json.toString(), "--html", tmp.resolve("r.html").toString(), "--xlsx",
                tmp.resolve("r.xlsx").toString(), "--csv", tmp.resolve("r.csv").toString(), "--sarif",
                tmp.resolve("r.sarif").toString(), "--md", tmp.resolve("r.md").toString(), "--docx-comments",
                tmp.resolve("commentes").toString(), "--fail-on", "aucune");
        assertEquals(ExitCodes.OK, code);
        for (String f : new String[] {"r.json", "r.html", "r.xlsx", "r.csv", "r.sarif", "r.md"}) {
            assertTrue(Files.size(tmp.resolve(f)) > 200, f);
        }
        try (var files = Files.list(tmp.resolve("commentes"))) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().endsWith(".docx")), "copie DOCX commentée");
        }
        JsonNode n = Json.mapper().readTree(json.toFile());
        try (InputStream schema = JsonReport.schema()) {
            JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
            Set<ValidationMessage> errors = s.validate(n);
            assertTrue(errors.isEmpty(), errors.toString());
        }
        assertTrue(n.get("packs").size() >= 1);
        JsonNode v = n.get("verdicts").get(0);
        for (String f : new String[] {"criterion", "status", "severity", "message", "evidence"}) {
            assertTrue(v.has(f), "verdict sans " + f);
        }
    }

    @Test
    void exitCodesSayWhatHappened(@TempDir Path tmp) throws Exception {
        Path dce = samples.resolve("postes-smartphones").toString().isEmpty() ? null : samples.resolve("postes-smartphones");
        assertEquals(ExitCodes.USAGE, BoussoleCli.run("check", "--option-inconnue", dce.toString()));
        assertEquals(ExitCodes.USAGE, BoussoleCli.run("check", dce.toString(), "--quiet", "--fail-on", "n-importe-quoi"));
        assertEquals(ExitCodes.OK, BoussoleCli.run("check", dce.toString(), "--quiet", "--fail-on", "aucune"));
        assertEquals(ExitCodes.GAPS, BoussoleCli.run("check", dce.toString(), "--quiet", "--fail-on", "bonne-pratique"));

        // a DCE with a corrupt piece: the rest is judged, exit code 3
        Path broken = tmp.resolve("dce");
        Files.createDirectories(broken);
        try (var files = Files.list(dce)) {
            for (Path f : files.toList()) {
                Files.copy(f, broken.resolve(f.getFileName()));
            }
        }
        Files.write(broken.resolve("Annexe_corrompue.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes());
        Path json = tmp.resolve("broken.json");
        assertEquals(ExitCodes.PARTIAL_INPUT, BoussoleCli.run("check", broken.toString(), "--quiet", "--json",
                json.toString()));
        JsonNode n = Json.mapper().readTree(json.toFile());
        assertTrue(n.get("problems").toString().contains("Annexe_corrompue.pdf"));
        assertTrue(n.get("verdicts").size() > 0, "les autres pièces sont jugées");
    }

    @Test
    void diffShowsProgressBetweenTwoResults(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("a.json");
        Path b = tmp.resolve("b.json");
        assertEquals(ExitCodes.OK, BoussoleCli.run("check", samples.resolve("hebergement-cloud").toString(), "--quiet",
                "--fail-on", "aucune", "--json", a.toString()));
        assertEquals(ExitCodes.OK, BoussoleCli.run("check", samples.resolve("web-app-mediatheque").toString(), "--quiet",
                "--fail-on", "aucune", "--json", b.toString()));
        Path md = tmp.resolve("diff.md");
        assertEquals(ExitCodes.OK, BoussoleCli.run("diff", a.toString(), b.toString(), "--md", md.toString()));
        assertTrue(Files.readString(md).length() > 100);
    }

    @Test
    void packsCommandsWork(@TempDir Path tmp) throws Exception {
        assertEquals(ExitCodes.OK, BoussoleCli.run("packs", "list"));
        assertEquals(ExitCodes.OK, BoussoleCli.run("packs", "lint"));
        assertEquals(ExitCodes.OK, BoussoleCli.run("packs", "doc", "--out", tmp.resolve("cat").toString()));
        assertTrue(Files.exists(tmp.resolve("cat")));
        Path lock = tmp.resolve("boussole.lock");
        assertEquals(ExitCodes.OK, BoussoleCli.run("packs", "lock", "--out", lock.toString()));
        assertEquals(ExitCodes.OK, BoussoleCli.run("packs", "list", "--lock", lock.toString()));
        Files.writeString(lock, Files.readString(lock).replaceFirst("sha256: [0-9a-f]{8}", "sha256: 00000000"));
        assertEquals(ExitCodes.USAGE, BoussoleCli.run("packs", "list", "--lock", lock.toString()));
        assertEquals(ExitCodes.OK, BoussoleCli.run("explain", "LEG-01"));
        assertEquals(ExitCodes.USAGE, BoussoleCli.run("explain", "LEG-999"));
    }

    @Test
    void anOpsnOverlayWithConfigLockAndWaiversLayersOnTheBuiltinPacks(@TempDir Path tmp) throws Exception {
        Path examples = Path.of(System.getProperty("boussole.root", "..")).resolve("examples");
        Path work = tmp.resolve("projet");
        copyTree(examples, work);
        Path config = work.resolve("boussole.yaml");
        assertEquals(ExitCodes.OK, BoussoleCli.run("packs", "lock", "--config", config.toString(), "--out",
                work.resolve("boussole.lock").toString()));
        assertEquals(ExitCodes.OK, BoussoleCli.run("packs", "test", "--config", config.toString(), "--criterion", "OPSN"));
        Path json = tmp.resolve("r.json");
        int code = BoussoleCli.run("check", samples.resolve("web-app-mediatheque").toString(), "--config",
                config.toString(), "--quiet", "--json", json.toString());
        JsonNode r = Json.mapper().readTree(json.toFile());
        assertTrue(r.get("packs").toString().contains("opsn-exemple"));
        JsonNode social = null;
        for (JsonNode v : r.get("verdicts")) {
            assertFalse(v.get("criterion").asText().equals("MAT-14"), "critère désactivé par la surcouche");
            if (v.get("criterion").asText().equals("LEG-05")) {
                social = v;
            }
        }
        assertTrue(r.get("verdicts").toString().contains("\"OPSN-01\""), "critère local ajouté");
        assertTrue(social != null && social.get("waiver").get("hidesGap").asBoolean(), "dérogation appliquée");
        assertTrue(code == ExitCodes.OK || code == ExitCodes.GAPS, "code " + code);

        // the overlay changes after the lock: a clear refusal
        Path overrides = work.resolve("opsn-overlay/overrides.yaml");
        Files.writeString(overrides, Files.readString(overrides).replace("15}", "12}"));
        assertEquals(ExitCodes.USAGE, BoussoleCli.run("check", samples.resolve("web-app-mediatheque").toString(),
                "--config", config.toString(), "--quiet"));
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
