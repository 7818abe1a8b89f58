package fr.boussole.segmenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The faster abbreviation check of {@link SentenceSplitter.Detector} takes OpenNLP's own decisions. */
class SentenceDetectorEquivalenceTest {

    private static final List<String> PIECES = List.of(
            "art.", "Art.", "ART.", "arts.", "al.", "cf.", "n°", "N°.", "no.", "L.", "R.", "D.", "M.", "MM.", "Mme.",
            "p.", "pp.", "s.", "ss.", "etc.", "ex.", "p. ex.", "c.-à-d.", "i.e.", "N.B.", "CE.", "Cass.", "St.",
            "min.", "max.", "tél.", "vol.", "chap.", "réf.", "v.", "Vol.", "Ex.", "Cf.",
            "Le", "titulaire", "respecte", "la", "clause", "du", "CCAP", "code", "2111-1", "R. 2192-10", "14.1",
            "12", "h", "m", "marché", "Le pouvoir adjudicateur", "l’", "d'", "(", ")", "[", "]", "«", "»", "\"",
            ".", "..", "...", "!", "?", ";", ":", ",", "-", "•", "'", "`", "´", "’", "\t", "\u00A0", "İ", "ǅ",
            "a.", "b)", "1.", "IV.", "4.2.", "ARTICLE 5 –", "Annexe.", "annexe.", "env.", "op. cit.", "ibid.");
    private static final List<String> GLUE = List.of(" ", " ", " ", "", "  ", "\n", " ");

    @Test
    void sameSpansAsTheStockDetectorOnRandomAdministrativeText() {
        SentenceDetectorME stock = new SentenceDetectorME(SentenceSplitter.MODEL, SentenceSplitter.DICTIONARY);
        SentenceDetectorME fast = new SentenceSplitter.Detector(SentenceSplitter.MODEL, SentenceSplitter.DICTIONARY);
        Random rnd = new Random(20261122L);
        int multi = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + rnd.nextInt(i % 10 == 0 ? 400 : 40);
            for (int k = 0; k < n; k++) {
                sb.append(PIECES.get(rnd.nextInt(PIECES.size()))).append(GLUE.get(rnd.nextInt(GLUE.size())));
            }
            String text = sb.toString();
            Span[] expected = stock.sentPosDetect(text);
            Span[] actual = fast.sentPosDetect(text);
            assertEquals(Arrays.toString(expected), Arrays.toString(actual), text);
            // the same text twice in a row (the lower-cased copy is reused) and a different one after
            assertEquals(Arrays.toString(expected), Arrays.toString(fast.sentPosDetect(text)), text);
            multi += expected.length > 1 ? 1 : 0;
        }
        assertTrue(multi > 1000, "the texts must exercise real breaks: " + multi);
    }
}
