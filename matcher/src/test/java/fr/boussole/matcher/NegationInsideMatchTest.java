package fr.boussole.matcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.model.Clause;
import fr.boussole.model.ClauseKind;
import fr.boussole.model.PieceRole;
import fr.boussole.segmenter.FrenchNormalizer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A negation inside a long match counts too; "sans" inside a match is usually part of the requirement. */
class NegationInsideMatchTest {

    private static final SignalMatcher MATCHER = SignalMatcher.build(List.of(new SignalSpec("RESET-1", "aide",
            Effect.COVERS, List.of("usagers.{0,60}(assistance|accompagnement)", "remplac\\w+.{0,40}outils courants"),
            List.of(), List.of(), Set.of(), List.of(), false, false, null)));

    private static Hit hit(String text) {
        Clause c = new Clause("p1#0001", "p1", PieceRole.CCTP, 1, null, List.of(), List.of(), ClauseKind.PARAGRAPH, 0,
                text.length(), text, FrenchNormalizer.normalize(text), "fp", List.of(), null);
        return MATCHER.match(c).get(0);
    }

    @Test
    void negationInsideTheMatchIsSeen() {
        assertFalse(hit("Les usagers ne bénéficient d'aucune assistance téléphonique.").counted());
        assertTrue(hit("Les usagers bénéficient d'une assistance téléphonique.").counted());
    }

    @Test
    void sansInsideTheMatchIsPartOfTheRequirement() {
        assertTrue(hit("La batterie est remplaçable avec des outils courants, sans colle ni soudure.").counted());
        assertTrue(hit("Les pièces sont remplacées sans soudure avec des outils courants.").counted());
    }
}
