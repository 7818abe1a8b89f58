package fr.boussole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code boussole} prints is French by default and English with {@code --lang en} (or {@code lang: en}). */
class CliLanguageTest {

    static Path dce;

    @BeforeAll
    static void locate() {
        dce = Path.of(System.getProperty("boussole.root", "..")).resolve("sample-tenders/dce/web-app-mediatheque");
    }

    /** Standard output and error of one run. */
    record Run(int code, String out, String err) {
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = BoussoleCli.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void checkSummaryIsFrenchByDefaultAndEnglishWithLangEn(@TempDir Path tmp) throws Exception {
        Path json = tmp.resolve("r.json");
        Run fr = run("check", dce.toString(), "--builtin", "loi", "--no-color", "--fail-on", "aucune",
                "--json", json.toString());
        assertEquals(ExitCodes.OK, fr.code(), fr.err());
        assertTrue(fr.out().contains("Critères\u00a0:"), fr.out());
        assertTrue(fr.out().contains("Obligations légales"), fr.out());
        assertFalse(fr.out().contains("Legal obligations"), fr.out());
        assertTrue(fr.err().contains("Rapport json écrit : " + json), fr.err());

        // the flag works before the command too (it is a global option)
        Run en = run("--lang", "en", "check", dce.toString(), "--builtin", "loi", "--no-color", "--fail-on", "none",
                "--json", json.toString());
        assertEquals(ExitCodes.OK, en.code(), en.err());
        assertTrue(en.out().contains("Criteria:"), en.out());
        assertTrue(en.out().contains("Legal obligations"), en.out());
        assertFalse(en.out().contains("Obligations légales"), en.out());
        assertFalse(en.out().contains("Critères"), en.out());
        assertTrue(en.err().contains("json report written: " + json), en.err());
    }

    @Test
    void theConfigurationCanChooseEnglishAndABadLanguageIsAUsageError(@TempDir Path tmp) throws Exception {
        Path config = Files.writeString(tmp.resolve("boussole.yaml"), "lang: en\n");
        Run en = run("packs", "list", "--builtin", "loi", "--config", config.toString());
        assertEquals(ExitCodes.OK, en.code(), en.err());
        assertTrue(en.out().startsWith("pack "), en.out());
        Run fr = run("packs", "list", "--builtin", "loi");
        assertTrue(fr.out().startsWith("référentiel "), fr.out());

        Run bad = run("check", dce.toString(), "--lang", "de");
        assertEquals(ExitCodes.USAGE, bad.code());
        assertTrue(bad.err().contains("langue « de » inconnue"), bad.err());
        Path badConfig = Files.writeString(tmp.resolve("bad.yaml"), "lang: klingon\n");
        Run badCfg = run("packs", "list", "--config", badConfig.toString());
        assertEquals(ExitCodes.USAGE, badCfg.code());
        assertTrue(badCfg.err().contains("langue « klingon » inconnue"), badCfg.err());
    }

    @Test
    void helpAndErrorsFollowTheLanguage() {
        Run fr = run("check", "--help");
        assertTrue(fr.out().startsWith("Utilisation : boussole check"), fr.out());
        assertTrue(fr.out().contains("Juge un DCE critère par critère"), fr.out());
        Run en = run("check", "--help", "--lang", "en");
        assertTrue(en.out().startsWith("Usage: boussole check"), en.out());
        assertTrue(en.out().contains("Judges a tender criterion by criterion"), en.out());
        assertTrue(en.out().contains("--json=FILE"), en.out());

        Run failOn = run("--lang", "en", "check", dce.toString(), "--quiet", "--fail-on", "whatever");
        assertEquals(ExitCodes.USAGE, failOn.code());
        assertTrue(failOn.err().contains("--fail-on: unknown value \"whatever\""), failOn.err());
        // picocli's own errors are reworded too
        Run unknown = run("check", "--option-inconnue", dce.toString());
        assertEquals(ExitCodes.USAGE, unknown.code());
        assertTrue(unknown.err().contains("Erreur : option ou argument inconnu : --option-inconnue"), unknown.err());
        assertTrue(unknown.err().contains("Aide : boussole check --help"), unknown.err());
        Run missing = run("batch", dce.toString(), "--lang", "en");
        assertEquals(ExitCodes.USAGE, missing.code());
        assertTrue(missing.err().contains("Error: missing required parameter: --out"), missing.err());

        Run explain = run("explain", "LEG-01", "--lang", "en");
        assertEquals(ExitCodes.OK, explain.code(), explain.err());
        assertTrue(explain.out().contains("signals:"), explain.out());
        assertTrue(run("explain", "LEG-01").out().contains("signaux :"));
    }
}
