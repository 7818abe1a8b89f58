package fr.boussole.core;

import fr.boussole.extractor.ExtractionLimits;
import fr.boussole.extractor.ExtractionOptions;

/**
 * How a DCE is read.
 *
 * @param extraction parsing options (OCR, per-file timeout)
 * @param limits     archive limits (zip bombs, depth)
 * @param threads    pieces parsed in parallel (1 = sequential)
 */
public record ReadOptions(ExtractionOptions extraction, ExtractionLimits limits, int threads) {

    public static ReadOptions defaults() {
        return new ReadOptions(ExtractionOptions.defaults(), ExtractionLimits.defaults(),
                Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }

    public ReadOptions withOcr(boolean ocr) {
        return new ReadOptions(extraction.withOcr(ocr), limits, threads);
    }

    public ReadOptions withThreads(int n) {
        return new ReadOptions(extraction, limits, Math.max(1, n));
    }
}
