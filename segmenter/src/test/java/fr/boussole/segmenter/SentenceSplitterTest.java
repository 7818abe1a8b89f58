package fr.boussole.segmenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.model.Span;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text, false).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void legalReferencesAreNeverSplit() {
        List<String> s = sentences("Conformément à l’art. L. 2111-1 du code de la commande publique, le titulaire "
                + "respecte les clauses environnementales (art. R. 2192-10 du CCP). Le pouvoir adjudicateur vérifie "
                + "leur application, cf. art. 14.1 du CCAG-TIC.");
        assertEquals(2, s.size(), s.toString());
        assertTrue(s.get(0).endsWith("(art. R. 2192-10 du CCP)."));
    }

    @Test
    void administrativeAbbreviationsAreNotSentenceEnds() {
        List<String> s = sentences("M. le Maire et Mme la directrice signent le marché n° 2025-14. Voir p. 12 et s. "
                + "pour le détail, env. 1,5 M€ HT, soit max. 300 000 € par an. Me Durand, huissier, constate le dépôt. "
                + "Le montant est de 1.250.000,00 €.");
        assertEquals(4, s.size(), s.toString());
        assertTrue(s.get(1).startsWith("Voir p. 12 et s. pour le détail"));
    }

    @Test
    void etcEndsASentenceUnlessTheTextGoesOn() {
        List<String> s = sentences("Le titulaire fournit les postes, écrans, claviers, etc. Il assure la livraison.");
        assertEquals(2, s.size(), s.toString());
        List<String> t = sentences("Les déchets (cartons, palettes, etc.) sont repris par le titulaire.");
        assertEquals(1, t.size(), t.toString());
    }

    @Test
    void listNumbersStayWithTheirText() {
        List<String> s = sentences("1. Le candidat remet un mémoire technique. Il le signe.");
        assertEquals(List.of("1. Le candidat remet un mémoire technique.", "Il le signe."), s);
        List<String> t = sentences("4.2. Les prix sont fermes. La révision est exclue.");
        assertEquals("4.2. Les prix sont fermes.", t.get(0));
    }

    @Test
    void newlinesAreBreaksOnlyWhenAsked() {
        String text = "Objet du marché\nLe marché porte sur des licences.";
        assertEquals(2, SentenceSplitter.split(text, true).size());
        assertEquals(1, SentenceSplitter.split(text, false).size());
        assertTrue(SentenceSplitter.split("   ", false).isEmpty());
    }

    @Test
    void spansCoverTheTextWithoutOverlap() {
        String text = "Premier point. Deuxième point ! Troisième point ? Fin";
        List<Span> spans = SentenceSplitter.split(text, false);
        assertEquals(4, spans.size());
        for (int i = 1; i < spans.size(); i++) {
            assertTrue(spans.get(i - 1).end() <= spans.get(i).start());
        }
        assertEquals(text.length(), spans.get(spans.size() - 1).end());
    }

    @Test
    void threadsEachGetTheirOwnDetector() throws Exception {
        String text = "Le titulaire livre. Le pouvoir adjudicateur paie. Les parties signent.";
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> fs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                fs.add(pool.submit(() -> SentenceSplitter.split(text, false).size()));
            }
            for (Future<Integer> f : fs) {
                assertEquals(3, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
