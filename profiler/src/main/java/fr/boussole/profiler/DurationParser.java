package fr.boussole.profiler;

import fr.boussole.model.Clause;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the duration of the contract as written and, when the words allow it, the maximal total in
 * months: "12 mois … reconductible 3 fois pour la même période, soit un maximum de 48 mois" → 48,
 * "période de 3 ans reconductible une fois" → 72, "un an renouvelable 3 fois par périodes d'un an" → 48.
 * The validity of offers, execution delays of a tranche, warranties and notice periods are not the
 * contract's duration.
 */
public final class DurationParser {

    /** Duration as written and the total in months (null when not computable). */
    public record Duration(String text, Integer months) {
    }

    private static final String N = "(" + FrenchNumbers.COUNT_RX + ")\\s*(?:\\([^)]{0,12}\\)\\s*)?";
    private static final String UNIT = "(mois|ans?|annees?)\\b";

    private static final Pattern ANCHOR = Pattern.compile(
            "(?:conclue?|passee?|etablie?|valable|engage)\\s+pour\\s+(?:une\\s+)?(?:duree|periode|an|un an|\\d)"
                    + "|\\b(?:a|aura)\\s+une\\s+duree|\\bduree\\s+(?:du marche|de l'accord-cadre|du contrat|initiale|ferme|globale|totale"
                    + "|de validite du marche|d'execution du marche|de l'accord cadre)|pour une (?:duree|periode) (?:initiale |ferme )?(?:de|d')"
                    + "|\\bduree\\s*:");
    private static final Pattern EXCLUDE = Pattern.compile(
            "validite des offres|delai de validite|garantie|delai de paiement|\\btranche|preavis|delai global|delai d'execution"
                    + "|conservation|archivage");
    private static final Pattern INITIAL = Pattern.compile(
            "(?<!par )(?:duree|periode)\\s+(?:initiale\\s+|ferme\\s+|de base\\s+)?(?:de\\s+|d'|:\\s*)?" + N + UNIT
                    + "|pour\\s+(?:une\\s+duree\\s+de\\s+)?" + N + UNIT + "|^" + N + UNIT);
    private static final Pattern TOTAL = Pattern.compile(
            "(?:soit|pour)\\s+(?:une\\s+duree\\s+(?:totale\\s+|globale\\s+)?(?:maximale|maximum)\\s+de|un\\s+maximum\\s+de"
                    + "|une\\s+duree\\s+(?:totale|globale)\\s+de|une\\s+duree\\s+maximale\\s+(?:totale\\s+)?de)\\s+" + N + UNIT
                    + "|(?:ne\\s+(?:peut|pourra|puisse|saurait)\\s+(?:pas\\s+)?exceder|n'excedera\\s+pas|dans\\s+la\\s+limite\\s+de"
                    + "|sans\\s+(?:pouvoir\\s+)?exceder)\\s+" + N + UNIT
                    + "|duree\\s+(?:totale|maximale|globale)(?:\\s+du marche|\\s+de l'accord-cadre)?[^.\\d]{0,40}?" + N + UNIT);
    private static final Pattern RENEWALS = Pattern.compile(
            "(?:reconductible|renouvelable|reconduite?|renouvelee?|reconductions?|renouvellements?)[^.]{0,50}?\\b" + N
                    + "(?:fois|reprises?)\\b|\\b" + N + "(?:reconductions?|renouvellements?)\\b");
    private static final Pattern RENEWAL_PERIOD = Pattern.compile(
            "par\\s+(?:periodes?|reconductions?)\\s+(?:successives?\\s+)?(?:de\\s+|d')\\s*" + N + UNIT
                    + "|(?:reconductible|renouvelable)\\s+(?:par\\s+periodes?\\s+de\\s+)?" + N + UNIT);
    private static final Pattern SAME_PERIOD = Pattern.compile(
            "(?:pour|par)\\s+(?:la|une)\\s+(?:meme\\s+periode|periode\\s+(?:identique|equivalente)|duree\\s+identique)");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[a-z0-9)])[.;]\\s+");

    /** The duration, or null when no clause states it. */
    public Found<Duration> parse(List<Clause> clauses) {
        for (Clause c : clauses) {
            if (Texts.nonBinding(c)) {
                continue;
            }
            String flat = c.text().replaceAll("\\s+", " ").strip();
            String n = Texts.fold(flat);
            if (n.length() != flat.length()) {
                flat = n; // quote folded text rather than misplaced original text (rare: ligatures)
            }
            boolean durationHeading = c.headings().stream().anyMatch(h -> Texts.fold(h).matches(".*\\bduree\\b.*"))
                    || Texts.fold(c.text()).startsWith("duree");
            List<int[]> sentences = sentences(n);
            for (int s = 0; s < sentences.size(); s++) {
                String sn = n.substring(sentences.get(s)[0], sentences.get(s)[1]);
                if (EXCLUDE.matcher(sn).find() && !sn.matches(".*\\b(?:marche|accord-cadre|contrat)\\b.*")) {
                    continue;
                }
                boolean anchored = ANCHOR.matcher(sn).find();
                boolean initial = INITIAL.matcher(sn).find();
                if (!(anchored && (initial || sn.matches(".*\\b(?:reconduct|renouvel).*")) || durationHeading && initial)) {
                    continue;
                }
                if (EXCLUDE.matcher(sn).find() && !anchored) {
                    continue;
                }
                // this sentence and the next one often carry the renewals and the total
                int last = Math.min(sentences.size() - 1, s + 1);
                String span = n.substring(sentences.get(s)[0], sentences.get(last)[1]);
                String next = n.substring(sentences.get(last)[0], sentences.get(last)[1]);
                if (last > s && !next.matches(".*\\b(?:reconduct|reconduit|renouvel|soit|maxim|total).*")) {
                    last = s;
                    span = sn;
                }
                String text = flat.substring(sentences.get(s)[0], sentences.get(last)[1]).strip()
                        .replaceFirst("^[§•*·\\-–\\s]+", "");
                return new Found<>(new Duration(text, months(span)), c, text);
            }
        }
        return null;
    }

    /** Total maximal months from the words of one or two sentences, or null. */
    static Integer months(String n) {
        Matcher t = TOTAL.matcher(n);
        if (t.find()) {
            Integer v = monthsOf(t);
            if (v != null) {
                return v;
            }
        }
        Matcher i = INITIAL.matcher(n);
        if (!i.find()) {
            return null;
        }
        Integer initial = monthsOf(i);
        if (initial == null) {
            return null;
        }
        Matcher r = RENEWALS.matcher(n);
        if (!r.find()) {
            if (n.matches(".*\\b(?:reconductible|renouvelable|reconduction|tacitement)\\b.*")) {
                return null; // renewable, but how many times is not said
            }
            return initial;
        }
        Integer times = FrenchNumbers.count(r.group(1) != null ? r.group(1) : r.group(2));
        if (times == null) {
            return null;
        }
        Integer period = initial;
        Matcher p = RENEWAL_PERIOD.matcher(n);
        if (p.find() && !SAME_PERIOD.matcher(n).find()) {
            period = monthsOf(p);
        }
        return period == null ? null : initial + times * period;
    }

    /** Months from the first (count, unit) pair of groups that matched. */
    private static Integer monthsOf(Matcher m) {
        for (int g = 1; g + 1 <= m.groupCount(); g += 2) {
            if (m.group(g) != null && m.group(g + 1) != null) {
                Integer v = FrenchNumbers.count(m.group(g));
                if (v == null) {
                    return null;
                }
                return m.group(g + 1).startsWith("mois") ? v : v * 12;
            }
        }
        return null;
    }

    private static List<int[]> sentences(String n) {
        List<int[]> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(n);
        int from = 0;
        while (m.find()) {
            out.add(new int[] {from, m.start() + 1});
            from = m.end();
        }
        if (from < n.length()) {
            out.add(new int[] {from, n.length()});
        }
        return out;
    }
}
