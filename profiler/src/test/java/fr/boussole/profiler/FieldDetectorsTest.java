package fr.boussole.profiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.model.Amount;
import fr.boussole.model.BuyerType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test class per field would be many tiny files: the field detectors are tested here, each with its traps. */
class FieldDetectorsTest {

    // ------------------------------------------------------------------ CPV

    @Test
    void cpvInItsContextsOnly() {
        var cpv = new CpvExtractor().extract(TestDocs.clauses("""
                Mairie, 65 avenue Leclerc, Tél : 01 48 38 82 59 – SIRET 21930013500012
                Montant maximum : 45000000 €
                ## 1.7 - Nomenclature communautaire
                La classification conforme au vocabulaire commun des marchés européens (CPV) est :
                Services d'assistance et de conseils informatiques | 72600000
                Services de maintenance des systèmes et services d'assistance | 72250000-2
                ## 2 - Durée
                Référence interne 72600000 et dossier 30213100
                """));
        assertEquals(List.of("72600000", "72250000"), cpv.stream().map(Found::value).toList());
        assertTrue(cpv.get(1).quote().contains("72250000-2"));
        var inline = new CpvExtractor().extract(TestDocs.clauses("""
                Code CPV principal : 30213100-6 (ordinateurs portables) ; code complémentaire : 30231300-0
                Le numéro de téléphone 0148388259 et le code postal 93350.
                """));
        assertEquals(List.of("30213100", "30231300"), inline.stream().map(Found::value).toList());
        var trap = new CpvExtractor().extract(TestDocs.clauses("""
                Code CPV : voir l'avis de publicité.
                Téléphone : 01.48.38.82.59 ; fax 01482000 ; 12345678 € HT
                """));
        assertTrue(trap.isEmpty(), trap.toString());
    }

    // ------------------------------------------------------------------ buyer

    @Test
    void buyerFromLabelTitlePageOrCoordinator() {
        BuyerDetector d = new BuyerDetector();
        var labelled = d.detect(TestDocs.clauses("""
                REGLEMENT DE LA CONSULTATION
                Pouvoir adjudicateur : Communauté d'agglomération du Val Vert, 2 rue de la Paix, 77000 Ville
                """));
        assertEquals("Communauté d'agglomération du Val Vert", labelled.value());
        assertEquals(BuyerType.EPCI, BuyerTypes.of(labelled.value()));
        var below = d.detect(TestDocs.clauses("""
                MAÎTRE D'OUVRAGE
                MAIRIE DE COUPVRAY
                PLACE DE LA MAIRIE
                """));
        assertEquals("MAIRIE DE COUPVRAY", below.value());
        var title = d.detect(TestDocs.clauses("""
                Page 1 sur 15
                VILLE DU BOURGET
                MARCHES PUBLICS DE TECHNIQUES DE L'INFORMATION
                Mairie du Bourget
                """));
        assertEquals("VILLE DU BOURGET", title.value());
        var coordinator = d.detect(TestDocs.clauses("""
                Le groupement de commande est constitué par la communauté d'agglomération et la ville.
                Le coordinateur de ce groupement de commande est la ville de Saint-Denis, le terme « le coordinateur » désigne celle-ci.
                """));
        assertEquals("Ville de Saint-Denis", coordinator.value());
        assertNull(d.detect(TestDocs.clauses("""
                Le pouvoir adjudicateur se réserve le droit de ne pas donner suite.
                Département des systèmes d'information
                """)));
    }

