package fr.boussole.batch;

/** Told what a batch is doing, so a front-end can show progress. Called from several threads. */
public interface BatchListener {

    BatchListener NONE = new BatchListener() {
    };

    /** The archive was scanned: {@code total} tenders to go. */
    default void started(int total) {
    }

    /** A tender finished (whatever its outcome). */
    default void finished(TenderRow row) {
    }

    /** A French warning about the input (skipped entries…). */
    default void warning(String message) {
    }

    /** The tenders are all done; summaries are being written. */
    default void writingOutputs() {
    }
}
