package fr.boussole.matcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.boussole.model.ClauseContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Generic French context rules, loaded from {@code context-fr.yaml}: negation, questions, non-binding places,
 * other-sense traps and the modality of a sentence. Applied once to every hit, whatever the criterion.
 * Immutable and thread-safe.
 */
public final class ContextRules {

    public static final String FRENCH_RESOURCE = "/fr/boussole/matcher/context-fr.yaml";

    private static volatile ContextRules french;

    /** A negation cue. */
    record Cue(String id, String label, Pattern pattern, int maxTokens, boolean restrictable) {
    }

    /** A global other-sense trap. */
    public record Trap(String id, String reason, Pattern pattern) {
    }

    /** What the context says about one match. */
    public record Judgement(IgnoreKind kind, String reason, Modality modality) {
        public boolean counted() {
            return kind == null;
        }
    }

    private final List<Pattern> scopeBreakers;
    private final List<Cue> before;
    private final List<Cue> after;
    private final Pattern restriction;
    private final int maxTokensBefore;
    private final int maxTokensAfter;
    private final String questionReason;
    private final String questionnaireReason;
    private final Map<ClauseContext, String> contexts;
    private final List<Trap> traps;
    private final List<Pattern> tocLines;
    private final List<Pattern> binding;
    private final List<Pattern> optional;
    private final List<Pattern> weakOptional;
    private final List<Pattern> conditionalSections;
    private final List<Pattern> modalityPatterns;
    private final List<Pattern> beforeCuePatterns;
    private final List<Pattern> afterCuePatterns;
    private final int version;

    private ContextRules(JsonNode root, String name) {
        this.version = root.path("version").asInt(1);
        this.scopeBreakers = patterns(root.path("scopeBreakers"), name);
        JsonNode neg = root.path("negation");
        this.maxTokensBefore = neg.path("maxTokensBefore").asInt(8);
        this.maxTokensAfter = neg.path("maxTokensAfter").asInt(6);
        this.restriction = compile(neg.path("restriction").asText("^\\s*(?:\\S+\\s){0,3}?que\\b"), name);
        this.before = cues(neg.path("before"), maxTokensBefore, name);
        this.after = cues(neg.path("after"), maxTokensAfter, name);
        JsonNode q = root.path("questions");
        this.questionReason = q.path("reason").asText("posé seulement comme une question");
        this.questionnaireReason = q.path("questionnaireReason").asText(questionReason);
        this.contexts = new EnumMap<>(ClauseContext.class);
        root.path("contexts").fields().forEachRemaining(e ->
                contexts.put(ClauseContext.fromCode(e.getKey()), e.getValue().asText()));
        this.traps = new ArrayList<>();
        for (JsonNode t : root.path("traps")) {
            traps.add(new Trap(t.path("id").asText(), t.path("reason").asText(), compile(t.path("pattern").asText(), name)));
        }
        this.tocLines = patterns(root.path("tocLines"), name);
        this.binding = patterns(root.path("modality").path("binding"), name);
        this.optional = patterns(root.path("modality").path("optional"), name);
        this.weakOptional = patterns(root.path("modality").path("weakOptional"), name);
        this.conditionalSections = patterns(root.path("conditionalSections"), name);
        List<Pattern> mp = new ArrayList<>(binding);
        mp.addAll(optional);
        this.modalityPatterns = List.copyOf(mp);
        this.beforeCuePatterns = before.stream().map(Cue::pattern).toList();
        this.afterCuePatterns = after.stream().map(Cue::pattern).toList();
    }

