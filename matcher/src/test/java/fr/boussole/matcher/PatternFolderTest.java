package fr.boussole.matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PatternFolderTest {

    @Test
    void caseInsensitiveOnlyWhenFoldingCannotLowerThePattern() {
        assertEquals(false, caseInsensitive(PatternFolder.compileFolded("Critère \\b\\S+\\d{2,}")));
        assertEquals(true, caseInsensitive(PatternFolder.compileFolded("\\p{Lu}\\w+")));
        assertEquals(true, caseInsensitive(PatternFolder.compileFolded("(?i)rgaa")));
        assertEquals(true, caseInsensitive(PatternFolder.compileFolded("\\x41b")));
        // named groups and look-arounds are not inline flags
        assertEquals(false, caseInsensitive(PatternFolder.compileFolded("(?<n>\\d+) ?%(?=\\s)")));
        // the folded text matches the same way with or without case-insensitive flags
        String text = "le titulaire respecte le referentiel general d'ecoconception de services numeriques";
        for (String rx : List.of("R[ÉE]F[ÉE]RENTIEL G[ÉE]N[ÉE]RAL", "\\bécoconception\\b", "services? num[ée]riques?$")) {
            assertEquals(Pattern.compile(PatternFolder.fold(rx), PatternFolder.FLAGS).matcher(text).find(),
                    PatternFolder.compileFolded(rx).matcher(text).find(), rx);
            assertTrue(PatternFolder.compileFolded(rx).matcher(text).find(), rx);
        }
    }

    private static boolean caseInsensitive(Pattern p) {
        return (p.flags() & Pattern.CASE_INSENSITIVE) != 0;
    }

    @Test
    void foldsLiteralsButKeepsRegexSyntax() {
        assertEquals("critere.{0,40}(environnement|developpement durable)",
                PatternFolder.fold("Critère.{0,40}(environnement|Développement  durable)"));
        assertEquals("\\S+\\b\\p{Lu}\\D", PatternFolder.fold("\\S+\\b\\p{Lu}\\D"));
        assertEquals("(?<n>\\d+) ?%", PatternFolder.fold("(?<n>\\d+) ?%"));
        assertEquals("(?:oe)?uvre", PatternFolder.fold("œ?uvre"));
        assertEquals("l'ecoconception", PatternFolder.fold("l’écoconception"));
        assertEquals("[eea]", PatternFolder.fold("[éèa]"));
        assertTrue(PatternFolder.compileFolded("PÉNALITÉS").matcher("penalites").find());
    }

    @Test
    void derivesRequiredLiteralsAsKeywords() {
        assertEquals(Set.of("environnement", "developpement durable"),
                Set.copyOf(kw("critère.{0,40}(environnement|développement durable)")));
        assertEquals(List.of("critere"), kw("critère.{0,40}(env|dd)"));
        assertEquals(Set.of("reconditionn", "du reemploi"), Set.copyOf(kw("reconditionn|issus? du réemploi")));
        assertEquals(List.of("performance environnementale"), kw("performance environnementale"));
        assertEquals(List.of("reemploi"), kw("(?:issus? du|de) réemploi"));
        assertEquals(Set.of("environnement", "developpement durable"),
                Set.copyOf(kw("(?:environnement|développement durable)\\D{0,30}\\d+ ?%")));
        assertEquals(Set.of("plastique", "matiere"), Set.copyOf(kw("(taux|part) de (plastique|matière)s? recycl")));
        assertEquals(List.of("recycl"), kw("(taux|part) de (pl|mat)s? recycl"));
        assertEquals(List.of("exclusivement neuf"), kw("\\bexclusivement neufs?\\b"));
    }

    @Test
    void givesUpWhenNoRequiredLiteralExists() {
        assertEquals(List.of(), kw("\\d+ ?%"));
        assertEquals(List.of(), kw("a|bc"));
        assertEquals(List.of(), kw("(environnement)?\\s+"));
        assertEquals(List.of(), kw("[a-z]{5,}"));
    }

    private static List<String> kw(String regex) {
        return KeywordExtractor.keywords(PatternFolder.fold(regex));
    }
}
