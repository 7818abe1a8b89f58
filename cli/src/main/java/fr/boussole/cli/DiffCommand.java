package fr.boussole.cli;

import fr.boussole.core.Checker;
import fr.boussole.core.TenderReader;
import fr.boussole.model.CheckResult;
import fr.boussole.report.ConsoleReport;
import fr.boussole.report.DiffReport;
import fr.boussole.report.JsonReport;
import fr.boussole.report.ResultDiff;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code boussole diff OLD NEW}: what changed between two versions of a DCE (or two JSON results). */
@Command(name = "diff", mixinStandardHelpOptions = true)
public final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "${bundle:label.old:-ANCIEN}", descriptionKey = "diff.old")
    Path oldInput;

    @Parameters(index = "1", paramLabel = "${bundle:label.new:-NOUVEAU}", descriptionKey = "diff.new")
    Path newInput;

    @Option(names = "--md", paramLabel = "${bundle:label.file:-FICHIER}", descriptionKey = "diff.md")
    Path markdown;

    @Option(names = "--json", paramLabel = "${bundle:label.file:-FICHIER}", descriptionKey = "diff.json")
    Path json;

    @Spec
    CommandSpec spec;

    @Mixin
    ReadMixin read;

    @Mixin
    PackMixin packs;

    @Override
    public Integer call() throws Exception {
        Locale locale = BoussoleCli.texts(spec).locale();
        Checker checker = null;
        CheckResult[] results = new CheckResult[2];
        List<Path> inputs = List.of(oldInput, newInput);
        try (TenderReader reader = new TenderReader(read.options())) {
            for (int i = 0; i < 2; i++) {
                Path in = inputs.get(i);
                if (in.toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                    results[i] = JsonReport.read(in);
                } else {
                    if (checker == null) {
                        checker = new Checker(packs.options(null));
                    }
                    results[i] = checker.check(reader.read(null, List.of(in), fr.boussole.core.ReadProgress.NONE));
                }
            }
        }
        ResultDiff diff = ResultDiff.diff(results[0], results[1]);
        System.out.print(DiffReport.console(diff, locale,
                ConsoleReport.useColor(System.console() != null, System.getenv())));
        if (markdown != null) {
            Files.writeString(markdown, DiffReport.markdown(diff, locale), StandardCharsets.UTF_8);
        }
        if (json != null) {
            Files.writeString(json, DiffReport.json(diff), StandardCharsets.UTF_8);
        }
        return ExitCodes.OK;
    }
}
