package fr.boussole.profiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.model.Clause;
import fr.boussole.model.Piece;
import fr.boussole.model.PieceRole;
import fr.boussole.profiler.PieceRoleClassifier.RoleDecision;
import java.util.List;
import org.junit.jupiter.api.Test;

class PieceRoleClassifierTest {

    private final PieceRoleClassifier classifier = new PieceRoleClassifier();

    private PieceRole role(String fileName) {
        return classifier.classify(fileName, List.of()).role();
    }

    @Test
    void fileNamesAsBuyersWriteThem() {
        assertEquals(PieceRole.RC, role("RC.pdf"));
        assertEquals(PieceRole.RC, role("01_Reglement_consultation.pdf"));
        assertEquals(PieceRole.RC, role("2025-123_RC_signe.pdf"));
        assertEquals(PieceRole.RC, role("ReglementDeLaConsultation.docx"));
        assertEquals(PieceRole.CCAP, role("02_CCAP.pdf"));
        assertEquals(PieceRole.CCTP, role("CCTP-lot00.pdf"));
        assertEquals(PieceRole.CCTP, role("CCTP_lot_2_postes.docx"));
        assertEquals(PieceRole.CCP, role("CCP.pdf"));
        assertEquals(PieceRole.CCP, role("Cahier des charges.odt"));
        assertEquals(PieceRole.AE, role("AE.pdf"));
        assertEquals(PieceRole.AE, role("ATTRI1_lot1.docx"));
        assertEquals(PieceRole.AE, role("DC3.doc"));
        assertEquals(PieceRole.AE, role("Acte_d'engagement.pdf"));
        assertEquals(PieceRole.BPU, role("BPU-DQE.xlsx"));
        assertEquals(PieceRole.BPU, role("1b_BPU_DQE.xlsx"));
        assertEquals(PieceRole.BPU, role("Bordereau des prix.xls"));
        assertEquals(PieceRole.DPGF, role("DPGF_lot3.xlsx"));
        assertEquals(PieceRole.DQE, role("DQE.ods"));
        assertEquals(PieceRole.ANNEXE, role("Annexe_1_CCTP_inventaire.xlsx"));
        assertEquals(PieceRole.ANNEXE, role("Cadre de réponse technique.docx"));
        assertEquals(PieceRole.ANNEXE, role("CRT.docx"));
        assertEquals(PieceRole.ANNEXE, role("memoire_technique.docx"));
        assertEquals(PieceRole.ANNEXE, role("Questionnaire RSE.xlsx"));
        assertEquals(PieceRole.ANNEXE, role("Plans RDC.pdf"));
        assertEquals(PieceRole.CCTP, role("CCTP et annexes.pdf"));
        assertEquals(PieceRole.OTHER, role("DC1.docx"));
        assertEquals(PieceRole.OTHER, role("doc1.pdf"));
    }

    @Test
    void reasonNamesFileAndTitle() {
        List<Clause> clauses = TestDocs.clauses("""
                VILLE DE NULLEPART
                Appel d'offres ouvert
                REGLEMENT DE LA CONSULTATION
                ---page
                Les prestations sont décrites dans le cahier des clauses techniques particulières (CCTP).
                """);
        RoleDecision d = classifier.classify("RC.pdf", clauses);
        assertEquals(PieceRole.RC, d.role());
        assertEquals("nom du fichier « RC.pdf » et titre « REGLEMENT DE LA CONSULTATION » page 1", d.reason());
    }

    @Test
    void uninformativeNameUsesTheFirstPage() {
        List<Clause> clauses = TestDocs.clauses("""
                Commune de Nullepart
                CAHIER DES CLAUSES TECHNIQUES PARTICULIERES
                Fourniture de postes de travail
                ---page
                Le présent CCTP complète le CCAP.
                """);
        RoleDecision d = classifier.classify("doc1.pdf", clauses);
        assertEquals(PieceRole.CCTP, d.role());
        assertTrue(d.reason().contains("CAHIER DES CLAUSES TECHNIQUES PARTICULIERES"), d.reason());
    }

