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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code boussole diff OLD NEW}: what changed between two versions of a DCE (or two JSON results). */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Comparer deux versions d'un DCE (ou deux résultats JSON) : nouveaux critères couverts, nouveaux manques, inchangés.")
public final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ANCIEN", description = "Ancien DCE (dossier, ZIP) ou résultat JSON.")
    Path oldInput;

    @Parameters(index = "1", paramLabel = "NOUVEAU", description = "Nouveau DCE (dossier, ZIP) ou résultat JSON.")
    Path newInput;

    @Option(names = "--md", paramLabel = "FICHIER", description = "Écrire la comparaison en Markdown.")
    Path markdown;

    @Option(names = "--json", paramLabel = "FICHIER", description = "Écrire la comparaison en JSON.")
    Path json;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr")
    String lang;

    @Mixin
    ReadMixin read;

    @Mixin
    PackMixin packs;

    @Override
    public Integer call() throws Exception {
        Locale locale = Locale.forLanguageTag(lang);
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
