package fr.boussole.profiler;

import static fr.boussole.profiler.RcFixtures.h;
import static fr.boussole.profiler.RcFixtures.p;
import static fr.boussole.profiler.RcFixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.model.AwardCriterion;
import fr.boussole.model.AwardCriterion.Kind;
import fr.boussole.model.Clause;
import fr.boussole.model.ClauseKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Criteria tables of RCs generated as real PDF and DOCX files and read by the project's extractor and
 * segmenter: the parser sees the lines as the pipeline delivers them (wrapped cells, weight cells on the
 * next line, numbered rows, per-lot columns).
 */
class AwardCriteriaDocumentsTest {

    @TempDir
    Path dir;

    private final AwardCriteriaParser parser = new AwardCriteriaParser();

    private static final List<RcFixtures.Block> NUMBERED_WITH_POINTS = List.of(
            h("ARTICLE 6 – ANALYSE DES CANDIDATURES ET DES OFFRES"),
            h("6.1 Examen des candidatures"),
            p("Les candidatures sont examinées au regard des capacités professionnelles, techniques et financières des candidats."),
            h("6.2 Critères d'attribution"),
            p("L'offre économiquement la plus avantageuse est déterminée au regard des critères pondérés ci-dessous :"),
            table(new float[]{60, 20, 20}, List.of("Critères et sous-critères", "Pondération", "Note sur"), List.of(
                    List.of("1. Prix des prestations (total de la décomposition du prix global et forfaitaire et du détail "
                            + "quantitatif estimatif)", "40\u00A0%", "40 points"),
                    List.of("2. Valeur technique, jugée sur le mémoire technique", "60\u00A0%", "60 points"),
                    List.of("2.1 Organisation du projet et méthode de travail", "20\u00A0%", "20 points"),
                    List.of("2.2 Pertinence de la solution logicielle", "20\u00A0%", "20 points"),
                    List.of("2.3 Accessibilité numérique du service", "10\u00A0%", "10 points"),
                    List.of("2.4 Maintenance et réversibilité", "5\u00A0%", "5 points"),
                    List.of("2.5 Sobriété numérique du service et réduction de son empreinte environnementale", "5\u00A0%",
                            "5 points"))),
            h("6.3 Notation"),
            p("Le prix est noté selon la formule : note = 40 × (offre la plus basse / offre examinée)."));

    private static final List<RcFixtures.Block> PER_LOT = List.of(
            h("ARTICLE 5 – JUGEMENT DES OFFRES"),
            h("5.1 Critères"),
            p("Les offres sont jugées lot par lot selon les critères pondérés suivants :"),
            table(new float[]{64, 18, 18}, List.of("Critère", "Lot 1", "Lot 2"), List.of(
                    List.of("1. Prix, apprécié au vu du montant du détail quantitatif estimatif", "50 %", "45 %"),
                    List.of("2. Valeur technique", "35 %", "35 %"),
                    List.of("2.1 Adéquation des matériels proposés aux besoins exprimés (mémoire technique, essais des "
                            + "exemplaires de démonstration)", "20 %", "20 %"),
                    List.of("2.2 Organisation de la livraison et du service après-vente", "15 %", "15 %"),
                    List.of("3. Performance environnementale de l'offre", "15 %", "20 %"),
                    List.of("3.1 Réparabilité et durabilité des matériels : indice de réparabilité, disponibilité des "
                            + "pièces détachées, durée des mises à jour de sécurité", "6 %", "8 %"),
                    List.of("3.2 Consommation d'énergie et labels environnementaux", "4 %", "6 %"),
                    List.of("3.3 Reprise et réemploi des matériels remplacés", "5 %", "6 %"))),
            h("5.2 Négociation"),
            p("L'acheteur se réserve la possibilité de négocier avec les trois candidats les mieux classés."));

    private static final String PER_LOT_EXPECTED = "Prix=50%(50) | Valeur technique=35%(35)[Adéquation des matériels proposés aux "
            + "besoins exprimés=20%(20);Organisation de la livraison et du service après-vente=15%(15);] | "
            + "Performance environnementale de l'offre=15%(15)[Réparabilité et durabilité des matériels=6%(6);"
            + "Consommation d'énergie et labels environnementaux=4%(4);Reprise et réemploi des matériels remplacés=5%(5);] | ";

    private List<AwardCriterion> criteria(List<Clause> clauses) {
        return parser.parse(clauses, c -> "dce/RC").criteria();
    }