    @Test
    void anRcCitingTheCctpManyTimesStaysAnRc() {
        StringBuilder sb = new StringBuilder("REGLEMENT DE CONSULTATION\n");
        for (int i = 0; i < 20; i++) {
            sb.append("---page\nConformément au CCTP, les prestations décrites au cahier des clauses techniques particulières.\n");
            sb.append("(voir le CCTP)\n");
        }
        RoleDecision d = classifier.classify("piece3.pdf", TestDocs.clauses(sb.toString()));
        assertEquals(PieceRole.RC, d.role(), d.reason());
    }

    @Test
    void aListOfTheDcePiecesOnPageOneIsNotATitle() {
        List<Clause> clauses = TestDocs.clauses("""
                Règlement de la consultation
                Le dossier comprend :
                - Cahier des clauses administratives particulières (CCAP)
                - Cahier des clauses techniques particulières (CCTP)
                Acte d'engagement
                """);
        assertEquals(PieceRole.RC, classifier.classify("x.pdf", clauses).role());
    }

    @Test
    void selfReferenceAndBrokenTitle() {
        List<Clause> merged = TestDocs.clauses("""
                CAHIER DES CLAUSES
                ~ PARTICULIERES (CCP)
                ---page
                Le présent cahier des clauses particulières (C.C.P) a pour objet de définir les conditions.
                """);
        assertEquals(PieceRole.CCP, classifier.classify("document.pdf", merged).role());
        List<Clause> body = TestDocs.clauses("""
                ---page
                ---page
                ---page
                ---page
                Les dispositions du présent C.C.A.P. prévalent.
                Le titulaire respecte le présent CCAP et le CCTP.
                """);
        assertEquals(PieceRole.CCAP, classifier.classify("piece.pdf", body).role());
    }

    @Test
    void spreadsheetWithoutNameUsesItsColumns() {
        List<Clause> rows = TestDocs.clauses("""
                Feuil1
                Code | Désignation | Unité | Prix unitaire HT
                A.1 | Audit | jour | 
                """);
        assertEquals(PieceRole.BPU, classifier.classify("tableau.xlsx", rows).role());
        List<Clause> dqe = TestDocs.clauses("""
                N° | Désignation | Quantité | Prix unitaire HT | Montant total HT
                """);
        assertEquals(PieceRole.DQE, classifier.classify("tableau.xlsx", dqe).role());
        List<Clause> bpuDqe = TestDocs.clauses("""
                BORDEREAU DES PRIX UNITAIRES VALANT DQE
                """);
        assertEquals(PieceRole.BPU, classifier.classify("x.xlsx", bpuDqe).role());
    }

    @Test
    void contentOutweighsAVagueNameButNotAClearOne() {
        List<Clause> ae = TestDocs.clauses("""
                MARCHES PUBLICS
                ACTE D'ENGAGEMENT
                """);
        RoleDecision d = classifier.classify("2025-017_lot1.pdf", ae);
        assertEquals(PieceRole.AE, d.role());
        List<Clause> annex = TestDocs.clauses("""
                ANNEXE 2 AU CCTP : INVENTAIRE DU PARC
                """);
        assertEquals(PieceRole.ANNEXE, classifier.classify("inventaire_parc.xlsx", annex).role());
    }

    @Test
    void applyPutsTheRoleOnThePieceAndItsClauses() {
        Piece p = TestDocs.piece("p1", "doc1.pdf", null, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIERES\nArticle 1");
        Piece out = classifier.apply(p);
        assertEquals(PieceRole.CCAP, out.role());
        assertTrue(out.roleReason().startsWith("titre"), out.roleReason());
        assertTrue(out.clauses().stream().allMatch(c -> c.role() == PieceRole.CCAP));
        Piece fp = new PieceRoleClassifier((c, r) -> r.code() + ":" + c.id()).apply(p);
        assertEquals("CCAP:p1#0001", fp.clauses().get(0).fingerprint());
    }
}
