package fr.boussole.cli;

import fr.boussole.core.ReadOptions;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options about reading the DCE, shared by extract, check and batch. */
public final class ReadMixin {

    @Option(names = "--ocr", descriptionKey = "ocr")
    boolean ocr;

    @Option(names = "--threads", paramLabel = "N", descriptionKey = "threads", defaultValue = "2")
    int threads;

    @Option(names = "--file-timeout", paramLabel = "${bundle:label.seconds:-SECONDES}", defaultValue = "120",
            descriptionKey = "file-timeout")
    int fileTimeoutSeconds;

    public ReadOptions options() {
        ReadOptions d = ReadOptions.defaults();
        return new ReadOptions(d.extraction().withOcr(ocr).withTimeout(Duration.ofSeconds(fileTimeoutSeconds)),
                d.limits(), Math.max(1, threads));
    }
}
