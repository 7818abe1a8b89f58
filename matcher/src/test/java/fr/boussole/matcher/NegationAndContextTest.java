package fr.boussole.matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.model.ClauseContext;
import fr.boussole.model.PieceRole;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class NegationAndContextTest {

    private static final SignalSpec RECOND = SignalSpec.of("LEG-07", "reconditionne", Effect.COVERS,
            "(produits?|matériels?|terminaux|équipements?) reconditionnés?|issus? du réemploi");
    private static final SignalSpec ENV = SignalSpec.of("LEG-01", "critere-env", Effect.COVERS,
            "critère.{0,30}environnement\\w*|dispositions environnementales|clause sociale|performance environnementale");
    private static final SignalMatcher MATCHER = SignalMatcher.build(List.of(RECOND, ENV));

    private static Hit single(String text) {
        List<Hit> hits = MATCHER.match(Clauses.of(PieceRole.CCTP, text));
        assertEquals(1, hits.size(), () -> "une mention attendue dans : " + text + " → " + hits);
        return hits.get(0);
    }

    @ParameterizedTest(name = "niée : {0}")
    @CsvSource(delimiter = '|', value = {
        "Les produits reconditionnés ne sont pas acceptés.",
        "Les matériels reconditionnés proposés par le titulaire ne seront en aucun cas acceptés.",
        "Le titulaire ne propose pas de produits reconditionnés.",
        "Aucun critère environnemental n'est prévu pour ce marché.",
        "Le titulaire n'est pas tenu de fournir des produits reconditionnés.",
        "Clause sociale : sans objet.",
        "Les produits reconditionnés sont exclus du présent marché.",
        "Le marché est passé à l'exclusion des produits reconditionnés.",
        "Pas de produits reconditionnés dans le cadre de ce lot.",
        "Les terminaux reconditionnés, quelle que soit leur origine, sont strictement interdits.",
        "Matériels reconditionnés : non acceptés.",
        "Il ne sera prévu ni produits reconditionnés ni matériels d'occasion.",
        "Le présent marché ne comporte aucune clause sociale.",
        "La clause sociale ne s'applique pas au lot 2.",
        "Il est interdit de livrer des équipements reconditionnés.",
        "Le titulaire ne livre aucun matériel neuf ni aucun produit reconditionné.",
    })
    void negatedMentionsAreNotCounted(String sentence) {
        Hit h = single(sentence);
        assertFalse(h.counted(), () -> "devrait être niée : " + sentence);
        assertEquals(IgnoreKind.NEGATED, h.ignoreKind());
        assertTrue(h.ignoredReason().startsWith("mention niée"), h.ignoredReason());
    }

    @ParameterizedTest(name = "comptée : {0}")
    @CsvSource(delimiter = '|', value = {
        "Il n'est pas interdit de proposer des produits reconditionnés.",
        "Ne sont acceptés que les produits reconditionnés.",
        "Le titulaire n'accepte plus que des produits reconditionnés.",
        "Aucune offre ne sera acceptée sans produits reconditionnés.",
        "Les produits reconditionnés ne sont pas exclus.",
        "Le titulaire ne fournit pas de rapport mensuel ; il livre des produits reconditionnés.",
        "Sans préjudice des dispositions environnementales du CCAP, le titulaire livre les postes.",
        "Le titulaire ne facture pas la reprise, mais il s'engage à livrer des produits reconditionnés.",
        "En cas de non-respect des dispositions environnementales, des pénalités sont appliquées.",
        "Le titulaire livre des produits reconditionnés sans surcoût.",
    })
    void nonNegatedMentionsAreCounted(String sentence) {
        Hit h = single(sentence);
        assertTrue(h.counted(), () -> "devrait compter : " + sentence + " — " + h.ignoredReason());
    }

    @Test
    void negationIsPartKeepsProhibitions() {
        SignalSpec contra = new SignalSpec("LEG-07", "reconditionnes-refuses", Effect.CONTRADICTS,
                List.of("reconditionnés?.{0,20}(ne sont pas|non) acceptés"), List.of(), List.of(), Set.of(),
                List.of(), false, true, null);
        List<Hit> hits = SignalMatcher.build(List.of(contra))
                .match(Clauses.of(PieceRole.CCTP, "Les produits reconditionnés ne sont pas acceptés."));
        assertEquals(1, hits.size());
        assertTrue(hits.get(0).counted());
        assertEquals(Effect.CONTRADICTS, hits.get(0).effect());
    }

    @Test
    void questionsAreNotCounted() {
        Hit h = single("Le candidat propose-t-il des produits reconditionnés ?");
        assertEquals(IgnoreKind.QUESTION, h.ignoreKind());
        assertEquals("posé seulement comme une question", h.ignoredReason());

        List<Hit> q = MATCHER.match(Clauses.of(PieceRole.RC, "Décrivez votre offre de produits reconditionnés.",
                List.of("Questionnaire de sourcing"), Set.of(ClauseContext.QUESTIONNAIRE)));
        assertEquals(IgnoreKind.QUESTION, q.get(0).ignoreKind());
        assertTrue(q.get(0).ignoredReason().startsWith("posé seulement comme une question"));
    }

    @Test
    void aQuestionInAnotherSentenceDoesNotMatter() {
        Hit h = single("Le titulaire livre des produits reconditionnés. Des questions ?");
        assertTrue(h.counted());
    }

    @ParameterizedTest
    @EnumSource(value = ClauseContext.class, names = {"TABLE_OF_CONTENTS", "GLOSSARY", "BIBLIOGRAPHY", "VISA",
            "PLACEHOLDER", "RUNNING_HEADER"})
    void nonBindingPlacesAreNotCounted(ClauseContext context) {
        List<Hit> hits = MATCHER.match(Clauses.of(PieceRole.CCTP, "Article 7 – Produits reconditionnés ........ 12",
                List.of(), Set.of(context)));
        assertEquals(1, hits.size());
        assertEquals(IgnoreKind.CONTEXT, hits.get(0).ignoreKind());
        assertTrue(hits.get(0).ignoredReason().startsWith("dans "), hits.get(0).ignoredReason());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Le titulaire doit livrer des produits reconditionnés.|BINDING",
        "Le titulaire s'engage à proposer des produits reconditionnés.|BINDING",
        "Au moins 20 % des terminaux reconditionnés seront livrés chaque année.|BINDING",
        "Le titulaire garantit que les terminaux reconditionnés ont une batterie à 80 %.|BINDING",
        "Les produits reconditionnés devront être garantis deux ans.|BINDING",
        "Le titulaire peut proposer des produits reconditionnés.|OPTIONAL",
        "Le cas échéant, des produits reconditionnés pourront être livrés.|OPTIONAL",
        "Les offres de produits reconditionnés seront appréciées.|OPTIONAL",
        "Les candidats sont invités à proposer des terminaux reconditionnés.|OPTIONAL",
        "À titre indicatif, des produits reconditionnés sont disponibles au catalogue.|OPTIONAL",
        "Le titulaire s'engage, si possible, à livrer des produits reconditionnés.|OPTIONAL",
        "Les produits reconditionnés sont autorisés en variante.|OPTIONAL",
        "Poste 12 : terminaux reconditionnés, grade A.|NEUTRAL",
        "Le titulaire livre des produits reconditionnés.|NEUTRAL",
        "La part de produits reconditionnés est appréciée au regard du mémoire technique.|NEUTRAL",
        "Le titulaire doit livrer les postes ; des produits reconditionnés peuvent être proposés.|OPTIONAL",
        "Des produits reconditionnés peuvent être proposés ; le titulaire doit garantir les batteries.|OPTIONAL",
        "Les matériels doivent offrir la possibilité d'utiliser des produits reconditionnés.|BINDING",
        "Le titulaire doit privilégier les produits reconditionnés.|BINDING",
        "Le titulaire privilégie, de préférence, des produits reconditionnés.|OPTIONAL",
        "L'usager peut commander des produits reconditionnés depuis le portail.|NEUTRAL",
        "Le portail doit permettre que l'usager puisse commander des produits reconditionnés.|BINDING",
        "Le titulaire a la possibilité de livrer des produits reconditionnés.|OPTIONAL",
        "Les conseillers numériques présentent les produits reconditionnés.|NEUTRAL",
        "Il est conseillé de proposer des produits reconditionnés.|OPTIONAL",
        "La réception ne peut être prononcée qu'après la livraison des produits reconditionnés.|BINDING",
    })
    void modalityOfTheSentence(String sentence, Modality expected) {
        Hit h = single(sentence);
        assertTrue(h.counted(), () -> h.ignoredReason());
        assertEquals(expected, h.modality(), sentence);
    }

    @Test
    void hitCarriesQuoteSpanAndSentence() {
        String text = "Article 4. Les PRODUITS RECONDITIONNÉS doivent avoir une batterie à 80 %. Autre phrase.";
        List<Hit> hits = MATCHER.match(Clauses.of(PieceRole.CCTP, text));
        Hit h = hits.get(0);
        assertEquals("PRODUITS RECONDITIONNÉS", h.quote());
        assertEquals(h.quote(), text.substring(h.quoteSpan().start(), h.quoteSpan().end()));
        assertEquals("Les PRODUITS RECONDITIONNÉS doivent avoir une batterie à 80 %.", h.sentence());
        assertEquals(1, h.sentenceIndex());
        assertEquals("p1#0001", h.clauseId());
        assertEquals(PieceRole.CCTP, h.role());
        assertNull(h.ignoreKind());
    }
}
