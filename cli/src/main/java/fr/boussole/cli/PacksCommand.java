package fr.boussole.cli;

import fr.boussole.core.Checker;
import fr.boussole.core.PipelineExampleTenderFactory;
import fr.boussole.rules.Judge;
import fr.boussole.rules.pack.Lockfile;
import fr.boussole.rules.pack.Pack;
import fr.boussole.rules.pack.PackSet;
import fr.boussole.rules.tools.ExampleRunner;
import fr.boussole.rules.tools.PackCatalog;
import fr.boussole.rules.tools.PackLinter;
import fr.boussole.report.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code boussole packs list|test|lint|doc|lock}: manage and test rule packs. */
@Command(name = "packs", mixinStandardHelpOptions = true,
        subcommands = {PacksCommand.ListPacks.class, PacksCommand.TestPacks.class, PacksCommand.LintPacks.class,
            PacksCommand.DocPacks.class, PacksCommand.LockPacks.class})
public final class PacksCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static PackSet load(PackMixin packs) {
        return Checker.loadPacks(packs.options(null));
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListPacks implements Callable<Integer> {
        @Mixin
        PackMixin packs;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Messages t = BoussoleCli.texts(spec);
            PackSet set = load(packs);
            System.out.printf("%-16s %-9s %-9s %-14s %s%n", t.get("packs.list.pack"), t.get("packs.list.version"),
                    t.get("packs.list.criteria"), "sha256", t.get("packs.list.title"));
            for (Pack p : set.packs()) {
                long n = set.criteria().stream().filter(c -> c.packId().equals(p.id())).count();
                System.out.printf(t.locale(), "%-16s %-9s %-9d %-14s %s%s%n", p.id(), p.manifest().version(), n,
                        p.sha256().substring(0, 12), p.manifest().title(),
                        set.trusted(p) ? "" : " " + t.get("packs.list.untrusted"));
            }
            set.warnings().forEach(w -> System.err.println(t.get("warning", w)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true)
    static final class TestPacks implements Callable<Integer> {
        @Mixin
        PackMixin packs;

        @Option(names = "--criterion", paramLabel = "${bundle:label.prefix:-PRÉFIXE}", descriptionKey = "packs.test.criterion")
        String criterion;

        @Option(names = "--verbose", descriptionKey = "packs.test.verbose")
        boolean verbose;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Messages t = BoussoleCli.texts(spec);
            PackSet set = load(packs);
            Judge judge = Judge.compile(set);
            try (PipelineExampleTenderFactory factory = new PipelineExampleTenderFactory()) {
                ExampleRunner.Report report = new ExampleRunner(factory).run(judge,
                        c -> criterion == null || c.id().startsWith(criterion));
                if (verbose) {
                    report.outcomes().forEach(o -> System.out.println(PackTexts.outcome(o, t)));
                } else {
                    report.failures().forEach(o -> System.out.println(PackTexts.outcome(o, t)));
                }
                System.out.println(t.get("packs.test.total", report.outcomes().size(), report.failures().size()));
                return report.ok() ? ExitCodes.OK : ExitCodes.GAPS;
            }
        }
    }

    @Command(name = "lint", mixinStandardHelpOptions = true)
    static final class LintPacks implements Callable<Integer> {
        @Mixin
        PackMixin packs;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Messages t = BoussoleCli.texts(spec);
            PackSet set = load(packs);
            List<PackLinter.Finding> findings = PackLinter.lint(set.packs());
            findings.forEach(f -> System.out.println(PackTexts.finding(f, t)));
            long errors = findings.stream().filter(f -> f.level() == PackLinter.Level.ERROR).count();
            System.out.println(t.get("packs.lint.total", errors, findings.size() - errors));
            return PackLinter.hasErrors(findings) ? ExitCodes.GAPS : ExitCodes.OK;
        }
    }

    @Command(name = "doc", mixinStandardHelpOptions = true)
    static final class DocPacks implements Callable<Integer> {
        @Mixin
        PackMixin packs;

        @Option(names = "--out", paramLabel = "${bundle:label.folder:-DOSSIER}", defaultValue = "target/catalogue",
                descriptionKey = "packs.doc.out")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Messages t = BoussoleCli.texts(spec);
            for (Path p : PackCatalog.write(load(packs), out)) {
                System.out.println(t.get("written", p));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "lock", mixinStandardHelpOptions = true)
    static final class LockPacks implements Callable<Integer> {
        @Mixin
        PackMixin packs;

        @Option(names = "--out", paramLabel = "${bundle:label.file:-FICHIER}", defaultValue = "boussole.lock",
                descriptionKey = "packs.lock.out")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            // writing a lock must not verify the old one
            PackSet set = Checker.loadPacks(packs.optionsWithoutLock());
            Lockfile.of(set.packs()).write(out);
            System.out.println(BoussoleCli.texts(spec).get("packs.lock.written", out, set.packs().size()));
            return ExitCodes.OK;
        }
    }
}