    static String summary(List<AwardCriterion> cs) {
        StringBuilder sb = new StringBuilder();
        for (AwardCriterion c : cs) {
            sb.append(one(c));
            if (!c.subCriteria().isEmpty()) {
                sb.append('[');
                c.subCriteria().forEach(s -> sb.append(one(s)).append(';'));
                sb.append(']');
            }
            sb.append(" | ");
        }
        return sb.toString();
    }

    private static String one(AwardCriterion c) {
        return c.name() + '=' + fmt(c.weight()) + (c.unit() == null ? "" : c.unit()) + '(' + fmt(c.percent()) + ')';
    }

    private static String fmt(Double d) {
        return d == null ? "null" : d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
    }

    @Test
    void numberedPdfTableWithAScaleColumnGivesMainCriteriaAndTheirSubCriteria() throws Exception {
        List<Clause> clauses = RcFixtures.read(RcFixtures.pdf(dir.resolve("RC.pdf"), NUMBERED_WITH_POINTS));
        // the rows are not sections: the segmenter keeps them in 6.2, and 6.3 is still a heading
        clauses.stream().filter(c -> c.text().startsWith("2.")).forEach(c -> {
            assertFalse(c.kind() == ClauseKind.HEADING, c.text());
            assertEquals("Article 6 > 6.2", c.article(), c.text());
        });
        assertTrue(clauses.stream().anyMatch(c -> c.kind() == ClauseKind.HEADING && c.text().startsWith("6.3 Notation")));

        List<AwardCriterion> cs = criteria(clauses);
        assertEquals("Prix des prestations=40%(40) | Valeur technique=60%(60)[Organisation du projet et méthode de travail=20%(20);"
                + "Pertinence de la solution logicielle=20%(20);Accessibilité numérique du service=10%(10);"
                + "Maintenance et réversibilité=5%(5);Sobriété numérique du service et réduction de son empreinte "
                + "environnementale=5%(5);] | ", summary(cs));
        assertEquals(Kind.PRICE, cs.get(0).kind());
        assertEquals(Kind.TECHNICAL, cs.get(1).kind());
        AwardCriterion eco = cs.get(1).subCriteria().get(4);
        assertEquals(Kind.ENVIRONMENTAL, eco.kind(), "an environmental sub-criterion of the technical value");
        assertEquals(5.0, eco.percent(), "5 % of the whole, not a share of the main criteria");
        assertTrue(cs.stream().noneMatch(AwardCriterion::isEnvironmental), "no environmental MAIN criterion");
        assertTrue(cs.get(0).source().quote().contains("quantitatif estimatif) 40"), cs.get(0).source().quote());
    }

    @Test
    void perLotPdfTableKeepsTheFirstLotAndQuotesTheOthers() throws Exception {
        List<Clause> clauses = RcFixtures.read(RcFixtures.pdf(dir.resolve("RC.pdf"), PER_LOT));
        List<AwardCriterion> cs = criteria(clauses);
        assertEquals(PER_LOT_EXPECTED, summary(cs));
        assertTrue(cs.stream().noneMatch(c -> c.name().startsWith("Critère")), "the header is not a criterion");
        assertEquals(Kind.ENVIRONMENTAL, cs.get(2).kind());
        assertTrue(cs.get(0).source().quote().endsWith("[pondération par lot : Lot 1 : 50 % ; Lot 2 : 45 %]"),
                cs.get(0).source().quote());
        assertFalse(cs.get(1).source().quote().contains("pondération par lot"), "same weight in every lot: no note");
        assertTrue(cs.get(2).subCriteria().get(0).source().quote().contains("Lot 2 : 8 %"));
    }

    @Test
    void perLotWordTableReadsTheSame() throws Exception {
        List<Clause> clauses = RcFixtures.read(RcFixtures.docx(dir.resolve("RC.docx"), PER_LOT));
        assertTrue(clauses.stream().anyMatch(c -> c.kind() == ClauseKind.TABLE_ROW), "a Word table gives table rows");
        List<AwardCriterion> cs = criteria(clauses);
        assertEquals(PER_LOT_EXPECTED, summary(cs));
        assertTrue(cs.get(0).source().quote().contains("| 45 %"), "the whole row is quoted: " + cs.get(0).source().quote());
    }

    @Test
    void numberedWordTableWithAScaleColumn() throws Exception {
        List<Clause> clauses = RcFixtures.read(RcFixtures.docx(dir.resolve("RC.docx"), NUMBERED_WITH_POINTS));
        List<AwardCriterion> cs = criteria(clauses);
        assertEquals(2, cs.size(), summary(cs));
        assertEquals(List.of(20.0, 20.0, 10.0, 5.0, 5.0), cs.get(1).subCriteria().stream().map(AwardCriterion::weight).toList());
        assertEquals("%", cs.get(1).unit(), "the weight column, not the « Note sur » scale");
    }

