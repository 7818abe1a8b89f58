package fr.boussole.segmenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.extractor.ExtractedDocument;
import fr.boussole.extractor.SourceFile;
import fr.boussole.extractor.TextBlock;
import fr.boussole.model.Clause;
import fr.boussole.model.ClauseContext;
import fr.boussole.model.ClauseKind;
import fr.boussole.model.PieceRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private final Segmenter segmenter = new Segmenter();

    static ExtractedDocument doc(List<TextBlock> blocks) {
        return new ExtractedDocument(new SourceFile("CCTP.pdf", "CCTP.pdf", Path.of("CCTP.pdf"), 0, ""),
                "application/pdf", null, null, blocks, null, null, null);
    }

    /** One PDF text block (lines wrapped, as Tika gives them). */
    static TextBlock pdf(int page, String text) {
        return new TextBlock(ClauseKind.PARAGRAPH, text, page, 0, true);
    }

    static TextBlock word(ClauseKind kind, String text, int level) {
        return new TextBlock(kind, text, null, level, false);
    }

    private List<Clause> clauses(TextBlock... blocks) {
        return segmenter.segment(doc(List.of(blocks)), "p1").clauses();
    }

    private static Clause find(List<Clause> cs, String start) {
        return cs.stream().filter(c -> c.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no clause starting with «" + start + "» in " + texts(cs)));
    }

    private static List<String> texts(List<Clause> cs) {
        return cs.stream().map(Clause::text).toList();
    }

    @Test
    void wrappedPdfLinesAreJoinedUntilARealParagraphEnd() {
        List<Clause> cs = clauses(pdf(1, """
                Le titulaire assure la maintenance préventive et curative des postes de travail, des
                serveurs et des équipements réseau de la collectivité pendant toute la durée du
                marché, y compris pendant les périodes de congés scolaires.
                Il remet chaque mois un rapport d’activité.
                """));
        assertEquals(2, cs.size(), texts(cs).toString());
        assertEquals(ClauseKind.PARAGRAPH, cs.get(0).kind());
        assertEquals(3, cs.get(0).text().split("\n").length, "newlines are kept inside the clause for quoting");
        assertTrue(cs.get(0).normText().contains("des serveurs et des equipements"));
        assertEquals("Il remet chaque mois un rapport d’activité.", cs.get(1).text());
    }

    @Test
    void headingsAreFoundInsideOneBlockPerPageAsLibreOfficeExportsThem() {
        List<Clause> cs = clauses(pdf(1, """
                ARTICLE 1 - OBJET DU MARCHE
                Le présent marché a pour objet la fourniture de matériels informatiques
                reconditionnés et de prestations associées.
                1.1 Durée
                Le marché est conclu pour une durée de douze mois à compter de sa
                notification.
                Article 2 – Prix
                Les prix sont fermes et définitifs.
                """));
        assertEquals(List.of(ClauseKind.HEADING, ClauseKind.PARAGRAPH, ClauseKind.HEADING, ClauseKind.PARAGRAPH,
                ClauseKind.HEADING, ClauseKind.PARAGRAPH), cs.stream().map(Clause::kind).toList(), texts(cs).toString());
        assertEquals("Article 1 > 1.1", find(cs, "Le marché est conclu").article());
        assertEquals(List.of("ARTICLE 1 - OBJET DU MARCHE", "1.1 Durée"), find(cs, "Le marché est conclu").headings());
        assertEquals("Article 2", find(cs, "Les prix sont fermes").article());
        assertEquals("1.1 Durée", find(cs, "Le marché est conclu").heading());
    }

    @Test
    void aWrappedLineStartingWithANumberIsNotAHeading() {
        List<Clause> cs = clauses(pdf(1, """
                Article 3 - Pénalités
                Les pénalités sont calculées conformément à l’article
                14.1 du CCAG-TIC et plafonnées.
                Les montants sont fixés au
                2. Tableau des pénalités ci-dessous.
                """));
        assertEquals(3, cs.size(), texts(cs).toString());
        assertTrue(cs.stream().allMatch(c -> "Article 3".equals(c.article())));
    }

    @Test
    void tableOfContentsLinesDoNotOpenSections() {
        List<Clause> cs = clauses(
                pdf(1, """
                        SOMMAIRE
                        ARTICLE 1 – OBJET ........................................ 2
                        ARTICLE 2 – PRIX ......................................... 2
                        2.1 Révision des prix ..................................... 3
                        ARTICLE 3 – CRITERES DE JUGEMENT DES OFFRES ET
                        PONDERATION ............................................... 3
                        """),
                pdf(2, """
                        Article 1 – Objet
                        Le marché porte sur l’hébergement des applications.
                        Article 2 – Prix
                        Les prix sont révisables.
                        2.1 Révision des prix
                        La révision suit l’indice Syntec.
                        """));
        List<Clause> toc = cs.stream().filter(c -> c.in(ClauseContext.TABLE_OF_CONTENTS)).toList();
        assertEquals(5, toc.size(), texts(toc).toString());
        assertTrue(toc.stream().allMatch(c -> c.article() == null), "TOC entries open no section");
        assertTrue(find(cs, "ARTICLE 3 – CRITERES").text().contains("PONDERATION"), "a wrapped entry stays one clause");
        assertFalse(find(cs, "Le marché porte").in(ClauseContext.TABLE_OF_CONTENTS));
        assertEquals("Article 1", find(cs, "Le marché porte").article());
        assertEquals("Article 2 > 2.1", find(cs, "La révision suit").article());
    }

    @Test
    void wordTableOfContentsWithTabsIsRecognised() {
        List<Clause> cs = clauses(word(ClauseKind.PARAGRAPH, "Table des matières", 0),
                word(ClauseKind.PARAGRAPH, "Article 1 – Objet\t3", 0),
                word(ClauseKind.PARAGRAPH, "Article 2 – Durée\t4", 0),
                word(ClauseKind.HEADING, "Article 1 – Objet", 1),
                word(ClauseKind.PARAGRAPH, "Le marché porte sur la maintenance.", 0));
        assertTrue(find(cs, "Article 2 – Durée").in(ClauseContext.TABLE_OF_CONTENTS));
        assertEquals("Article 1", find(cs, "Le marché porte").article());
    }

    @Test
    void decimalNumbersNestUnderArticlesWithMissingLevelsInferred() {
        List<Clause> cs = clauses(pdf(1, """
                ARTICLE 4 – EXECUTION DES PRESTATIONS
                Les prestations sont exécutées dans les locaux de la collectivité.
                4.5.2 - Livrables de la phase de déploiement
                Le titulaire remet un dossier d’exploitation.
                4.5.3. Recette
                La recette est prononcée par écrit.
                4.6 Réversibilité
                Le titulaire restitue les données dans un format ouvert.
                5.1 Pénalités de retard
                Une pénalité de 200 euros par jour est appliquée.
                """));
        Clause livrables = find(cs, "Le titulaire remet");
        assertEquals("Article 4 > 4.5 > 4.5.2", livrables.article());
        assertEquals(List.of("Article 4", "4.5", "4.5.2"), livrables.articlePath());
        assertEquals(List.of("ARTICLE 4 – EXECUTION DES PRESTATIONS", "4.5.2 - Livrables de la phase de déploiement"),
                livrables.headings(), "inferred levels have no heading text");
        assertEquals("Article 4 > 4.5 > 4.5.3", find(cs, "La recette").article());
        assertEquals("Article 4 > 4.6", find(cs, "Le titulaire restitue").article());
        assertEquals("Article 5 > 5.1", find(cs, "Une pénalité").article(), "a missed Article 5 is inferred");
    }

    @Test
    void articlePremierAndRomanAndLetterNumbering() {
        List<Clause> cs = clauses(pdf(1, """
                ARTICLE 1ER : OBJET
                Le présent accord-cadre porte sur des prestations de conseil.
                Article premier bis est une formule que personne n’emploie ici.
                """));
        assertEquals("Article 1", find(cs, "Le présent accord-cadre").article());
        assertEquals("Article 1", find(cs, "Article premier bis").article());
        assertEquals(ClauseKind.PARAGRAPH, find(cs, "Article premier bis").kind());
        cs = clauses(pdf(2, """
                I. DISPOSITIONS GÉNÉRALES
                Les dispositions qui suivent s’appliquent à tous les lots.
                A) Définitions des parties
                Le pouvoir adjudicateur est la commune.
                1. Titulaire
                Le titulaire est l’opérateur retenu.
                B) Pièces contractuelles
                Les pièces sont listées par ordre de priorité.
                II – Dispositions techniques
                Les spécifications suivent.
                """));
        assertEquals("I > A", find(cs, "Le pouvoir adjudicateur").article());
        assertEquals("I > A > 1", find(cs, "Le titulaire est").article());
        assertEquals("I > B", find(cs, "Les pièces sont").article());
        assertEquals("II", find(cs, "Les spécifications").article());
    }

    @Test
    void keywordSectionsRankAboveArticles() {
        List<Clause> cs = clauses(pdf(1, """
                CHAPITRE 1 : PRESENTATION
                1.1. Objet du marché
                Le marché porte sur le gardiennage.
                CHAPITRE 2 : MISSIONS
                Article 3 – Rondes
                Les agents effectuent des rondes.
                Annexe 1 : Plan des locaux
                Le plan est joint.
                """));
        assertEquals("Chapitre 1 > 1.1", find(cs, "Le marché porte").article());
        assertEquals("Chapitre 2 > Article 3", find(cs, "Les agents").article());
        assertEquals("Annexe 1", find(cs, "Le plan est joint").article());
    }

    @Test
    void wordHeadingLevelsGiveThePathWhenThereIsNoNumbering() {
        List<Clause> cs = clauses(word(ClauseKind.HEADING, "Objet de la consultation", 1),
                word(ClauseKind.PARAGRAPH, "La consultation porte sur un logiciel.", 0),
                word(ClauseKind.HEADING, "Exigences d’accessibilité", 2),
                word(ClauseKind.PARAGRAPH, "Le logiciel respecte le RGAA.", 0),
                word(ClauseKind.HEADING, "Exécution", 1),
                word(ClauseKind.PARAGRAPH, "Le titulaire forme les agents.", 0));
        assertEquals("Objet de la consultation > Exigences d’accessibilité", find(cs, "Le logiciel").article());
        assertEquals("Exécution", find(cs, "Le titulaire forme").article());
        assertEquals(List.of("Exécution"), find(cs, "Le titulaire forme").headings());
    }

    @Test
    void listItemsKeepTheirMarkersAndWrappedLines() {
        List<Clause> cs = clauses(pdf(1, """
                Le dossier de consultation comprend :
                - le règlement de la consultation ;
                - le cahier des clauses administratives particulières, complété par
                ses annexes financières ;
                • le bordereau des prix unitaires ;
                \uF0B7 l’acte d’engagement.
                Les pièces suivantes sont à remettre :
                1) un mémoire technique ;
                2) un planning.
                a) les attestations fiscales ;
                o la liste des références.
                """));
        List<Clause> items = cs.stream().filter(c -> c.kind() == ClauseKind.LIST_ITEM).toList();
        assertEquals(8, items.size(), texts(cs).toString());
        assertEquals("- le cahier des clauses administratives particulières, complété par\nses annexes financières ;",
                items.get(1).text());
        assertTrue(items.get(3).text().startsWith("\uF0B7 l’acte"));
    }

    @Test
    void aRunOfSingleNumbersIsAListNotSections() {
        List<Clause> cs = clauses(pdf(1, """
                Article 4 – Contenu de l’offre
                Le mémoire technique comprend :
                1. Méthodologie de déploiement
                2. Moyens humains affectés
                3. Démarche environnementale
                Le candidat peut joindre toute pièce utile.
                """));
        assertEquals(3, cs.stream().filter(c -> c.kind() == ClauseKind.LIST_ITEM).count(), texts(cs).toString());
        assertEquals("Article 4", find(cs, "Le candidat peut joindre").article());
    }

    @Test
    void rowsOfACriteriaTableAreNotSections() {
        // a PDF table read cell by cell, as Tika gives it: a wrapped first cell comes before the weight cells
        List<Clause> cs = clauses(pdf(1, """
                ARTICLE 5 – JUGEMENT DES OFFRES
                5.1 Critères d’attribution
                Les offres sont jugées lot par lot, selon les critères pondérés suivants :
                Critère Lot 1 Lot 2
                1. Prix, apprécié au vu du montant total du DQE 50\u00A0% 50\u00A0%
                2. Valeur technique 35 % 35 %
                2.1 Qualité et adéquation des matériels aux besoins (mémoire technique,
                tests des exemplaires de démonstration)
                20 % 20 %
                2.2 Organisation de la livraison, de la garantie et de la maintenance 15 % 15 %
                3. Performance environnementale de l’offre 15 % 15 %
                3.1 Durabilité et réparabilité 6 pts
                3.2 Efficacité énergétique | 40/100
                5.2 Notation
                Le prix est noté selon la formule de l’article 5.1.
                """));
        for (String row : List.of("1. Prix", "2. Valeur", "2.1 Qualité", "2.2 Organisation", "3. Performance", "3.1 Durab",
                "3.2 Effic")) {
            Clause c = find(cs, row);
            assertNotEquals(ClauseKind.HEADING, c.kind(), row);
            assertEquals("Article 5 > 5.1", c.article(), row);
        }
        assertEquals(ClauseKind.HEADING, find(cs, "5.2 Notation").kind());
        assertEquals("Article 5 > 5.2", find(cs, "Le prix est noté").article());
    }

    @Test
    void aHeadingAfterPointsInATableRowIsStillAHeading() {
        // "… 5 points" ends with a count, not with an open word such as "aux points"
        List<Clause> cs = clauses(pdf(1, """
                5.2 Critères de jugement des offres
                2.5 Démarche d’écoconception du service (performance
                environnementale)
                5 % 5 points
                5.3 Méthode de notation
                Le critère prix est noté selon une formule.
                """));
        assertEquals(ClauseKind.HEADING, find(cs, "5.3 Méthode").kind(), texts(cs).toString());
        assertEquals("5.3", find(cs, "Le critère prix").article());
        assertNotEquals(ClauseKind.HEADING, find(cs, "2.5 Démarche").kind());
        assertTrue(Lines.endsOpen("conformément aux points"));
        assertFalse(Lines.endsOpen("5 % 5 points"));
        assertFalse(Lines.endsOpenWord("noté sur 20 points"));
    }

    @Test
    void aTitleThatStatesAValueStaysAHeading() {
        List<Clause> cs = clauses(pdf(1, """
                ARTICLE 4 – CONDITIONS FINANCIÈRES
                4.3 Retenue de garantie de 5 %
                Une retenue de garantie est prélevée sur chaque acompte.
                4.4 Taux de disponibilité : 99,5 %
                Le service est disponible tous les jours.
                4.5 Avance 30 %
                Une avance est versée au titulaire.
                """));
        assertEquals(ClauseKind.HEADING, find(cs, "4.3 Retenue").kind());
        assertEquals("Article 4 > 4.3", find(cs, "Une retenue").article());
        assertEquals(ClauseKind.HEADING, find(cs, "4.4 Taux").kind());
        assertEquals("Article 4 > 4.4", find(cs, "Le service").article());
        // "4.5 Avance 30 %" reads like a table row: it is not a section, and its text stays in 4.4
        assertNotEquals(ClauseKind.HEADING, find(cs, "4.5 Avance").kind());
        assertTrue(UnitBuilder.weightRow("Méthodologie 20 % 20 points"));
        assertTrue(UnitBuilder.weightRow("Prix | 40 %"));
        assertFalse(UnitBuilder.weightRow("Prix (40 %)"));
        assertFalse(UnitBuilder.weightRow("Pénalités plafonnées à 10 %"));
    }

    @Test
    void aTitleWithItsWeightInParenthesesStaysAHeading() {
        List<Clause> cs = clauses(pdf(1, """
                ARTICLE 5 – JUGEMENT DES OFFRES
                5.1 Prix des prestations (40 %)
                Le prix est apprécié au vu du DQE.
                5.2 Valeur technique (60 %)
                La valeur technique est appréciée au vu du mémoire.
                """));
        assertEquals(ClauseKind.HEADING, find(cs, "5.1 Prix").kind());
        assertEquals("Article 5 > 5.2", find(cs, "La valeur technique").article());
    }

    @Test
    void runningHeadersAndPageNumbersAreDropped() {
        List<TextBlock> blocks = new ArrayList<>();
        for (int p = 1; p <= 4; p++) {
            blocks.add(pdf(p, "Page " + p + " sur 4"));
            blocks.add(pdf(p, "CCTP – Maintenance du parc informatique\nArticle " + p + " – Partie " + p
                    + "\nLe titulaire exécute la partie " + p + " du marché."));
            blocks.add(pdf(p, "Ville de Saintes – Direction du numérique\n" + p + "/4"));
        }
        List<Clause> cs = segmenter.segment(doc(blocks), "p1").clauses();
        assertTrue(cs.stream().noneMatch(c -> c.text().contains("sur 4") || c.text().matches("(?s).*\\d/4.*")),
                texts(cs).toString());
        List<Clause> headers = cs.stream().filter(c -> c.in(ClauseContext.RUNNING_HEADER)).toList();
        assertEquals(2, headers.size(), "each repeated line is kept once: " + texts(headers));
        assertEquals(1, cs.stream().filter(c -> c.text().contains("CCTP – Maintenance")).count());
        assertEquals("Article 3", find(cs, "Le titulaire exécute la partie 3").article());
        assertNull(headers.get(0).article());
    }

    @Test
    void aParagraphGoesOnAcrossAPageBreakAndKeepsItsFirstPage() {
        List<Clause> cs = clauses(pdf(1, "Article 1 – Objet\nLe titulaire assure la collecte des équipements en fin de vie et leur"),
                pdf(2, "réemploi par une structure de l’économie sociale et solidaire.\nLa collecte est gratuite."));
        Clause c = find(cs, "Le titulaire assure");
        assertTrue(c.text().endsWith("solidaire."), c.text());
        assertEquals(1, c.page());
        assertEquals(2, find(cs, "La collecte est gratuite").page());
    }

    @Test
    void contextsFromHeadingsAndWords() {
        List<Clause> cs = clauses(pdf(1, """
                Vu le code de la commande publique ;
                Vu la délibération du conseil municipal du 12 mars 2025 ;
                ARTICLE 1 – DEFINITIONS
                Le titulaire désigne l’opérateur économique retenu.
                ARTICLE 2 – QUESTIONNAIRE DE SOURCING
                Décrivez votre démarche d’écoconception.
                ARTICLE 3 – BIBLIOGRAPHIE
                Guide pratique pour des achats numériques responsables, 2021.
                ARTICLE 4 – PRIX
                Le taux de réemploi attendu est de XX % du parc.
                Montant maximum : [à compléter] euros HT.
                Signature : ____________
                Les prix sont fermes.
                """));
        assertTrue(find(cs, "Vu le code").in(ClauseContext.VISA));
        assertTrue(find(cs, "Vu la délibération").in(ClauseContext.VISA));
        assertTrue(find(cs, "Le titulaire désigne").in(ClauseContext.GLOSSARY));
        assertTrue(find(cs, "Décrivez").in(ClauseContext.QUESTIONNAIRE));
        assertTrue(find(cs, "Guide pratique").in(ClauseContext.BIBLIOGRAPHY));
        assertTrue(find(cs, "Le taux de réemploi").in(ClauseContext.PLACEHOLDER));
        assertTrue(find(cs, "Montant maximum").in(ClauseContext.PLACEHOLDER));
        assertTrue(find(cs, "Signature").in(ClauseContext.PLACEHOLDER));
        assertTrue(find(cs, "Les prix sont fermes").contexts().isEmpty());
        assertFalse(find(cs, "Décrivez").in(ClauseContext.GLOSSARY), "contexts end with their section");
    }

    @Test
    void longParagraphsStayOneClauseWithSeveralSentences() {
        String para = "Le titulaire met en place une démarche d’écoconception. Il mesure l’empreinte de ses "
                + "services. Il publie un rapport annuel. Il réduit le poids des pages. Il allonge la durée de vie des "
                + "équipements. Il privilégie le réemploi.";
        List<Clause> cs = clauses(word(ClauseKind.PARAGRAPH, para, 0));
        assertEquals(1, cs.size());
        assertEquals(6, cs.get(0).sentences().size());
    }

    @Test
    void idsOffsetsAndNullRoleAndFingerprint() {
        SegmentedPiece piece = segmenter.segment(doc(List.of(pdf(1, "Article 1 – Objet\nLe marché porte sur du conseil."),
                pdf(2, "Article 2 – Durée\nUn an."))), "p3");
        List<Clause> cs = piece.clauses();
        assertEquals("p3#0001", cs.get(0).id());
        assertEquals("p3#0004", cs.get(3).id());
        for (Clause c : cs) {
            assertEquals(c.text(), piece.text().substring(c.start(), c.end()));
            assertNull(c.role());
            assertNull(c.fingerprint());
            assertEquals("p3", c.pieceId());
            assertEquals(FrenchNormalizer.normalize(c.text()), c.normText());
            c.sentences().forEach(s -> assertTrue(s.end() <= c.text().length()));
        }
        assertTrue(piece.text().contains("Le marché porte sur du conseil.\n\nArticle 2 – Durée"));
    }

    @Test
    void fingerprintsAreStableAndDependOnRoleArticleAndWords() {
        List<Clause> cs = clauses(pdf(1, "Article 1 – Objet\nLe marché porte sur du conseil."));
        Clause c = cs.get(1);
        String f = Fingerprints.of(c, PieceRole.CCTP);
        assertEquals(16, f.length());
        assertTrue(f.matches("[0-9a-f]{16}"));
        assertEquals(f, Fingerprints.of(clauses(pdf(7, "Article 1 – Objet\nLe  marché porte sur du CONSEIL.")).get(1),
                PieceRole.CCTP), "page and case/space variations do not change it");
        assertNotEquals(f, Fingerprints.of(c, PieceRole.CCAP));
        assertNotEquals(f, Fingerprints.of(clauses(pdf(1, "Article 2 – Objet\nLe marché porte sur du conseil.")).get(1),
                PieceRole.CCTP));
        Clause withRole = Fingerprints.withRole(c, PieceRole.CCTP);
        assertEquals(PieceRole.CCTP, withRole.role());
        assertEquals(f, withRole.fingerprint());
        assertEquals(2, Fingerprints.withRole(cs, PieceRole.RC).size());
    }
}
