package fr.boussole.batch;

/** One line of {@code failed-files.csv}, kept (first ones only) for the dashboard. */
record FailedFileLine(String tender, String path, String code, String message, String detail) {
}
