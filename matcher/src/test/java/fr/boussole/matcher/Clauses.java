package fr.boussole.matcher;

import fr.boussole.model.Clause;
import fr.boussole.model.ClauseContext;
import fr.boussole.model.ClauseKind;
import fr.boussole.model.PieceRole;
import fr.boussole.segmenter.FrenchNormalizer;
import java.util.List;
import java.util.Set;

/** Test helpers building clauses the way the segmenter would. */
final class Clauses {

    private Clauses() {
    }

    static Clause of(PieceRole role, String text) {
        return of(role, text, List.of(), Set.of());
    }

    static Clause of(PieceRole role, String text, List<String> headings, Set<ClauseContext> contexts) {
        return new Clause("p1#0001", "p1", role, 3, headings.isEmpty() ? null : "Article 5", List.of("5"), headings,
                ClauseKind.PARAGRAPH, 0, text.length(), text, FrenchNormalizer.normalize(text), "fp", List.of(),
                contexts);
    }
}
