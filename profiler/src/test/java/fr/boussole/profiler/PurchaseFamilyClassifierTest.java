package fr.boussole.profiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.model.PurchaseFamily;
import fr.boussole.profiler.PurchaseFamilyClassifier.FamilyDecision;
import java.util.List;
import org.junit.jupiter.api.Test;

class PurchaseFamilyClassifierTest {

    private final PurchaseFamilyClassifier classifier = new PurchaseFamilyClassifier();

    @Test
    void hardwareIsSecondaryOnlyWhenTheContractorSuppliesIt() {
        List<fr.boussole.model.Clause> managedFleet = TestDocs.clauses(String.join("\n\n", 
                "Le titulaire assure la gestion du parc : postes de travail, imprimantes, écrans et serveurs.",
                "Un environnement VDI fournit des postes standardisés aux agents.",
                "Les matériels informatiques sont fournis par des titulaires référencés d'autres marchés.",
                "Le titulaire garantit l'accessibilité des écrans de l'application."));
        FamilyDecision fleet = classifier.classify(List.of("72500000"), "Infogérance du système d'information", managedFleet);
        assertEquals(List.of(PurchaseFamily.SOFTWARE_SERVICES), fleet.families());
        List<fr.boussole.model.Clause> supplied = TestDocs.clauses(String.join("\n\n", 
                "Le reste des fournitures est à la charge du titulaire : le moniteur, son support et le poste informatique."));
        FamilyDecision kit = classifier.classify(List.of("48000000"), "Logiciel de réservation de salles", supplied);
        assertEquals(PurchaseFamily.SOFTWARE_SERVICES, kit.main());
        assertTrue(kit.families().contains(PurchaseFamily.HARDWARE), kit.families().toString());
    }

    @Test
    void cpvDecidesFirst() {
        FamilyDecision d = classifier.classify(List.of("72600000", "72250000", "72700000", "72220000"),
                "Infogérance et exploitation du système d'information : supervision, réseaux & sécurité", List.of());
        assertEquals(PurchaseFamily.SOFTWARE_SERVICES, d.main());
        // running the buyer's LAN (CPV 727, "réseaux & sécurité") is an IT service, not a telecom purchase
        assertEquals(List.of(PurchaseFamily.SOFTWARE_SERVICES), d.families());
        assertTrue(d.reason().startsWith("Logiciels et prestations informatiques — CPV 72600000"), d.reason());
        assertEquals(PurchaseFamily.HARDWARE, classifier.classify(List.of("30213100"), null, List.of()).main());
        assertEquals(PurchaseFamily.HARDWARE, classifier.classify(List.of("32250000"), "smartphones", List.of()).main());
        assertEquals(PurchaseFamily.TELECOM, classifier.classify(List.of("64200000"), null, List.of()).main());
        assertEquals(PurchaseFamily.HOSTING_CLOUD, classifier.classify(List.of("72415000"), null, List.of()).main());
        assertEquals(PurchaseFamily.SOFTWARE_SERVICES, classifier.classify(List.of("48000000"), null, List.of()).main());
        assertEquals(PurchaseFamily.HARDWARE, classifier.classify(List.of("48820000"), null, List.of()).main());
        assertEquals(PurchaseFamily.HARDWARE, classifier.classify(List.of("50312000"), null, List.of()).main());
        assertEquals(PurchaseFamily.OTHER, classifier.classify(List.of("45000000"), "travaux de câblage réseau", List.of()).main());
        assertEquals(PurchaseFamily.OTHER, classifier.classify(List.of("79710000"), null, List.of()).main());
        assertEquals(PurchaseFamily.OTHER, classifier.classify(List.of("64110000"), "courrier", List.of()).main());
        assertEquals(PurchaseFamily.OTHER, classifier.classify(List.of("30192000"), "fournitures de bureau", List.of()).main());
    }

    @Test
    void objectWordsWhenNoCpv() {
        assertEquals(PurchaseFamily.HOSTING_CLOUD, classifier.classify(List.of(), "Hébergement en cloud souverain des applications", List.of()).main());
        assertEquals(PurchaseFamily.HARDWARE, classifier.classify(List.of(), "Acquisition d'ordinateurs portables et d'écrans", List.of()).main());
        assertEquals(PurchaseFamily.TELECOM, classifier.classify(List.of(), "Services de téléphonie fixe et mobile", List.of()).main());
        assertEquals(PurchaseFamily.SOFTWARE_SERVICES, classifier.classify(List.of(), "Tierce maintenance applicative du SIRH", List.of()).main());
        assertEquals(PurchaseFamily.OTHER, classifier.classify(List.of(), "prestations de surveillance et de gardiennage des locaux", List.of()).main());
        assertEquals(PurchaseFamily.OTHER, classifier.classify(List.of(), "les travaux d'aménagement des combles de la mairie", List.of()).main());
    }

    @Test
    void contentAsLastResort() {
        var clauses = TestDocs.clauses("""
                La solution de réservation sera un logiciel full web.
                Le logiciel gère les salles. Les licences du logiciel sont fournies.
                La maintenance du logiciel est comprise. Le logiciel est hébergé en SaaS.
                Le progiciel s'intègre à l'annuaire. Le logiciel exporte en CSV.
                """);
        FamilyDecision d = classifier.classify(List.of(), "doter les deux membres du groupement d'une solution de réservation", clauses);
        assertEquals(PurchaseFamily.SOFTWARE_SERVICES, d.main());
        assertTrue(d.reason().contains("CCTP"), d.reason());
        FamilyDecision none = classifier.classify(List.of(), null, List.of());
        assertEquals(PurchaseFamily.OTHER, none.main());
        assertEquals(List.of(PurchaseFamily.OTHER), none.families());
    }
}