    @Test
    void buyerTypes() {
        assertEquals(BuyerType.COLLECTIVITE, BuyerTypes.of("VILLE DU BOURGET"));
        assertEquals(BuyerType.COLLECTIVITE, BuyerTypes.of("Mairie de Coupvray"));
        assertEquals(BuyerType.COLLECTIVITE, BuyerTypes.of("Département de la Seine-Saint-Denis"));
        assertEquals(BuyerType.COLLECTIVITE, BuyerTypes.of("Région Occitanie"));
        assertEquals(BuyerType.COLLECTIVITE, BuyerTypes.of("Métropole de Lyon"));
        assertEquals(BuyerType.EPCI, BuyerTypes.of("Communauté d'agglomération Plaine Commune"));
        assertEquals(BuyerType.EPCI, BuyerTypes.of("Établissement public territorial Plaine Commune"));
        assertEquals(BuyerType.EPCI, BuyerTypes.of("Métropole Européenne de Lille"));
        assertEquals(BuyerType.EPCI, BuyerTypes.of("Syndicat mixte ouvert Manche Numérique"));
        assertEquals(BuyerType.EPCI, BuyerTypes.of("Communauté de communes du Pays de Gex"));
        assertEquals(BuyerType.ETAT, BuyerTypes.of("Ministère de l'Intérieur"));
        assertEquals(BuyerType.ETAT, BuyerTypes.of("Préfecture de la région Bretagne"));
        assertEquals(BuyerType.ETAT, BuyerTypes.of("Direction interministérielle du numérique (DINUM)"));
        assertEquals(BuyerType.ETAT, BuyerTypes.of("Services du Premier ministre"));
        assertEquals(BuyerType.ETAT, BuyerTypes.of("Direction régionale de l'environnement, de l'aménagement et du logement"));
        assertEquals(BuyerType.ETABLISSEMENT_PUBLIC, BuyerTypes.of("UGAP"));
        assertEquals(BuyerType.ETABLISSEMENT_PUBLIC, BuyerTypes.of("Université de Bordeaux"));
        assertEquals(BuyerType.ETABLISSEMENT_PUBLIC, BuyerTypes.of("Chambre de commerce et d'industrie de Paris"));
        assertEquals(BuyerType.ETABLISSEMENT_PUBLIC, BuyerTypes.of("CCAS de la Ville de Lyon"));
        assertEquals(BuyerType.HOPITAL, BuyerTypes.of("Centre hospitalier de Valenciennes"));
        assertEquals(BuyerType.HOPITAL, BuyerTypes.of("CHU de Nantes"));
        assertEquals(BuyerType.HOPITAL, BuyerTypes.of("GHT Cœur Grand Est"));
        assertEquals(BuyerType.OPH, BuyerTypes.of("Office public de l'habitat de Montreuil"));
        assertEquals(BuyerType.AUTRE, BuyerTypes.of("Fondation du Camp des Milles"));
        assertEquals(BuyerType.AUTRE, BuyerTypes.of("Société d'économie mixte d'aménagement"));
        assertNull(BuyerTypes.of("Groupe Dupont"));
    }

    // ------------------------------------------------------------------ object

    @Test
    void objectUnderHeadingInSentenceOrLabel() {
        ObjectDetector d = new ObjectDetector();
        var heading = d.detect(TestDocs.clauses("""
                OBJET DE LA CONSULTATION
                INFOGERANCE DU SYSTEME D'INFORMATION
                ---page
                ## 1.1 - Objet de la consultation
                Infogérance du système d'information : supervision, réseaux & sécurité
                La présente consultation vise à externaliser les fonctions de la DSI.
                """));
        assertEquals("Infogérance du système d'information : supervision, réseaux & sécurité", heading.value());
        var sentence = d.detect(TestDocs.clauses("""
                ## 1.1. OBJET DU MARCHÉ
                Le présent cahier des clauses particulières (C.C.P) a pour objet de définir les conditions d'exécution des prestations de surveillance et de gardiennage des locaux du Site. Les prestations doivent permettre d'assurer la sécurité.
                """));
        assertEquals("prestations de surveillance et de gardiennage des locaux du Site", sentence.value());
        var concerne = d.detect(TestDocs.clauses("""
                ## 01.01 Objet de la consultation
                1/ Le présent projet concerne les travaux d'aménagement des combles de la mairie. Les travaux comprennent :
                """));
        assertEquals("les travaux d'aménagement des combles de la mairie", concerne.value());
        var label = d.detect(TestDocs.clauses("""
                [toc] 1. Objet du marché ........ 3
                Objet du marché : fourniture de postes de travail reconditionnés
                """));
        assertEquals("fourniture de postes de travail reconditionnés", label.value());
    }

