package fr.boussole.profiler;

import fr.boussole.model.Amount;
import fr.boussole.model.Clause;
import fr.boussole.segmenter.FrenchNormalizer;
import fr.boussole.segmenter.NormalizedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the estimated, maximum or budget amount of the contract: "montant estimatif : 150 000 € HT",
 * "Enveloppe maximale annuelle : 270 000 € TTC/an (TVA 20 % soit 225 000 € HT/an)", "maximum de
 * 1,5 M€ HT sur la durée du marché". Amounts about penalties, subcontracting, insurance, guarantees
 * or advances are not the contract's amount and are left aside. HT is preferred to TTC in the same
 * sentence (thresholds are HT).
 */
public final class AmountExtractor {

    private static final Pattern MONEY = Pattern.compile(
            "(?<![\\d,.])(" + FrenchNumbers.NUMBER_RX + ")\\s*(k|m|millions? d'|milliers? d')?\\s*(?:€|eur\\b|euros?\\b)"
                    + "(?:\\s*(?:\\(|,)?\\s*(h\\.?\\s?t\\.?|hors taxes?|t\\.?t\\.?c\\.?|toutes taxes comprises)(?![a-z]))?"
                    + "(\\s*(?:/\\s*an\\b|par an\\b|par annee\\b|annuel))?");
    private static final Pattern ABOUT_CONTRACT = Pattern.compile(
            "\\b(?:marche|accord-cadre|accord cadre|consultation|contrat|prestations|commandes?|annuel\\w*|global\\w*|total\\w*"
                    + "|operation|montant|valeur|alloue|projet|duree)\\b");
    private static final Pattern NOT_CONTRACT = Pattern.compile(
            "penalit|sous-trait|capital|assurance|garantie|avance|retenue|indemnit|frais|amende|caution|remise en etat"
                    + "|chiffre d'affaires|\\bseuil|inferieur a|superieur a|au-dela");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[a-z)])[.;!?]\\s+|\\s+-\\s+(?=[a-z])");
    private static final Pattern PER_YEAR_WORDS = Pattern.compile("\\bannuel\\w*|par an\\b|/an\\b|chaque annee|par annee");

    private record Candidate(Amount amount, int rank, Clause clause, String quote) {
    }

    /** The amount of the contract, or null. */
    public Found<Amount> extract(List<Clause> clauses) {
        Candidate best = null;
        for (Clause c : clauses) {
            if (Texts.nonBinding(c)) {
                continue;
            }
            NormalizedText map = FrenchNormalizer.map(c.text());
            String all = map.text();
            if (!all.contains("€") && !all.contains("euro") && !all.contains("eur ")) {
                continue;
            }
            Matcher sm = SENTENCE_END.matcher(all);
            int from = 0;
            List<int[]> sentences = new ArrayList<>();
            while (sm.find()) {
                sentences.add(new int[] {from, sm.start()});
                from = sm.end();
            }
            sentences.add(new int[] {from, all.length()});
            for (int[] span : sentences) {
                String n = all.substring(span[0], span[1]);
                Candidate cand = candidate(n, c, c.text().substring(map.originalStart(span[0]), map.originalEnd(span[1])));
                if (cand != null && (best == null || cand.rank < best.rank)) {
                    best = cand;
                }
            }
        }
        return best == null ? null : new Found<>(best.amount, best.clause, best.quote);
    }

    private Candidate candidate(String n, Clause c, String quote) {
        if (!n.contains("€") && !n.contains("euro") && !n.contains("eur ")) {
            return null;
        }
        String kind = kind(n);
        if (kind == null || NOT_CONTRACT.matcher(n).find() || !ABOUT_CONTRACT.matcher(n).find()) {
            return null;
        }
        List<Amount> amounts = new ArrayList<>();
        Matcher m = MONEY.matcher(n);
        while (m.find()) {
            BigDecimal v = FrenchNumbers.decimal(m.group(1));
            if (v == null) {
                continue;
            }
            if (m.group(2) != null) {
                v = v.multiply(m.group(2).startsWith("k") || m.group(2).startsWith("millier")
                        ? BigDecimal.valueOf(1000) : BigDecimal.valueOf(1_000_000));
            }
            if (v.compareTo(BigDecimal.valueOf(1000)) < 0) {
                continue; // unit prices and small sums are not a contract's amount
            }
            String tax = tax(m.group(3));
            boolean perYear = m.group(4) != null && !m.group(4).isBlank()
                    || PER_YEAR_WORDS.matcher(n.substring(Math.max(0, m.start() - 60), m.start())).find();
            amounts.add(new Amount(v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros(), tax,
                    kind, perYear));
        }
        if (amounts.isEmpty()) {
            return null;
        }
        Amount chosen = amounts.stream().filter(a -> "HT".equals(a.tax())).findFirst().orElse(amounts.get(0));
        return new Candidate(chosen, order(kind), c, quote);
    }

    private static int order(String kind) {
        return switch (kind) {
            case "estimation" -> 0;
            case "maximum" -> 1;
            case "budget" -> 2;
            default -> 3;
        };
    }

    /** Kind of amount a sentence speaks of; an adjective "maximal" qualifies a "budget" or an "enveloppe". */
    private static String kind(String n) {
        boolean estimated = n.matches(".*\\bestim\\w*.*");
        boolean maximum = n.matches(".*\\b(?:maxim|plafond)\\w*.*");
        boolean budget = n.matches(".*\\b(?:budget|enveloppe|credits)\\w*.*");
        boolean forecast = n.matches(".*\\b(?:previsionnel|evalue)\\w*.*");
        boolean minimum = n.matches(".*\\bminim\\w*.*");
        if (estimated) {
            return "estimation";
        }
        if (maximum) {
            return "maximum";
        }
        if (budget) {
            return "budget";
        }
        if (forecast) {
            return "estimation";
        }
        return minimum ? "minimum" : null;
    }

    private static String tax(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replaceAll("[.\\s]", "");
        return t.startsWith("h") ? "HT" : "TTC";
    }
}
