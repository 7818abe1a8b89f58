package fr.boussole.matcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Fallback sentence split of a normalised clause, used only when the clause carries no sentence spans
 * (the segmenter normally provides them). Splits after . ! ? followed by a space, except after common
 * French abbreviations (art., cf., n°, p., M., etc.) and inside numbers.
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("art", "arts", "cf", "al", "p", "pp", "n", "no", "m",
            "mm", "mme", "mmes", "mlle", "env", "ex", "r", "l", "d", "s", "ss", "etc", "vol", "chap", "min", "max",
            "ref", "fig", "tel", "st", "ste", "dr", "me", "av", "bd", "ht", "ttc", "approx", "cad", "id", "ibid",
            "op", "cit", "sect", "para", "annexe", "c", "i", "ii", "iii", "iv", "v", "vi");

    private SentenceSplitter() {
    }

    /** Sentence spans {start, end} over the normalised text. */
    static List<int[]> split(String norm) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = norm.length();
        for (int i = 0; i < n; i++) {
            char c = norm.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == n || norm.charAt(i + 1) == ' ')) {
                if (c == '.' && (isAbbreviation(norm, i) || (i > 0 && norm.charAt(i - 1) == '.'))) {
                    continue; // abbreviation, or dot leaders of a table of contents
                }
                out.add(new int[] {start, i + 1});
                start = i + 1;
                while (start < n && norm.charAt(start) == ' ') {
                    start++;
                }
            }
        }
        if (start < n) {
            out.add(new int[] {start, n});
        }
        if (out.isEmpty()) {
            out.add(new int[] {0, n});
        }
        return out;
    }

    private static boolean isAbbreviation(String norm, int dot) {
        int s = dot;
        while (s > 0 && Character.isLetterOrDigit(norm.charAt(s - 1))) {
            s--;
        }
        String word = norm.substring(s, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.chars().allMatch(Character::isDigit)) {
            // "1. Objet" list numbers and "article 5." — keep numbers glued to what follows only when short
            return word.length() <= 2 && s == 0;
        }
        return ABBREVIATIONS.contains(word);
    }
}
