package fr.boussole.core;

/** Told after each piece is read, so a front-end can show progress. */
@FunctionalInterface
public interface ReadProgress {

    ReadProgress NONE = (done, total, path) -> { };

    void pieceRead(int done, int total, String path);
}
