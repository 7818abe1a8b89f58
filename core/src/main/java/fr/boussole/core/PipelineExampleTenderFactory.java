package fr.boussole.core;

import fr.boussole.extractor.DceCollector;
import fr.boussole.extractor.SourceFile;
import fr.boussole.model.AwardCriterion;
import fr.boussole.model.Piece;
import fr.boussole.model.PieceRole;
import fr.boussole.model.Tender;
import fr.boussole.model.TenderProfile;
import fr.boussole.profiler.TenderProfiler;
import fr.boussole.rules.pack.CriterionDef;
import fr.boussole.rules.tools.ExampleTenderFactory;
import fr.boussole.rules.tools.SimpleExampleTenderFactory;
import fr.boussole.segmenter.Fingerprints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a criterion example into a tender through the real pipeline: each example piece is written as
 * a Markdown file and read by the extractor and segmenter like any buyer's document, then the real
 * profiler reads award criteria and the rest. The example's profile overrides (family, buyer type,
 * dates, amount, award criteria) win over what the profiler read, so an example states its context.
 */
public final class PipelineExampleTenderFactory implements ExampleTenderFactory, AutoCloseable {

    private final TenderReader reader;
    private final TenderProfiler profiler = new TenderProfiler();
    private final Path workDir;

    public PipelineExampleTenderFactory() {
        this.reader = new TenderReader(ReadOptions.defaults().withThreads(1));
        try {
            this.workDir = Files.createTempDirectory("boussole-examples");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Tender create(Example ex) {
        List<Piece> pieces = new ArrayList<>();
        int n = 0;
        for (CriterionDef.ExamplePiece ep : ex.pieces()) {
            n++;
            PieceRole role = ep.role() != null ? ep.role() : ex.defaultRole();
            String name = ep.name() != null ? ep.name() : role.code().toUpperCase(Locale.ROOT) + ".md";
            if (!name.toLowerCase(Locale.ROOT).endsWith(".md")) {
                name = name.replaceAll("\\.[A-Za-z0-9]{2,4}$", "") + ".md";
            }
            Path file = workDir.resolve(ex.tenderId().replaceAll("[^A-Za-z0-9.-]", "_") + "_" + n + "_" + name);
            try {
                Files.writeString(file, ep.text() == null ? "" : ep.text(), StandardCharsets.UTF_8);
                SourceFile src = new SourceFile(name, name, file, Files.size(file), DceCollector.sha256(file));
                Piece read = reader.readPiece(src, "p" + n);
                pieces.add(read.withRole(role, "rôle donné par l'exemple", Fingerprints.withRole(read.clauses(), role)));
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        TenderProfile read = profiler.profile(pieces);
        TenderProfile given = SimpleExampleTenderFactory.profile(ex);
        CriterionDef.ExampleProfile p = ex.def().profile();
        List<AwardCriterion> awards = p != null && !p.awardCriteria().isEmpty() ? given.awardCriteria()
                : read.awardCriteria();
        TenderProfile merged = new TenderProfile(read.object() != null ? read.object() : given.object(),
                read.buyer(), given.buyerType(), read.procedure(), read.cpv(), read.lots(),
                given.estimatedAmount() != null ? given.estimatedAmount() : read.estimatedAmount(),
                given.launchDate(), given.deadline() != null ? given.deadline() : read.deadline(), read.ccag(),
                read.duration(), read.durationMonths(), awards, given.family(), given.families(),
                given.familyReason(), read.sources());
        return new Tender(ex.tenderId(), ex.tenderId(), pieces, merged, List.of());
    }

    @Override
    public void close() {
        reader.close();
        try (var files = Files.list(workDir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(workDir);
        } catch (IOException ignored) {
            // temp folder: best effort
        }
    }
}
