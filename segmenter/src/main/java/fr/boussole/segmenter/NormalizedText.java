package fr.boussole.segmenter;

/**
 * A normalised text with, for each of its characters, the offset of the original character it
 * came from, so that a match in the normalised text can be quoted from the original.
 */
public final class NormalizedText {

    private final String text;
    private final int[] toOriginal; // length text.length() + 1; last entry = original length

    NormalizedText(String text, int[] toOriginal) {
        this.text = text;
        this.toOriginal = toOriginal;
    }

    public String text() {
        return text;
    }

    /** Original offset of the normalised character at {@code normIndex} (0 ≤ normIndex ≤ length). */
    public int originalStart(int normIndex) {
        return toOriginal[Math.max(0, Math.min(normIndex, text.length()))];
    }

    /** Original end offset (exclusive) for a normalised end offset (exclusive). */
    public int originalEnd(int normEnd) {
        if (normEnd <= 0) {
            return toOriginal[0];
        }
        if (normEnd >= text.length()) {
            return toOriginal[text.length()];
        }
        // the original chars up to the start of the next normalised char belong to this match,
        // but trailing original whitespace that was collapsed away should not be quoted
        return toOriginal[normEnd - 1] + 1 + extraWidth(normEnd - 1);
    }

    private int extraWidth(int normIndex) {
        // characters that expanded from one original char (œ → oe) map to the same original offset;
        // characters folded from a surrogate pair cover two chars.
        int here = toOriginal[normIndex];
        int next = toOriginal[normIndex + 1];
        if (next > here + 1 && text.charAt(normIndex) != ' ') {
            return next - here - 1;
        }
        return 0;
    }
}
