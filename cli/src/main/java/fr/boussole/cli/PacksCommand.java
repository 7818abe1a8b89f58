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
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code boussole packs list|test|lint|doc|lock}: manage and test rule packs. */
@Command(name = "packs", mixinStandardHelpOptions = true,
        description = "Gérer et tester les référentiels (rule packs).",
        subcommands = {PacksCommand.ListPacks.class, PacksCommand.TestPacks.class, PacksCommand.LintPacks.class,
            PacksCommand.DocPacks.class, PacksCommand.LockPacks.class})
public final class PacksCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static PackSet load(PackMixin packs) {
        return Checker.loadPacks(packs.options(null));
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lister les référentiels utilisés.")
    static final class ListPacks implements Callable<Integer> {
        @Mixin
        PackMixin packs;

        @Override
        public Integer call() {
            PackSet set = load(packs);
            System.out.printf("%-16s %-9s %-9s %-14s %s%n", "référentiel", "version", "critères", "sha256", "titre");
            for (Pack p : set.packs()) {
                long n = set.criteria().stream().filter(c -> c.packId().equals(p.id())).count();
                System.out.printf(Locale.FRENCH, "%-16s %-9s %-9d %-14s %s%s%n", p.id(), p.manifest().version(), n,
                        p.sha256().substring(0, 12), p.manifest().title(),
                        set.trusted(p) ? "" : " (non approuvé : DRL contrôlé)");
            }
            set.warnings().forEach(w -> System.err.println("Attention : " + w));
            return ExitCodes.OK;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Exécuter tous les exemples de chaque critère (échec au moindre écart).")
    static final class TestPacks implements Callable<Integer> {
        @Mixin
        PackMixin packs;

        @Option(names = "--criterion", paramLabel = "PRÉFIXE", description = "Seulement les critères dont l'id commence ainsi.")
        String criterion;

        @Option(names = "--verbose", description = "Afficher aussi les exemples réussis.")
        boolean verbose;

        @Override
        public Integer call() {
            PackSet set = load(packs);
            Judge judge = Judge.compile(set);
            try (PipelineExampleTenderFactory factory = new PipelineExampleTenderFactory()) {
                ExampleRunner.Report report = new ExampleRunner(factory).run(judge,
                        c -> criterion == null || c.id().startsWith(criterion));
                if (verbose) {
                    report.outcomes().forEach(o -> System.out.println(o.toLine()));
                } else {
                    report.failures().forEach(o -> System.out.println(o.toLine()));
                }
                System.out.printf("%d exemple(s), %d échec(s)%n", report.outcomes().size(), report.failures().size());
                return report.ok() ? ExitCodes.OK : ExitCodes.GAPS;
            }
        }
    }

    @Command(name = "lint", mixinStandardHelpOptions = true,
            description = "Vérifier ids, titres, sévérités, sources, suggestions et exemples des référentiels.")
    static final class LintPacks implements Callable<Integer> {
        @Mixin
        PackMixin packs;

        @Override
        public Integer call() {
            PackSet set = load(packs);
            List<PackLinter.Finding> findings = PackLinter.lint(set.packs());
            findings.forEach(f -> System.out.println(f.toLine()));
            long errors = findings.stream().filter(f -> f.level() == PackLinter.Level.ERROR).count();
            System.out.printf("%d erreur(s), %d avertissement(s)%n", errors, findings.size() - errors);
            return PackLinter.hasErrors(findings) ? ExitCodes.GAPS : ExitCodes.OK;
        }
    }

    @Command(name = "doc", mixinStandardHelpOptions = true,
            description = "Générer le catalogue navigable des critères (HTML autonome + Markdown).")
    static final class DocPacks implements Callable<Integer> {
        @Mixin
        PackMixin packs;

        @Option(names = "--out", paramLabel = "DOSSIER", defaultValue = "target/catalogue",
                description = "Dossier de sortie (défaut : ${DEFAULT-VALUE}).")
        Path out;

        @Override
        public Integer call() throws Exception {
            for (Path p : PackCatalog.write(load(packs), out)) {
                System.out.println("Écrit : " + p);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "lock", mixinStandardHelpOptions = true,
            description = "Écrire boussole.lock : id, version et sha256 de chaque référentiel utilisé.")
    static final class LockPacks implements Callable<Integer> {
        @Mixin
        PackMixin packs;

        @Option(names = "--out", paramLabel = "FICHIER", defaultValue = "boussole.lock",
                description = "Fichier à écrire (défaut : ${DEFAULT-VALUE}).")
        Path out;

        @Override
        public Integer call() throws Exception {
            // writing a lock must not verify the old one
            PackSet set = Checker.loadPacks(packs.optionsWithoutLock());
            Lockfile.of(set.packs()).write(out);
            System.out.println("Écrit : " + out + " (" + set.packs().size() + " référentiel(s))");
            return ExitCodes.OK;
        }
    }
}
