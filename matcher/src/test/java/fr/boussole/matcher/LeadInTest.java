package fr.boussole.matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.model.Clause;
import fr.boussole.model.ClauseKind;
import fr.boussole.model.Piece;
import fr.boussole.model.PieceRole;
import fr.boussole.model.Tender;
import fr.boussole.segmenter.FrenchNormalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A list item inherits what its lead-in says: "à titre indicatif :", "ne sont pas acceptés :". */
class LeadInTest {

    private static final SignalMatcher MATCHER = SignalMatcher.build(List.of(new SignalSpec("SN-04", "poids",
            Effect.COVERS, List.of("poids (maximal|maximum) de \\d+ ?(ko|mo)"), List.of(), List.of(), java.util.Set.of(),
            List.of(), false, false, null)));

    private static List<Hit> hits(String leadIn, String item) {
        List<Clause> cs = new ArrayList<>();
        cs.add(clause("p1#0001", ClauseKind.PARAGRAPH, leadIn));
        cs.add(clause("p1#0002", ClauseKind.LIST_ITEM, "un premier élément sans rapport ;"));
        cs.add(clause("p1#0003", ClauseKind.LIST_ITEM, item));
        Piece p = new Piece("p1", "cctp.pdf", "cctp.pdf", "application/pdf", PieceRole.CCTP, "test", null, 1, "x", 1,
                null, null, null, null, cs);
        return MATCHER.match(new Tender("t", "t", List.of(p), null, null));
    }

    private static Clause clause(String id, ClauseKind kind, String text) {
        return new Clause(id, "p1", PieceRole.CCTP, 1, null, List.of(), List.of(), kind, 0, text.length(), text,
                FrenchNormalizer.normalize(text), "fp", List.of(), null);
    }

    @Test
    void indicativeLeadInMakesItemsOptional() {
        Hit h = hits("Les objectifs suivants sont donnés à titre indicatif :", "un poids maximal de 1 Mo par page ;").get(0);
        assertTrue(h.counted());
        assertEquals(Modality.OPTIONAL, h.modality());
    }

    @Test
    void bindingLeadInMakesNeutralItemsBinding() {
        Hit h = hits("Le titulaire respecte les exigences suivantes :", "un poids maximal de 1 Mo par page ;").get(0);
        assertEquals(Modality.BINDING, h.modality());
    }

    @Test
    void negatedLeadInNegatesItems() {
        Hit h = hits("Ne sont pas exigés dans le cadre du présent marché :", "un poids maximal de 1 Mo par page ;").get(0);
        assertFalse(h.counted());
        assertTrue(h.ignoredReason().contains("liste introduite"), h.ignoredReason());
    }

    @Test
    void aListWithoutLeadInKeepsItsOwnModality() {
        Hit h = hits("Le présent article décrit la performance.", "un poids maximal de 1 Mo par page ;").get(0);
        assertEquals(Modality.NEUTRAL, h.modality());
    }

    @Test
    void aRequirementInAConditionalTrancheIsOptional() {
        String text = "Le titulaire respecte un poids maximal de 1 Mo par page.";
        Clause c = new Clause("p1#0001", "p1", PieceRole.CCTP, 1, "4 > 4.4", List.of("4", "4.4"),
                List.of("4 Structure des prestations", "4.4 Tranche conditionnelle 1 – Sobriété numérique"),
                ClauseKind.PARAGRAPH, 0, text.length(), text, FrenchNormalizer.normalize(text), "fp", List.of(), null);
        Piece p = new Piece("p1", "cctp.pdf", "cctp.pdf", "application/pdf", PieceRole.CCTP, "test", null, 1, "x", 1,
                null, null, null, null, List.of(c));
        Hit h = MATCHER.match(new Tender("t", "t", List.of(p), null, null)).get(0);
        assertTrue(h.counted());
        assertEquals(Modality.OPTIONAL, h.modality());
    }
}
