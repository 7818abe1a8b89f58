package fr.boussole.segmenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scans that replace or guard costly expressions agree with those expressions, on random
 * lines built from the pieces that matter to them (letters, apostrophes, Unicode spaces, leaders, digits,
 * brackets, "à compléter"…).
 */
class LinearShortcutsTest {

    private static final List<String> PIECES = List.of(
            "article", "l’", "d'", "de", "à", "À COMPLÉTER", "à compléter", "a compléter", "[", "]", "(", ")", "<", ">",
            "«", "»", "Préciser", "xx", "XX", "x", "X", "Xx", "%", "…", "……", ".", "..", "...", ".....", ". . . ", "___",
            "_", "·", "···", "-", "----", "\uFFFD", "1", "12", "123", "1234", "٣", "\uD835\uDFCF", "°", "n°", " ", "  ",
            "\t", "\u00A0", "\u202F", "\u2007", "\u2028", "\u0085", "\u200B", "\n", "\r\n", ":", "ſ", "é", "Œuvre",
            "\uD801\uDC00", "SOMMAIRE", "Erreur ! Signet non défini.", "nom de", "montant", "r", "R");

    private static String randomLine(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + rnd.nextInt(12);
        for (int k = 0; k < n; k++) {
            sb.append(PIECES.get(rnd.nextInt(PIECES.size())));
        }
        return sb.toString();
    }

    @Test
    void lastWordReadsWhatTheExpressionFinds() {
        Random rnd = new Random(1);
        int words = 0;
        for (int i = 0; i < 200_000; i++) {
            String line = randomLine(rnd);
            String expected = Lines.lastWordByRegex(line);
            assertEquals(expected, Lines.lastWord(line), line);
            words += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(words > 10_000, "lines ending with a word: " + words);
    }

    @Test
    void abbreviationAtTheEndIsFoundInTheTailAsInTheWholeSentence() {
        List<String> pieces = List.of("Le titulaire respecte l'", "art", "ART", "Art", "jurispr", "(jurispr", "c.-à-d",
                "C.-À-D", "p. ex", "N.B", "MM", "CE", "n°", "N°", ".", ". ", " ", "\u00A0", "\u2028", "\n", "\r\n",
                "(", "«", "’", "suiv", "ibid", "approx", "paragr", "X", "L", "ſ", "12", "du code", "marché");
        Random rnd = new Random(4);
        int found = 0;
        for (int i = 0; i < 300_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = rnd.nextInt(8); k >= 0; k--) {
                sb.append(pieces.get(rnd.nextInt(pieces.size())));
            }
            String s = sb.toString();
            boolean expected = SentenceSplitter.ENDS_ABBREVIATION.matcher(s).find();
            assertEquals(expected, SentenceSplitter.endsWithAbbreviation(s), s);
            found += expected ? 1 : 0;
        }
        assertTrue(found > 20_000, "sentences ending with an abbreviation: " + found);
    }

    @Test
    void leaderTailHoldsWheneverTheLeaderExpressionMatches() {
        Random rnd = new Random(2);
        int matched = 0;
        int skipped = 0;
        for (int i = 0; i < 300_000; i++) {
            String line = randomLine(rnd);
            boolean tail = UnitBuilder.leaderTail(line);
            if (UnitBuilder.TOC_LEADERS.matcher(line).matches()) {
                assertTrue(tail, line);
                matched++;
            } else if (!tail) {
                skipped++;
            }
        }
        assertTrue(matched > 1000, "table-of-contents lines: " + matched);
        assertTrue(skipped > 100_000, "lines the scan rules out: " + skipped);
    }

    @Test
    void placeholderGuardsHoldWheneverTheirExpressionFinds() {
        Random rnd = new Random(3);
        int[] found = new int[Contexts.PLACEHOLDERS.length];
        for (int i = 0; i < 300_000; i++) {
            String line = randomLine(rnd);
            for (int p = 0; p < Contexts.PLACEHOLDERS.length; p++) {
                if (Contexts.PLACEHOLDERS[p].matcher(line).find()) {
                    assertTrue(Contexts.mayHold(p, line), p + " : " + line);
                    found[p]++;
                }
            }
        }
        for (int p = 0; p < found.length; p++) {
            assertTrue(found[p] > 50, "placeholder " + p + " found " + found[p] + " times");
        }
    }
}
