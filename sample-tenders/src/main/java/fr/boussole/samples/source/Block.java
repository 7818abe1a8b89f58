package fr.boussole.samples.source;

import java.util.List;

/** One structural block of a sample piece, independent of the output format. */
public sealed interface Block {

    /** Numbered or unnumbered heading; the article number is part of the text ("ARTICLE 3 – DURÉE"). */
    record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("heading level must be 1..3: " + level);
            }
        }
    }

    /** Ordinary body paragraph. */
    record Paragraph(String text) implements Block {
    }

    /** Boxed or italic remark ("Nota : …"), written with "> " in the sources. */
    record Note(String text) implements Block {
    }

    /** Bulleted list item; level 0 is the outermost. */
    record ListItem(int level, String text) implements Block {
    }

    /**
     * Table; the first {@code headerRows} rows are header rows. {@code widths} are relative column
     * widths (empty: equal widths).
     */
    record Table(List<List<String>> rows, int headerRows, List<Integer> widths) implements Block {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
            widths = List.copyOf(widths);
        }

        public int columns() {
            return rows.stream().mapToInt(List::size).max().orElse(0);
        }
    }

    /** Cover page: centred lines, then a page break. */
    record Cover(List<CoverLine> lines) implements Block {
        public Cover {
            lines = List.copyOf(lines);
        }
    }

    /** One line of a cover page. */
    record CoverLine(CoverStyle style, String text) {
    }

    enum CoverStyle { TITLE, SUBTITLE, TEXT, SMALL, GAP }

    /** Explicit page break. */
    record PageBreak() implements Block {
    }

    /** Table of contents generated from the headings up to {@code maxLevel}. */
    record Toc(String title, int maxLevel) implements Block {
    }

    /** Start of a new worksheet (XLSX pieces only); widths in characters, per column. */
    record Sheet(String name, List<Integer> widths, boolean landscape) implements Block {
        public Sheet {
            widths = List.copyOf(widths);
        }
    }
}
