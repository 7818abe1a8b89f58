package fr.boussole.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    @Test
    void frenchReportMatchesGolden(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("rapport.html");
        HtmlReport.write(Fixtures.result(), f);
        Golden.assertGolden("report.fr.html", Files.readString(f));
    }

    @Test
    void englishReportMatchesGolden() throws Exception {
        Golden.assertGolden("report.en.html", HtmlReport.render(Fixtures.result(), Locale.ENGLISH));
    }

    @Test
    void selfContainedWithoutAnyNetworkReference() {
        String html = HtmlReport.render(Fixtures.result(), Locale.FRENCH);
        // no external stylesheet, script, image, font or frame
        assertFalse(Pattern.compile("(?i)<(link|img|iframe|object|embed)\\b").matcher(html).find());
        assertFalse(Pattern.compile("(?i)<script[^>]+src=").matcher(html).find());
        assertFalse(Pattern.compile("(?i)url\\(").matcher(html).find());
        assertFalse(Pattern.compile("(?i)@import|@font-face").matcher(html).find());
        Matcher m = Pattern.compile("(?i)(?:href|src)=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            assertTrue(m.group(1).startsWith("#"), "non-local reference " + m.group(1));
        }
    }

    @Test
    void everyCriterionHasItsDetailAndTextStatus() {
        String html = HtmlReport.render(Fixtures.result(), Locale.FRENCH);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"fr\">"));
        assertEquals(Fixtures.verdicts().size(), count(html, "<article id=\"c-"));
        assertTrue(html.contains("<span class=\"visually-hidden\">Statut : </span>Manquant"));
        assertTrue(html.contains("« Performance environnementale : 5 % »"));
        assertTrue(html.contains("RC · RC_AO-2026-017.pdf · page 7 · Article 8 &gt; 8.2"));
        assertTrue(html.contains("Clause suggérée – à ajouter au CCAP"));
        assertTrue(html.contains("Postes livrés sous un système libre"));
        assertTrue(html.contains("Annexes/Plan_des_sites.pdf"));
        // obligations summary: 3 of 6, with the three uncovered obligations linked
        assertTrue(html.contains("<p class=\"big\">3 <small>/ 6 respectées</small></p>"));
        assertTrue(html.contains("<a href=\"#c-LEG-04\">LEG-04</a>"));
    }

    @Test
    void headingsDoNotSkipLevels() {
        String html = HtmlReport.render(Fixtures.result(), Locale.FRENCH);
        Matcher m = Pattern.compile("<h([1-6])[\\s>]").matcher(html);
        int prev = 0;
        int h1 = 0;
        while (m.find()) {
            int level = Integer.parseInt(m.group(1));
            assertTrue(level <= prev + 1, "heading h" + level + " after h" + prev);
            prev = level;
            h1 += level == 1 ? 1 : 0;
        }
        assertEquals(1, h1);
    }

    @Test
    void escapesMarkupFromTheDocuments() {
        var r = Fixtures.result();
        var v0 = r.verdicts().get(0);
        var bad = new fr.boussole.model.Verdict(v0.criterion(), v0.pack(), v0.packVersion(),
                "<script>alert(1)</script>", v0.status(), v0.severity(), "a & b \"c\"", v0.reason(), v0.evidence(),
                v0.suggestion(), v0.theme(), v0.qualities(), v0.reference(), v0.trail(), v0.waiver());
        var r2 = new fr.boussole.model.CheckResult(r.schemaVersion(), r.tool(), r.checkedAt(), r.tender(), r.source(),
                r.profile(), r.pieces(), r.packs(), java.util.List.of(bad), r.qualities(), null, r.problems());
        String html = HtmlReport.render(r2, Locale.FRENCH);
        assertFalse(html.contains("<script>alert"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
