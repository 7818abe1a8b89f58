package fr.boussole.profiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.model.BuyerType;
import fr.boussole.model.Clause;
import fr.boussole.model.ClauseKind;
import fr.boussole.model.Json;
import fr.boussole.model.Piece;
import fr.boussole.model.PieceRole;
import fr.boussole.model.PurchaseFamily;
import fr.boussole.model.TenderProfile;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenderProfilerTest {

    private static final String RC = """
            Communauté de communes du Val Vert
            Appel d'offres ouvert
            REGLEMENT DE LA CONSULTATION
            Date et heure limites de réception des offres : 14/03/2026 à 12h00
            ---page
            ## 1. Objet de la consultation
            Fourniture et maintenance de postes de travail et d'écrans.
            ## 2. Code CPV
            Classification principale : 30213000-5
            ## 3. Allotissement
            Lot n° 1 : Postes de travail
            Lot n° 2 : Écrans
            ## 4. Durée
            L'accord-cadre est conclu pour une durée de 2 ans reconductible une fois pour la même période.
            ## 5. Critères de jugement des offres
            - Prix : 50 %
            - Valeur technique : 35 %
            - Performance environnementale : 15 %
            """;
    private static final String CCAP = """
            CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIERES
            ## Article 1 - Objet
            Le présent accord-cadre a pour objet la fourniture d'équipements. Montant maximum : 400 000 € HT sur la durée totale.
            ## Article 2 - Pièces
            Le CCAG-FCS s'applique, ainsi que le CCAG TIC pour la maintenance.
            """;

    @Test
    void profileTakesEachFieldFromTheRightPieceWithItsSource() {
        Piece rc = TestDocs.piece("p1", "RC.pdf", PieceRole.RC, RC);
        Piece ccap = TestDocs.piece("p2", "CCAP.pdf", PieceRole.CCAP, CCAP);
        TenderProfile p = new TenderProfiler().profile(List.of(ccap, rc));
        assertEquals("Fourniture et maintenance de postes de travail et d'écrans", p.object());
        assertEquals("dce/RC.pdf", p.sources().get("object").piece());
        assertEquals("Communauté de communes du Val Vert", p.buyer());
        assertEquals(BuyerType.EPCI, p.buyerType());
        assertEquals("Appel d'offres ouvert", p.procedure());
        assertEquals(List.of("30213000"), p.cpv());
        assertEquals("p1#0008", p.sources().get("cpv[0]").clauseId());
        assertEquals(2, p.lots().size());
        assertEquals("Écrans", p.lots().get(1).title());
        assertEquals(LocalDateTime.of(2026, 3, 14, 12, 0), p.deadline());
        assertEquals(48, p.durationMonths());
        assertEquals(3, p.awardCriteria().size());
        assertEquals(15.0, p.awardCriteria().get(2).percent());
        assertEquals("400000", p.estimatedAmount().value().toPlainString());
        assertEquals("dce/CCAP.pdf", p.sources().get("estimatedAmount").piece());
        assertEquals(List.of("FCS", "TIC"), p.ccag());
        assertEquals(PurchaseFamily.HARDWARE, p.family());
        assertNull(p.launchDate());
        assertTrue(Json.write(p).contains("\"awardCriteria\""));
    }

    @Test
    void unclassifiedPiecesAreClassifiedAndNothingIsGuessed() {
        Piece doc = TestDocs.piece("p1", "doc1.pdf", null, """
                CAHIER DES CLAUSES TECHNIQUES PARTICULIERES
                Le titulaire assure le gardiennage du site.
                """);
        TenderProfile p = new TenderProfiler().profile(List.of(doc));
        assertNull(p.object());
        assertNull(p.buyer());
        assertNull(p.buyerType());
        assertNull(p.deadline());
        assertTrue(p.awardCriteria().isEmpty());
        assertTrue(p.sources().isEmpty(), p.sources().toString());
    }

    @Test
    void oddPiecesNeverStopTheProfile() {
        Clause empty = new Clause("p9#0001", "p9", PieceRole.RC, null, null, null, null, ClauseKind.PARAGRAPH, 0, 0, "", "",
                null, null, null);
        Piece blank = new Piece("p9", "dce/vide.pdf", "vide.pdf", null, PieceRole.RC, null, null, null, null, 0, null, null,
                null, null, List.of(empty));
        Piece none = new Piece("p8", "dce/scan.pdf", "scan.pdf", null, null, null, null, 3, null, 0, null, List.of(1, 2, 3),
                null, null, null);
        Piece rc = TestDocs.piece("p1", "RC.pdf", PieceRole.RC, RC);
        TenderProfile p = new TenderProfiler().profile(List.of(blank, none, rc));
        assertEquals("Appel d'offres ouvert", p.procedure());
        assertEquals(3, p.awardCriteria().size());
        assertTrue(new TenderProfiler().profile(List.of()).awardCriteria().isEmpty());
    }
}