    // ------------------------------------------------------------------ procedure

    @Test
    void procedureStatedWinsOverConditionalMentions() {
        ProcedureDetector d = new ProcedureDetector();
        assertEquals("Appel d'offres ouvert", d.detect(TestDocs.clauses("""
                En cas d'appel d'offres infructueux, un marché négocié sans publicité ni mise en concurrence pourra être passé.
                Appel d'Offres Ouvert
                """)).value());
        assertEquals("Procédure adaptée", d.detect(TestDocs.clauses("""
                La présente consultation est passée selon une procédure adaptée en application de l'article R. 2123-1.
                """)).value());
        assertEquals("Procédure adaptée", d.detect(TestDocs.clauses("""
                MARCHÉ À PROCÉDURE ADAPTÉE EN APPLICATION DES ARTICLES 28 DU CODE DES MARCHÉS PUBLICS
                """)).value());
        assertEquals("Procédure concurrentielle avec négociation", d.detect(TestDocs.clauses("""
                Type de procédure : procédure concurrentielle avec négociation
                """)).value());
        assertEquals("Dialogue compétitif", d.detect(TestDocs.clauses("Mode de passation : dialogue compétitif")).value());
        assertEquals("Marché négocié sans publicité ni mise en concurrence préalables", d.detect(TestDocs.clauses("""
                Le présent marché est passé sans publicité ni mise en concurrence préalables en application de l'article R. 2122-3.
                """)).value());
        assertNull(d.detect(TestDocs.clauses("""
                Le pouvoir adjudicateur se réserve la possibilité de recourir à un marché négocié sans publicité ni mise en concurrence pour des prestations similaires.
                """)));
        assertNotNull(d.frameworkAgreement(TestDocs.clauses("Le marché fait l'objet d'un accord-cadre à bons de commande.")));
    }

    // ------------------------------------------------------------------ lots

    @Test
    void lotsAndNoLots() {
        LotExtractor d = new LotExtractor();
        var lots = d.extract(TestDocs.clauses("""
                [toc] Lot 1 : Postes de travail .......... 4
                ## Article 2 – Allotissement
                La consultation est décomposée en 2 lots :
                Lot n° 1 : Fourniture de postes de travail
                Lot n°2 – Maintenance du parc
                Le lot 2 : comprend aussi la hotline.
                Lots 1 et 2 : même date limite
                """));
        assertEquals(List.of("1:Fourniture de postes de travail", "2:Maintenance du parc"),
                lots.lots().stream().map(f -> f.value().number() + ":" + f.value().title()).toList());
        assertNull(lots.noLots());
        var none = d.extract(TestDocs.clauses("""
                ## 1.4 - Décomposition de la consultation
                Il n'est pas prévu de décomposition en lots.
                """));
        assertTrue(none.lots().isEmpty());
        assertNotNull(none.noLots());
        var table = d.extract(TestDocs.clauses("""
                Lot | Intitulé | Montant estimé
                LOT 01 | Réseau et téléphonie | 120 000 €
                LOT 02 | Hébergement | 80 000 €
                """));
        assertEquals(List.of("01:Réseau et téléphonie", "02:Hébergement"),
                table.lots().stream().map(f -> f.value().number() + ":" + f.value().title()).toList());
        var works = d.extract(TestDocs.clauses("""
                CAHIER DES CLAUSES TECHNIQUES PARTICULIERES
                LOT N°00: GENERALITES
                CCTP – LOT N°00: GENERALITES page 2 sur 16
                """));
        assertEquals("00:GENERALITES", works.lots().get(0).value().number() + ":" + works.lots().get(0).value().title());
        var bare = d.extract(TestDocs.clauses("""
                1/ Le présent projet concerne les travaux d'aménagement des combles.
                2/ Allotissement du projet :
                00 GENERALITES
                01 INSTALLATIONS DE CHANTIER - DEMOLITION - MACONNERIE
                02 CHARPENTE – COUVERTURE
                01.02 Note concernant le DCE
                3 exemplaires seront remis.
                """));
        assertEquals(List.of("00:GENERALITES", "01:INSTALLATIONS DE CHANTIER - DEMOLITION - MACONNERIE", "02:CHARPENTE – COUVERTURE"),
                bare.lots().stream().map(f -> f.value().number() + ":" + f.value().title()).toList());
    }

