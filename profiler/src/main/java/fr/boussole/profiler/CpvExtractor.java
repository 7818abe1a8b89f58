package fr.boussole.profiler;

import fr.boussole.model.Clause;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CPV codes (Common Procurement Vocabulary, regulation (EC) 213/2008): 8 digits with an optional
 * check digit ({@code 72600000-6}). A code counts only in a CPV context — the clause or its heading
 * speaks of "CPV", "nomenclature" or "vocabulaire commun", or a CPV table runs on from such a clause —
 * and only when its first two digits are a real CPV division, so phone numbers, amounts and
 * references are left alone.
 */
public final class CpvExtractor {

    /** The 45 divisions of the CPV 2008 main vocabulary. */
    private static final Set<String> DIVISIONS = Set.of(
            "03", "09", "14", "15", "16", "18", "19", "22", "24", "30", "31", "32", "33", "34", "35", "37", "38",
            "39", "41", "42", "43", "44", "45", "48", "50", "51", "55", "60", "63", "64", "65", "66", "70", "71",
            "72", "73", "75", "76", "77", "79", "80", "85", "90", "92", "98");

    private static final Pattern CONTEXT = Pattern.compile(
            "\\bcpv\\b|\\bnomenclature\\b|vocabulaire commun|classification (?:principale|complementaire|cpv)"
                    + "|code[s]? (?:de )?(?:la )?classification");
    private static final Pattern CODE = Pattern.compile(
            "(?<![\\d.,/-])(\\d{8})(?:\\s*-\\s*(\\d))?(?![\\d]|[.,]\\d|\\s*(?:€|eur\\b|euros?\\b|%))");
    private static final Pattern PHONE_BEFORE = Pattern.compile(
            "(?:tel|telephone|fax|portable|siret|siren|tva|iban|rib|n° de compte|dossier n°)\\W{0,6}$");
    private static final int WINDOW = 8;

    /** CPV codes in reading order, each once, with the clause it was read in. */
    public List<Found<String>> extract(List<Clause> clauses) {
        List<Found<String>> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int window = 0;
        for (Clause c : clauses) {
            if (Texts.nonBinding(c)) {
                continue;
            }
            String n = c.normText() != null ? c.normText() : Texts.fold(c.text());
            boolean context = CONTEXT.matcher(n).find()
                    || c.headings().stream().anyMatch(h -> CONTEXT.matcher(Texts.fold(h)).find());
            if (context) {
                window = WINDOW;
            } else if (c.kind() == fr.boussole.model.ClauseKind.HEADING) {
                window = 0; // a new section: the CPV table is over
            } else if (window > 0) {
                window--;
            }
            if (!context && window == 0) {
                continue;
            }
            boolean any = false;
            Matcher m = CODE.matcher(n);
            while (m.find()) {
                String code = m.group(1);
                String before = n.substring(Math.max(0, m.start() - 25), m.start());
                if (!DIVISIONS.contains(code.substring(0, 2)) || PHONE_BEFORE.matcher(before).find()) {
                    continue;
                }
                any = true;
                if (seen.add(code)) {
                    out.add(new Found<>(code, c, quoteAround(c.text(), code)));
                }
            }
            if (any) {
                window = WINDOW;
            }
        }
        return out;
    }

    private static String quoteAround(String text, String code) {
        for (String line : text.split("\\R")) {
            if (line.contains(code)) {
                return line;
            }
        }
        return text;
    }
}
