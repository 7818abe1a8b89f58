package fr.boussole.segmenter;

import fr.boussole.extractor.TextBlock;

/** One line as the segmenter sees it: a wrapped line of a PDF/TXT block, or a whole non-wrapped block. */
final class Line {
    final String text;
    final Integer page;
    final int block;
    final boolean blockStart;
    final boolean blankBefore;
    final TextBlock source;
    /** A whole block whose newlines are real breaks (DOCX paragraph, heading, list item, table row). */
    final boolean hard;
    /** First kept line of its page. */
    boolean pageStart;

    Line(String text, Integer page, int block, boolean blockStart, boolean blankBefore, TextBlock source,
         boolean hard) {
        this.text = text;
        this.page = page;
        this.block = block;
        this.blockStart = blockStart;
        this.blankBefore = blankBefore;
        this.source = source;
        this.hard = hard;
    }

    @Override
    public String toString() {
        return "[" + page + (hard ? " hard" : "") + "] " + text;
    }
}
