package fr.boussole.segmenter;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;
import java.util.Locale;
import java.util.Set;

/**
 * Folds French text for matching: Unicode NFC/NFKD, lower case, accents removed, ligatures
 * (œ → oe, æ → ae, ﬁ → fi), typographic apostrophes and quotes unified, every kind of space
 * (non-breaking, thin) made a plain space and runs of spaces collapsed, soft hyphens dropped, and
 * line-break hyphens repaired: {@code "éco-\nconception"} becomes {@code "eco-conception"} and
 * {@code "consul-\ntation"} becomes {@code "consultation"}.
 *
 * <p>Patterns of rule packs go through the same folding, so authors may write accents.
 */
public final class FrenchNormalizer {

    private static final Normalizer2 NFKD = Normalizer2.getNFKDInstance();
    private static final String[] BMP_CACHE = new String[0x10000];

    /**
     * Prefixes that keep their hyphen when a line break follows it ("éco-\nconception"): they form
     * hyphenated compounds in French. Any other word cut by a hyphen at a line end is a typesetting
     * hyphenation and is joined.
     */
    private static final Set<String> HYPHEN_PREFIXES = Set.of(
            "eco", "sous", "non", "anti", "auto", "co", "semi", "multi", "inter", "post", "pre", "re",
            "contre", "extra", "demi", "mi", "quasi", "bio", "cyber", "e", "mini", "micro", "pseudo", "ultra",
            "sur", "hors", "apres", "avant", "arriere", "porte", "grand", "petit", "mise", "plus", "moins",
            "bas", "haut", "basse", "haute", "tele", "vice", "ex", "neo", "intra", "trans", "infra", "supra",
            "socio", "electro", "techno", "peri", "pluri", "poly", "mono", "bi", "tri", "quadri", "entre");

    private FrenchNormalizer() {
    }

    /** Normalised text only. */
    public static String normalize(String original) {
        return map(original).text();
    }

    /** Normalised text with the offset map back to the original. */
    public static NormalizedText map(String original) {
        int n = original.length();
        StringBuilder out = new StringBuilder(n);
        int[] map = new int[n + 8];
        int outLen = 0;
        boolean lastSpace = true; // trims leading spaces
        int i = 0;
        while (i < n) {
            int cp = original.codePointAt(i);
            int width = Character.charCount(cp);

            // line-break hyphen: letter '-' spaces* newline spaces* letter
            if ((cp == '-' || cp == '\u2010' || cp == '\u00AD') && i > 0) {
                int j = i + width;
                while (j < n && (original.charAt(j) == ' ' || original.charAt(j) == '\t')) {
                    j++;
                }
                if (j < n && (original.charAt(j) == '\n' || original.charAt(j) == '\r')) {
                    int k = j;
                    while (k < n && Character.isWhitespace(original.charAt(k))) {
                        k++;
                    }
                    if (k < n && Character.isLetter(original.codePointAt(k))
                            && Character.isLetter(original.codePointBefore(i))) {
                        String left = lastWord(out);
                        boolean keep = HYPHEN_PREFIXES.contains(left) || Character.isUpperCase(original.codePointAt(k));
                        if (keep && cp != '\u00AD') {
                            map = ensure(map, outLen + 1);
                            out.append('-');
                            map[outLen++] = i;
                        }
                        lastSpace = false;
                        i = k;
                        continue;
                    }
                }
            }

            String folded = fold(cp);
            if (folded.isEmpty()) {
                i += width;
                continue;
            }
            if (folded.equals(" ")) {
                if (!lastSpace) {
                    map = ensure(map, outLen + 1);
                    out.append(' ');
                    map[outLen++] = i;
                    lastSpace = true;
                }
                i += width;
                continue;
            }
            map = ensure(map, outLen + folded.length());
            for (int c = 0; c < folded.length(); c++) {
                out.append(folded.charAt(c));
                map[outLen++] = i;
            }
            lastSpace = false;
            i += width;
        }
        // trailing space
        if (outLen > 0 && out.charAt(outLen - 1) == ' ') {
            out.setLength(--outLen);
        }
        map = ensure(map, outLen + 1);
        map[outLen] = n;
        int[] exact = new int[outLen + 1];
        System.arraycopy(map, 0, exact, 0, outLen + 1);
        // an original end offset for a char is the start of the next original char; make the
        // last mapped entry point just after its own character so that quotes are tight
        return new NormalizedText(out.toString(), exact);
    }

    private static String lastWord(StringBuilder out) {
        int e = out.length();
        int s = e;
        while (s > 0 && Character.isLetter(out.charAt(s - 1))) {
            s--;
        }
        return out.substring(s, e);
    }

    private static int[] ensure(int[] map, int needed) {
        if (needed < map.length) {
            return map;
        }
        int[] bigger = new int[Math.max(needed + 16, map.length * 2)];
        System.arraycopy(map, 0, bigger, 0, map.length);
        return bigger;
    }

    /** Fold one code point; the result is cached for the BMP. */
    static String fold(int cp) {
        if (cp < 0x10000) {
            String cached = BMP_CACHE[cp];
            if (cached == null) {
                cached = computeFold(cp);
                BMP_CACHE[cp] = cached;
            }
            return cached;
        }
        return computeFold(cp);
    }

    private static String computeFold(int cp) {
        switch (cp) {
            case '\u0153': case '\u0152': return "oe";
            case '\u00E6': case '\u00C6': return "ae";
            case '\u00DF': return "ss";
            case '\u2019': case '\u2018': case '\u02BC': case '\u2032': case '`': case '\u00B4': return "'";
            case '\u00AB': case '\u00BB': case '\u201C': case '\u201D': case '\u201E': case '\u2039': case '\u203A':
                return "\"";
            case '\u2013': case '\u2014': case '\u2011': case '\u2010': case '\u2212': case '\u2012': case '\u2015':
                return "-";
            case '\u00AD': case '\u200B': case '\u200C': case '\u200D': case '\uFEFF': case '\u2060':
                return "";
            case '\u2026': return "...";
            case '\u00B0': return "\u00B0";
            case '\u2264': return "<=";
            case '\u2265': return ">=";
            default:
                break;
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\u00A0' || cp == '\u202F') {
            return " ";
        }
        int type = UCharacter.getType(cp);
        if (type == UCharacterCategory.CONTROL || type == UCharacterCategory.FORMAT) {
            return "";
        }
        String decomposed = NFKD.normalize(new String(Character.toChars(cp)));
        StringBuilder sb = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> {
            int t = UCharacter.getType(c);
            if (t == UCharacterCategory.NON_SPACING_MARK || t == UCharacterCategory.ENCLOSING_MARK
                    || t == UCharacterCategory.COMBINING_SPACING_MARK) {
                return;
            }
            if (c == '\u0153' || c == '\u0152') {
                sb.append("oe");
                return;
            }
            if (c == '\u2019') {
                sb.append('\'');
                return;
            }
            sb.append(UCharacter.toLowerCase(Locale.ROOT, new String(Character.toChars(c))));
        });
        String s = sb.toString();
        if (s.isBlank()) {
            return s.isEmpty() ? "" : " ";
        }
        return s;
    }
}
