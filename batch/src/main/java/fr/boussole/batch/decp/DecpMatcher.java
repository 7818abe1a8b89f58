package fr.boussole.batch.decp;

import fr.boussole.segmenter.FrenchNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the DECP record of a tender. First by identifier: the DECP id given for the tender (input list column),
 * else the tender id itself when it is a DECP id. Else by object: both objects are folded (case, accents,
 * ligatures), cut into words, stripped of French stop words and of words every procurement object uses
 * ("marché", "prestations", "lot"…); the record whose word set has the highest Jaccard index with the tender's
 * ({@code |A∩B| / |A∪B|}) wins if it reaches the threshold (0.5 by default: half the words in common). A second
 * record within 0.02 of the best makes the match ambiguous (still reported, flagged).
 */
public final class DecpMatcher {

    /** How a tender was matched. */
    public record Match(DecpRecord record, String method, double score, boolean ambiguous) {
        public boolean byId() {
            return "identifiant".equals(method);
        }
    }

    private static final Set<String> STOP = Set.of("le", "la", "les", "l", "de", "des", "du", "d", "et", "en", "a",
            "au", "aux", "pour", "par", "sur", "un", "une", "dans", "avec", "ou", "sous", "son", "sa", "ses", "leur",
            "leurs", "ce", "ces", "cette", "qui", "que", "n", "no", "numero", "marche", "marches", "accord", "cadre",
            "accord-cadre", "lot", "lots", "prestation", "prestations", "relatif", "relative", "relatifs",
            "relatives", "objet", "consultation", "mise", "oeuvre", "besoins", "service", "services", "public",
            "publics", "publique", "publiques");

    /** Posting lists longer than this are not used to find candidates (their words are everywhere). */
    private static final int MAX_POSTING = 50_000;

    private final List<DecpRecord> records;
    private final Map<String, Integer> byId = new HashMap<>();
    private final List<String[]> tokens = new ArrayList<>();
    private final Map<String, int[]> postings = new HashMap<>();
    private final double threshold;

    public DecpMatcher(List<DecpRecord> records, double threshold) {
        this.records = List.copyOf(records);
        this.threshold = threshold;
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < this.records.size(); i++) {
            DecpRecord r = this.records.get(i);
            byId.putIfAbsent(normId(r.id()), i);
            String[] t = tokens(r.object()).toArray(new String[0]);
            tokens.add(t);
            for (String w : t) {
                lists.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        lists.forEach((w, l) -> postings.put(w, l.stream().mapToInt(Integer::intValue).toArray()));
    }

    public double threshold() {
        return threshold;
    }

    /** The match of a tender, or null. */
    public Match match(String tenderId, String decpId, String object) {
        if (decpId != null) {
            Integer i = byId.get(normId(decpId));
            if (i != null) {
                return new Match(records.get(i), "identifiant", 1.0, false);
            }
        }
        if (tenderId != null) {
            Integer i = byId.get(normId(tenderId));
            if (i != null) {
                return new Match(records.get(i), "identifiant", 1.0, false);
            }
        }
        if (object == null) {
            return null;
        }
        Set<String> a = tokens(object);
        if (a.isEmpty()) {
            return null;
        }
        Map<Integer, Integer> shared = new HashMap<>();
        for (String w : a) {
            int[] post = postings.get(w);
            if (post != null && post.length <= MAX_POSTING) {
                for (int i : post) {
                    shared.merge(i, 1, Integer::sum);
                }
            }
        }
        int best = -1;
        double bestScore = -1;
        double second = -1;
        for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
            int inter = e.getValue();
            double j = (double) inter / (a.size() + tokens.get(e.getKey()).length - inter);
            if (j > bestScore) {
                second = bestScore;
                bestScore = j;
                best = e.getKey();
            } else if (j > second) {
                second = j;
            }
        }
        if (best < 0 || bestScore < threshold) {
            return null;
        }
        return new Match(records.get(best), "objet", bestScore, second >= bestScore - 0.02);
    }

    /** Folded content words of a text, in order, without duplicates. */
    public static Set<String> tokens(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        String folded = FrenchNormalizer.normalize(text).toLowerCase(Locale.ROOT);
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty() || STOP.contains(w) || (w.length() < 3 && !w.chars().allMatch(Character::isDigit))) {
                continue;
            }
            out.add(w);
        }
        return out;
    }

    /** Jaccard index of two texts' word sets (exposed for tests and documentation). */
    public static double jaccard(String x, String y) {
        Set<String> a = tokens(x);
        Set<String> b = tokens(y);
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        long inter = a.stream().filter(b::contains).count();
        return (double) inter / (a.size() + b.size() - inter);
    }

    private static String normId(String id) {
        return id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "DecpMatcher" + Arrays.asList(records.size(), threshold);
    }
}
