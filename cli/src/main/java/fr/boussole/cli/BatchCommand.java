package fr.boussole.cli;

import fr.boussole.batch.BatchInputException;
import fr.boussole.batch.BatchOptions;
import fr.boussole.batch.BatchOutcome;
import fr.boussole.batch.BatchRunner;
import fr.boussole.batch.ConsoleProgress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code boussole batch ENTREE --out DOSSIER}: archive mode, a thin front-end over boussole-batch. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Traite une archive entière de DCE (des milliers), en parallèle et avec reprise : "
                + "relancer la même commande après une interruption termine le reste.",
                "ENTREE : un dossier (chaque sous-dossier ou ZIP est un DCE), une archive ZIP de DCE, "
                        + "ou une liste CSV/JSONL de chemins (colonnes path, id, decp_id)."})
public final class BatchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ENTREE", description = "Dossier de DCE, ZIP de DCE ou liste CSV/JSONL.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "DOSSIER",
            description = "Dossier de sortie : un résultat JSON par DCE, journal, synthèses CSV/XLSX, tableau de bord HTML.")
    Path out;

    @Option(names = "--workers", paramLabel = "N",
            description = "Processus d'extraction isolés (défaut : autant que --threads ; 0 = extraction dans le processus principal, sans isolation).")
    Integer workers;

    @Option(names = "--worker-xmx", paramLabel = "TAILLE", defaultValue = "768m",
            description = "Mémoire de chaque processus d'extraction (défaut : ${DEFAULT-VALUE}).")
    String workerXmx;

    @Option(names = "--cache", paramLabel = "DOSSIER",
            description = "Cache de résultats partagé entre dossiers de sortie (clé : empreintes des pièces, référentiels, version).")
    Path cache;

    @Option(names = "--key", paramLabel = "ID", split = ",",
            description = "Critère à ajouter aux colonnes de synthèse (répétable ; toujours : LEG-01, LEG-02, LEG-04, LEG-05, LEG-12).")
    List<String> keys = new ArrayList<>();

    @Option(names = "--decp", paramLabel = "FICHIER",
            description = "Données essentielles de la commande publique (JSON v1 ou v2) à confronter aux DCE.")
    Path decp;

    @Option(names = "--decp-seuil", paramLabel = "0..1", defaultValue = "0.5",
            description = "Similarité des objets (indice de Jaccard des mots) pour rapprocher un DCE d'un marché DECP sans identifiant (défaut : ${DEFAULT-VALUE}).")
    double decpThreshold;

    @Option(names = "--waivers", paramLabel = "FICHIER", description = "Dérogations justifiées (YAML), pour tous les DCE.")
    Path waivers;

    @Mixin
    ReadMixin read;

    @Mixin
    PackMixin packs;

    @Override
    public Integer call() throws Exception {
        if (decpThreshold <= 0 || decpThreshold > 1) {
            System.err.println("Erreur : --decp-seuil doit être compris entre 0 (exclu) et 1.");
            return ExitCodes.USAGE;
        }
        BatchOptions.Builder b = BatchOptions.builder(input, out).read(read.options()).check(packs.options(waivers))
                .threads(read.options().threads()).workerXmx(workerXmx).cacheDir(cache).keys(keys).decp(decp)
                .decpThreshold(decpThreshold);
        if (workers != null) {
            b.workers(workers);
        }
        BatchOutcome outcome;
        try (ConsoleProgress progress = ConsoleProgress.stderr()) {
            outcome = new BatchRunner(b.build(), progress).run();
        } catch (BatchInputException e) {
            System.err.println("Erreur : " + e.getMessage());
            return ExitCodes.USAGE;
        }
        System.out.print(outcome.summaryText());
        return outcome.complete() ? ExitCodes.OK : ExitCodes.PARTIAL_INPUT;
    }
}