    // ------------------------------------------------------------------ amount

    @Test
    void amountPrefersHtAndIgnoresPenaltiesAndSubcontracting() {
        AmountExtractor d = new AmountExtractor();
        Found<Amount> a = d.extract(TestDocs.clauses("""
                Le titulaire indique les sous-traitants, sauf lorsque le montant est inférieur à 600 euros TTC.
                Pénalité de retard : 1 500 € HT par jour.
                Enveloppe maximale annuelle toutes composantes : 270 000 € TTC/an (TVA 20 % soit 225 000 €
                ~ HT/an).
                """));
        assertEquals(new Amount(new BigDecimal("225000"), "HT", "maximum", true), a.value());
        Found<Amount> e = d.extract(TestDocs.clauses("""
                Le montant estimatif du marché est de 1.250.000,00 euros hors taxes sur sa durée totale.
                """));
        assertEquals(new Amount(new BigDecimal("1250000"), "HT", "estimation", false), e.value());
        Found<Amount> m = d.extract(TestDocs.clauses("Budget prévisionnel de l'opération : 1,5 M€ TTC"));
        assertEquals(new Amount(new BigDecimal("1500000"), "TTC", "budget", false), m.value());
        assertNull(d.extract(TestDocs.clauses("Le capital social est de 150 000 € ; assurance minimale de 1 000 000 €.")));
    }

    // ------------------------------------------------------------------ dates

    @Test
    void deadlineOnTheNextLineOrPage() {
        KeyDatesDetector d = new KeyDatesDetector();
        assertEquals(LocalDateTime.of(2025, 11, 7, 12, 0), d.deadline(TestDocs.clauses("""
                Les questions doivent parvenir au plus tard 10 jours avant la date limite de réception des offres.
                Date limite de réception des candidatures : 20/10/2025 à 12h00
                La date et l'heure limite de réception des offres est fixée au :
                ---page
                Le vendredi 7 novembre 2025 à 12 Heures (terme de rigueur)
                """)).value());
        assertEquals(LocalDateTime.of(2025, 3, 14, 16, 0), d.deadline(TestDocs.clauses("""
                Date limite de remise des plis : 14/03/2025 à 16h00
                """)).value());
        assertEquals(LocalDateTime.of(2025, 3, 14, 12, 0), d.deadline(TestDocs.clauses("""
                Les offres devront être remises au plus tard le 14 mars 2025 à 12h00.
                """)).value());
        assertNull(d.deadline(TestDocs.clauses("""
                Date limite de demande de renseignements : 01/03/2025
                Fait au Bourget, le 25 septembre 2025.
                """)));
        assertEquals(LocalDate.of(2025, 9, 25), d.launchDate(TestDocs.clauses("""
                Date d'envoi de l'avis à la publication : 25/09/2025
                """)).value());
        assertNull(d.launchDate(TestDocs.clauses("Fait au Bourget, le 25 septembre 2025.")));
    }

