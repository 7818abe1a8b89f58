package fr.boussole.cli;

import fr.boussole.core.Checker;
import fr.boussole.model.CheckResult;
import fr.boussole.report.JsonReport;
import fr.boussole.rules.pack.PackSet;
import fr.boussole.rules.tools.Explainer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code boussole explain ID [--result FILE]}: a criterion, its sources and examples, and why it fired. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Expliquer un critère (sources, signaux, exemples) et, avec --result, pourquoi il a ce statut.")
public final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ID", description = "Identifiant du critère, ex. LEG-01.")
    String id;

    @Option(names = "--result", paramLabel = "FICHIER", description = "Résultat JSON d'un « boussole check ».")
    Path result;

    @Mixin
    PackMixin packs;

    @Override
    public Integer call() throws Exception {
        PackSet set = Checker.loadPacks(packs.options(null));
        if (result != null) {
            CheckResult r = JsonReport.read(result);
            System.out.print(Explainer.explain(set, id, r).toText());
        } else {
            System.out.print(Explainer.explain(set, id).toText());
        }
        return ExitCodes.OK;
    }
}
