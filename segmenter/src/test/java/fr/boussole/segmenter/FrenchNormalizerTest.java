package fr.boussole.segmenter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FrenchNormalizerTest {

    @Test
    void foldsCaseAccentsLigaturesAndSpaces() {
        assertEquals("pénalités".replace("é", "e"), FrenchNormalizer.normalize("PÉNALITÉS"));
        assertEquals("oeuvre et caecum", FrenchNormalizer.normalize("Œuvre\u00A0et  cæcum"));
        assertEquals("l'ecoconception", FrenchNormalizer.normalize("l’écoconception"));
        assertEquals("fichier", FrenchNormalizer.normalize("ﬁchier"));
        assertEquals("10 %", FrenchNormalizer.normalize("10\u202F%"));
        assertEquals("\" label \" - ou equivalent", FrenchNormalizer.normalize("« label » – ou équivalent"));
        assertEquals("n° 3", FrenchNormalizer.normalize("n° 3"));
    }

    @Test
    void repairsLineBreakHyphens() {
        assertEquals("l'eco-conception des services", FrenchNormalizer.normalize("l'éco-\nconception des services"));
        assertEquals("la consultation", FrenchNormalizer.normalize("la consul-\n  tation"));
        assertEquals("sous-traitant", FrenchNormalizer.normalize("sous-\ntraitant"));
        assertEquals("soft hyphen", FrenchNormalizer.normalize("soft hy\u00ADphen"));
        assertEquals("a - b", FrenchNormalizer.normalize("a -\nb"));
    }

    @Test
    void mapsOffsetsBackToTheOriginal() {
        String original = "Le  titulaire respecte l’Œuvre du RGAA.";
        NormalizedText n = FrenchNormalizer.map(original);
        int at = n.text().indexOf("l'oeuvre");
        int end = at + "l'oeuvre".length();
        assertEquals("l’Œuvre", original.substring(n.originalStart(at), n.originalEnd(end)));
        int r = n.text().indexOf("rgaa");
        assertEquals("RGAA", original.substring(n.originalStart(r), n.originalEnd(r + 4)));
        assertEquals(original, original.substring(n.originalStart(0), n.originalEnd(n.text().length())));
    }
}
