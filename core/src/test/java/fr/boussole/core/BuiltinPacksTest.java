package fr.boussole.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.rules.Judge;
import fr.boussole.rules.pack.PackLoader;
import fr.boussole.rules.pack.PackSet;
import fr.boussole.rules.tools.ExampleRunner;
import fr.boussole.rules.tools.PackLinter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The generic example runner over every built-in pack, through the real reading pipeline (extractor,
 * segmenter, profiler): one dynamic test per example, like PMD's rule tests. Set
 * {@code -Dboussole.pack=ID} (and optionally {@code -Dboussole.criterion=PREFIX}) to run a subset.
 */
class BuiltinPacksTest {

    private static final PipelineExampleTenderFactory FACTORY = new PipelineExampleTenderFactory();
    private static final Judge JUDGE = Judge.compile(PackSet.of(PackLoader.builtins()));
    private static final ExampleRunner RUNNER = new ExampleRunner(FACTORY);

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @TestFactory
    Stream<DynamicTest> everyExampleOfEveryBuiltinPack() {
        String pack = System.getProperty("boussole.pack");
        String criterion = System.getProperty("boussole.criterion");
        List<ExampleRunner.Case> cases = RUNNER.cases(JUDGE, c -> (pack == null || pack.isBlank()
                || c.packId().equals(pack)) && (criterion == null || criterion.isBlank()
                || c.id().startsWith(criterion)));
        assertFalse(cases.isEmpty(), "aucun exemple dans les packs intégrés");
        return cases.stream().map(k -> DynamicTest.dynamicTest(k.name(), () -> {
            ExampleRunner.Outcome o = RUNNER.run(JUDGE, k);
            assertTrue(o.passed(), o.toLine() + "\n  trace : " + String.join("\n          ", o.trail()));
        }));
    }

    @Test
    void builtinPacksPassLint() {
        List<PackLinter.Finding> findings = PackLinter.lint(PackLoader.builtins());
        String errors = findings.stream().filter(f -> f.level() == PackLinter.Level.ERROR)
                .map(PackLinter.Finding::toLine).collect(Collectors.joining("\n"));
        assertFalse(PackLinter.hasErrors(findings), errors);
    }
}
