package fr.boussole.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.model.AwardCriterion;
import fr.boussole.model.BuyerType;
import fr.boussole.model.PieceRole;
import fr.boussole.model.PurchaseFamily;
import fr.boussole.model.Severity;
import fr.boussole.model.Status;
import fr.boussole.model.Tender;
import fr.boussole.model.Verdict;
import fr.boussole.rules.pack.Pack;
import fr.boussole.rules.pack.PackException;
import fr.boussole.rules.pack.PackLoader;
import fr.boussole.rules.pack.PackSet;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayeringTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);

    private static Tender tenderWithEnvWeight(double weight) {
        List<AwardCriterion> awards = List.of(
                new AwardCriterion("Prix", 100 - weight - 30, "%", 100 - weight - 30, AwardCriterion.Kind.PRICE, null, null),
                new AwardCriterion("Valeur technique", 30.0, "%", 30.0, AwardCriterion.Kind.TECHNICAL, null, null),
                new AwardCriterion("Performance environnementale", weight, "%", weight,
                        AwardCriterion.Kind.ENVIRONMENTAL, null, null));
        return TestTenders.tender("t", TestTenders.profile(PurchaseFamily.HARDWARE, BuyerType.COLLECTIVITE,
                        LocalDate.of(2026, 9, 15), awards),
                TestTenders.piece(PieceRole.RC, TestTenders.clause("c1", PieceRole.RC,
                        "Prix, valeur technique et performance environnementale.", "Article 5 – Critères de jugement")),
                TestTenders.piece(PieceRole.CCTP, TestTenders.clause("c2", PieceRole.CCTP,
                        "Le titulaire désigne un référent numérique responsable.")));
    }

    @Test
    void overlayDisablesChangesSeverityAndParamsAndAddsLocalCriteria() {
        PackSet base = PackSet.of(List.of(TestPacks.loi()));
        PackSet layered = PackSet.of(List.of(TestPacks.loi(), TestPacks.load("declic-test")));

        // disable
        assertNotNull(base.criterion("LEG-07"));
        assertTrue(layered.criterion("LEG-07").disabled());
        assertTrue(layered.criteria().stream().noneMatch(c -> c.id().equals("LEG-07")));

        Tender t = tenderWithEnvWeight(15);
        Judgement jb = Judge.compile(base).judge(t, new JudgeOptions(DAY, null));
        Judgement jl = Judge.compile(layered).judge(t, new JudgeOptions(DAY, null));
        assertNotNull(jb.verdict("LEG-07"));
        assertNull(jl.verdict("LEG-07"));
        assertEquals("LEG-07", jl.disabled().get(0).criterion());
        assertTrue(jl.disabled().get(0).justification().contains("UGAP"));

        // severity change
        assertEquals(Severity.RECOMMANDATION, jb.verdict("LEG-02").severity());
        assertEquals(Severity.OBLIGATION, jl.verdict("LEG-02").severity());

        // param change: 15 % is enough for 10 % but not for 20 %
        assertEquals(Status.COVERED, jb.verdict("LEG-02").status());
        Verdict v = jl.verdict("LEG-02");
        assertEquals(Status.PARTIAL, v.status());
        assertTrue(v.reason().contains("20 %"), v.reason());
        assertTrue(v.trail().stream().anyMatch(s -> s.contains("surcharge « declic-test » : paramètre minWeightPercent 10 → 20")),
                v.trail().toString());

        // local criterion
        assertEquals(Status.COVERED, jl.verdict("DCL-01").status());
        assertEquals("declic-test", jl.verdict("DCL-01").pack());
    }

    @Test
    void unknownOverrideTargetIsAClearError() {
        Pack overlay = PackLoader.fromFiles("mem", TestTenders.files(
                "pack.yaml", "id: ovl\nversion: 1.0.0\ntitle: Surcouche\nidPrefixes: [OVL-]\noverlay: true\n",
                "overrides.yaml", "overrides:\n  - target: LEG-99\n    severity: obligation\n"), false);
        PackException e = assertThrows(PackException.class,
                () -> PackSet.of(List.of(TestPacks.loi(), overlay)));
        assertEquals("pack « ovl », overrides.yaml, ligne 2 : critère cible « LEG-99 » inconnu : aucun pack chargé "
                + "ne le définit", e.getMessage());
    }

    @Test
    void overridesNeedAJustificationToDisableOrLower() {
        Pack overlay = PackLoader.fromFiles("mem", TestTenders.files(
                "pack.yaml", "id: ovl\nversion: 1.0.0\ntitle: Surcouche\nidPrefixes: [OVL-]\noverlay: true\n",
                "overrides.yaml", "overrides:\n  - target: LEG-01\n    disable: true\n"
                        + "  - target: LEG-04\n    severity: bonne-pratique\n"), false);
        PackException e = assertThrows(PackException.class, () -> PackSet.of(List.of(TestPacks.loi(), overlay)));
        assertEquals(2, e.errors().size(), e.getMessage());
        assertTrue(e.getMessage().contains("désactiver « LEG-01 » demande une justification"));
        assertTrue(e.getMessage().contains("abaisser la sévérité de « LEG-04 » demande une justification"));
    }

    @Test
    void unknownParamIsRefused() {
        Pack overlay = PackLoader.fromFiles("mem", TestTenders.files(
                "pack.yaml", "id: ovl\nversion: 1.0.0\ntitle: Surcouche\nidPrefixes: [OVL-]\noverlay: true\n",
                "overrides.yaml", "overrides:\n  - target: LEG-02\n    params: {minWeightPourcent: 20}\n"), false);
        PackException e = assertThrows(PackException.class, () -> PackSet.of(List.of(TestPacks.loi(), overlay)));
        assertTrue(e.getMessage().contains("paramètre inconnu « minWeightPourcent » pour « LEG-02 » (paramètres : "),
                e.getMessage());
    }

    @Test
    void overridesOnlyInOverlayPacks() {
        PackException e = assertThrows(PackException.class, () -> PackLoader.fromFiles("mem", TestTenders.files(
                "pack.yaml", TestPacks.manifest("plain", "PLN-"),
                "overrides.yaml", "overrides:\n  - target: LEG-02\n    severity: obligation\n"), false));
        assertTrue(e.getMessage().contains("overrides.yaml n'est permis que dans un pack de surcouche"));
    }

    @Test
    void idsAreNeverSharedAcrossPacks() {
        Pack a = PackLoader.fromFiles("a", TestTenders.files("pack.yaml", TestPacks.manifest("a", "X-"),
                "criteria/X-01.yaml", TestPacks.criterion("X-01", "alpha")), false);
        Pack b = PackLoader.fromFiles("b", TestTenders.files("pack.yaml", TestPacks.manifest("b", "X-"),
                "criteria/X-01.yaml", TestPacks.criterion("X-01", "beta")), false);
        PackException e = assertThrows(PackException.class, () -> PackSet.of(List.of(a, b)));
        assertTrue(e.getMessage().contains("identifiant « X-01 » déjà défini par le pack « a »"), e.getMessage());
    }

    @Test
    void idsMustStayInThePackNamespace() {
        PackException e = assertThrows(PackException.class, () -> PackLoader.fromFiles("a", TestTenders.files(
                "pack.yaml", TestPacks.manifest("a", "X-"),
                "criteria/LEG-01.yaml", TestPacks.criterion("LEG-01", "alpha")), false));
        assertEquals("pack « a », criteria/LEG-01.yaml, ligne 1 : l'identifiant « LEG-01 » sort de l'espace de noms "
                + "du pack (préfixes permis : X-)", e.getMessage());
    }

    @Test
    void aliasesResolveForOverlaysWaiversAndLookups() {
        Pack a = PackLoader.fromFiles("a", TestTenders.files("pack.yaml", TestPacks.manifest("a", "X-"),
                "criteria/X-02.yaml", TestPacks.criterion("X-02", "alpha") + "aliases: [X-01]\n"), false);
        Pack ovl = PackLoader.fromFiles("o", TestTenders.files(
                "pack.yaml", "id: o\nversion: 1.0.0\ntitle: O\nidPrefixes: [O-]\noverlay: true\n",
                "overrides.yaml", "overrides:\n  - target: X-01\n    severity: obligation\n"), false);
        PackSet set = PackSet.of(List.of(a, ovl));
        assertEquals("X-02", set.resolve("X-01"));
        assertEquals(Severity.OBLIGATION, set.criterion("X-01").severity());
        assertTrue(set.deprecationNote("X-01").contains("renommé « X-02 »"));
        assertTrue(set.warnings().stream().anyMatch(w -> w.contains("« X-01 » est un ancien identifiant")));
    }
}
