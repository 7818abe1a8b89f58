package fr.boussole.cli;

import fr.boussole.core.TenderReader;
import fr.boussole.model.Json;
import fr.boussole.model.Tender;
import fr.boussole.report.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code boussole extract DCE [--json FILE]}: reads the DCE and shows what was understood. */
@Command(name = "extract", mixinStandardHelpOptions = true)
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DCE", descriptionKey = "dce")
    List<Path> inputs;

    @Option(names = "--json", paramLabel = "${bundle:label.file:-FICHIER}", descriptionKey = "extract.json")
    Path json;

    @Option(names = "--id", paramLabel = "ID", descriptionKey = "id")
    String tenderId;

    @Spec
    CommandSpec spec;

    @Mixin
    ReadMixin read;

    @Override
    public Integer call() throws Exception {
        Messages t = BoussoleCli.texts(spec);
        Tender tender;
        try (TenderReader reader = new TenderReader(read.options());
             ProgressPrinter progress = ProgressPrinter.stderr(t.locale())) {
            tender = reader.read(tenderId, inputs, progress);
        }
        System.out.print(TenderSummary.render(tender, t));
        if (json != null) {
            // the full piece texts stay out: clauses carry the text and their offsets
            Json.write(new Tender(tender.id(), tender.source(),
                    tender.pieces().stream().map(fr.boussole.model.Piece::withoutText).toList(), tender.profile(),
                    tender.problems()), json);
            System.out.println(t.get("extract.written", json));
        }
        return tender.partialInput() ? ExitCodes.PARTIAL_INPUT : ExitCodes.OK;
    }
}
