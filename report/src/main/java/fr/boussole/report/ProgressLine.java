package fr.boussole.report;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress indicator for reading many pieces: rewrites the same line with a carriage return, and
 * prints nothing at all unless the stream is an interactive terminal (so logs and pipes stay clean).
 */
public final class ProgressLine implements AutoCloseable {

    private final PrintStream out;
    private final boolean interactive;
    private final int width;
    private final ReportTexts texts;
    private int lastLength;

    /**
     * @param out         where to print (usually standard error)
     * @param interactive true only when {@code out} is a terminal
     * @param width       terminal width in columns; lines are cut to {@code width - 1}
     */
    public ProgressLine(PrintStream out, boolean interactive, int width, Locale locale) {
        this.out = out;
        this.interactive = interactive;
        this.width = Math.max(20, width);
        this.texts = ReportTexts.of(locale);
    }

    /** On standard error, interactive when the JVM has a console; width from {@code COLUMNS} or 80. */
    public static ProgressLine stderr(Locale locale) {
        int cols = 80;
        try {
            String c = System.getenv("COLUMNS");
            if (c != null) {
                cols = Integer.parseInt(c.trim());
            }
        } catch (NumberFormatException ignored) {
            // keep 80
        }
        return new ProgressLine(System.err, System.console() != null, cols, locale);
    }

    public boolean interactive() {
        return interactive;
    }

    /** Shows "Lecture des pièces [done/total] label". */
    public void update(int done, int total, String label) {
        if (!interactive) {
            return;
        }
        String line = texts.get("progress.reading", done, total, label == null ? "" : label);
        if (line.length() > width - 1) {
            line = line.substring(0, width - 2) + "…";
        }
        StringBuilder sb = new StringBuilder("\r").append(line);
        for (int i = line.length(); i < lastLength; i++) {
            sb.append(' ');
        }
        lastLength = line.length();
        out.print(sb);
        out.flush();
    }

    /** Clears the line (the next output starts on a clean line). */
    @Override
    public void close() {
        if (!interactive || lastLength == 0) {
            return;
        }
        out.print("\r" + " ".repeat(lastLength) + "\r");
        out.flush();
        lastLength = 0;
    }
}
