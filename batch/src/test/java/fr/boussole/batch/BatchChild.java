package fr.boussole.batch;

import java.nio.file.Path;

/** A batch in its own JVM, for tests that kill it: {@code BatchChild INPUT OUT THREADS WORKERS [CACHE]}. */
public final class BatchChild {

    private BatchChild() {
    }

    public static void main(String[] args) throws Exception {
        BatchOptions.Builder b = BatchOptions.builder(Path.of(args[0]), Path.of(args[1]))
                .check(TestSupport.checkOptions()).threads(Integer.parseInt(args[2])).workers(Integer.parseInt(args[3]));
        if (args.length > 4) {
            b.cacheDir(Path.of(args[4]));
        }
        BatchOutcome o = new BatchRunner(b.build(), null).run();
        System.out.print(o.summaryText());
        System.exit(0);
    }
}
