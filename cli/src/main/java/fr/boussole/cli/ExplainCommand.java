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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code boussole explain ID [--result FILE]}: a criterion, its sources and examples, and why it fired. */
@Command(name = "explain", mixinStandardHelpOptions = true)
public final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "explain.id")
    String id;

    @Option(names = "--result", paramLabel = "${bundle:label.file:-FICHIER}", descriptionKey = "explain.result")
    Path result;

    @Spec
    CommandSpec spec;

    @Mixin
    PackMixin packs;

    @Override
    public Integer call() throws Exception {
        PackSet set = Checker.loadPacks(packs.options(null));
        if (result != null) {
            CheckResult r = JsonReport.read(result);
            System.out.print(ExplainText.render(Explainer.explain(set, id, r), BoussoleCli.texts(spec)));
        } else {
            System.out.print(ExplainText.render(Explainer.explain(set, id), BoussoleCli.texts(spec)));
        }
        return ExitCodes.OK;
    }
}
