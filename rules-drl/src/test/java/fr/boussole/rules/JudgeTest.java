package fr.boussole.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.model.AwardCriterion;
import fr.boussole.model.BuyerType;
import fr.boussole.model.ClauseContext;
import fr.boussole.model.Evidence;
import fr.boussole.model.PieceRole;
import fr.boussole.model.PurchaseFamily;
import fr.boussole.model.QualityScore;
import fr.boussole.model.Severity;
import fr.boussole.model.Status;
import fr.boussole.model.Tender;
import fr.boussole.model.Verdict;
import fr.boussole.rules.pack.PackSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Verdict content: reason, evidence (counted and ignored), suggestion, trail, scores. */
class JudgeTest {

    private static final Judge JUDGE = Judge.compile(PackSet.of(List.of(TestPacks.loi())));
    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);

    private static Tender tender() {
        var awards = List.of(
                new AwardCriterion("Prix", 60.0, "%", 60.0, AwardCriterion.Kind.PRICE, null, null),
                new AwardCriterion("Valeur technique", 35.0, "%", 35.0, AwardCriterion.Kind.TECHNICAL, null, null),
                new AwardCriterion("Performance environnementale", 5.0, "%", 5.0, AwardCriterion.Kind.ENVIRONMENTAL,
                        null, null));
        return TestTenders.tender("dce-1", TestTenders.profile(PurchaseFamily.HARDWARE, BuyerType.COLLECTIVITE,
                        LocalDate.of(2026, 9, 15), awards),
                TestTenders.piece(PieceRole.RC,
                        TestTenders.clause("rc1", PieceRole.RC, "5.2 Performance environnementale ........ 4",
                                Set.of(ClauseContext.TABLE_OF_CONTENTS)),
                        TestTenders.clause("rc2", PieceRole.RC, "Prix : 60 %. Valeur technique : 35 %. "
                                + "Performance environnementale : 5 %.", "Article 5 – Critères de jugement des offres")),
                TestTenders.piece(PieceRole.CCTP,
                        TestTenders.clause("t1", PieceRole.CCTP, "Les produits reconditionnés ne sont pas acceptés."),
                        TestTenders.clause("t2", PieceRole.CCTP, "Le titulaire fournit un environnement de recette.")));
    }

    @Test
    void verdictsCarryReasonEvidenceSuggestionAndTrail() {
        Judgement j = JUDGE.judge(tender(), new JudgeOptions(DAY, null));
        assertEquals(4, j.verdicts().size());

        Verdict leg01 = j.verdict("LEG-01");
        assertEquals(Status.COVERED, leg01.status());
        assertEquals(Severity.OBLIGATION, leg01.severity());
        assertEquals("Le règlement de la consultation retient le critère d'attribution « Performance "
                + "environnementale (5 %) ».", leg01.reason());
        assertNull(leg01.suggestion(), "pas de suggestion sans manque");
        assertTrue(leg01.trail().contains("décision retenue : loi « LEG-01 critère environnemental dans les critères "
                + "d'attribution » → couvert (priorité 350)"), leg01.trail().toString());
        assertTrue(leg01.trail().stream().anyMatch(t -> t.startsWith("décision écartée : boussole « couvert »")));
        assertEquals("Code de la commande publique, art. L2152-7 (rédaction issue de la loi n° 2021-1104 du 22 août "
                + "2021, art. 35)", leg01.reference());
        // the TOC mention is shown as ignored, with its reason
        Evidence toc = leg01.evidence().stream().filter(e -> "ignored".equals(e.effect())).findFirst().orElseThrow();
        assertEquals("dans une table des matières", toc.note());
        assertEquals("5.2 Performance environnementale ........ 4", toc.quote());

        Verdict leg02 = j.verdict("LEG-02");
        assertEquals(Status.PARTIAL, leg02.status());
        assertNotNull(leg02.suggestion());
        assertEquals("RC", leg02.suggestion().piece());

        // LEG-04: environmental criterion in the RC, nothing contractual; "environnement de recette" is a trap
        Verdict leg04 = j.verdict("LEG-04");
        assertEquals(Status.MISSING, leg04.status());
        assertTrue(leg04.reason().startsWith("Le règlement de la consultation annonce un critère environnemental, mais "
                + "aucune pièce contractuelle"), leg04.reason());

        // LEG-07: contradicted, and the negated covering mention is shown as ignored with its reason
        Verdict leg07 = j.verdict("LEG-07");
        assertEquals(Status.CONTRADICTED, leg07.status());
        Evidence contra = leg07.evidence().get(0);
        assertEquals("contradicts", contra.effect());
        assertEquals("cctp.pdf", contra.piece());
        assertEquals("fp-t1", contra.fingerprint());
        assertEquals("Les produits reconditionnés ne sont pas acceptés.", contra.quote());
        Evidence ignored = leg07.evidence().stream().filter(e -> "ignored".equals(e.effect())).findFirst().orElseThrow();
        assertEquals("mention niée (« ne sont pas acceptés »)", ignored.note());
        assertEquals("reconditionne", ignored.signal());
    }

    @Test
    void qualitiesAndSummary() {
        Judgement j = JUDGE.judge(tender(), new JudgeOptions(DAY, null));
        QualityScore frugal = j.qualities().stream().filter(q -> q.quality().equals("frugal")).findFirst().orElseThrow();
        // LEG-01 covered (obligation 3×1), LEG-02 partial (reco 2×0.5), LEG-04 missing (3×0), LEG-07 contradicted (3×0)
        assertEquals(4, frugal.applicable());
        assertEquals(Math.round(1000.0 * (3 + 1) / 11) / 10.0, frugal.score());
        QualityScore inclusif = j.qualities().stream().filter(q -> q.quality().equals("inclusif")).findFirst().orElseThrow();
        assertNull(inclusif.score());
        assertEquals(7, j.qualities().size());
        assertEquals(1, j.summary().byStatus().get(Status.COVERED));
        assertEquals(3, j.summary().obligationsTotal());
        assertEquals(1, j.summary().obligationsMet());
        assertEquals(3, j.summary().openGaps());
        assertEquals(frugal.score(), j.summary().byPack().get("loi"));
    }

    @Test
    void notApplicableVerdictsHaveNoEvidence() {
        Tender t = TestTenders.tender("sw", TestTenders.profile(PurchaseFamily.SOFTWARE_SERVICES, BuyerType.COLLECTIVITE,
                        LocalDate.of(2026, 9, 15), List.of()),
                TestTenders.piece(PieceRole.CCTP, TestTenders.clause("t1", PieceRole.CCTP,
                        "Le titulaire livre des postes reconditionnés.")));
        Verdict v = JUDGE.judge(t, new JudgeOptions(DAY, null)).verdict("LEG-07");
        assertEquals(Status.NOT_APPLICABLE, v.status());
        assertTrue(v.evidence().isEmpty());
        assertEquals(v.reason(), "Ce critère vise les achats : fourniture de matériels numériques, réseaux, télécoms et "
                + "téléphonie ; la consultation porte sur : Logiciels et prestations informatiques.");
    }

    @Test
    void missingByDefaultExplainsIgnoredMentions() {
        Tender t = TestTenders.tender("hw", TestTenders.profile(PurchaseFamily.HARDWARE, BuyerType.COLLECTIVITE,
                        LocalDate.of(2026, 9, 15), List.of()),
                TestTenders.piece(PieceRole.CCTP, TestTenders.clause("t1", PieceRole.CCTP,
                        "Le candidat propose-t-il des ordinateurs reconditionnés ?")));
        Verdict v = JUDGE.judge(t, new JudgeOptions(DAY, null)).verdict("LEG-07");
        assertEquals(Status.MISSING, v.status());
        assertEquals("Aucune mention ne compte dans les pièces lues : 1 mention écartée (voir les preuves ignorées et "
                + "leur raison).", v.reason());
        assertEquals("posé seulement comme une question", v.evidence().get(0).note());
        assertTrue(v.trail().contains("aucune règle n'a conclu : manquant par défaut"));
        assertNotNull(v.suggestion());
    }

    @Test
    void judgeIsThreadSafe() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Judgement>> fs = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                fs.add(pool.submit(() -> JUDGE.judge(tender(), new JudgeOptions(DAY, null))));
            }
            for (var f : fs) {
                assertEquals(Status.CONTRADICTED, f.get().verdict("LEG-07").status());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
