package fr.boussole.cli;

import fr.boussole.core.ReadOptions;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options about reading the DCE, shared by extract, check and batch. */
public final class ReadMixin {

    @Option(names = "--ocr", description = "Lire par OCR (Tesseract, données françaises) les pages scannées sans texte.")
    boolean ocr;

    @Option(names = "--threads", paramLabel = "N", description = "Pièces lues en parallèle (défaut : ${DEFAULT-VALUE}).",
            defaultValue = "2")
    int threads;

    @Option(names = "--file-timeout", paramLabel = "SECONDES", defaultValue = "120",
            description = "Délai maximal d'extraction d'un fichier (défaut : ${DEFAULT-VALUE} s).")
    int fileTimeoutSeconds;

    public ReadOptions options() {
        ReadOptions d = ReadOptions.defaults();
        return new ReadOptions(d.extraction().withOcr(ocr).withTimeout(Duration.ofSeconds(fileTimeoutSeconds)),
                d.limits(), Math.max(1, threads));
    }
}
