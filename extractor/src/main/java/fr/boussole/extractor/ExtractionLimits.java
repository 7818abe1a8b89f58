package fr.boussole.extractor;

/**
 * Bounds applied while unpacking archives, against zip bombs and runaway inputs. Sizes are counted
 * on the bytes actually produced while streaming; sizes declared in archive headers are never trusted.
 *
 * @param maxEntriesPerArchive   entries allowed in one archive (directories and noise included)
 * @param maxTotalBytes          bytes that may be unpacked in total for one collection (all archives)
 * @param maxRatio               largest expanded/compressed ratio allowed for one entry
 * @param ratioMinBytes          the ratio is only judged once an entry has produced this many bytes
 *                               (small, very regular files legitimately compress far)
 * @param maxDepth               archive nesting allowed: 1 = a ZIP, 2 = a ZIP inside a ZIP, …
 * @param maxFileBytes           largest single file (on disk or unpacked) that is kept
 */
public record ExtractionLimits(int maxEntriesPerArchive, long maxTotalBytes, double maxRatio, long ratioMinBytes,
                               int maxDepth, long maxFileBytes) {

    public static final long MIB = 1024L * 1024L;

    /** Defaults sized for real DCEs: a few hundred files, plans and scans up to a few hundred MB. */
    public static final ExtractionLimits DEFAULTS =
            new ExtractionLimits(5_000, 4096 * MIB, 100.0, MIB, 4, 1024 * MIB);

    public ExtractionLimits {
        if (maxEntriesPerArchive <= 0 || maxTotalBytes <= 0 || maxRatio <= 1 || ratioMinBytes < 0
                || maxDepth <= 0 || maxFileBytes <= 0) {
            throw new IllegalArgumentException("limites d'extraction invalides");
        }
    }

    public static ExtractionLimits defaults() {
        return DEFAULTS;
    }

    public ExtractionLimits withMaxEntriesPerArchive(int v) {
        return new ExtractionLimits(v, maxTotalBytes, maxRatio, ratioMinBytes, maxDepth, maxFileBytes);
    }

    public ExtractionLimits withMaxTotalBytes(long v) {
        return new ExtractionLimits(maxEntriesPerArchive, v, maxRatio, ratioMinBytes, maxDepth, maxFileBytes);
    }

    public ExtractionLimits withMaxRatio(double ratio, long minBytes) {
        return new ExtractionLimits(maxEntriesPerArchive, maxTotalBytes, ratio, minBytes, maxDepth, maxFileBytes);
    }

    public ExtractionLimits withMaxDepth(int v) {
        return new ExtractionLimits(maxEntriesPerArchive, maxTotalBytes, maxRatio, ratioMinBytes, v, maxFileBytes);
    }

    public ExtractionLimits withMaxFileBytes(long v) {
        return new ExtractionLimits(maxEntriesPerArchive, maxTotalBytes, maxRatio, ratioMinBytes, maxDepth, v);
    }
}
