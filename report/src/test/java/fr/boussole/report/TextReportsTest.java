package fr.boussole.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextReportsTest {

    @Test
    void markdownMatchesGolden() throws Exception {
        String md = MarkdownReport.render(Fixtures.result(), Locale.FRENCH);
        assertTrue(md.startsWith("# Boussole — DCE « AO-2026-017 »"));
        assertTrue(md.contains("| **LEG-04** Condition d'exécution sociale"));
        assertTrue(md.contains("### LEG-04 — Condition d'exécution sociale (marchés au-dessus des seuils européens) (à ajouter au CCAP)"));
        assertFalse(md.contains("### GUI-04"), "a waived gap needs no suggestion");
        assertTrue(md.contains("`Annexes/Plan_des_sites.pdf`"));
        Golden.assertGolden("report.md", md);
        Golden.assertGolden("report.en.md", MarkdownReport.render(Fixtures.result(), Locale.ENGLISH));
    }

    @Test
    void markdownEscapesTableCells() {
        assertEquals("a \\| b \\*c\\*", MarkdownReport.cell("a | b *c*"));
        assertEquals("ligne un ligne deux", MarkdownReport.cell("ligne un\nligne deux"));
    }

    @Test
    void consolePlainMatchesGoldenAndHasNoEscape() throws Exception {
        String plain = ConsoleReport.render(Fixtures.result(), Locale.FRENCH, false);
        assertFalse(plain.contains("\u001b["));
        assertTrue(plain.contains("Obligations légales\u00a0: 3 / 6 respectées"));
        assertTrue(plain.contains("Écarts à traiter (7) :"), plain);
        assertTrue(plain.contains("→ À ajouter au CCAP"));
        Golden.assertGolden("console.txt", plain);
    }

    @Test
    void consoleColoursOnlyWhenAllowed() {
        String coloured = ConsoleReport.render(Fixtures.result(), Locale.FRENCH, true);
        assertTrue(coloured.contains("\u001b[31m"));
        assertTrue(ConsoleReport.useColor(true, Map.of()));
        assertFalse(ConsoleReport.useColor(false, Map.of()));
        assertFalse(ConsoleReport.useColor(true, Map.of("NO_COLOR", "1")));
        assertTrue(ConsoleReport.useColor(true, Map.of("NO_COLOR", "")), "an empty NO_COLOR does not count");
        assertFalse(ConsoleReport.useColor(true, Map.of("TERM", "dumb")));
    }

    @Test
    void progressLineRewritesOneLineOnlyOnATerminal() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8);
        try (ProgressLine p = new ProgressLine(ps, true, 40, Locale.FRENCH)) {
            p.update(1, 3, "RC.pdf");
            p.update(2, 3, "CCTP.odt");
            p.update(3, 3, "une pièce au nom vraiment beaucoup trop long.docx");
        }
        String s = buf.toString(StandardCharsets.UTF_8);
        assertTrue(s.startsWith("\rLecture des pièces [1/3] RC.pdf"));
        assertTrue(s.contains("\rLecture des pièces [2/3] CCTP.odt"));
        assertFalse(s.contains("\n"));
        for (String line : s.split("\r")) {
            assertTrue(line.length() <= 39, "cut to the width: " + line);
        }
        assertTrue(s.endsWith("\r"));

        ByteArrayOutputStream none = new ByteArrayOutputStream();
        try (ProgressLine p = new ProgressLine(new PrintStream(none), false, 80, Locale.FRENCH)) {
            p.update(1, 2, "RC.pdf");
        }
        assertEquals(0, none.size(), "nothing when not on a terminal");
    }
}
