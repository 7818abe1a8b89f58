package fr.boussole.batch;

import java.io.PrintStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a batch on standard error: a bar with counts, rate and remaining time when the terminal is
 * interactive (me.tongfei:progressbar), nothing but warnings otherwise, so logs and pipes stay clean.
 */
public final class ConsoleProgress implements BatchListener, AutoCloseable {

    private final PrintStream err;
    private final boolean interactive;
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger files = new AtomicInteger();
    private ProgressBar bar;

    public ConsoleProgress(PrintStream err, boolean interactive) {
        this.err = err;
        this.interactive = interactive;
    }

    /** On stderr, with a bar only when the JVM has a console. */
    public static ConsoleProgress stderr() {
        return new ConsoleProgress(System.err, System.console() != null);
    }

    @Override
    public synchronized void started(int total) {
        if (!interactive) {
            err.println("Archive : " + total + " DCE à traiter.");
            return;
        }
        bar = new ProgressBarBuilder().setTaskName("DCE").setInitialMax(total)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .setUnit(" DCE", 1)
                .showSpeed(new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.FRENCH)))
                .setSpeedUnit(ChronoUnit.SECONDS)
                .setUpdateIntervalMillis(500)
                .build();
    }

    @Override
    public void finished(TenderRow row) {
        if (!row.outcome().hasResult()) {
            failed.incrementAndGet();
        }
        files.addAndGet(row.failedFiles().size());
        synchronized (this) {
            if (bar != null) {
                bar.setExtraMessage(extra());
                bar.step();
            }
        }
    }

    private String extra() {
        int f = failed.get();
        int ff = files.get();
        return (f == 0 ? "" : f + " échec(s) ") + (ff == 0 ? "" : ff + " fichier(s) illisible(s)");
    }

    @Override
    public void warning(String message) {
        synchronized (this) {
            if (bar == null) {
                err.println("Attention : " + message);
            }
        }
    }

    @Override
    public synchronized void writingOutputs() {
        close();
        err.println("Écriture des synthèses et du tableau de bord…");
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
