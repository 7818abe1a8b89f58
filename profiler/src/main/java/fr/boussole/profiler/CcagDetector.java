package fr.boussole.profiler;

import fr.boussole.model.Clause;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the CCAG (cahiers des clauses administratives générales, arrêtés du 30 mars 2021) a tender refers
 * to: TIC, FCS, PI, Travaux, MI, MOE — by abbreviation ("CCAG-TIC", "CCAG/FCS", "CCAG PI") or by full
 * title ("cahier des clauses administratives générales applicables aux marchés publics de techniques de
 * l'information et de la communication").
 */
public final class CcagDetector {

    private static final Pattern ABBREVIATION = Pattern.compile(
            "\\bc\\.?c\\.?a\\.?g\\.?\\s*[-/ ]?\\s*(tic|fcs|f\\.c\\.s|pi|p\\.i|travaux|mi|m\\.i|moe|m\\.o\\.e)(?![a-z])");
    private static final Pattern TITLE = Pattern.compile(
            "(?:\\bc\\.?c\\.?a\\.?g\\b|cahier des clauses administratives generales)[^;]{0,90}?"
                    + "(techniques de l'information et de (?:la )?communication|fournitures courantes et (?:de )?services"
                    + "|prestations intellectuelles|marches (?:publics )?de travaux|\\btravaux\\b|marches industriels|maitrise d'oeuvre)");

    /** CCAG codes in order of first mention: "TIC", "FCS", "PI", "Travaux", "MI", "MOE". */
    public List<Found<String>> detect(List<Clause> clauses) {
        List<Found<String>> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Clause c : clauses) {
            if (Texts.nonBinding(c)) {
                continue;
            }
            String n = c.normText() != null ? c.normText() : Texts.fold(c.text());
            List<int[]> hits = new ArrayList<>();
            collect(ABBREVIATION.matcher(n), hits);
            collect(TITLE.matcher(n), hits);
            hits.sort((a, b) -> Integer.compare(a[0], b[0]));
            for (int[] h : hits) {
                String code = code(n.substring(h[1], h[2]));
                if (code != null && seen.add(code)) {
                    out.add(new Found<>(code, c, around(c.text(), code)));
                }
            }
        }
        return out;
    }

    private static void collect(Matcher m, List<int[]> hits) {
        while (m.find()) {
            hits.add(new int[] {m.start(), m.start(1), m.end(1)});
        }
    }

    private static String code(String g) {
        String t = g.replace(".", "");
        if (t.startsWith("tic") || t.startsWith("techniques")) {
            return "TIC";
        }
        if (t.startsWith("fcs") || t.startsWith("fournitures")) {
            return "FCS";
        }
        if (t.startsWith("pi") || t.startsWith("prestations")) {
            return "PI";
        }
        if (t.startsWith("travaux") || t.startsWith("marches publics de travaux") || t.startsWith("marches de travaux")) {
            return "Travaux";
        }
        if (t.startsWith("mi") || t.startsWith("marches industriels")) {
            return "MI";
        }
        if (t.startsWith("moe") || t.startsWith("maitrise")) {
            return "MOE";
        }
        return null;
    }

    /** The sentence of the clause that names the CCAG, short. */
    private static String around(String text, String code) {
        String flat = text.replaceAll("\\s+", " ");
        String f = Texts.fold(flat);
        int at = f.indexOf("ccag");
        if (at < 0) {
            at = f.indexOf("c.c.a.g");
        }
        if (at < 0) {
            at = f.indexOf("clauses administratives generales");
        }
        if (at < 0 || f.length() != flat.length()) {
            return flat;
        }
        int from = Math.max(0, flat.lastIndexOf(". ", at) + 1);
        int to = flat.indexOf(". ", at);
        return flat.substring(from, to < 0 ? flat.length() : to + 1).strip();
    }
}