    /** Reads the blocks as a PDF and as a Word file; both must give the same criteria. */
    private void bothFormats(List<RcFixtures.Block> blocks, String expected) throws Exception {
        assertEquals(expected, summary(criteria(RcFixtures.read(RcFixtures.pdf(dir.resolve("RC.pdf"), blocks)))), "PDF");
        assertEquals(expected, summary(criteria(RcFixtures.read(RcFixtures.docx(dir.resolve("RC.docx"), blocks)))), "DOCX");
    }

    @Test
    void subCriteriaColumnFlattenedByTheExtractionIsNestedBackByTheSums() throws Exception {
        // PDF text loses the empty first cell of a sub-criterion row; so does a Word row read by the extractor
        bothFormats(List.of(
                h("ARTICLE 5 – CRITÈRES D'ATTRIBUTION"),
                p("Les offres sont jugées selon les critères suivants :"),
                table(new float[]{35, 45, 20}, List.of("Critère", "Sous-critère", "Pondération"), List.of(
                        List.of("Prix des prestations", "", "40 %"),
                        List.of("Valeur technique", "", "60 %"),
                        List.of("", "Méthodologie et organisation du projet", "30 %"),
                        List.of("", "Moyens humains et techniques affectés", "20 %"),
                        List.of("", "Démarche de réduction de l'impact environnemental", "10 %"))),
                h("ARTICLE 6 – NÉGOCIATION"),
                p("L'acheteur se réserve la possibilité de négocier.")),
                "Prix des prestations=40%(40) | Valeur technique=60%(60)[Méthodologie et organisation du projet=30%(30);"
                        + "Moyens humains et techniques affectés=20%(20);Démarche de réduction de l'impact environnemental=10%(10);] | ");
    }

    @Test
    void numberColumnOfItsOwn() throws Exception {
        bothFormats(List.of(
                h("ARTICLE 5 – CRITÈRES D'ATTRIBUTION"),
                p("Les offres sont jugées selon les critères suivants :"),
                table(new float[]{8, 72, 20}, List.of("N°", "Critère", "Pondération"), List.of(
                        List.of("1", "Prix des prestations", "40 %"),
                        List.of("2", "Valeur technique", "45 %"),
                        List.of("2.1", "Méthodologie", "25 %"),
                        List.of("2.2", "Moyens", "20 %"),
                        List.of("3", "Performance environnementale", "15 %"))),
                h("ARTICLE 6 – NÉGOCIATION"),
                p("L'acheteur se réserve la possibilité de négocier.")),
                "Prix des prestations=40%(40) | Valeur technique=45%(45)[Méthodologie=25%(25);Moyens=20%(20);] | "
                        + "Performance environnementale=15%(15) | ");
    }

    @Test
    void longCriterionCellWithItsDescription() throws Exception {
        bothFormats(List.of(
                h("ARTICLE 5 – JUGEMENT DES OFFRES"),
                p("Les critères de jugement des offres sont pondérés comme suit :"),
                table(new float[]{75, 25}, List.of("Critères", "Pondération"), List.of(
                        List.of("Prix", "60 points"),
                        List.of("Valeur technique appréciée au regard du mémoire technique remis par le candidat, notamment "
                                + "de la méthodologie proposée", "30 points"),
                        List.of("Performance environnementale", "10 points"))),
                p("Le prix est noté sur 60 points.")),
                "Prix=60points(60) | Valeur technique=30points(30) | Performance environnementale=10points(10) | ");
    }

    @Test
    void criteriaSentenceFollowedByTheFormulaInTheSameParagraph() throws Exception {
        bothFormats(List.of(
                h("ARTICLE 7 – JUGEMENT DES OFFRES"),
                p("Les offres sont jugées selon les critères suivants : prix (60 %) et valeur technique (40 %). "
                        + "Le prix est noté selon la formule habituelle.")),
                "Prix=60%(60) | Valeur technique=40%(40) | ");
    }

    @Test
    void singleCriterionAfterTheSelectionOfCandidates() throws Exception {
        bothFormats(List.of(
                h("ARTICLE 7 – JUGEMENT DES OFFRES"),
                p("Les candidats sont sélectionnés au regard de leurs capacités professionnelles, techniques et financières."),
                p("L'offre économiquement la plus avantageuse est appréciée au regard du seul critère du prix proposé par le candidat.")),
                "Prix=null(100) | ");
    }
}
