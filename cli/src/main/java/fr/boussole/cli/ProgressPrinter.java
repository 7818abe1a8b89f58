package fr.boussole.cli;

import fr.boussole.core.ReadProgress;
import fr.boussole.report.ProgressLine;
import java.util.Locale;

/** Shows "pièce 3/7 …" on stderr while a multi-piece DCE is read (only on a terminal). */
final class ProgressPrinter implements ReadProgress, AutoCloseable {

    private final ProgressLine line;

    private ProgressPrinter(ProgressLine line) {
        this.line = line;
    }

    static ProgressPrinter stderr(Locale locale) {
        return new ProgressPrinter(ProgressLine.stderr(locale));
    }

    @Override
    public synchronized void pieceRead(int done, int total, String path) {
        if (total > 1) {
            line.update(done, total, path);
        }
    }

    @Override
    public void close() {
        line.close();
    }
}
