package fr.boussole.cli;

import fr.boussole.core.Checker;
import fr.boussole.core.TenderReader;
import fr.boussole.core.eval.EvalReport;
import fr.boussole.core.eval.Evaluator;
import fr.boussole.report.Messages;
import fr.boussole.core.eval.GoldFile;
import fr.boussole.core.eval.GoldLabel;
import fr.boussole.model.CheckResult;
import fr.boussole.model.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code boussole eval ROOT --gold FILE}: how often Boussole is right on labelled tenders. */
@Command(name = "eval", mixinStandardHelpOptions = true)
public final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "${bundle:label.root:-RACINE}", descriptionKey = "eval.root")
    Path root;

    @Option(names = "--gold", required = true, paramLabel = "${bundle:label.file:-FICHIER}", descriptionKey = "eval.gold")
    Path gold;

    @Option(names = "--json", paramLabel = "${bundle:label.file:-FICHIER}", descriptionKey = "eval.json")
    Path json;

    @Option(names = "--results", paramLabel = "${bundle:label.folder:-DOSSIER}", descriptionKey = "eval.results")
    Path resultsDir;

    @Option(names = "--show", paramLabel = "N", defaultValue = "40", descriptionKey = "eval.show")
    int show;

    @Spec
    CommandSpec spec;

    @Mixin
    ReadMixin read;

    @Mixin
    PackMixin packs;

    @Override
    public Integer call() throws Exception {
        List<GoldLabel> labels = GoldFile.read(gold);
        EvalReport report = evaluate(root, labels, new Checker(packs.options(null)), read, resultsDir);
        Messages t = BoussoleCli.texts(spec);
        System.out.print(EvalText.render(report, show, t));
        if (json != null) {
            Json.write(report, json);
            System.err.println(t.get("eval.written", json));
        }
        return ExitCodes.OK;
    }

    /** Checks every tender folder (or archive) under root and compares with the labels. */
    static EvalReport evaluate(Path root, List<GoldLabel> labels, Checker checker, ReadMixin read, Path resultsDir)
            throws java.io.IOException {
        Map<String, CheckResult> results = new LinkedHashMap<>();
        List<Path> tenders = new ArrayList<>();
        try (Stream<Path> s = Files.list(root)) {
            s.filter(p -> Files.isDirectory(p) || p.toString().toLowerCase(Locale.ROOT).endsWith(".zip"))
                    .sorted().forEach(tenders::add);
        }
        try (TenderReader reader = new TenderReader(read == null ? fr.boussole.core.ReadOptions.defaults() : read.options())) {
            for (Path t : tenders) {
                String id = TenderReader.defaultId(List.of(t));
                CheckResult r = checker.check(reader.read(id, List.of(t), fr.boussole.core.ReadProgress.NONE));
                results.put(id, r);
                if (resultsDir != null) {
                    Json.write(r, resultsDir.resolve(id + ".json"));
                }
            }
        }
        return Evaluator.evaluate(results, labels, id -> {
            try {
                return checker.packs().resolve(id);
            } catch (RuntimeException e) {
                return null;
            }
        });
    }
}
