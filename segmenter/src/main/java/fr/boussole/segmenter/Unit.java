package fr.boussole.segmenter;

import fr.boussole.model.ClauseKind;
import java.util.ArrayList;
import java.util.List;

/** A rebuilt structural unit (future clause): heading, paragraph, list item, table row, TOC entry. */
final class Unit {
    ClauseKind kind;
    final List<String> lines = new ArrayList<>();
    Integer page;
    /** Word/Markdown heading level (1–6), 0 when unknown. */
    int level;
    /** Numbering when this unit opens a numbered section. */
    Numbering numbering;
    /** An all-caps line taken as a heading (weak: never in article paths). */
    boolean capsHeading;
    boolean toc;
    boolean tocTitle;
    boolean runningHeader;
    /** Came from a non-wrapped block. */
    boolean hard;
    /** Opens a section even though its kind is not HEADING (an article whose text follows its number). */
    boolean opensSection;

    Unit(ClauseKind kind, Integer page) {
        this.kind = kind;
        this.page = page;
    }

    String text() {
        return String.join("\n", lines);
    }

    String lastLine() {
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    boolean isHeadingLike() {
        return kind == ClauseKind.HEADING;
    }

    @Override
    public String toString() {
        return kind + (numbering != null ? "(" + numbering.label() + ")" : "") + (toc ? "[toc]" : "")
                + (runningHeader ? "[rh]" : "") + " p" + page + " " + text().replace('\n', '⏎');
    }
}
