package fr.boussole.rules.tools;

import fr.boussole.model.Evidence;
import fr.boussole.model.Status;
import fr.boussole.model.Tender;
import fr.boussole.model.Verdict;
import fr.boussole.rules.Judge;
import fr.boussole.rules.JudgeOptions;
import fr.boussole.rules.Judgement;
import fr.boussole.rules.pack.CriterionDef;
import fr.boussole.rules.pack.EffectiveCriterion;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Runs every example of every criterion of a compiled pack set and reports mismatches (like PMD's rule tests or
 * LanguageTool's PatternRuleTest). Each example becomes a tender through an {@link ExampleTenderFactory} and is
 * judged by the whole set; only its own criterion's verdict is compared.
 */
public final class ExampleRunner {

    private final ExampleTenderFactory factory;

    public ExampleRunner() {
        this(new SimpleExampleTenderFactory());
    }

    public ExampleRunner(ExampleTenderFactory factory) {
        this.factory = factory;
    }

    /** Result of one example. */
    public record Outcome(String pack, String criterion, int index, Status expected, Status got, String reason,
                          List<Evidence> evidence, String note, List<String> trail, String error) {
        public boolean passed() {
            return error == null && expected == got;
        }

        /** One French line for a console. */
        public String toLine() {
            String head = criterion + " exemple n° " + index + " (" + pack + ")";
            if (error != null) {
                return head + " : ERREUR " + error;
            }
            if (passed()) {
                return head + " : " + expected.code() + " ✓";
            }
            String ev = evidence.stream().map(e -> "[" + e.effect() + "] « " + e.quote() + " »"
                    + (e.note() != null ? " — " + e.note() : "")).collect(Collectors.joining(" ; "));
            return head + " : attendu " + expected.code() + ", obtenu " + (got == null ? "?" : got.code())
                    + " — " + reason + (ev.isEmpty() ? "" : " — preuves : " + ev) + (note != null ? " — note : " + note : "");
        }
    }

    /** All outcomes of a run. */
    public record Report(List<Outcome> outcomes) {
        public List<Outcome> failures() {
            return outcomes.stream().filter(o -> !o.passed()).toList();
        }

        public boolean ok() {
            return failures().isEmpty();
        }

        public String toText() {
            StringBuilder sb = new StringBuilder();
            failures().forEach(o -> sb.append(o.toLine()).append('\n'));
            sb.append(outcomes.size() - failures().size()).append('/').append(outcomes.size())
                    .append(" exemples conformes\n");
            return sb.toString();
        }
    }

    /** A runnable example (for one dynamic test per example). */
    public record Case(EffectiveCriterion criterion, int index) {
        public String name() {
            CriterionDef.ExampleDef ex = criterion.def().examples().get(index - 1);
            return criterion.id() + " #" + index + " → " + (ex.expect() == null ? "?" : ex.expect().code())
                    + (ex.note() != null ? " (" + ex.note() + ")" : "");
        }
    }

    public List<Case> cases(Judge judge, Predicate<EffectiveCriterion> filter) {
        List<Case> out = new ArrayList<>();
        for (EffectiveCriterion c : judge.packSet().criteria()) {
            if (!filter.test(c)) {
                continue;
            }
            for (int i = 1; i <= c.def().examples().size(); i++) {
                out.add(new Case(c, i));
            }
        }
        return out;
    }

    public Report run(Judge judge) {
        return run(judge, c -> true);
    }

    public Report run(Judge judge, Predicate<EffectiveCriterion> filter) {
        List<Outcome> out = new ArrayList<>();
        for (Case k : cases(judge, filter)) {
            out.add(run(judge, k));
        }
        return new Report(out);
    }

    public Outcome run(Judge judge, Case k) {
        EffectiveCriterion c = k.criterion();
        CriterionDef.ExampleDef ex = c.def().examples().get(k.index() - 1);
        ExampleTenderFactory.Example example = new ExampleTenderFactory.Example(c.pack(), c.def(), k.index(), ex);
        try {
            Tender t = factory.create(example);
            Judgement j = judge.judge(t, new JudgeOptions(example.defaultLaunchDate(), null));
            Verdict v = j.verdict(c.id());
            if (v == null) {
                return new Outcome(c.packId(), c.id(), k.index(), ex.expect(), null, null, List.of(), ex.note(),
                        List.of(), "aucun verdict pour " + c.id());
            }
            return new Outcome(c.packId(), c.id(), k.index(), ex.expect(), v.status(), v.reason(), v.evidence(),
                    ex.note(), v.trail(), null);
        } catch (RuntimeException e) {
            return new Outcome(c.packId(), c.id(), k.index(), ex.expect(), null, null, List.of(), ex.note(), List.of(),
                    e.getClass().getSimpleName() + " : " + e.getMessage());
        }
    }
}
