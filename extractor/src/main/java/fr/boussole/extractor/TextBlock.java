package fr.boussole.extractor;

import fr.boussole.model.ClauseKind;

/**
 * A structural block of text as the parser saw it: a paragraph ({@code <p>}), a heading
 * ({@code <h1>}…), a list item or a table row (cells joined with {@code " | "}).
 *
 * <p>In PDFs a block may hold many wrapped lines, several paragraphs and headings separated only by
 * {@code \n}: {@link #wrapped} is then true and the segmenter must not treat a newline as a boundary.
 *
 * @param kind         structural kind as the parser saw it
 * @param text         text, newlines kept
 * @param page         1-based page for paginated formats, else null
 * @param headingLevel 1–6 for headings, else 0
 * @param wrapped      true when newlines inside are line wraps (PDF), false when they are real breaks
 * @param spaceBefore  the source showed vertical space (a blank line) before this block: a paragraph hint
 *                     for wrapped text, where block boundaries alone are unreliable
 */
public record TextBlock(ClauseKind kind, String text, Integer page, int headingLevel, boolean wrapped,
                        boolean spaceBefore) {

    public TextBlock(ClauseKind kind, String text, Integer page, int headingLevel, boolean wrapped) {
        this(kind, text, page, headingLevel, wrapped, false);
    }
}
