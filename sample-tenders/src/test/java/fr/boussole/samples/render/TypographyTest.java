package fr.boussole.samples.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TypographyTest {

    @Test
    void frenchTypographyAddsNoBreakSpacesAndCurlyApostrophes() {
        assertEquals("l\u2019offre\u00A0: 10\u00A0% ; «\u00A0neuf\u00A0»\u00A0!".replace(" ;", "\u00A0;"),
                Typography.apply("l'offre : 10 % ; « neuf » !", true));
    }

    @Test
    void plainTextIsLeftAlone() {
        assertEquals("l'offre : 10 %", Typography.apply("l'offre : 10 %", false));
    }
}
