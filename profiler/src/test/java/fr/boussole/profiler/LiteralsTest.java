package fr.boussole.profiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LiteralsTest {

    @Test
    void readsTheLeadingLiteralOfEachAlternative() {
        assertArrayEquals(new String[] {"travaux", "chantier", "poste", "agent", "developpement", "acces ", "xx"},
                Literals.read("\\btravaux\\b|\\bchantier|postes? de travail|\\bagents? de (?:surveillance|securite)"
                        + "|developpements?\\b|acces (?:a )?internet|xx+y"));
    }

    @Test
    void noGuardWhenAnAlternativeDoesNotStartWithALiteral() {
        assertNull(Literals.read("travaux|(?:le|du) titulaire"));
        assertNull(Literals.read("travaux|[a-z]+ment"));
        assertNull(Literals.read("(?i)travaux"));
        assertNull(Literals.read("s?ervice"));
        assertTrue(Literals.of(Pattern.compile("travaux", Pattern.CASE_INSENSITIVE)).mayMatch("rien"));
    }

    @Test
    void aGroupOrClassHoldingABarIsNotSplit() {
        assertArrayEquals(new String[] {"lignes ", "cartes"},
                Literals.read("lignes (?:fixes|mobiles)|cartes[|]sim"));
    }

    @Test
    void theGuardHoldsWheneverTheExpressionFinds() {
        Pattern p = Pattern.compile("\\btravaux\\b|\\bchantier|gardiennage|\\bagents? de (?:surveillance|securite)"
                + "|centres? de donnees|ordinateurs?|postes? de travail|\\becrans?\\b|acces (?:a )?internet");
        Literals guard = Literals.of(p);
        List<String> words = List.of("travaux", "travail", "chantier", "chantiers", "gardiennage", "agent", "agents",
                "de", "surveillance", "securite", "centre", "centres", "donnees", "ordinateur", "poste", "postes",
                "ecran", "ecrans", "acces", "a", "internet", " ", " ", "-", "'", "x");
        Random rnd = new Random(5);
        int found = 0;
        int ruledOut = 0;
        for (int i = 0; i < 100_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = rnd.nextInt(10); k >= 0; k--) {
                sb.append(words.get(rnd.nextInt(words.size()))).append(rnd.nextBoolean() ? " " : "");
            }
            String t = sb.toString();
            if (p.matcher(t).find()) {
                assertTrue(guard.mayMatch(t), t);
                found++;
            } else if (!guard.mayMatch(t)) {
                ruledOut++;
            }
        }
        assertTrue(found > 10_000 && ruledOut > 1_000, found + " / " + ruledOut);
        assertFalse(guard.mayMatch("le titulaire livre le materiel"));
    }
}
