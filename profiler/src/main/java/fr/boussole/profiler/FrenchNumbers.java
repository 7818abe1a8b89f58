package fr.boussole.profiler;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;

/** Numbers as French documents write them: "270 000", "1.250.000,00", "1,5", "trois", "une". */
final class FrenchNumbers {

    /** A number with French thousands separators and decimal comma (folded text). */
    static final String NUMBER_RX = "\\d{1,3}(?:[ .\\u00A0\\u202F]\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?";

    /** Number words for small counts (durations, renewals), folded. */
    static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2), Map.entry("trois", 3),
            Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("sept", 7),
            Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10), Map.entry("onze", 11),
            Map.entry("douze", 12), Map.entry("dix-huit", 18), Map.entry("vingt-quatre", 24),
            Map.entry("trente-six", 36), Map.entry("quarante-huit", 48));

    static final String COUNT_RX = "\\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix-huit|dix|onze|douze"
            + "|vingt-quatre|trente-six|quarante-huit";

    private static final Pattern SEPARATORS = Pattern.compile("[ .\\u00A0\\u202F]");

    private FrenchNumbers() {
    }

    /** Parses "270 000", "1.250.000,00", "45,5"; null when it is not a number. */
    static BigDecimal decimal(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.matches("\\d{1,3}(?:[ .\\u00A0\\u202F]\\d{3})+(?:,\\d+)?")) {
            t = SEPARATORS.matcher(t).replaceAll("");
        }
        t = t.replace(',', '.');
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "3", "trois", "une" → 3, 3, 1; null otherwise. */
    static Integer count(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.matches("\\d{1,3}")) {
            return Integer.parseInt(t);
        }
        return WORDS.get(t);
    }
}
