package fr.boussole.matcher;

import fr.boussole.model.Clause;
import fr.boussole.model.ClauseContext;
import fr.boussole.model.Span;
import fr.boussole.model.Tender;
import fr.boussole.segmenter.FrenchNormalizer;
import fr.boussole.segmenter.NormalizedText;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.ahocorasick.trie.Trie;

/**
 * Pre-matches every signal of every criterion over clauses, once. Built once from all signal specs:
 * patterns are folded ({@link PatternFolder}) and compiled with {@code (?U)}; an Aho–Corasick automaton over
 * the keywords of all patterns selects, per clause, the few patterns worth running, so the cost does not grow
 * as rules × clauses. Each match then goes through the generic {@link ContextRules} (context, other-sense traps,
 * the signal's antipatterns and sections, questions, negation, modality).
 *
 * <p>Immutable and thread-safe once built.
 */
public final class SignalMatcher {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[  .]\\d{3})*(?:[,.]\\d+)?");
    private static final int MAX_SENTENCE_QUOTE = 300;

    private final ContextRules context;
    private final List<CompiledSignal> signals = new ArrayList<>();
    private final List<CompiledPattern> patterns = new ArrayList<>();
    private final Trie trie;
    /** Trie keyword → its id; by id, the patterns it selects. */
    private final Map<String, Integer> keywordIds;
    private final int[][] keywordTargets;
    /** By pattern, the ids of its {@code alsoRequired} sets; by set id, its keyword ids (identical sets share one). */
    private final int[][] alsoRequiredSets;
    private final int[][] requiredSetKeywords;
    private final int[] alwaysRun;
    /** Number of distinct regexes: patterns with the same source (and case mode) share one. */
    private final int uniqueRegexes;
    private final LongAdder clausesSeen = new LongAdder();
    private final LongAdder regexRuns = new LongAdder();

    /**
     * {@code alsoRequired}: the other OR-sets of literals every match contains ({@link KeywordExtractor#requiredSets}):
     * a clause selected by {@code keywords} but lacking one of these sets cannot match, so the regex is not run.
     * {@code unique}: index of the distinct regex this pattern shares with every pattern of the same source (a
     * pack's named context is one signal of each criterion naming it; copies of a phrase across criteria): it runs
     * once per clause and its matches serve all of them.
     */
    private record CompiledPattern(int signal, int index, String source, Pattern regex, boolean caseSensitive,
                                   boolean groupN, List<String> keywords, int unique, List<Set<String>> alsoRequired) {
    }

    /** One match of a distinct regex in a clause (normalised span, number it carries). */
    private record RawMatch(int ns, int ne, Double number) {
    }

    private record CompiledSignal(SignalSpec spec, List<Pattern> antipatterns, List<Pattern> sections,
                                  boolean explicitKeywords) {
    }

    /** What the matcher derived for one signal (for lint and explain). */
    public record SignalInfo(String criterionId, String signalId, List<List<String>> keywordsPerPattern,
                             boolean explicitKeywords, List<Integer> alwaysRunPatterns) {
        /** True when at least one pattern runs on every clause (no keyword could be derived). */
        public boolean alwaysRuns() {
            return !alwaysRunPatterns.isEmpty();
        }
    }

    /** criterion/signal ids whose patterns state a prohibition themselves. */
    private final java.util.Set<String> negationIsPart = new java.util.HashSet<>();

    private SignalMatcher(Collection<SignalSpec> specs, ContextRules context) {
        this.context = context;
        for (SignalSpec spec : specs) {
            if (spec.negationIsPart()) {
                negationIsPart.add(spec.criterionId() + "/" + spec.signalId());
            }
        }
        Map<String, List<Integer>> targets = new LinkedHashMap<>();
        List<Integer> always = new ArrayList<>();
        // same source → same compiled regex (antipatterns and sections too: their results are cached per clause)
        Map<String, Pattern> compiled = new HashMap<>();
        Map<String, Integer> uniques = new HashMap<>();
        Set<String> extraKeywords = new LinkedHashSet<>();
        for (SignalSpec spec : specs) {
            int si = signals.size();
            List<Pattern> anti = new ArrayList<>();
            for (String a : spec.antipatterns()) {
                anti.add(compiled.computeIfAbsent("a:" + a, k -> compile(spec, a, "anti-motif")));
            }
            List<Pattern> sections = new ArrayList<>();
            for (String s : spec.sections()) {
                sections.add(compiled.computeIfAbsent("s:" + s, k -> compile(spec, s, "section")));
            }
            List<String> explicit = new ArrayList<>();
            for (String k : spec.keywords()) {
                String f = FrenchNormalizer.normalize(k);
                if (!f.isBlank()) {
                    explicit.add(f);
                }
            }
            signals.add(new CompiledSignal(spec, anti, sections, !explicit.isEmpty()));
            if (spec.patterns().isEmpty()) {
                throw new SignalSpecException(spec.criterionId(), spec.signalId(),
                        String.format("critère %s, signal « %s » : aucun motif (patterns)", spec.criterionId(),
                                spec.signalId()), null);
            }
            for (int pi = 0; pi < spec.patterns().size(); pi++) {
                String src = spec.patterns().get(pi);
                Pattern regex;
                List<String> kws;
                String key = (spec.caseSensitive() ? "S:" : "I:") + src;
                if (spec.caseSensitive()) {
                    regex = compiled.computeIfAbsent(key, k -> compileCaseSensitive(spec, src));
                    kws = new ArrayList<>();
                    for (String k : KeywordExtractor.keywords(src)) {
                        String f = FrenchNormalizer.normalize(k);
                        if (f.length() >= KeywordExtractor.MIN_LENGTH - 1) {
                            kws.add(f);
                        }
                    }
                    // short acronyms (PUE, REF) are fine keywords here: the regex then checks the case
                    if (kws.isEmpty()) {
                        kws = caseSensitiveShortKeywords(src);
                    }
                } else {
                    regex = compiled.computeIfAbsent(key, k -> compile(spec, src, "motif"));
                    kws = KeywordExtractor.keywords(PatternFolder.fold(src));
                }
                List<Set<String>> also = List.of();
                if (!explicit.isEmpty()) {
                    kws = explicit;
                } else if (!spec.caseSensitive() && !kws.isEmpty()) {
                    Set<String> primary = Set.copyOf(kws);
                    List<Set<String>> more = new ArrayList<>();
                    for (Set<String> r : KeywordExtractor.requiredSets(PatternFolder.fold(src))) {
                        if (!r.isEmpty() && !r.equals(primary) && !more.contains(r)) {
                            more.add(Set.copyOf(r));
                            extraKeywords.addAll(r);
                        }
                    }
                    also = List.copyOf(more);
                }
                int index = patterns.size();
                int unique = uniques.computeIfAbsent(key, k -> uniques.size());
                patterns.add(new CompiledPattern(si, pi, src, regex, spec.caseSensitive(), src.contains("(?<n>"),
                        List.copyOf(kws), unique, also));
                if (kws.isEmpty()) {
                    always.add(index);
                } else {
                    for (String k : kws) {
                        targets.computeIfAbsent(k, x -> new ArrayList<>()).add(index);
                    }
                }
            }
        }
        this.keywordIds = new HashMap<>();
        List<int[]> byId = new ArrayList<>();
        targets.forEach((k, v) -> {
            keywordIds.put(k, byId.size());
            byId.add(v.stream().mapToInt(Integer::intValue).toArray());
        });
        for (String k : extraKeywords) {
            if (!keywordIds.containsKey(k)) {
                keywordIds.put(k, byId.size());
                byId.add(new int[0]);
            }
        }
        this.keywordTargets = byId.toArray(int[][]::new);
        int[][][] alsoRequiredIds = new int[patterns.size()][][];
        this.alsoRequiredSets = new int[patterns.size()][];
        Map<Set<String>, Integer> setIds = new HashMap<>();
        List<int[]> setKeywords = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            alsoRequiredIds[i] = patterns.get(i).alsoRequired.stream()
                    .map(set -> set.stream().mapToInt(keywordIds::get).toArray()).toArray(int[][]::new);
            List<Set<String>> also = patterns.get(i).alsoRequired;
            int[] ids = new int[also.size()];
            for (int j = 0; j < ids.length; j++) {
                int[] kw = alsoRequiredIds[i][j];
                ids[j] = setIds.computeIfAbsent(also.get(j), k -> {
                    setKeywords.add(kw);
                    return setKeywords.size() - 1;
                });
            }
            alsoRequiredSets[i] = ids;
        }
        this.requiredSetKeywords = setKeywords.toArray(int[][]::new);
        this.alwaysRun = always.stream().mapToInt(Integer::intValue).toArray();
        this.uniqueRegexes = uniques.size();
        Set<String> all = new LinkedHashSet<>(targets.keySet());
        all.addAll(extraKeywords);
        this.trie = targets.isEmpty() ? null : Trie.builder().addKeywords(all).build();
    }

    /** Builds a matcher with the built-in French context rules. */
    public static SignalMatcher build(Collection<SignalSpec> specs) {
        return new SignalMatcher(specs, ContextRules.french());
    }

    public static SignalMatcher build(Collection<SignalSpec> specs, ContextRules context) {
        return new SignalMatcher(specs, context);
    }

    public ContextRules context() {
        return context;
    }

    /** Derived keywords per signal, in spec order. */
    public List<SignalInfo> signalInfos() {
        Map<Integer, List<CompiledPattern>> bySignal = new LinkedHashMap<>();
        for (CompiledPattern p : patterns) {
            bySignal.computeIfAbsent(p.signal, k -> new ArrayList<>()).add(p);
        }
        List<SignalInfo> out = new ArrayList<>();
        for (int i = 0; i < signals.size(); i++) {
            CompiledSignal s = signals.get(i);
            List<List<String>> kws = new ArrayList<>();
            List<Integer> always = new ArrayList<>();
            for (CompiledPattern p : bySignal.getOrDefault(i, List.of())) {
                kws.add(p.keywords);
                if (p.keywords.isEmpty()) {
                    always.add(p.index);
                }
            }
            out.add(new SignalInfo(s.spec.criterionId(), s.spec.signalId(), kws, s.explicitKeywords, always));
        }
        return out;
    }

    /** Clauses seen and regexes run since the matcher was built (rough cost counters). */
    public long[] counters() {
        return new long[] {clausesSeen.sum(), regexRuns.sum()};
    }

    public int patternCount() {
        return patterns.size();
    }

    /** Distinct regexes among the patterns (what actually runs on a clause). */
    public int distinctPatternCount() {
        return uniqueRegexes;
    }

    /**
     * Every hit of every signal over every clause of the tender, in document order. A hit in a heading whose
     * section body starts with "sans objet", "néant" or "non applicable" does not count (a title is not a
     * requirement when the body says there is none).
     */
    public List<Hit> match(Tender tender) {
        List<Hit> hits = new ArrayList<>();
        for (fr.boussole.model.Piece p : tender.pieces()) {
            List<Clause> cs = p.clauses();
            for (int i = 0; i < cs.size(); i++) {
                List<Hit> found = match(cs.get(i));
                if (!found.isEmpty() && cs.get(i).kind() == fr.boussole.model.ClauseKind.HEADING && i + 1 < cs.size()) {
                    String body = cs.get(i + 1).normText() != null ? cs.get(i + 1).normText()
                            : FrenchNormalizer.normalize(cs.get(i + 1).text());
                    Matcher empty = EMPTY_SECTION.matcher(body);
                    if (empty.lookingAt()) {
                        List<Hit> out = new ArrayList<>();
                        for (Hit h : found) {
                            out.add(!h.counted() ? h : new Hit(h.criterionId(), h.signalId(), h.effect(), h.clauseId(),
                                    h.pieceId(), h.role(), h.sentenceIndex(), h.normSpan(), h.quoteSpan(), h.quote(),
                                    h.sentence(), h.number(), h.modality(), false, IgnoreKind.NEGATED,
                                    "titre suivi de « " + empty.group(1) + " »"));
                        }
                        found = out;
                    }
                }
                if (!found.isEmpty() && (cs.get(i).kind() == fr.boussole.model.ClauseKind.LIST_ITEM)) {
                    found = underLeadIn(found, leadIn(cs, i));
                }
                if (!found.isEmpty() && context.conditionalSection(cs.get(i).headings())) {
                    List<Hit> out = new ArrayList<>(found.size());
                    for (Hit h : found) {
                        out.add(h.counted() && h.effect() != Effect.CONTRADICTS && h.effect() != Effect.CONTEXT
                                ? h.withModality(Modality.OPTIONAL) : h);
                    }
                    found = out;
                }
                hits.addAll(found);
            }
        }
        return hits;
    }

    /** The paragraph ending with ":" that introduces the list holding item {@code i}, or null. */
    private static Clause leadIn(List<Clause> cs, int i) {
        for (int j = i - 1; j >= 0 && i - j <= 60; j--) {
            Clause c = cs.get(j);
            if (c.kind() == fr.boussole.model.ClauseKind.LIST_ITEM) {
                continue;
            }
            String t = c.text() == null ? "" : c.text().strip();
            return c.kind() == fr.boussole.model.ClauseKind.PARAGRAPH && t.endsWith(":") ? c : null;
        }
        return null;
    }

    /** A list inherits the modality and negation of its lead-in, unless the item itself is more specific. */
    private List<Hit> underLeadIn(List<Hit> found, Clause lead) {
        if (lead == null) {
            return found;
        }
        String norm = lead.normText() != null ? lead.normText() : FrenchNormalizer.normalize(lead.text());
        String last = norm;
        int cut = Math.max(norm.lastIndexOf(". "), norm.lastIndexOf("; "));
        if (cut >= 0) {
            last = norm.substring(cut + 2); // the sentence that introduces the list
        }
        ContextRules.Judgement j = context.leadIn(last);
        List<Hit> out = new ArrayList<>(found.size());
        for (Hit h : found) {
            if (!h.counted() || h.effect() == Effect.CONTRADICTS) {
                out.add(h);
            } else if (j.kind() != null && !negationIsPart.contains(h.criterionId() + "/" + h.signalId())) {
                out.add(h.ignored(j.kind(), j.reason()));
            } else if (j.modality() == Modality.OPTIONAL && h.modality() != Modality.OPTIONAL) {
                out.add(h.withModality(Modality.OPTIONAL));
            } else if (j.modality() == Modality.BINDING && h.modality() == Modality.NEUTRAL) {
                out.add(h.withModality(Modality.BINDING));
            } else {
                out.add(h);
            }
        }
        return out;
    }

    private static final Pattern EMPTY_SECTION = Pattern.compile(
            "\\W*(sans objet|neant|non applicable|non concernee?s?|pas de clause\\b[^.]*|aucune? (?:clause|disposition|exigence|condition)\\b[^.]*)",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** Every hit of every signal in one clause. */
    public List<Hit> match(Clause clause) {
        clausesSeen.increment();
        if (clause.text() == null && clause.normText() == null) {
            return List.of();
        }
        ClauseView view = new ClauseView(clause);
        BitSet candidates = new BitSet(patterns.size());
        for (int a : alwaysRun) {
            candidates.set(a);
        }
        BitSet present = new BitSet(keywordTargets.length);
        if (trie != null) {
            trie.parseText(view.norm, emit -> {
                Integer id = keywordIds.get(emit.getKeyword());
                if (id != null && !present.get(id)) {
                    present.set(id);
                    for (int x : keywordTargets[id]) {
                        candidates.set(x);
                    }
                }
                return true;
            });
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        // raw matches per signal
        Map<Integer, List<int[]>> raw = new LinkedHashMap<>();
        Map<String, Double> numbers = new HashMap<>();
        Map<Integer, List<RawMatch>> ran = new HashMap<>();
        byte[] setState = null; // per required set: 0 not yet looked at, 1 present, 2 absent
        for (int pi = candidates.nextSetBit(0); pi >= 0; pi = candidates.nextSetBit(pi + 1)) {
            CompiledPattern p = patterns.get(pi);
            CompiledSignal s = signals.get(p.signal);
            if (!s.spec.roles().isEmpty() && (clause.role() == null || !s.spec.roles().contains(clause.role()))) {
                continue;
            }
            int[] sets = alsoRequiredSets[pi];
            if (sets.length > 0) {
                if (setState == null) {
                    setState = new byte[requiredSetKeywords.length];
                }
                if (!allPresent(sets, setState, present)) {
                    continue;
                }
            }
            List<RawMatch> found = ran.get(p.unique);
            if (found == null) {
                found = run(p, view);
                ran.put(p.unique, found);
            }
            for (RawMatch rm : found) {
                raw.computeIfAbsent(p.signal, k -> new ArrayList<>()).add(new int[] {rm.ns, rm.ne});
                if (rm.number != null) {
                    numbers.put(p.signal + ":" + rm.ns + ":" + rm.ne, rm.number);
                }
            }
        }
        if (raw.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (Map.Entry<Integer, List<int[]>> e : raw.entrySet()) {
            CompiledSignal s = signals.get(e.getKey());
            for (int[] span : nonOverlapping(e.getValue())) {
                hits.add(judge(view, s, span[0], span[1], numbers.get(e.getKey() + ":" + span[0] + ":" + span[1])));
            }
        }
        hits.sort((a, b) -> Integer.compare(a.normSpan().start(), b.normSpan().start()));
        return hits;
    }

    /** True when every set has a keyword in the clause; each set is looked at once per clause. */
    private boolean allPresent(int[] sets, byte[] state, BitSet present) {
        for (int set : sets) {
            if (state[set] == 0) {
                state[set] = 2;
                for (int k : requiredSetKeywords[set]) {
                    if (present.get(k)) {
                        state[set] = 1;
                        break;
                    }
                }
            }
            if (state[set] == 2) {
                return false;
            }
        }
        return true;
    }

    /** Every non-empty match of one regex in the clause. */
    private List<RawMatch> run(CompiledPattern p, ClauseView view) {
        regexRuns.increment();
        String subject = p.caseSensitive ? view.nfc() : view.norm;
        Matcher m = p.regex.matcher(subject);
        List<RawMatch> out = null;
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            int ns;
            int ne;
            if (p.caseSensitive) {
                ns = view.normOfOriginal(view.nfcToOriginal(m.start()));
                ne = Math.max(ns + 1, view.normOfOriginal(view.nfcToOriginal(m.end())));
            } else {
                ns = m.start();
                ne = m.end();
            }
            if (out == null) {
                out = new ArrayList<>(2);
            }
            out.add(new RawMatch(ns, ne, number(m, p.groupN)));
        }
        return out == null ? List.of() : out;
    }

    private Hit judge(ClauseView v, CompiledSignal s, int hs, int he, Double number) {
        SignalSpec spec = s.spec;
        int si = v.sentenceIndex(hs);
        int[] sentence = v.sentences().get(si);
        int ss = sentence[0];
        int se = Math.max(sentence[1], Math.min(v.norm.length(), he));
        IgnoreKind kind = null;
        String reason = null;

        String ctx = context.contextReason(v.clause.contexts());
        if (ctx == null && v.tocLine()) {
            ctx = context.contextReason(java.util.Set.of(ClauseContext.TABLE_OF_CONTENTS));
        }
        if (ctx != null) {
            kind = IgnoreKind.CONTEXT;
            reason = ctx;
        }
        if (kind == null) {
            for (ContextRules.Trap t : context.traps()) {
                for (int[] trap : v.trapSpans(t)) {
                    if (trap[0] < he && hs < trap[1]) {
                        kind = IgnoreKind.OTHER_SENSE;
                        reason = t.reason();
                        break;
                    }
                }
                if (kind != null) {
                    break;
                }
            }
        }
        if (kind == null) {
            for (Pattern a : s.antipatterns) {
                int[] m = v.antipattern(a, ss, se);
                if (m != null) {
                    kind = IgnoreKind.ANTIPATTERN;
                    reason = "écarté par une exception du critère (« " + v.quote(m[0], m[1]) + " »)";
                    break;
                }
            }
        }
        if (kind == null && !s.sections.isEmpty() && !v.inSections(s.sections)) {
            kind = IgnoreKind.OUT_OF_SECTION;
            String heading = v.clause.heading();
            reason = heading == null
                    ? "mention hors des sections où ce signal compte (aucun titre de section reconnu)"
                    : "mention sous « " + heading + " », hors des sections où ce signal compte";
        }
        if (kind == null && v.clause.in(ClauseContext.QUESTIONNAIRE)) {
            kind = IgnoreKind.QUESTION;
            reason = context.questionnaireReason();
        }
        if (kind == null && v.norm.substring(he, se).indexOf('?') >= 0) {
            kind = IgnoreKind.QUESTION;
            reason = context.questionReason();
        }
        ContextRules.Judgement j = v.negationAndModality(ss, se, hs, he, spec.negationIsPart());
        if (kind == null && !j.counted()) {
            kind = j.kind();
            reason = j.reason();
        }
        int qs = v.nt.originalStart(hs);
        int qe = Math.max(qs, v.nt.originalEnd(he));
        return new Hit(spec.criterionId(), spec.signalId(), spec.effect(), v.clause.id(), v.clause.pieceId(),
                v.clause.role(), si, new Span(hs, he), new Span(qs, qe), v.original.substring(qs, qe),
                v.sentenceQuote(ss, se, qs, qe), number, j.modality(), kind == null, kind, reason);
    }

    private static boolean inSections(ClauseView v, List<Pattern> sections) {
        for (String h : v.headingsNorm()) {
            for (Pattern p : sections) {
                if (p.matcher(h).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<int[]> nonOverlapping(List<int[]> spans) {
        if (spans.size() == 1) {
            return spans;
        }
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<int[]> out = new ArrayList<>();
        int end = -1;
        for (int[] s : sorted) {
            if (s[0] >= end) {
                out.add(s);
                end = s[1];
            }
        }
        return out;
    }

    private static Double number(Matcher m, boolean groupN) {
        String text = null;
        if (groupN) {
            try {
                text = m.group("n");
            } catch (IllegalArgumentException e) {
                text = null;
            }
        }
        if (text == null) {
            Matcher n = NUMBER.matcher(m.group());
            String last = null;
            while (n.find()) {
                last = n.group();
            }
            text = last;
        }
        return parseNumber(text);
    }

    /** Parses "10", "12,5", "1 250 000,00" or "1.250.000" as a number, or null. */
    public static Double parseNumber(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim().replace('\u00A0', ' ').replace('\u202F', ' ');
        if (t.matches("\\d{1,3}(?:\\.\\d{3})+")) {
            t = t.replace(".", "");
        }
        t = t.replace(" ", "").replace(',', '.');
        try {
            return Double.valueOf(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Pattern compile(SignalSpec spec, String regex, String what) {
        try {
            return PatternFolder.compileFolded(regex);
        } catch (PatternSyntaxException e) {
            throw invalid(spec, regex, what, e);
        }
    }

    private static Pattern compileCaseSensitive(SignalSpec spec, String regex) {
        String body = Normalizer.normalize(spacesAsWhitespace(regex), Normalizer.Form.NFC);
        try {
            return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + body + ")(?![\\p{L}\\p{N}])",
                    Pattern.UNICODE_CHARACTER_CLASS);
        } catch (PatternSyntaxException e) {
            throw invalid(spec, regex, "motif sensible à la casse", e);
        }
    }

    private static SignalSpecException invalid(SignalSpec spec, String regex, String what, PatternSyntaxException e) {
        return new SignalSpecException(spec.criterionId(), spec.signalId(), String.format(Locale.ROOT,
                "critère %s, signal « %s » : %s invalide « %s » : %s (position %d)", spec.criterionId(),
                spec.signalId(), what, regex, e.getDescription(), e.getIndex()), e);
    }

    /** Literal spaces of a case-sensitive pattern match any run of whitespace in the original text. */
    private static String spacesAsWhitespace(String regex) {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                int end = PatternFolder.escapeEnd(regex, i);
                sb.append(regex, i, end);
                i = end - 1;
                continue;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']' && depth > 0) {
                depth--;
            }
            if (c == ' ' && depth == 0) {
                while (i + 1 < regex.length() && regex.charAt(i + 1) == ' ') {
                    i++;
                }
                sb.append("\\s+");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static List<String> caseSensitiveShortKeywords(String src) {
        // top-level alternation of short literals such as "PUE|WUE": fold each branch if it is a plain word
        List<String> out = new ArrayList<>();
        for (String branch : src.split("\\|")) {
            String b = branch.replaceAll("^\\(\\?:|^\\(|\\)$", "");
            if (!b.matches("[\\p{L}\\p{N}]{2,}")) {
                return List.of();
            }
            out.add(FrenchNormalizer.normalize(b));
        }
        return out;
    }

    private static final int[] NONE = new int[0];

    private record JudgementKey(int ss, int se, int hs, int he, boolean negationIsPart) {
    }

    /** Pattern equality is identity: antipatterns of the same source share one compiled regex. */
    private record AntiKey(Pattern pattern, int ss, int se) {
    }

    /** A clause with its normalised text, offset map, sentences and trap spans (computed lazily). */
    private final class ClauseView {
        final Clause clause;
        final String original;
        final NormalizedText nt;
        final String norm;
        private String nfc;
        private int[] nfcMap;
        private List<int[]> sentences;
        private final Map<ContextRules.Trap, List<int[]>> traps = new HashMap<>();
        private List<String> headingsNorm;
        // what judging a hit asks of the clause, whatever the signal: many signals hit the same spans (a named
        // context shared by many criteria, neighbouring criteria on one sentence), so each answer is kept
        private Boolean tocLine;
        private final Map<JudgementKey, ContextRules.Judgement> judgements = new HashMap<>();
        private final Map<AntiKey, int[]> antipatterns = new HashMap<>();
        private final Map<List<Pattern>, Boolean> sectionsOk = new HashMap<>();
        private ContextRules.Memo memo;

        ClauseView(Clause clause) {
            this.clause = clause;
            this.original = clause.text() != null ? clause.text() : clause.normText();
            this.nt = FrenchNormalizer.map(original);
            this.norm = nt.text();
        }

        boolean tocLine() {
            if (tocLine == null) {
                tocLine = context.looksLikeTocLine(norm);
            }
            return tocLine;
        }

        ContextRules.Judgement negationAndModality(int ss, int se, int hs, int he, boolean negationIsPart) {
            if (memo == null) {
                memo = new ContextRules.Memo(norm);
            }
            return judgements.computeIfAbsent(new JudgementKey(ss, se, hs, he, negationIsPart),
                    k -> context.negationAndModality(norm, ss, se, hs, he, negationIsPart, memo));
        }

        /** The first match of an antipattern in the sentence {@code [ss, se)}, or null. */
        int[] antipattern(Pattern a, int ss, int se) {
            int[] m = antipatterns.computeIfAbsent(new AntiKey(a, ss, se), k -> {
                Matcher x = ContextRules.region(a.matcher(norm), ss, se);
                return x.find() ? new int[] {x.start(), x.end()} : NONE;
            });
            return m == NONE ? null : m;
        }

        boolean inSections(List<Pattern> sections) {
            return sectionsOk.computeIfAbsent(sections, k -> SignalMatcher.inSections(this, k));
        }

        String nfc() {
            if (nfc == null) {
                if (Normalizer.isNormalized(original, Normalizer.Form.NFC)) {
                    nfc = original;
                } else {
                    StringBuilder sb = new StringBuilder();
                    List<Integer> map = new ArrayList<>();
                    int i = 0;
                    while (i < original.length()) {
                        int j = i + Character.charCount(original.codePointAt(i));
                        while (j < original.length() && Character.getType(original.codePointAt(j)) == Character.NON_SPACING_MARK) {
                            j += Character.charCount(original.codePointAt(j));
                        }
                        String seg = Normalizer.normalize(original.substring(i, j), Normalizer.Form.NFC);
                        for (int k = 0; k < seg.length(); k++) {
                            map.add(i);
                        }
                        sb.append(seg);
                        i = j;
                    }
                    map.add(original.length());
                    nfc = sb.toString();
                    nfcMap = map.stream().mapToInt(Integer::intValue).toArray();
                }
            }
            return nfc;
        }

        int nfcToOriginal(int i) {
            return nfcMap == null ? i : nfcMap[Math.min(i, nfcMap.length - 1)];
        }

        /** First normalised index whose original offset is ≥ {@code o}. */
        int normOfOriginal(int o) {
            int lo = 0;
            int hi = norm.length();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (nt.originalStart(mid) < o) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        List<int[]> sentences() {
            if (sentences == null) {
                List<int[]> out = new ArrayList<>();
                for (Span s : clause.sentences()) {
                    int a = normOfOriginal(s.start());
                    int b = normOfOriginal(s.end());
                    if (b > a) {
                        out.add(new int[] {a, b});
                    }
                }
                sentences = out.isEmpty() ? SentenceSplitter.split(norm) : out;
            }
            return sentences;
        }

        int sentenceIndex(int pos) {
            List<int[]> s = sentences();
            int best = 0;
            for (int i = 0; i < s.size(); i++) {
                if (s.get(i)[0] <= pos) {
                    best = i;
                }
                if (pos >= s.get(i)[0] && pos < s.get(i)[1]) {
                    return i;
                }
            }
            return best;
        }

        List<int[]> trapSpans(ContextRules.Trap t) {
            return traps.computeIfAbsent(t, k -> {
                List<int[]> out = new ArrayList<>();
                Matcher m = k.pattern().matcher(norm);
                while (m.find()) {
                    out.add(new int[] {m.start(), m.end()});
                }
                return out.isEmpty() ? Collections.emptyList() : out;
            });
        }

        List<String> headingsNorm() {
            if (headingsNorm == null) {
                Set<String> hs = new LinkedHashSet<>();
                for (String h : clause.headings()) {
                    if (h != null) {
                        hs.add(FrenchNormalizer.normalize(h));
                    }
                }
                if (clause.article() != null) {
                    hs.add(FrenchNormalizer.normalize(clause.article()));
                }
                headingsNorm = new ArrayList<>(hs);
            }
            return headingsNorm;
        }

        String quote(int ns, int ne) {
            int a = nt.originalStart(ns);
            int b = Math.max(a, nt.originalEnd(ne));
            return original.substring(a, b);
        }

        String sentenceQuote(int ss, int se, int qs, int qe) {
            int a = nt.originalStart(ss);
            int b = Math.max(a, nt.originalEnd(se));
            if (b - a <= MAX_SENTENCE_QUOTE) {
                return original.substring(a, b).strip().replaceAll("\\s+", " ");
            }
            int half = (MAX_SENTENCE_QUOTE - (qe - qs)) / 2;
            int from = Math.max(a, qs - Math.max(40, half));
            int to = Math.min(b, qe + Math.max(40, half));
            return ((from > a ? "… " : "") + original.substring(from, to).strip() + (to < b ? " …" : ""))
                    .replaceAll("\\s+", " ");
        }
    }
}
