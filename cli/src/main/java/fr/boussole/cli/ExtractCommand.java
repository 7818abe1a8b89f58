package fr.boussole.cli;

import fr.boussole.core.TenderReader;
import fr.boussole.model.Json;
import fr.boussole.model.Tender;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code boussole extract DCE [--json FILE]}: reads the DCE and shows what was understood. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Lit un DCE : pièces et rôles, pages, clauses, profil du marché et problèmes de lecture.")
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DCE", description = "Dossier, archive ZIP ou fichiers du DCE.")
    List<Path> inputs;

    @Option(names = "--json", paramLabel = "FICHIER", description = "Écrire le modèle complet en JSON.")
    Path json;

    @Option(names = "--id", paramLabel = "ID", description = "Identifiant du marché (défaut : nom du dossier ou de l'archive).")
    String tenderId;

    @Mixin
    ReadMixin read;

    @Override
    public Integer call() throws Exception {
        Tender tender;
        try (TenderReader reader = new TenderReader(read.options());
             ProgressPrinter progress = ProgressPrinter.stderr()) {
            tender = reader.read(tenderId, inputs, progress);
        }
        System.out.print(TenderSummary.render(tender));
        if (json != null) {
            // the full piece texts stay out: clauses carry the text and their offsets
            Json.write(new Tender(tender.id(), tender.source(),
                    tender.pieces().stream().map(fr.boussole.model.Piece::withoutText).toList(), tender.profile(),
                    tender.problems()), json);
            System.out.println("Modèle écrit dans " + json);
        }
        return tender.partialInput() ? ExitCodes.PARTIAL_INPUT : ExitCodes.OK;
    }
}
