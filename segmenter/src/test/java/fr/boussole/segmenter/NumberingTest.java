package fr.boussole.segmenter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.segmenter.Numbering.Scheme;
import org.junit.jupiter.api.Test;

class NumberingTest {

    private static Numbering n(String line) {
        Numbering n = Numbering.parse(line);
        assertTrue(n != null, "no numbering in «" + line + "»");
        return n;
    }

    private static void heading(String line, Scheme scheme, String label, String title) {
        Numbering n = n(line);
        assertEquals(scheme, n.scheme(), line);
        assertEquals(label, n.label(), line);
        assertEquals(title, n.title(), line);
        assertEquals(UnitBuilder.Cls.HEADING, UnitBuilder.headingOf(n, true), line);
    }

    @Test
    void theWaysFrenchTendersNumberTheirHeadings() {
        heading("ARTICLE 4 – PRIX", Scheme.ARTICLE, "Article 4", "PRIX");
        heading("Article 4 : Prix et règlement", Scheme.ARTICLE, "Article 4", "Prix et règlement");
        heading("ARTICLE 4 –", Scheme.ARTICLE, "Article 4", "");
        heading("Article premier : Objet", Scheme.ARTICLE, "Article 1", "Objet");
        heading("ARTICLE 1ER - OBJET", Scheme.ARTICLE, "Article 1", "OBJET");
        heading("Art. 12 - Résiliation", Scheme.ARTICLE, "Article 12", "Résiliation");
        heading("4.5.2 Livrables", Scheme.DECIMAL, "4.5.2", "Livrables");
        heading("4.5.2 - Livrables", Scheme.DECIMAL, "4.5.2", "Livrables");
        heading("4.5.2. Livrables", Scheme.DECIMAL, "4.5.2", "Livrables");
        heading("01.24 Matériaux de synthèse", Scheme.DECIMAL, "01.24", "Matériaux de synthèse");
        heading("I. DISPOSITIONS GÉNÉRALES", Scheme.ROMAN, "I", "DISPOSITIONS GÉNÉRALES");
        heading("II – Dispositions techniques", Scheme.ROMAN, "II", "Dispositions techniques");
        heading("I PRESCRIPTIONS GENERALES", Scheme.ROMAN, "I", "PRESCRIPTIONS GENERALES");
        heading("A) Définitions", Scheme.LETTER, "A", "Définitions");
        heading("B/ Consignes générales", Scheme.LETTER, "B", "Consignes générales");
        heading("Chapitre 2 : Missions", Scheme.KEYWORD, "Chapitre 2", "Missions");
        heading("CHAPITRE 1 : PRÉSENTATION", Scheme.KEYWORD, "Chapitre 1", "PRÉSENTATION");
        heading("Titre II – Exécution", Scheme.KEYWORD, "Titre II", "Exécution");
        heading("Section 1", Scheme.KEYWORD, "Section 1", "");
        heading("Annexe 1 : Plan des locaux", Scheme.KEYWORD, "Annexe 1", "Plan des locaux");
        heading("ANNEXE N°2 – CADRE DE REPONSE", Scheme.KEYWORD, "Annexe 2", "CADRE DE REPONSE");
        heading("1. Objet du marché", Scheme.SINGLE, "1", "Objet du marché");
        assertArrayEquals(new int[]{4, 5, 2}, n("4.5.2 Livrables").parts());
        assertArrayEquals(new int[]{2}, n("II – Dispositions").parts());
    }

    @Test
    void sentencesAndQuantitiesAreNotHeadings() {
        assertTrue(UnitBuilder.headingOf(n("Article 4 du CCAP précise les pénalités."), true) == null);
        assertTrue(UnitBuilder.headingOf(n("2.5 Mbit/s minimum sur chaque site"), true) == null);
        assertTrue(UnitBuilder.headingOf(n("4.2 les prix sont révisés chaque année selon la formule ci-après"), true) == null);
        assertEquals(UnitBuilder.Cls.LIST, UnitBuilder.headingOf(n("1. le titulaire remet un planning ;"), true));
        assertNull(Numbering.parse("12.05.2025 : date limite"));
        assertNull(Numbering.parse("1.250.000,00 € HT"));
        assertNull(Numbering.parse("Articles 4 et 5 du CCAP"));
        assertNull(Numbering.parse("Titre de recette émis par la commune"));
        assertNull(Numbering.parse("Annexe financière jointe"));
        assertNull(Numbering.parseBare("2 agents de sécurité"));
        assertEquals("2", Numbering.parseBare("2 Contexte général").label());
    }

    @Test
    void capsLinesAndTocLines() {
        assertTrue(UnitBuilder.capsHeadingLine("OBJET DE LA CONSULTATION"));
        assertTrue(!UnitBuilder.capsHeadingLine("93350 LE BOURGET CEDEX"));
        assertTrue(!UnitBuilder.capsHeadingLine("GLPI) ;"));
        assertTrue(UnitBuilder.isTocTitle("S O M M A I R E"));
        assertTrue(UnitBuilder.isTocTitle("Table des matières"));
        assertTrue(UnitBuilder.isTocEntry("Article 2 – Prix ......................... 4", false, null));
        assertTrue(UnitBuilder.isTocEntry("Article 2 – Prix\t4", false, null));
        assertTrue(UnitBuilder.isTocEntry("17 — Conditions d’exécution Erreur ! Signet non défini.", false, null));
        assertTrue(!UnitBuilder.isTocEntry("Le délai de paiement est de 30", false, null));
        assertTrue(UnitBuilder.isTocEntry("2.1 - DUREE DU MARCHE 5", true, null));
        // two caps lines ending with numbers: a TOC when they are page numbers, not when a date or hour wraps
        assertTrue(UnitBuilder.isTocEntry("OBJET DE LA CONSULTATION 3", false, line("DUREE DU MARCHE 4")));
        assertTrue(!UnitBuilder.isTocEntry("DATE ET HEURE LIMITES DE REMISE DES OFFRES : LUNDI 2", false,
                line("NOVEMBRE 2026 À 12 H 00")));
        assertTrue(!UnitBuilder.isTocEntry("REMISE DES OFFRES LE 2", false, line("NOVEMBRE 2026 À 12 H 00")));
        assertTrue(!UnitBuilder.isTocEntry("MARCHE PUBLIC N° 12", false, line("LOT 3")));
    }

    private static Line line(String text) {
        return new Line(text, 1, 0, true, false, null, false);
    }

    @Test
    void plausibleNextNumbers() {
        assertTrue(UnitBuilder.plausibleNext(new int[]{1, 4}, new int[]{1, 5}));
        assertTrue(UnitBuilder.plausibleNext(new int[]{1, 4}, new int[]{1, 4, 1}));
        assertTrue(UnitBuilder.plausibleNext(new int[]{1, 4, 2}, new int[]{2, 1}));
        assertTrue(!UnitBuilder.plausibleNext(new int[]{1, 4}, new int[]{1, 7}));
        assertTrue(!UnitBuilder.plausibleNext(new int[]{1, 4}, new int[]{2, 3}));
    }
}
