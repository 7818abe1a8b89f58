package fr.boussole.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.model.Status;
import fr.boussole.rules.pack.Pack;
import fr.boussole.rules.pack.PackLoader;
import fr.boussole.rules.pack.PackSet;
import fr.boussole.rules.tools.ExampleRunner;
import fr.boussole.rules.tools.Explainer;
import fr.boussole.rules.tools.Explanation;
import fr.boussole.rules.tools.PackCatalog;
import fr.boussole.rules.tools.PackLinter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolsTest {

    @Test
    void builtinPacksLintWithoutErrors() {
        List<PackLinter.Finding> findings = PackLinter.lint(PackLoader.builtins());
        assertFalse(PackLinter.hasErrors(findings), () -> String.join("\n", findings.stream()
                .map(PackLinter.Finding::toLine).toList()));
    }

    @Test
    void linterFlagsWhatAPackAuthorForgot() {
        Pack p = PackLoader.fromFiles("mem", TestTenders.files("pack.yaml", TestPacks.manifest("p", "P-"),
                "criteria/P-1.yaml", "id: P-1\ntitle: T\nseverity: obligation\nsignals:\n  - id: s\n"
                        + "    effect: contradicts\n    patterns: [\"\\\\d+ ?%\"]\n"
                        + "examples:\n  - expect: covered\n    text: x\n"), false);
        List<String> lines = PackLinter.lint(p).stream().map(PackLinter.Finding::toLine).toList();
        String all = String.join("\n", lines);
        assertTrue(all.contains("format conseillé PRÉFIXE-NN"), all);
        assertTrue(all.contains("erreur : pack « p », P-1 (criteria/P-1.yaml) : référence manquante"), all);
        assertTrue(all.contains("suggestion manquante"), all);
        assertTrue(all.contains("message « covered » manquant"), all);
        assertTrue(all.contains("message « contradicted » manquant"), all);
        assertTrue(all.contains("exemples négatifs (missing, not_applicable) : 0, il en faut au moins 1"), all);
        assertTrue(all.contains("motif n° 1 : aucun mot-clé dérivable"), all);
    }

    @Test
    void catalogueIsSelfContainedHtmlAndMarkdown(@TempDir Path dir) throws Exception {
        PackSet set = PackSet.of(List.of(TestPacks.loi(), TestPacks.load("declic-test")));
        String html = PackCatalog.html(set);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.contains("<link") || html.contains("<script src"), "page autonome");
        assertTrue(html.contains("id=\"leg-01\""));
        assertTrue(html.contains("Critère d&#39;attribution environnemental") || html.contains("Critère d'attribution environnemental"));
        assertTrue(html.contains("Nos marchés de matériels passent par l&#39;UGAP") || html.contains("Nos marchés de matériels passent par l'UGAP"));
        String md = PackCatalog.markdown(set);
        assertTrue(md.contains("#### LEG-07 — Matériels issus du réemploi, reconditionnés ou à contenu recyclé (désactivé)"), md);
        assertTrue(md.contains("#### DCL-01 — Référent numérique responsable désigné"));
        assertTrue(md.contains("- motif `reconditionn\\w+`"), md);
        List<Path> files = PackCatalog.write(set, dir);
        assertEquals(2, files.size());
        assertTrue(Files.size(files.get(0)) > 1000);
    }

    @Test
    void explainWithoutAndWithAVerdict() {
        PackSet set = PackSet.of(List.of(TestPacks.loi()));
        Explanation e = Explainer.explain(set, "LEG-07");
        assertEquals("Matériels issus du réemploi, reconditionnés ou à contenu recyclé", e.title());
        assertTrue(e.signals().stream().anyMatch(s -> s.id().equals("exclusivement-neuf") && s.negationIsPart()));
        assertEquals(8, e.examples().size());
        assertTrue(e.toText().contains("source : Loi n° 2020-105"));

        Judge judge = Judge.compile(set);
        Judgement j = judge.judge(LockAndWaiverTestSupport.tender("Les produits reconditionnés ne sont pas acceptés."),
                new JudgeOptions(LocalDate.of(2026, 10, 1), null));
        Explanation why = Explainer.explain(set, "LEG-07", j);
        assertEquals(Status.CONTRADICTED, why.verdict().status());
        assertEquals(1, why.counted().size());
        assertEquals(1, why.ignored().size());
        String text = why.toText();
        assertTrue(text.contains("[écartée] cctp.pdf « Les produits reconditionnés ne sont pas acceptés. » — mention niée"),
                text);
        assertTrue(text.contains("décision retenue : boussole « contredit » → contredit (priorité 500)"), text);
    }

    @Test
    void explainSuggestsCloseIdsForTypos() {
        PackSet set = PackSet.of(List.of(TestPacks.loi()));
        var e = org.junit.jupiter.api.Assertions.assertThrows(fr.boussole.rules.pack.PackException.class,
                () -> Explainer.explain(set, "LEG-7"));
        assertTrue(e.getMessage().contains("critère inconnu « LEG-7 » (les plus proches : LEG-07"), e.getMessage());
    }

    @Test
    void runnerReportsMismatchesWithReasonAndEvidence() {
        Pack p = PackLoader.fromFiles("mem", TestTenders.files("pack.yaml", TestPacks.manifest("p", "P-"),
                "criteria/P-01.yaml", TestPacks.criterion("P-01", "reconditionn") + """
                        examples:
                          - expect: covered
                            text: Les produits reconditionnés ne sont pas acceptés.
                          - expect: missing
                            text: Rien.
                        """), false);
        ExampleRunner.Report r = new ExampleRunner().run(Judge.compile(PackSet.of(List.of(p))));
        assertEquals(2, r.outcomes().size());
        assertEquals(1, r.failures().size());
        String line = r.failures().get(0).toLine();
        assertEquals("P-01 exemple n° 1 (p) : attendu covered, obtenu missing — Aucune mention ne compte dans les "
                + "pièces lues : 1 mention écartée (voir les preuves ignorées et leur raison). — preuves : [ignored] "
                + "« Les produits reconditionnés ne sont pas acceptés. » — mention niée (« ne sont pas acceptés »)", line);
        assertTrue(r.toText().endsWith("1/2 exemples conformes\n"));
    }
}
