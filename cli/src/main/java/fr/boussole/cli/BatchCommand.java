package fr.boussole.cli;

import fr.boussole.batch.BatchInputException;
import fr.boussole.batch.BatchOptions;
import fr.boussole.batch.BatchOutcome;
import fr.boussole.batch.BatchRunner;
import fr.boussole.batch.ConsoleProgress;
import fr.boussole.report.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code boussole batch ENTREE --out DOSSIER}: archive mode, a thin front-end over boussole-batch. */
@Command(name = "batch", mixinStandardHelpOptions = true)
public final class BatchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "${bundle:label.input:-ENTREE}", descriptionKey = "batch.input")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "${bundle:label.folder:-DOSSIER}", descriptionKey = "batch.out")
    Path out;

    @Option(names = "--workers", paramLabel = "N", descriptionKey = "batch.workers")
    Integer workers;

    @Option(names = "--worker-xmx", paramLabel = "${bundle:label.size:-TAILLE}", defaultValue = "768m",
            descriptionKey = "batch.worker-xmx")
    String workerXmx;

    @Option(names = "--cache", paramLabel = "${bundle:label.folder:-DOSSIER}", descriptionKey = "batch.cache")
    Path cache;

    @Option(names = "--key", paramLabel = "ID", split = ",", descriptionKey = "batch.key")
    List<String> keys = new ArrayList<>();

    @Option(names = "--decp", paramLabel = "${bundle:label.file:-FICHIER}", descriptionKey = "batch.decp")
    Path decp;

    @Option(names = "--decp-seuil", paramLabel = "0..1", defaultValue = "0.5", descriptionKey = "batch.decp-seuil")
    double decpThreshold;

    @Option(names = "--waivers", paramLabel = "${bundle:label.file:-FICHIER}", descriptionKey = "batch.waivers")
    Path waivers;

    @Spec
    CommandSpec spec;

    @Mixin
    ReadMixin read;

    @Mixin
    PackMixin packs;

    @Override
    public Integer call() throws Exception {
        Messages t = BoussoleCli.texts(spec);
        if (decpThreshold <= 0 || decpThreshold > 1) {
            System.err.println(t.get("error", t.get("batch.badThreshold")));
            return ExitCodes.USAGE;
        }
        BatchOptions.Builder b = BatchOptions.builder(input, out).read(read.options()).check(packs.options(waivers))
                .threads(read.options().threads()).workerXmx(workerXmx).cacheDir(cache).keys(keys).decp(decp)
                .decpThreshold(decpThreshold).locale(t.locale());
        if (workers != null) {
            b.workers(workers);
        }
        BatchOutcome outcome;
        try (ConsoleProgress progress = ConsoleProgress.stderr(t.locale())) {
            outcome = new BatchRunner(b.build(), progress).run();
        } catch (BatchInputException e) {
            System.err.println(t.get("error", e.getMessage()));
            return ExitCodes.USAGE;
        }
        System.out.print(outcome.summaryText());
        return outcome.complete() ? ExitCodes.OK : ExitCodes.PARTIAL_INPUT;
    }
}
