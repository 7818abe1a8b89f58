package fr.boussole.profiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class FrenchDatesTest {

    private static LocalDateTime at(String text) {
        FrenchDates.DateMatch m = FrenchDates.first(text);
        return m == null ? null : m.dateTime();
    }

    @Test
    void writtenDatesWithTimes() {
        LocalDateTime expected = LocalDateTime.of(2025, 11, 7, 12, 0);
        assertEquals(expected, at("Le vendredi 7 novembre 2025 à 12 Heures (terme de rigueur)"));
        assertEquals(expected, at("07/11/2025 à 12h00"));
        assertEquals(expected, at("le 7 nov. 2025 12:00"));
        assertEquals(expected, at("le 7 novembre 2025 à midi"));
        assertEquals(expected, at("2025-11-07 12:00"));
        assertEquals(expected, at("au plus tard à 12h00 le 07/11/2025"));
        assertEquals(LocalDateTime.of(2025, 12, 1, 16, 30), at("lundi 1er décembre 2025 avant 16 h 30"));
        assertEquals(LocalDateTime.of(2025, 12, 1, 17, 30), at("le 01.12.2025 à 17 heures 30"));
        assertEquals(LocalDateTime.of(2026, 2, 3, 0, 0), at("03/02/26"));
    }

    @Test
    void notDates() {
        assertNull(at("article 1.2.20 du CCAP"));
        assertNull(at("le 31 février 2025"));
        assertNull(at("Tél. 01 48 38 82 59"));
        assertNull(at("montant de 12.500,00 €"));
        assertTrue(FrenchDates.findAll("du 1er janvier 2026 au 31 décembre 2026").size() == 2);
        assertNull(FrenchDates.first("le 7 novembre 2025, 3 lots").time());
    }
}
