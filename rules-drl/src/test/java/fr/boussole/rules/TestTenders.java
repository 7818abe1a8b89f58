package fr.boussole.rules;

import fr.boussole.model.AwardCriterion;
import fr.boussole.model.BuyerType;
import fr.boussole.model.Clause;
import fr.boussole.model.ClauseContext;
import fr.boussole.model.ClauseKind;
import fr.boussole.model.Piece;
import fr.boussole.model.PieceRole;
import fr.boussole.model.PurchaseFamily;
import fr.boussole.model.Tender;
import fr.boussole.model.TenderProfile;
import fr.boussole.segmenter.FrenchNormalizer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds small tenders and in-memory packs for engine tests. */
final class TestTenders {

    private TestTenders() {
    }

    static Clause clause(String id, PieceRole role, String text, String... headings) {
        return new Clause(id, "p-" + role.code(), role, null, headings.length > 0 ? headings[headings.length - 1] : null,
                List.of(), List.of(headings), ClauseKind.PARAGRAPH, 0, text.length(), text,
                FrenchNormalizer.normalize(text), "fp-" + id, List.of(), Set.of());
    }

    static Clause clause(String id, PieceRole role, String text, Set<ClauseContext> contexts) {
        return new Clause(id, "p-" + role.code(), role, null, null, List.of(), List.of(), ClauseKind.PARAGRAPH, 0,
                text.length(), text, FrenchNormalizer.normalize(text), "fp-" + id, List.of(), contexts);
    }

    static Piece piece(PieceRole role, Clause... clauses) {
        return new Piece("p-" + role.code(), role.code().toLowerCase() + ".pdf", role.code().toLowerCase() + ".pdf",
                "application/pdf", role, "test", null, 1, "sha", 10, null, null, null, null, List.of(clauses));
    }

    static TenderProfile profile(PurchaseFamily family, BuyerType buyer, LocalDate launch, List<AwardCriterion> awards) {
        return new TenderProfile("objet", "acheteur", buyer, null, null, null, null, launch, null, null, null, null,
                awards, family, List.of(family), null, null);
    }

    static Tender tender(String id, TenderProfile profile, Piece... pieces) {
        return new Tender(id, id, List.of(pieces), profile, List.of());
    }

    /** An in-memory pack from (path, text) pairs. */
    static Map<String, byte[]> files(String... pathAndText) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < pathAndText.length; i += 2) {
            m.put(pathAndText[i], pathAndText[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return m;
    }

    static List<String> lines(String... l) {
        return new ArrayList<>(List.of(l));
    }
}