    @Test
    void deadlineSplitAcrossCoverLinesAndNeverALegalReference() {
        KeyDatesDetector d = new KeyDatesDetector();
        // a large cover-page title wraps in the middle of the date
        assertEquals(LocalDateTime.of(2026, 11, 2, 12, 0), d.deadline(TestDocs.clauses("""
                DATE ET HEURE LIMITES DE REMISE DES OFFRES : LUNDI 2
                NOVEMBRE 2026 À 12 H 00
                """)).value());
        // a sentence that refers to the deadline, then the date of a regulation: no deadline at all
        assertNull(d.deadline(TestDocs.clauses("""
                Les plis reçus après la date et l'heure limites ne sont pas ouverts, dans les conditions fixées par l'arrêté du 22 mars 2019.
                """)));
        assertNull(d.deadline(TestDocs.clauses("""
                Date limite de remise des offres : voir l'arrêté n° 2019-12 du 22 mars 2019 relatif aux copies de sauvegarde.
                """)));
    }

    // ------------------------------------------------------------------ CCAG

    @Test
    void ccagByAbbreviationOrFullTitle() {
        CcagDetector d = new CcagDetector();
        assertEquals(List.of("TIC"), values(d.detect(TestDocs.clauses("""
                Par dérogation à l'article 4 du cahier des clauses administratives générales applicables aux
                ~ marchés publics de techniques de l'information et de la communication (CCAG-TIC)
                Le CCAG TIC s'applique.
                """))));
        assertEquals(List.of("FCS", "PI"), values(d.detect(TestDocs.clauses("""
                Les pénalités sont appliquées conformément à l'article 14 du CCAG-FCS.
                Le Cahier des Clauses Administratives Générale, applicable aux marchés publics de fournitures courantes et de services (CCAG/FCS).
                Pour les prestations de conseil, le CCAG PI s'applique.
                """))));
        assertEquals(List.of("Travaux", "MOE"), values(d.detect(TestDocs.clauses("""
                CCAG applicable aux marchés publics de travaux
                La mission relève du CCAG-MOE.
                """))));
        assertTrue(d.detect(TestDocs.clauses("MARCHES PUBLICS DE TECHNIQUES DE L'INFORMATION ET DE LA COMMUNICATION")).isEmpty());
    }

    private static List<String> values(List<Found<String>> f) {
        return f.stream().map(Found::value).toList();
    }

    // ------------------------------------------------------------------ duration

    @Test
    void durationAndTotalMonths() {
        DurationParser d = new DurationParser();
        var bourget = d.parse(TestDocs.clauses("""
                ## 2.1 - Durée du marché - Délais d'exécution
                Le marché est conclu pour une durée de 12 mois à compter du 01 janvier 2026. Il est reconductible 3
                ~ (TROIS) fois pour la même période, soit un maximum de 48 mois.
                ## 2.3 - Délai de validité des offres
                Le délai de validité des offres est fixé à 5 (CINQ) mois.
                """));
        assertEquals(48, bourget.value().months());
        assertTrue(bourget.value().text().startsWith("Le marché est conclu pour une durée de 12 mois"), bourget.value().text());
        assertEquals(72, d.parse(TestDocs.clauses("""
                Le présent marché est conclu pour une période de 3 ans reconductible une fois à compter de sa notification.
                """)).value().months());
        assertEquals(48, d.parse(TestDocs.clauses("""
                L'accord-cadre est conclu pour une durée initiale d'un an. Il est renouvelable 3 fois par périodes successives d'un an.
                """)).value().months());
        assertEquals(12, d.parse(TestDocs.clauses("""
                ## Durée
                12 mois à compter de la notification.
                """)).value().months());
        var unknown = d.parse(TestDocs.clauses("""
                Le marché aura une durée de validité allant de sa notification à la fin de la période de garantie et pourra être renouvelé 3 fois par périodes de un an.
                """));
        assertNotNull(unknown);
        assertNull(unknown.value().months());
        assertNull(d.parse(TestDocs.clauses("""
                Le délai de validité des offres est fixé à 120 jours.
                La tranche ferme 1 court pour une durée de 3 mois maximum.
                """)));
        assertEquals(48, d.parse(TestDocs.clauses("""
                Le marché est conclu pour un an, reconductible tacitement sans que sa durée totale ne puisse excéder quatre ans.
                """)).value().months());
    }
}
