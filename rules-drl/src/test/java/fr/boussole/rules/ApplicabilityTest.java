package fr.boussole.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.model.Amount;
import fr.boussole.model.BuyerType;
import fr.boussole.model.PurchaseFamily;
import fr.boussole.model.Severity;
import fr.boussole.model.TenderProfile;
import fr.boussole.rules.pack.EffectiveCriterion;
import fr.boussole.rules.pack.Pack;
import fr.boussole.rules.pack.PackLoader;
import fr.boussole.rules.pack.PackSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicabilityTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final PackSet SET = PackSet.of(List.of(TestPacks.loi(), amountPack()));

    private static Pack amountPack() {
        return PackLoader.fromFiles("mem", TestTenders.files(
                "pack.yaml", "id: seuil\nversion: 1.0.0\ntitle: T\nidPrefixes: [S-]\nparams: {seuil: 221000}\n",
                "criteria/S-01.yaml", TestPacks.criterion("S-01", "insertion") + "applies:\n  minAmountParam: seuil\n"
                        + "  launchedUntil: 2030-12-31\n"), false);
    }

    private static TenderProfile profile(PurchaseFamily f, BuyerType b, LocalDate launch, LocalDateTime deadline,
                                         Amount amount) {
        return new TenderProfile(null, null, b, null, null, null, amount, launch, deadline, null, null, 36, null, f,
                f == null ? null : List.of(f), null, null);
    }

    private static Applicability.Result eval(String id, TenderProfile p) {
        EffectiveCriterion c = SET.criterion(id);
        List<String> notes = new ArrayList<>();
        Double amount = Applicability.amountHT(p, notes);
        return Applicability.evaluate(c, p, Applicability.launchDate(p, DAY), amount, notes);
    }

    @Test
    void familiesAndBuyerTypes() {
        var hw = eval("LEG-07", profile(PurchaseFamily.HARDWARE, BuyerType.COLLECTIVITE, LocalDate.of(2026, 9, 1), null, null));
        assertTrue(hw.applicable());
        var sw = eval("LEG-07", profile(PurchaseFamily.SOFTWARE_SERVICES, BuyerType.COLLECTIVITE, LocalDate.of(2026, 9, 1), null, null));
        assertFalse(sw.applicable());
        assertEquals("Ce critère vise les achats : fourniture de matériels numériques, réseaux, télécoms et téléphonie ; "
                + "la consultation porte sur : Logiciels et prestations informatiques.", sw.reason());
        var hosp = eval("LEG-07", profile(PurchaseFamily.TELECOM, BuyerType.HOPITAL, LocalDate.of(2026, 9, 1), null, null));
        assertFalse(hosp.applicable());
        assertTrue(hosp.reason().endsWith("l'acheteur est : Établissement public de santé."), hosp.reason());
        var unknownBuyer = eval("LEG-07", profile(PurchaseFamily.TELECOM, null, LocalDate.of(2026, 9, 1), null, null));
        assertTrue(unknownBuyer.applicable());
        assertTrue(unknownBuyer.reason().contains("type d'acheteur inconnu : critère appliqué par prudence"));
    }

    @Test
    void dateGateLowersSeverityBeforeLaunchedFrom() {
        var after = eval("LEG-01", profile(PurchaseFamily.HARDWARE, BuyerType.ETAT, LocalDate.of(2026, 8, 21), null, null));
        assertEquals(Severity.OBLIGATION, after.severity());
        var before = eval("LEG-01", profile(PurchaseFamily.HARDWARE, BuyerType.ETAT, LocalDate.of(2026, 8, 20), null, null));
        assertTrue(before.applicable());
        assertEquals(Severity.RECOMMANDATION, before.severity());
        assertTrue(before.reason().contains("consultation lancée le 20 août 2026 : avant le 21 août 2026"), before.reason());
    }

    @Test
    void notApplicableBeforeLaunchedFromWithoutSeverityBefore() {
        var r = eval("LEG-07", profile(PurchaseFamily.HARDWARE, BuyerType.ETAT, LocalDate.of(2020, 6, 1), null, null));
        assertFalse(r.applicable());
        assertEquals("Applicable aux consultations lancées à partir du 1 janvier 2021 ; consultation lancée le "
                + "1 juin 2020.", r.reason());
    }

    @Test
    void deadlineAndCheckDateFallbacks() {
        var early = eval("LEG-01", profile(PurchaseFamily.HARDWARE, BuyerType.ETAT, null,
                LocalDateTime.of(2026, 8, 10, 12, 0), null));
        assertEquals(Severity.RECOMMANDATION, early.severity());
        assertTrue(early.reason().contains("date limite de remise des offres au 10 août 2026, donc consultation lancée "
                + "avant le 21 août 2026"), early.reason());
        var late = eval("LEG-01", profile(PurchaseFamily.HARDWARE, BuyerType.ETAT, null,
                LocalDateTime.of(2026, 9, 30, 12, 0), null));
        assertEquals(Severity.OBLIGATION, late.severity());
        assertTrue(late.reason().contains("à vérifier"), late.reason());
        var none = eval("LEG-01", profile(PurchaseFamily.HARDWARE, BuyerType.ETAT, null, null, null));
        assertEquals(Severity.OBLIGATION, none.severity());
        assertTrue(none.reason().contains("date du contrôle retenue (1 décembre 2026)"), none.reason());
    }

    @Test
    void amountThreshold() {
        var below = eval("S-01", profile(null, null, DAY, null, new Amount(new BigDecimal("90000"), "HT", "estimation", false)));
        assertFalse(below.applicable());
        assertEquals("Applicable à partir de 221 000 € HT ; montant estimé : 90 000 € HT.", below.reason());
        var above = eval("S-01", profile(null, null, DAY, null, new Amount(new BigDecimal("300000"), "TTC", "estimation", false)));
        assertTrue(above.applicable());
        assertTrue(above.reason().contains("montant estimé 250 000 € HT ≥ seuil de 221 000 € HT"), above.reason());
        var yearly = eval("S-01", profile(null, null, DAY, null, new Amount(new BigDecimal("80000"), "HT", "estimation", true)));
        assertTrue(yearly.applicable(), yearly.reason()); // 80 000 × 36/12 = 240 000
        var unknown = eval("S-01", profile(null, null, DAY, null, null));
        assertTrue(unknown.applicable());
        assertTrue(unknown.reason().contains("montant estimé inconnu : critère appliqué par prudence"));
    }

    @Test
    void launchedUntilEndsApplicability() {
        var r = eval("S-01", profile(null, null, LocalDate.of(2031, 1, 5), null, null));
        assertFalse(r.applicable());
        assertTrue(r.reason().startsWith("Applicable aux consultations lancées jusqu'au 31 décembre 2030"), r.reason());
    }
}
