package fr.boussole.profiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.model.AwardCriterion;
import fr.boussole.model.AwardCriterion.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class AwardCriteriaParserTest {

    private final AwardCriteriaParser parser = new AwardCriteriaParser();

    private List<AwardCriterion> parse(String markup) {
        return parser.parse(TestDocs.clauses(markup), c -> "dce/RC.pdf").criteria();
    }

    private static String summary(List<AwardCriterion> cs) {
        StringBuilder sb = new StringBuilder();
        for (AwardCriterion c : cs) {
            sb.append(c.name()).append('=').append(fmt(c.weight())).append(c.unit() == null ? "" : c.unit())
                    .append('(').append(fmt(c.percent())).append(')');
            if (!c.subCriteria().isEmpty()) {
                sb.append('[');
                for (AwardCriterion s : c.subCriteria()) {
                    sb.append(s.name()).append('=').append(fmt(s.weight())).append(';');
                }
                sb.append(']');
            }
            sb.append(" | ");
        }
        return sb.toString();
    }

    private static String fmt(Double d) {
        return d == null ? "null" : d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
    }

    @Test
    void weightsInAColumnReadAfterTheNames() {
        // how a PDF with the weights in a right-hand column comes out, line by line
        List<AwardCriterion> cs = parse("""
                # Article 5 : Sélection des candidatures et jugement des offres
                Les critères intervenant pour la sélection des candidatures sont l'aptitude à exercer l'activité professionnelle, la capacité économique et financière.
                ## 5.1 – critères de jugement des offres
                Les critères retenus pour le jugement des offres sont pondérés de la manière suivante :
                Critères Pondération
                Prix des prestations jugé sur la base du montant total proposé (part forfaitaire et DQE)
                40/100
                Valeur technique appréciée au regard des sous critères suivants :
                - Gouvernance & continuité (COPIL, gestion des risques, réversibilité) : 15 pts
                - Exploitation & support (ITSM, SLA, PRA/sauvegardes) : 20 pts
                - Transition/migration (méthodo & planning) : 10 pts
                - Simplicité financière & preuves (BPU packs IaaS/DaaS, prorata, pas de facturation
                ~ par utilisateur sur l'application-mois, caps & tableaux de bord) : 10 pts
                55/100
                Performance environnementale
                - Plan d'actions
                - KPIs
                - Trajectoire de réduction de l'impact environnemental
                5/100
                Concernant les prix unitaires, dans le cas où des erreurs purement matérielles seraient constatées dans l'offre du candidat, l'entreprise sera invitée à confirmer l'offre rectifiée.
                ## 5.2 Suite à donner à la consultation
                Prix : 99 %
                """);
        assertEquals("Prix des prestations=40/100(40) | Valeur technique=55/100(55)[Gouvernance & continuité (COPIL, gestion des risques, "
                + "réversibilité)=15;Exploitation & support (ITSM, SLA, PRA/sauvegardes)=20;Transition/migration (méthodo & planning)=10;"
                + "Simplicité financière & preuves=10;] | Performance environnementale=5/100(5)[Plan d'actions=null;KPIs=null;"
                + "Trajectoire de réduction de l'impact environnemental=null;] | ", summary(cs));
        assertEquals(Kind.PRICE, cs.get(0).kind());
        assertEquals(Kind.TECHNICAL, cs.get(1).kind());
        assertEquals(Kind.ENVIRONMENTAL, cs.get(2).kind());
        assertEquals(Kind.ENVIRONMENTAL, cs.get(2).subCriteria().get(1).kind());
        assertEquals(15.0, cs.get(1).subCriteria().get(0).percent());
        assertEquals("dce/RC.pdf", cs.get(0).source().piece());
    }

    @Test
    void segmenterShapeWithListItemsCarryingTheNextCriterion() {
        // the segmenter glues a PDF line that follows a list item to that item; weights are their own paragraphs
        List<AwardCriterion> cs = parse("""
                ## 5.1 – critères de jugement des offres
                Les critères retenus pour le jugement des offres sont pondérés de la manière suivante :
                Critères Pondération
                Prix des prestations jugé sur la base du montant total proposé (part forfaitaire et DQE)
                40/100
                Valeur technique appréciée au regard des sous critères suivants :
                - Gouvernance & continuité : 15 pts
                - Exploitation & support : 20 pts
                - Transition/migration : 10 pts
                - Simplicité financière & preuves (BPU packs IaaS/DaaS, prorata, pas de facturation
                ~ par utilisateur sur l'application-mois, caps & tableaux de bord) : 10 pts
                ~ 55/100
                ~ Performance environnementale
                - Plan d'actions
                - KPIs
                - Trajectoire de réduction de l'impact environnemental
                ~ 5/100
                """);
        assertEquals("Prix des prestations=40/100(40) | Valeur technique=55/100(55)[Gouvernance & continuité=15;"
                + "Exploitation & support=20;Transition/migration=10;Simplicité financière & preuves=10;] | "
                + "Performance environnementale=5/100(5)[Plan d'actions=null;KPIs=null;"
                + "Trajectoire de réduction de l'impact environnemental=null;] | ", summary(cs));
    }

    @Test
    void weightsBeforeTheNames() {
        List<AwardCriterion> cs = parse("""
                ## 5.1 Critères d'attribution
                Critères Pondération
                60 %
                Valeur technique
                40 %
                Prix
                """);
        assertEquals("Valeur technique=60%(60) | Prix=40%(40) | ", summary(cs));
    }

    @Test
    void oneSentenceWithSemicolons() {
        List<AwardCriterion> cs = parse("""
                ## Article 7 - Jugement des offres
                Les offres seront jugées selon les critères suivants : Prix : 60 % ; Valeur technique : 30 % ; Performance environnementale : 10 %.
                """);
        assertEquals("Prix=60%(60) | Valeur technique=30%(30) | Performance environnementale=10%(10) | ", summary(cs));
        assertEquals(Kind.ENVIRONMENTAL, cs.get(2).kind());
    }

    @Test
    void numberedCriteriaWithPointsInParentheses() {
        List<AwardCriterion> cs = parse("""
                ## 8. Critères de jugement des offres
                Critère 1 – Valeur technique (40 points)
                Critère 2 – Prix (50 points)
                Critère 3 – Délai de livraison (10 points)
                """);
        assertEquals("Valeur technique=40points(40) | Prix=50points(50) | Délai de livraison=10points(10) | ", summary(cs));
        assertEquals(Kind.DELAY, cs.get(2).kind());
    }

    @Test
    void scaleIsNotAWeight() {
        List<AwardCriterion> cs = parse("""
                ## Critères de choix des offres
                Le prix est noté sur 20 et pondéré à 60 %.
                La valeur technique est notée sur 20 et pondérée à 40 %.
                La note du prix est calculée selon la formule : Note = 20 × (Pmin / P).
                """);
        assertEquals("Prix=60%(60) | Valeur technique=40%(40) | ", summary(cs));
    }

    @Test
    void tableWithHeader() {
        List<AwardCriterion> cs = parse("""
                ## 4 - Critères d'attribution
                Critères | Pondération (%)
                Prix des prestations | 45
                Qualité technique de l'offre | 45
                Performance en matière de protection de l'environnement | 10
                """);
        assertEquals("Prix des prestations=45%(45) | Qualité technique de l'offre=45%(45) | "
                + "Performance en matière de protection de l'environnement=10%(10) | ", summary(cs));
        assertEquals(Kind.ENVIRONMENTAL, cs.get(2).kind());
    }

    @Test
    void tableWithSubCriteriaColumn() {
        List<AwardCriterion> cs = parse("""
                ## Critères de jugement des offres
                Critères | Sous-critères | Points
                Valeur technique |  | 60
                 | Méthodologie | 30
                 | Moyens humains | 30
                Prix |  | 40
                """);
        assertEquals("Valeur technique=60points(60)[Méthodologie=30;Moyens humains=30;] | Prix=40points(40) | ", summary(cs));
    }

    @Test
    void subCriteriaAnnouncedByASentence() {
        List<AwardCriterion> cs = parse("""
                ## 6.2 Critères d'attribution
                1. Prix : 40 %
                2. Valeur technique : 60 %
                La valeur technique sera appréciée au regard des sous-critères suivants :
                - Méthodologie proposée : 30 %
                - Moyens affectés à l'exécution : 20 %
                - Démarche de réduction des déchets : 10 %
                """);
        assertEquals("Prix=40%(40) | Valeur technique=60%(60)[Méthodologie proposée=30;Moyens affectés à l'exécution=20;"
                + "Démarche de réduction des déchets=10;] | ", summary(cs));
        assertEquals(Kind.ENVIRONMENTAL, cs.get(1).subCriteria().get(2).kind());
    }

    @Test
    void bulletsAsMainCriteriaAndDontLines() {
        List<AwardCriterion> cs = parse("""
                ## Jugement des offres
                Les critères sont les suivants :
                - Prix : 50 points
                - Valeur technique : 40 points, dont :
                o Organisation : 20 points
                o Références : 20 points
                - Insertion professionnelle : 10 points
                """);
        assertEquals("Prix=50points(50) | Valeur technique=40points(40)[Organisation=20;Références=20;] | "
                + "Insertion professionnelle=10points(10) | ", summary(cs));
        assertEquals(Kind.SOCIAL, cs.get(2).kind());
    }

    @Test
    void coefficients() {
        List<AwardCriterion> cs = parse("""
                ## Critères de jugement des offres
                Valeur technique : coefficient 3
                Prix : coefficient 2
                """);
        assertEquals("Valeur technique=3coefficient(60) | Prix=2coefficient(40) | ", summary(cs));
    }

    @Test
    void singleCriterion() {
        List<AwardCriterion> cs = parse("""
                ## Article 9 : Jugement des offres
                L'offre économiquement la plus avantageuse sera choisie en fonction du critère unique du prix.
                """);
        assertEquals(1, cs.size());
        assertEquals("Prix", cs.get(0).name());
        assertEquals(100.0, cs.get(0).percent());
        assertNull(cs.get(0).weight());
        assertEquals(Kind.PRICE, cs.get(0).kind());
        List<AwardCriterion> cost = parse("""
                ## Critères d'attribution
                Critère unique : coût global
                """);
        assertEquals("Coût global", cost.get(0).name());
        assertEquals(Kind.COST, cost.get(0).kind());
    }

    @Test
    void decreasingOrderWithoutWeights() {
        List<AwardCriterion> cs = parse("""
                ## Critères d'attribution
                Les offres seront classées selon les critères suivants, par ordre décroissant d'importance :
                1. Valeur technique
                2. Prix
                3. Délai d'exécution
                """);
        assertEquals("Valeur technique=null(null) | Prix=null(null) | Délai d'exécution=null(null) | ", summary(cs));
    }

    @Test
    void selectionOfCandidatesIsNotAward() {
        List<AwardCriterion> cs = parse("""
                ## Article 5 : Critères de sélection des candidatures
                - Capacités techniques : 50 %
                - Capacités financières : 50 %
                ## Article 6 : Critères de jugement des offres
                - Prix : 70 %
                - Valeur technique : 30 %
                """);
        assertEquals("Prix=70%(70) | Valeur technique=30%(30) | ", summary(cs));
        List<AwardCriterion> none = parse("""
                ## Article 5 : Critères de sélection des candidatures
                - Capacités techniques : 50 %
                - Capacités financières : 50 %
                """);
        assertTrue(none.isEmpty(), summary(none));
    }

    @Test
    void priceOfServicesAndPriceAreDifferentNames() {
        List<AwardCriterion> cs = parse("""
                ## Critères d'attribution
                Prix des prestations : 60 %
                Prix des pièces détachées : 10 %
                Valeur technique : 30 %
                """);
        assertEquals("Prix des prestations=60%(60) | Prix des pièces détachées=10%(10) | Valeur technique=30%(30) | ", summary(cs));
    }

    @Test
    void sectionEndsAtTheNextArticle() {
        List<AwardCriterion> cs = parse("""
                5.1 Critères de jugement des offres
                Prix : 40 %
                Valeur technique : 60 %
                5.2 Négociation
                L'acheteur pourra négocier : 100 %
                6. Pénalités
                Retard : 10 points
                """);
        assertEquals("Prix=40%(40) | Valeur technique=60%(60) | ", summary(cs));
    }

    @Test
    void moreWaysBuyersWriteThem() {
        assertEquals("Prix des prestations=40%(40) | Valeur technique=60%(60)[Méthodologie=30;Moyens humains=30;] | ",
                summary(parse("""
                        ## Article 6 – Critères d'attribution
                        Critères | Pondération
                        1- Prix des prestations | 40%
                        2- Valeur technique | 60%
                        2.1 Méthodologie | 30%
                        2.2 Moyens humains | 30%
                        """)));
        assertEquals("Prix=40%(40) | Valeur technique=60%(60) | ", summary(parse("""
                ## Critères de jugement
                Critère n°1 : Prix (pondération : 40 %)
                Critère n°2 : Valeur technique (pondération : 60 %)
                """)));
        assertEquals("Prix=60%(60) | Valeur technique=40%(40) | ", summary(parse("""
                ## Jugement des offres
                Le jugement des offres sera effectué en fonction des critères pondérés suivants : - Prix : 60 % - Valeur technique : 40 %
                """)));
        assertEquals("Valeur technique=60%(60) | Prix=40%(40) | ", summary(parse("""
                ## Critères d'attribution
                Les offres sont notées à 60 % pour la valeur technique et à 40 % pour le prix.
                """)));
        assertEquals("Valeur technique de l'offre=60points(60) | Prix=40points(40) | ", summary(parse("""
                ## 7.2 Critères de choix
                a) Valeur technique de l'offre (60 points) appréciée au vu du mémoire technique
                b) Prix (40 points)
                """)));
    }

    @Test
    void criteriaInOneSentenceWithWeightsInParentheses() {
        assertEquals("Prix=60%(60) | Valeur technique=40%(40) | ", summary(parse("""
                ## Article 7 – Jugement des offres
                Les offres sont jugées selon les critères suivants : prix (60 %) et valeur technique (40 %).
                """)));
        List<AwardCriterion> three = parse("""
                ## Critères d'attribution
                Les offres seront appréciées au regard des critères suivants : prix (50 %), valeur technique (40 %) et performance environnementale (10 %).
                """);
        assertEquals("Prix=50%(50) | Valeur technique=40%(40) | Performance environnementale=10%(10) | ", summary(three));
        assertEquals(Kind.ENVIRONMENTAL, three.get(2).kind());
        assertEquals("Prix=70%(70) | Valeur technique=30%(30) | ", summary(parse("""
                ## Critères d'attribution
                Les offres seront jugées selon les critères suivants : le prix (70 %) ; la valeur technique (30 %).
                """)));
    }

    @Test
    void singleCriterionSentenceMayNameTheCandidate() {
        List<AwardCriterion> cs = parse("""
                ## Article 6 – Jugement des offres
                L'offre économiquement la plus avantageuse est appréciée au regard du seul critère du prix proposé par le candidat.
                """);
        assertEquals(1, cs.size(), summary(cs));
        assertEquals("Prix", cs.get(0).name());
        assertEquals(100.0, cs.get(0).percent());
        assertEquals(Kind.PRICE, cs.get(0).kind());
        // the selection of candidates is never the award, even with "seul critère" words around
        List<AwardCriterion> none = parse("""
                ## Article 5 – Sélection des candidatures
                Les candidats sont sélectionnés au regard de leurs capacités techniques et financières.
                Les candidatures sont appréciées au regard du seul critère de leurs capacités professionnelles.
                """);
        assertTrue(none.isEmpty(), summary(none));
    }

    @Test
    void criterionLinesNamingTheCandidateAreKept() {
        assertEquals("Prix=60%(60) | Qualité des références du candidat=40%(40) | ", summary(parse("""
                ## Critères de jugement des offres
                - Prix : 60 %
                - Qualité des références du candidat : 40 %
                """)));
    }

    @Test
    void numberedRowsAsTheSegmenterDeliversAPdfTable() {
        // a PDF table read cell after cell: the wrapped first cell comes before its weight cells
        List<AwardCriterion> cs = parse("""
                ## 5.2 Critères de jugement des offres
                L'offre économiquement la plus avantageuse est appréciée selon les critères pondérés suivants :
                ~ Critère et sous-critères Pondération Note sur
                ~ 1. Prix des prestations (montant de la DPGF, PSE comprise, et du
                ~ DQE)
                40 % 40 points
                2. Valeur technique, appréciée au vu du mémoire technique 60 % 60 points
                2.1 Méthodologie de conception et de conduite du projet 20 % 20 points
                2.2 Qualité de la solution proposée 20 % 20 points
                2.3 Démarche d'accessibilité numérique 10 % 10 points
                2.4 Organisation de la maintenance et de la réversibilité 5 % 5 points
                2.5 Démarche d'écoconception du service (performance
                ~ environnementale)
                5 % 5 points
                ## 5.3 Méthode de notation
                Le critère prix est noté selon la formule : note = 40 × (offre la moins disante / offre examinée).
                """);
        assertEquals("Prix des prestations (montant de la DPGF, PSE comprise, et du DQE)=40%(40) | Valeur technique=60%(60)"
                + "[Méthodologie de conception et de conduite du projet=20;Qualité de la solution proposée=20;"
                + "Démarche d'accessibilité numérique=10;Organisation de la maintenance et de la réversibilité=5;"
                + "Démarche d'écoconception du service (performance environnementale)=5;] | ", summary(cs));
        AwardCriterion eco = cs.get(1).subCriteria().get(4);
        assertEquals(Kind.ENVIRONMENTAL, eco.kind());
        assertEquals(5.0, eco.percent());
    }

    @Test
    void numberedRowsWithTheParentWeightLeftToItsSubCriteria() {
        List<AwardCriterion> cs = parse("""
                ## Article 4 – Critères d'attribution
                1. Prix : 40 %
                2. Valeur technique
                2.1 Méthodologie : 30 %
                2.2 Moyens humains : 20 %
                3. Performance environnementale : 10 %
                ## 4.2 Négociation
                L'acheteur peut négocier.
                """);
        assertEquals("Prix=40%(40) | Valeur technique=50%(50)[Méthodologie=30;Moyens humains=20;] | "
                + "Performance environnementale=10%(10) | ", summary(cs));
    }

    @Test
    void aLaterHeadingIsNotASubCriterion() {
        assertEquals("Prix des prestations=60%(60) | Valeur technique (méthodologie, planning, sécurité)=30%(30) | "
                + "Performance environnementale=10%(10) | ",
                summary(parse("""
                        # Article 5 – Jugement des offres
                        ## 5.1 Critères
                        Critère Pondération
                        1. Prix des prestations 60 %
                        2. Valeur technique (méthodologie, planning, sécurité) 30 %
                        3. Performance environnementale : tri et valorisation des déchets de
                        ~ chantier, limitation des nuisances
                        10 %
                        ## 5.2 Négociation
                        La Ville se réserve la possibilité de négocier avec les trois candidats les mieux classés.
                        """)));
        assertEquals("Prix=60%(60) | Valeur technique=40%(40) | ", summary(parse("""
                ## Article 5 – Jugement des offres
                - Prix : 60 %
                - Valeur technique : 40 %
                ## 5.2 Négociation
                L'acheteur se réserve la possibilité de négocier.
                """)));
    }

    @Test
    void tableWithLotColumns() {
        List<AwardCriterion> cs = parse("""
                ## 5.1 Critères d'attribution
                Critère | Lot 1 | Lot 2
                1. Prix | 60 % | 50 %
                2. Valeur technique | 40 % | 40 %
                3. Performance environnementale | 0 % | 10 %
                """);
        assertEquals("Prix=60%(60) | Valeur technique=40%(40) | Performance environnementale=0%(0) | ", summary(cs));
        assertTrue(cs.get(0).source().quote().contains("Lot 2 : 50 %"), cs.get(0).source().quote());
        assertTrue(cs.stream().noneMatch(c -> c.name().startsWith("Critère")));
    }

    @Test
    void numberedRowsWithLetteredOrInlineSubCriteria() {
        assertEquals("Prix=40%(40) | Valeur technique=60%(60)[Méthodologie=30;Moyens humains=30;] | ", summary(parse("""
                ## 5.2 Critères de jugement des offres
                1. Prix : 40 %
                2. Valeur technique : 60 %
                a) Méthodologie : 30 %
                b) Moyens humains : 30 %
                """)));
        assertEquals("Valeur technique=60%(60)[Méthodologie=30;Moyens=30;] | Prix=40%(40) | ", summary(parse("""
                ## 4.3 Jugement des offres
                Les offres sont classées selon les critères pondérés suivants :
                1. Valeur technique : 60 % (méthodologie 30 %, moyens 30 %)
                2. Prix : 40 %
                """)));
    }

    @Test
    void tableWithAnUntitledNumberColumn() {
        assertEquals("Prix=40points(40) | Valeur technique=60points(60)[Méthodologie=30;Moyens=30;] | ", summary(parse("""
                ## 5.2 Critères de jugement des offres
                Critères | Pondération
                1 | Prix | 40
                2 | Valeur technique | 60
                2.1 | Méthodologie | 30
                2.2 | Moyens | 30
                """)));
    }

    @Test
    void aNumberedProcedureIsNotTheCriteria() {
        assertEquals("Prix=60%(60) | Valeur technique=40%(40) | ", summary(parse("""
                ## 5.2 Critères de jugement des offres
                Le jugement des offres se déroule selon les étapes suivantes :
                1. Ouverture des plis
                2. Analyse des offres
                Les critères sont :
                - Prix : 60 %
                - Valeur technique : 40 %
                """)));
    }

    @Test
    void criteriaGivenLotByLotKeepTheFirstLot() {
        AwardCriteriaParser.Result r = parser.parse(TestDocs.clauses("""
                ## Critères d'attribution
                Les offres sont jugées selon les critères pondérés suivants :
                Lot 1 – Postes de travail :
                - Prix : 60 %
                - Valeur technique : 40 %
                Lot 2 – Écrans :
                - Prix : 50 %
                - Valeur technique : 30 %
                - Performance environnementale : 20 %
                """), c -> "dce/RC.pdf");
        assertEquals("Prix=60%(60) | Valeur technique=40%(40) | ", summary(r.criteria()));
        assertTrue(r.quote().contains("critères du premier lot"), r.quote());
        assertEquals("Prix=50%(50) | Valeur technique=50%(50) | ", summary(parse("""
                ## Critères d'attribution
                Les lots sont jugés séparément :
                Lot 1 : postes de travail
                Lot 2 : écrans
                Pour chaque lot, les critères sont :
                - Prix : 50 %
                - Valeur technique : 50 %
                """)), "lots named in passing, criteria common to all lots");
    }
}
