package fr.boussole.rules.tools;

import fr.boussole.matcher.SignalMatcher;
import fr.boussole.model.CheckResult;
import fr.boussole.model.Evidence;
import fr.boussole.model.Status;
import fr.boussole.model.Verdict;
import fr.boussole.rules.Judgement;
import fr.boussole.rules.pack.CriterionDef;
import fr.boussole.rules.pack.EffectiveCriterion;
import fr.boussole.rules.pack.PackError;
import fr.boussole.rules.pack.PackException;
import fr.boussole.rules.pack.PackLoader;
import fr.boussole.rules.pack.PackSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds {@link Explanation}s. */
public final class Explainer {

    private Explainer() {
    }

    /** The criterion alone: sources, signals, messages, examples. */
    public static Explanation explain(PackSet set, String criterionId) {
        return explain(set, criterionId, (Verdict) null);
    }

    /** The criterion and why it got its verdict in this judgement. */
    public static Explanation explain(PackSet set, String criterionId, Judgement judgement) {
        String id = resolve(set, criterionId);
        return explain(set, criterionId, judgement == null ? null : judgement.verdict(id));
    }

    /** The criterion and why it got its verdict in this check result. */
    public static Explanation explain(PackSet set, String criterionId, CheckResult result) {
        String id = resolve(set, criterionId);
        return explain(set, criterionId, result == null ? null : result.verdict(id));
    }

    public static Explanation explain(PackSet set, String criterionId, Verdict verdict) {
        String id = resolve(set, criterionId);
        EffectiveCriterion ec = set.criterion(id);
        CriterionDef c = ec.def();
        List<Explanation.SignalView> signals = new ArrayList<>();
        for (CriterionDef.SignalDef s : c.signals()) {
            SignalMatcher.SignalInfo info = SignalMatcher.build(List.of(PackLoader.toSpec(c.id(), s))).signalInfos()
                    .get(0);
            signals.add(new Explanation.SignalView(s.id(), s.effect().code(), s.note(), s.patterns(), s.antipatterns(),
                    s.sections(), s.roles().stream().map(r -> r.code()).toList(), info.keywordsPerPattern(),
                    info.alwaysRuns(), s.caseSensitive(), s.negationIsPart()));
        }
        Map<String, String> messages = new LinkedHashMap<>();
        for (Status st : Status.values()) {
            if (c.messages().of(st) != null) {
                messages.put(st.code(), c.messages().of(st).strip());
            }
        }
        List<Explanation.ExampleView> examples = new ArrayList<>();
        int i = 0;
        for (CriterionDef.ExampleDef x : c.examples()) {
            i++;
            String text = x.text() != null ? x.text() : String.join("\n---\n", x.pieces().stream()
                    .map(p -> "[" + (p.role() == null ? "" : p.role().code()) + "]\n" + p.text()).toList());
            examples.add(new Explanation.ExampleView(i, x.expect(), x.note(), text));
        }
        List<String> sources = new ArrayList<>();
        ec.pack().manifest().sources().forEach(s -> sources.add(s.name() + (s.section() != null ? ", " + s.section()
                : "") + (s.url() != null ? " — " + s.url() : "")));
        List<Evidence> counted = new ArrayList<>();
        List<Evidence> ignored = new ArrayList<>();
        if (verdict != null) {
            for (Evidence e : verdict.evidence()) {
                ("ignored".equals(e.effect()) ? ignored : counted).add(e);
            }
        }
        return new Explanation(c.id(), criterionId, set.deprecationNote(criterionId), ec.packId(),
                ec.pack().version(), c.title(), c.description(), ec.severity().label(), c.fullReference(), c.url(),
                c.theme(), c.qualities(), PackCatalog.applies(c), c.applies().roles().stream().map(r -> r.code()).toList(),
                PackCatalog.ownParams(ec), ec.overrides(), ec.disabled(), ec.justification(), signals, messages, c.partialWhen(),
                c.suggestion() == null ? null : new fr.boussole.model.Suggestion(c.suggestion().piece(),
                        c.suggestion().text() == null ? null : c.suggestion().text().strip(), c.suggestion().source()),
                examples, sources, verdict, counted, ignored);
    }

    private static String resolve(PackSet set, String criterionId) {
        String id = set.resolve(criterionId);
        if (id == null) {
            String near = set.allCriteria().stream().map(EffectiveCriterion::id)
                    .sorted(Comparator.comparingInt(x -> distance(x.toUpperCase(Locale.ROOT),
                            criterionId.toUpperCase(Locale.ROOT))))
                    .limit(3).reduce((a, b) -> a + ", " + b).orElse("aucun");
            throw new PackException(new PackError("explain", null, 0, "critère inconnu « " + criterionId
                    + " » (les plus proches : " + near + ")"));
        }
        return id;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1),
                        prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
