package fr.boussole.batch;

import fr.boussole.core.TenderReader;
import fr.boussole.extractor.SourceFile;
import fr.boussole.model.Piece;

/**
 * Reads one collected file into a piece (extract, segment, role). Never throws for a bad file: the piece then
 * carries the problem. Implementations are thread-safe.
 */
public interface PieceReader extends AutoCloseable {

    Piece read(SourceFile file, String pieceId);

    /** Short French description, for the summary ("2 processus d'extraction isolés"…). */
    String describe();

    @Override
    default void close() {
    }

    /** Reads in this JVM (parse timeouts only stop waiting; a stuck parser keeps its thread). */
    static PieceReader inProcess(TenderReader reader) {
        return new PieceReader() {
            @Override
            public Piece read(SourceFile file, String pieceId) {
                return reader.readPiece(file, pieceId);
            }

            @Override
            public String describe() {
                return "extraction dans le processus principal";
            }
        };
    }
}
