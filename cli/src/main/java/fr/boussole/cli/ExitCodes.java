package fr.boussole.cli;

/** Exit codes, like a linter's. */
public final class ExitCodes {
    /** Nothing at or above the --fail-on severity is missing. */
    public static final int OK = 0;
    /** Gaps found. */
    public static final int GAPS = 1;
    /** Usage error (bad option, unreadable pack, lock mismatch…). */
    public static final int USAGE = 2;
    /** Some input could not be read; the rest was still reported. */
    public static final int PARTIAL_INPUT = 3;

    private ExitCodes() {
    }
}
