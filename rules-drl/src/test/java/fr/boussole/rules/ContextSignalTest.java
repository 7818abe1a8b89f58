package fr.boussole.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.model.BuyerType;
import fr.boussole.model.ClauseContext;
import fr.boussole.model.PieceRole;
import fr.boussole.model.PurchaseFamily;
import fr.boussole.model.Status;
import fr.boussole.model.Tender;
import fr.boussole.model.Verdict;
import fr.boussole.rules.pack.Pack;
import fr.boussole.rules.pack.PackLoader;
import fr.boussole.rules.pack.PackSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Criteria that apply only when the DCE speaks of their subject (context signals). */
class ContextSignalTest {

    private static final Pack PACK = PackLoader.fromFiles("mem", TestTenders.files(
            "pack.yaml", TestPacks.manifest("ia", "IA-"),
            "criteria/IA-01.yaml", """
                    id: IA-01
                    title: Entraînement frugal
                    severity: recommandation
                    applies:
                      families: [software]
                      onlyIfMentioned: un système d'intelligence artificielle
                    signals:
                      - id: ia
                        effect: context
                        patterns: ["intelligence artificielle", "apprentissage automatique"]
                      - id: frugal
                        patterns: ["entrainement.{0,40}(limite|frugal)"]
                    """), false);
    private static final Judge JUDGE = Judge.compile(PackSet.of(List.of(PACK)));

    private static Verdict judge(String... texts) {
        var clauses = new java.util.ArrayList<fr.boussole.model.Clause>();
        for (int i = 0; i < texts.length; i++) {
            clauses.add(TestTenders.clause("c" + i, PieceRole.CCTP, texts[i]));
        }
        Tender t = TestTenders.tender("t", TestTenders.profile(PurchaseFamily.SOFTWARE_SERVICES, BuyerType.COLLECTIVITE,
                LocalDate.of(2026, 9, 1), List.of()), TestTenders.piece(PieceRole.CCTP,
                clauses.toArray(fr.boussole.model.Clause[]::new)));
        return JUDGE.judge(t).verdict("IA-01");
    }

    @Test
    void notApplicableWhenTheSubjectIsAbsent() {
        Verdict v = judge("Le titulaire développe un portail de réservation.");
        assertEquals(Status.NOT_APPLICABLE, v.status());
        assertTrue(v.reason().contains("intelligence artificielle"), v.reason());
    }

    @Test
    void appliesWhenTheSubjectIsMentionedAndAContextHitNeverCoversAlone() {
        assertEquals(Status.MISSING, judge("Le service comprend un module d'intelligence artificielle.").status());
        assertEquals(Status.COVERED, judge("Le service comprend un module d'intelligence artificielle.",
                "L'entraînement du modèle est limité au strict nécessaire.").status());
    }

    @Test
    void aContextMentionInAQuestionnaireDoesNotMakeItApply() {
        var q = TestTenders.clause("q", PieceRole.ANNEXE, "Utilisez-vous de l'intelligence artificielle ?",
                Set.of(ClauseContext.QUESTIONNAIRE));
        Tender t = TestTenders.tender("t", TestTenders.profile(PurchaseFamily.SOFTWARE_SERVICES, BuyerType.COLLECTIVITE,
                LocalDate.of(2026, 9, 1), List.of()), TestTenders.piece(PieceRole.ANNEXE, q));
        assertEquals(Status.NOT_APPLICABLE, JUDGE.judge(t).verdict("IA-01").status());
    }

    @Test
    void aNamedContextOfThePackIsSharedByItsCriteria() {
        Pack pack = PackLoader.fromFiles("mem", TestTenders.files(
                "pack.yaml", TestPacks.manifest("svc", "SVC-") + """
                        contexts:
                          conception:
                            description: la conception ou le développement d'un service numérique
                            patterns: ["(conception|developpement) (d'un|du|de l') ?(site|application|portail)"]
                        """,
                "criteria/SVC-01.yaml", """
                        id: SVC-01
                        title: Pas de lecture automatique
                        severity: recommandation
                        applies:
                          families: [software]
                          context: conception
                        signals:
                          - id: autoplay
                            patterns: ["lecture automatique.{0,30}desactivee"]
                        """), false);
        Judge judge = Judge.compile(PackSet.of(List.of(pack)));
        Tender infogerance = TestTenders.tender("t", TestTenders.profile(PurchaseFamily.SOFTWARE_SERVICES,
                BuyerType.COLLECTIVITE, LocalDate.of(2026, 9, 1), List.of()), TestTenders.piece(PieceRole.CCTP,
                TestTenders.clause("c1", PieceRole.CCTP, "Le titulaire assure l'exploitation du système d'information.")));
        Verdict na = judge.judge(infogerance).verdict("SVC-01");
        assertEquals(Status.NOT_APPLICABLE, na.status());
        assertTrue(na.reason().contains("la conception ou le développement d'un service numérique"), na.reason());
        Tender dev = TestTenders.tender("t", TestTenders.profile(PurchaseFamily.SOFTWARE_SERVICES,
                BuyerType.COLLECTIVITE, LocalDate.of(2026, 9, 1), List.of()), TestTenders.piece(PieceRole.CCTP,
                TestTenders.clause("c1", PieceRole.CCTP, "Le marché porte sur la conception d'un portail des usagers.")));
        assertEquals(Status.MISSING, judge.judge(dev).verdict("SVC-01").status());
        var unknown = org.junit.jupiter.api.Assertions.assertThrows(fr.boussole.rules.pack.PackException.class,
                () -> PackLoader.fromFiles("mem", TestTenders.files("pack.yaml", TestPacks.manifest("x", "X-"),
                        "criteria/X-01.yaml", "id: X-01\ntitle: T\nseverity: recommandation\napplies:\n  context: nulle\n"),
                        false));
        assertTrue(unknown.getMessage().contains("contexte « nulle » inconnu"), unknown.getMessage());
    }
}
