package fr.boussole.profiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CollapseSpacesTest {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

    @Test
    void sameAsTheExpression() {
        List<String> pieces = List.of("a", "mot", " ", "  ", "\t", "\u000B", "\f", "\r", "\n", "\u00A0", "\u202F",
                "\u2007", "\u2028", "\u0085", "é", "\uD835\uDFCF", "-");
        Random rnd = new Random(6);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = rnd.nextInt(10); k >= 0; k--) {
                sb.append(pieces.get(rnd.nextInt(pieces.size())));
            }
            String s = sb.toString();
            assertEquals(SPACES.matcher(s).replaceAll(" "), Texts.collapseSpaces(s), s);
        }
        String plain = "déjà une seule espace";
        assertSame(plain, Texts.collapseSpaces(plain));
    }
}
