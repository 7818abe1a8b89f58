package fr.boussole.samples.render;

import java.util.regex.Pattern;

/**
 * French typography as a word processor's autocorrect applies it: curly apostrophe and a no-break space
 * before the high punctuation, percent and euro signs and inside guillemets. Real DCE text is full of
 * these characters, so the samples carry them too.
 */
public final class Typography {

    public static final char NBSP = '\u00A0';
    private static final Pattern BEFORE = Pattern.compile(" ([:;!?%€»])");
    private static final Pattern AFTER = Pattern.compile("« ");

    private Typography() {
    }

    public static String apply(String s, boolean french) {
        if (!french || s.isEmpty()) {
            return s;
        }
        String t = s.replace('\'', '\u2019');
        t = BEFORE.matcher(t).replaceAll(NBSP + "$1");
        return AFTER.matcher(t).replaceAll("«" + NBSP);
    }
}
