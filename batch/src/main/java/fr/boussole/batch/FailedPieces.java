package fr.boussole.batch;

import fr.boussole.extractor.SourceFile;
import fr.boussole.model.Piece;
import fr.boussole.model.Problem;
import fr.boussole.profiler.PieceRoleClassifier;
import java.util.List;

/** Pieces that could not be read at all: the role comes from the file name alone, the problem says why. */
final class FailedPieces {

    private static final PieceRoleClassifier ROLES = new PieceRoleClassifier();

    private FailedPieces() {
    }

    static Piece of(SourceFile file, String pieceId, Problem problem) {
        PieceRoleClassifier.RoleDecision role = ROLES.classify(file.fileName(), null, List.of());
        return new Piece(pieceId, file.displayPath(), file.fileName(), null, role.role(), role.reason(), null, null,
                file.sha256(), file.size(), null, List.of(), List.of(), List.of(problem), List.of());
    }
}
