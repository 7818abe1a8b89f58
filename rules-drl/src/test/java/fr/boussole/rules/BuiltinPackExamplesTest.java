package fr.boussole.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.rules.pack.PackLoader;
import fr.boussole.rules.pack.PackSet;
import fr.boussole.rules.tools.ExampleRunner;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The generic example runner over every built-in pack: one dynamic test per example (like PMD's rule tests). */
class BuiltinPackExamplesTest {

    private static final Judge JUDGE = Judge.compile(PackSet.of(PackLoader.builtins()));
    private static final ExampleRunner RUNNER = new ExampleRunner();

    @TestFactory
    Stream<DynamicTest> everyExampleOfEveryBuiltinPack() {
        List<ExampleRunner.Case> cases = RUNNER.cases(JUDGE, c -> true);
        assertFalse(cases.isEmpty(), "aucun exemple dans les packs intégrés");
        return cases.stream().map(k -> DynamicTest.dynamicTest(k.name(), () -> {
            ExampleRunner.Outcome o = RUNNER.run(JUDGE, k);
            assertTrue(o.passed(), o.toLine() + "\n  trace : " + String.join("\n          ", o.trail()));
        }));
    }

    @Test
    void builtinPacksAreListed() {
        assertTrue(PackLoader.builtinIds().contains("loi"));
    }
}
