package fr.boussole.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteLocatorTest {

    static final List<String> PARAS = List.of(
            "Article 8 – Critères de jugement",                         // 0
            "8.1 Pondération",                                          // 1
            "Prix : 55 % ; Valeur technique : 40 %",                    // 2
            "Performance environnementale : 5 %.",                      // 3
            "",                                                         // 4
            "Clause de progrès",                                        // 5
            "Le titulaire propose chaque année les nouveaux matériels.",// 6
            "Article 9 – Garantie",                                     // 7
            "9.1 Durée",                                                // 8
            "La garantie est d’un an.",                                 // 9
            "Article 10 – Garantie bis",                                // 10
            "10.1 Durée",                                               // 11
            "La garantie est d'un an.");                                // 12

    @Test
    void normalisesCaseSpacesApostrophesAndLigatures() {
        assertEquals(QuoteLocator.normalise("Main-d’œuvre : 5 %"), QuoteLocator.normalise("MAIN-D'OEUVRE:\u00a05%"));
        assertEquals("a-b", QuoteLocator.normalise("a – b"));
    }

    @Test
    void findsPartOfAParagraphWhateverTheSpacing() {
        QuoteLocator l = new QuoteLocator(PARAS);
        assertArrayEquals(new int[] {3, 3}, l.locate("performance environnementale: 5%", null));
        assertArrayEquals(new int[] {2, 2}, l.locate("Valeur  technique", null));
    }

    @Test
    void spansConsecutiveParagraphsSuchAsTableCells() {
        QuoteLocator l = new QuoteLocator(PARAS);
        assertArrayEquals(new int[] {5, 6}, l.locate("Clause de progrès Le titulaire propose chaque année", null));
        assertArrayEquals(new int[] {3, 5}, l.locate("environnementale : 5 %. Clause de progrès", null), "empty paragraph in between");
    }

    @Test
    void ellipsisSplitsTheQuoteIntoOrderedFragments() {
        QuoteLocator l = new QuoteLocator(PARAS);
        assertArrayEquals(new int[] {6, 6}, l.locate("Le titulaire propose … nouveaux matériels", null));
        assertNull(l.locate("nouveaux matériels … Le titulaire propose", null));
    }

    @Test
    void articleHintChoosesBetweenRepeats() {
        QuoteLocator l = new QuoteLocator(PARAS);
        assertArrayEquals(new int[] {9, 9}, l.locate("La garantie est d'un an", null));
        assertArrayEquals(new int[] {12, 12}, l.locate("La garantie est d'un an", "Article 10 > 10.1"));
        assertArrayEquals(new int[] {9, 9}, l.locate("La garantie est d'un an", "Article 9 > 9.1"));
    }

    @Test
    void longQuoteReJoinedByTheExtractorStillFound() {
        QuoteLocator l = new QuoteLocator(List.of("Le titulaire assure la reprise des emballages de livraison "
                + "et leur valorisation dans une filière agréée conformément au code de l'environnement."));
        assertArrayEquals(new int[] {0, 0}, l.locate("Le titulaire assure la reprise des emballages de livraison et "
                + "leur traitement [mot mal extrait] dans une filière agréée conformément au code de l'environnement.", null));
        assertNull(l.locate("Rien de tel ici", null));
        assertNull(l.locate("", null));
    }
}