    /** The built-in French rules (cached). */
    public static ContextRules french() {
        ContextRules r = french;
        if (r == null) {
            synchronized (ContextRules.class) {
                if (french == null) {
                    try (InputStream in = ContextRules.class.getResourceAsStream(FRENCH_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("ressource introuvable : " + FRENCH_RESOURCE);
                        }
                        french = load(in, FRENCH_RESOURCE);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                r = french;
            }
        }
        return r;
    }

    /** Loads rules from a YAML stream (same shape as {@code context-fr.yaml}). */
    public static ContextRules load(InputStream yaml, String name) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        return new ContextRules(root, name);
    }

    public int version() {
        return version;
    }

    public List<Trap> traps() {
        return traps;
    }

    /** True when the normalised clause text looks like a table-of-contents line (dot leaders, page number). */
    public boolean looksLikeTocLine(String norm) {
        for (Pattern p : tocLines) {
            if (p.matcher(norm).find()) {
                return true;
            }
        }
        return false;
    }

    /** French reason for a non-binding place, or null when the clause sits nowhere special. */
    public String contextReason(java.util.Set<ClauseContext> clauseContexts) {
        for (Map.Entry<ClauseContext, String> e : contexts.entrySet()) {
            if (clauseContexts.contains(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    public String questionReason() {
        return questionReason;
    }

    public String questionnaireReason() {
        return questionnaireReason;
    }

    /**
     * Judges the negation and modality of a match {@code [hs, he)} inside the sentence {@code [ss, se)} of the
     * normalised text {@code norm}. Context, traps, antipatterns, sections and questions are checked by the
     * caller before.
     */
    /**
     * True when a section heading makes everything under it conditional: a conditional or optional
     * tranche, a "prestation supplémentaire éventuelle", a variant — the buyer may never order it.
     */
    public boolean conditionalSection(List<String> headings) {
        for (String h : headings) {
            String n = fr.boussole.segmenter.FrenchNormalizer.normalize(h);
            for (Pattern p : conditionalSections) {
                if (p.matcher(n).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * What the lead-in of a list ("Ces valeurs sont données à titre indicatif :", "Ne sont pas acceptés :")
     * says of every item under it: its modality, and whether it negates them.
     */
    public Judgement leadIn(String norm) {
        int n = norm.length();
        Modality m = modality(norm, 0, n, n, n);
        String neg = negatedBy(norm, 0, n, n, n);
        return neg == null ? new Judgement(null, null, m)
                : new Judgement(IgnoreKind.NEGATED, "liste introduite par une négation (« " + neg + " »)", m);
    }

    public Judgement negationAndModality(String norm, int ss, int se, int hs, int he, boolean negationIsPart) {
        return negationAndModality(norm, ss, se, hs, he, negationIsPart, null);
    }

    /**
     * Same, keeping in {@code memo} (made for this very {@code norm}) the cue matches of each region it scans, so
     * that other hits in the same sentence do not rescan it: the answer is the same as without a memo.
     */
    public Judgement negationAndModality(String norm, int ss, int se, int hs, int he, boolean negationIsPart,
                                         Memo memo) {
        if (memo != null && !memo.norm.equals(norm)) {
            throw new IllegalArgumentException("memo made for another text");
        }
        int scopeStart = memo == null ? scopeStart(norm, ss, hs)
                : memo.scopeStarts.computeIfAbsent(key(ss, hs), k -> scopeStart(norm, ss, hs));
        int scopeEnd = memo == null ? scopeEnd(norm, he, se)
                : memo.scopeEnds.computeIfAbsent(key(he, se), k -> scopeEnd(norm, he, se));
        Modality modality = modality(norm, scopeStart, scopeEnd, hs, he, memo);
        if (!negationIsPart) {
            String negation = negatedBy(norm, scopeStart, scopeEnd, hs, he, memo);
            if (negation != null) {
                return new Judgement(IgnoreKind.NEGATED, "mention niée (« " + negation + " »)", modality);
            }
        }
        return new Judgement(null, null, modality);
    }

    /** Cue matches kept for one normalised text (one clause), keyed by the region scanned. Not thread-safe. */
    public static final class Memo {
        private final String norm;
        private final Map<Long, Integer> scopeStarts = new HashMap<>();
        private final Map<Long, Integer> scopeEnds = new HashMap<>();
        private final Map<Long, int[][]> modalityCues = new HashMap<>();
        private final Map<Long, int[][]> beforeCues = new HashMap<>();
        private final Map<Long, int[][]> afterCues = new HashMap<>();

        public Memo(String norm) {
            this.norm = norm;
        }
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    private int scopeStart(String norm, int ss, int hs) {
        int scopeStart = ss;
        for (Pattern b : scopeBreakers) {
            Matcher m = region(b.matcher(norm), ss, hs);
            while (m.find()) {
                scopeStart = Math.max(scopeStart, m.end());
            }
        }
        return scopeStart;
    }

    private int scopeEnd(String norm, int he, int se) {
        int scopeEnd = se;
        for (Pattern b : scopeBreakers) {
            Matcher a = region(b.matcher(norm), he, se);
            if (a.find()) {
                scopeEnd = Math.min(scopeEnd, a.start());
            }
        }
        return scopeEnd;
    }

    /** For each pattern, the flat list start0, end0, start1, end1… of its matches in the region (all, or the first). */
    private static int[][] matches(List<Pattern> patterns, String norm, int from, int to, boolean all) {
        int[][] out = new int[patterns.size()][];
        for (int i = 0; i < out.length; i++) {
            Matcher m = region(patterns.get(i).matcher(norm), from, to);
            int[] spans = new int[4];
            int n = 0;
            while (m.find()) {
                if (n == spans.length) {
                    spans = java.util.Arrays.copyOf(spans, n * 2);
                }
                spans[n++] = m.start();
                spans[n++] = m.end();
                if (!all) {
                    break;
                }
            }
            out[i] = java.util.Arrays.copyOf(spans, n);
        }
        return out;
    }

    private static int[][] matches(List<Pattern> patterns, String norm, int from, int to, boolean all,
                                   Map<Long, int[][]> memo) {
        return memo == null ? matches(patterns, norm, from, to, all)
                : memo.computeIfAbsent(key(from, to), k -> matches(patterns, norm, from, to, all));
    }

    /** The label of the cue negating the match, or null. */
    String negatedBy(String norm, int scopeStart, int scopeEnd, int hs, int he) {
        return negatedBy(norm, scopeStart, scopeEnd, hs, he, null);
    }

    private String negatedBy(String norm, int scopeStart, int scopeEnd, int hs, int he, Memo memo) {
        // before: count cues (overlapping ones count once); odd → negated
        List<int[]> spans = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        int[][] beforeMatches = matches(beforeCuePatterns, norm, scopeStart, he, true,
                memo == null ? null : memo.beforeCues);
        for (int ci = 0; ci < before.size(); ci++) {
            Cue c = before.get(ci);
            // cues before the match, and inside it: a pattern spanning "les usagers ne disposent d'aucune
            // assistance" must not count (patterns that state a prohibition set negationIsPart)
            int[] found = beforeMatches[ci];
            for (int fi = 0; fi < found.length; fi += 2) {
                int mStart = found[fi];
                int mEnd = found[fi + 1];
                if (mEnd == mStart) {
                    continue;
                }
                if (mEnd <= hs && tokens(norm, mEnd, hs) > c.maxTokens) {
                    continue;
                }
                if (mEnd > hs && "sans".equals(c.label)) {
                    continue; // "sans colle ni soudure", "sans remplacer les équipements": a requirement, not a negation
                }
                int restrictFrom = mEnd;
                int restrictTo = Math.max(restrictFrom, Math.max(hs, Math.min(he, scopeEnd)));
                if (c.restrictable && region(restriction.matcher(norm), restrictFrom, restrictTo).lookingAt()) {
                    continue; // ne … que: a restriction
                }
                spans.add(new int[] {mStart, mEnd});
                labels.add(c.label);
            }
        }
        int count = 0;
        String lastLabel = null;
        if (!spans.isEmpty()) {
            Integer[] order = new Integer[spans.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (x, y) -> Integer.compare(spans.get(x)[0], spans.get(y)[0]));
            int curEnd = -1;
            for (Integer idx : order) {
                int[] s = spans.get(idx);
                if (s[0] >= curEnd) {
                    // "ni aucun …", "ni de …" coordinate with the negation before: not a second one
                    if (count % 2 == 1 && norm.substring(Math.max(0, s[0] - 3), s[0]).equals("ni ")) {
                        curEnd = s[1];
                        continue;
                    }
                    count++;
                    lastLabel = labels.get(idx);
                    curEnd = s[1];
                } else {
                    curEnd = Math.max(curEnd, s[1]);
                }
            }
        }
        if (count % 2 == 1) {
            return lastLabel;
        }
        if (count > 0) {
            return null; // double negation: the before-cues cancel out; an after-cue would make a triple
        }
        int[][] afterMatches = matches(afterCuePatterns, norm, he, scopeEnd, false,
                memo == null ? null : memo.afterCues);
        for (int ci = 0; ci < after.size(); ci++) {
            Cue c = after.get(ci);
            int[] m = afterMatches[ci];
            if (m.length > 0 && tokens(norm, he, m[0]) <= c.maxTokens) {
                return c.label;
            }
        }
        return null;
    }

    /**
     * Modality of a hit: the nearest cue before it in its sentence (a cue inside the match counts as
     * nearest), else the nearest after it, else neutral; on a tie the optional cue wins (a false
     * "binding" is the costly error). Weak optional cues ("possibilité", "autorisé", "accepté",
     * "éventuel") yield to a binding verb earlier in the sentence ("doivent offrir la possibilité de…"),
     * and a negated one is a prohibition, hence binding ("aucun emballage en polystyrène ne sera accepté").
     */
    Modality modality(String norm, int scopeStart, int scopeEnd, int hs, int he) {
        return modality(norm, scopeStart, scopeEnd, hs, he, null);
    }

    private Modality modality(String norm, int scopeStart, int scopeEnd, int hs, int he, Memo memo) {
        int[][] cues = matches(modalityPatterns, norm, scopeStart, scopeEnd, true,
                memo == null ? null : memo.modalityCues);
        int bestBefore = Integer.MAX_VALUE;
        Modality before = null;
        int[] beforeCue = null;
        int bestAfter = Integer.MAX_VALUE;
        Modality after = null;
        int[] afterCue = null;
        int firstBinding = Integer.MAX_VALUE;
        // binding patterns first, then optional ones (modalityPatterns keeps that order)
        for (int pi = 0; pi < cues.length; pi++) {
            Modality mod = pi < binding.size() ? Modality.BINDING : Modality.OPTIONAL;
            int[] found = cues[pi];
            for (int fi = 0; fi < found.length; fi += 2) {
                int mStart = found[fi];
                int mEnd = found[fi + 1];
                if (mod == Modality.BINDING) {
                    firstBinding = Math.min(firstBinding, mStart);
                }
                if (mStart < he && mEnd > hs) {
                    // a cue inside the match itself ("label exigé"): distance 0 before
                    if (0 < bestBefore || (0 == bestBefore && mod == Modality.OPTIONAL)) {
                        bestBefore = 0;
                        before = mod;
                        beforeCue = new int[] {mStart, mEnd};
                    }
                } else if (mEnd <= hs) {
                    int d = hs - mEnd;
                    if (d < bestBefore || (d == bestBefore && mod == Modality.OPTIONAL)) {
                        bestBefore = d;
                        before = mod;
                        beforeCue = new int[] {mStart, mEnd};
                    }
                } else if (mStart >= he) {
                    int d = mStart - he;
                    if (d < bestAfter) {
                        bestAfter = d;
                        after = mod;
                        afterCue = new int[] {mStart, mEnd};
                    }
                }
            }
        }
        Modality result = before != null ? before : after != null ? after : Modality.NEUTRAL;
        int[] cue = before != null ? beforeCue : afterCue;
        if (result == Modality.OPTIONAL && cue != null && isWeak(norm, cue[0], cue[1])) {
            if (firstBinding < cue[0] || negatedCue(norm, scopeStart, cue[0])) {
                return Modality.BINDING;
            }
        }
        if (result == Modality.OPTIONAL && cue != null && restrictiveCondition(norm, cue[0], cue[1], scopeEnd)) {
            // "la VA ne peut être prononcée que si …": a condition that binds, not a permission
            return Modality.BINDING;
        }
        if (result == Modality.OPTIONAL && cue != null && userSubject(norm, scopeStart, cue[0])) {
            // "l'usager peut désactiver les notifications": a feature the contractor must build
            return firstBinding < cue[0] ? Modality.BINDING : Modality.NEUTRAL;
        }
        return result;
    }

    private boolean isWeak(String norm, int start, int end) {
        String cue = norm.substring(start, end);
        for (Pattern p : weakOptional) {
            if (p.matcher(cue).matches()) {
                return true;
            }
        }
        return false;
    }

    /** "ne sera accepté", "n'est autorisé", "aucun … n'est admis": a negated permission is a prohibition. */
    private static boolean negatedCue(String norm, int scopeStart, int cueStart) {
        int from = Math.max(scopeStart, cueStart - 40);
        return NEGATED_PERMISSION.matcher(norm.substring(from, cueStart)).find();
    }

    /** "ne peut/pourra … que si / qu'après / qu'à": a permission restricted to a condition. */
    private static boolean restrictiveCondition(String norm, int cueStart, int cueEnd, int scopeEnd) {
        String cue = norm.substring(cueStart, cueEnd);
        if (!cue.startsWith("peu") && !cue.startsWith("pourr")) {
            return false;
        }
        String before = norm.substring(Math.max(0, cueStart - 4), cueStart);
        if (!before.endsWith("ne ") && !before.endsWith("n'")) {
            return false;
        }
        String after = norm.substring(cueEnd, Math.min(scopeEnd, cueEnd + 60));
        return RESTRICTION_AFTER.matcher(after).find();
    }

    private static final Pattern RESTRICTION_AFTER = Pattern.compile("\\bqu(?:e|')\\s*(?:si|lorsque|quand|apres|a |au |aux |une fois|sous)");

    /** The permission is given to the service's users, not to the contractor. */
    private static boolean userSubject(String norm, int scopeStart, int cueStart) {
        int from = Math.max(scopeStart, cueStart - 50);
        return USER_SUBJECT.matcher(norm.substring(from, cueStart)).find();
    }

    private static final Pattern USER_SUBJECT = Pattern.compile(
            "\\b(?:usagers?|utilisateurs?|utilisatrices?|internautes?|visiteurs?|abonnes?|lecteurs?|citoyens?|habitants?"
                    + "|agents?|administres?|personnes?|public|beneficiaires?)(?:\\s+\\S+){0,2}\\s+$");

    private static final Pattern NEGATED_PERMISSION = Pattern.compile(
            "(?:\\bne\\b|\\bn')(?:\\s*\\S+){0,3}\\s*$|\\bpas\\s*$|\\bnon\\s*$");

    /** Number of words in {@code [from, to)}. */
    static int tokens(String s, int from, int to) {
        int count = 0;
        boolean in = false;
        for (int i = Math.max(0, from); i < Math.min(to, s.length()); i++) {
            boolean space = s.charAt(i) == ' ';
            if (!space && !in) {
                count++;
            }
            in = !space;
        }
        return count;
    }

    static Matcher region(Matcher m, int from, int to) {
        int f = Math.max(0, Math.min(from, to));
        m.region(f, Math.max(f, to));
        m.useTransparentBounds(true);
        m.useAnchoringBounds(true);
        return m;
    }

    private static List<Cue> cues(JsonNode list, int defaultMax, String name) {
        List<Cue> out = new ArrayList<>();
        for (JsonNode c : list) {
            String id = c.path("id").asText();
            out.add(new Cue(id, c.path("label").asText(id), compile(c.path("pattern").asText(), name),
                    c.path("maxTokens").asInt(defaultMax), c.path("restrictable").asBoolean(false)));
        }
        return out;
    }

    private static List<Pattern> patterns(JsonNode list, String name) {
        List<Pattern> out = new ArrayList<>();
        for (JsonNode p : list) {
            out.add(compile(p.asText(), name));
        }
        return out;
    }

    private static Pattern compile(String regex, String name) {
        try {
            return PatternFolder.compileFolded(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s : motif invalide « %s » : %s", name, regex, e.getDescription()), e);
        }
    }
}
