package fr.boussole.profiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.boussole.model.AwardCriterion.Kind;
import org.junit.jupiter.api.Test;

class CriterionKindsTest {

    @Test
    void kindsFromNames() {
        assertEquals(Kind.PRICE, CriterionKinds.of("Prix des prestations"));
        assertEquals(Kind.COST, CriterionKinds.of("Coût du cycle de vie"));
        assertEquals(Kind.TECHNICAL, CriterionKinds.of("Valeur technique"));
        assertEquals(Kind.ENVIRONMENTAL, CriterionKinds.of("Démarche d’écoconception du service (performance environnementale)"));
        assertEquals(Kind.ENVIRONMENTAL, CriterionKinds.of("Sobriété numérique du service"));
        assertEquals(Kind.ENVIRONMENTAL, CriterionKinds.of("Durabilité et réparabilité des matériels"));
        assertEquals(Kind.ENVIRONMENTAL, CriterionKinds.of("Disponibilité des pièces détachées"));
        assertEquals(Kind.TECHNICAL, CriterionKinds.of("Environnement technique et sécurité"));
        assertEquals(Kind.SOCIAL, CriterionKinds.of("Insertion professionnelle"));
        assertEquals(Kind.DELAY, CriterionKinds.of("Délai de livraison"));
        assertEquals(Kind.OTHER, CriterionKinds.of("Négociation"));
    }
}
