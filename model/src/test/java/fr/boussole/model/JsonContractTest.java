package fr.boussole.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonContractTest {

    @Test
    void enumsUseTheirPublishedCodes() throws Exception {
        Verdict v = new Verdict("LEG-01", "loi", "1.0.0", "Critère", Status.NOT_APPLICABLE, Severity.BONNE_PRATIQUE,
                "m", "r", List.of(), null, null, List.of(), null, List.of(), null);
        JsonNode n = Json.mapper().readTree(Json.write(v));
        assertEquals("not_applicable", n.get("status").asText());
        assertEquals("bonne-pratique", n.get("severity").asText());
        assertEquals(Status.NOT_APPLICABLE, Status.fromCode("not_applicable"));
        assertEquals(PieceRole.ANNEXE, PieceRole.fromCode("annexe"));
        assertEquals("annexe", Json.mapper().readTree(Json.write(PieceRole.ANNEXE)).asText());
    }

    @Test
    void roundTripsATender() throws Exception {
        Clause c = new Clause("p1#0001", "p1", PieceRole.RC, 3, "Article 5 > 5.1", List.of("Article 5", "5.1"),
                List.of("Critères"), ClauseKind.PARAGRAPH, 0, 10, "Prix : 40 %", "prix : 40 %", "abc",
                List.of(new Span(0, 11)), null);
        Piece p = new Piece("p1", "RC.pdf", "RC.pdf", "application/pdf", PieceRole.RC, "nom", null, 3, "h", 10,
                null, null, null, null, List.of(c));
        Tender t = new Tender("t", "/x", List.of(p), null, null);
        Tender back = Json.mapper().readValue(Json.write(t), Tender.class);
        assertEquals(t.pieces().get(0).clauses().get(0), back.pieces().get(0).clauses().get(0));
        assertTrue(back.profile().cpv().isEmpty());
    }
}
