package fr.boussole.extractor;

import fr.boussole.model.ClauseKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML into {@link TextBlock}s: {@code <div class="page">} counts PDF pages,
 * {@code <p>} gives paragraphs, {@code <h1..6>} headings, {@code <li>} list items and {@code <tr>}
 * table rows (cells joined with {@code " | "}, empty rows skipped). Text outside any block becomes a
 * paragraph. Not thread-safe: one instance per parse.
 */
final class BlockHandler extends DefaultHandler {

    /** An open block; {@code absorbed} for a paragraph inside a list item or heading (it is part of it). */
    private record Open(ClauseKind kind, int level, boolean absorbed) {
    }

    private final boolean paginated;
    private final boolean wrapped;
    private final List<TextBlock> blocks = new ArrayList<>();
    private final List<Integer> pageChars = new ArrayList<>();
    private final Deque<Open> open = new ArrayDeque<>();
    private final StringBuilder buf = new StringBuilder();

    private int page;
    /** The last block ended with a blank line: the next one starts after vertical space. */
    private boolean pendingSpace;
    private int headDepth;
    private int skipDepth;
    private int tableDepth;
    private int rowDepth;
    private List<String> cells;
    private StringBuilder cell;

    /** Names to announce, one per top-level table (ODS sheets, whose names Tika drops). */
    private final java.util.Deque<String> sheetNames = new ArrayDeque<>();

    BlockHandler(boolean paginated, boolean wrapped) {
        this.paginated = paginated;
        this.wrapped = wrapped;
    }

    BlockHandler withSheetNames(List<String> names) {
        sheetNames.addAll(names);
        return this;
    }

    List<TextBlock> blocks() {
        return blocks;
    }

    /** Non-blank characters seen on each page (index 0 = page 1). */
    List<Integer> pageChars() {
        return pageChars;
    }

    int pages() {
        return page;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
        if (name.equals("head")) {
            headDepth++;
            return;
        }
        if (headDepth > 0) {
            return;
        }
        if (name.equals("script") || name.equals("style")) {
            skipDepth++;
            return;
        }
        String cls = atts == null ? null : atts.getValue("class");
        switch (name) {
            case "div" -> {
                if (rowDepth == 0) {
                    flush();
                }
                if ("page".equals(cls) && paginated) {
                    page++;
                    pageChars.add(0);
                    pendingSpace = false;
                }
            }
            case "p" -> {
                if (inRow()) {
                    cellBreak();
                } else if (!open.isEmpty() && open.peek().kind != ClauseKind.PARAGRAPH) {
                    // <li><p>…</p></li>: the paragraph is the list item's text
                    if (buf.length() > 0) {
                        buf.append('\n');
                    }
                    open.push(new Open(open.peek().kind, open.peek().level, true));
                } else {
                    startBlock(ClauseKind.PARAGRAPH, 0);
                }
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                if (inRow()) {
                    cellBreak();
                } else {
                    startBlock(ClauseKind.HEADING, name.charAt(1) - '0');
                }
            }
            case "li" -> {
                if (inRow()) {
                    cellBreak();
                } else {
                    startBlock(ClauseKind.LIST_ITEM, 0);
                }
            }
            case "table" -> {
                if (inRow()) {
                    cellBreak();
                } else {
                    flush();
                    if (tableDepth == 0 && !sheetNames.isEmpty()) {
                        String sheet = sheetNames.poll().strip();
                        if (!sheet.isEmpty()) {
                            blocks.add(new TextBlock(ClauseKind.HEADING, sheet, currentPage(), 1, false));
                        }
                    }
                }
                tableDepth++;
            }
            case "tr" -> {
                if (rowDepth == 0) {
                    flush();
                    cells = new ArrayList<>();
                    cell = null;
                }
                rowDepth++;
            }
            case "td", "th" -> {
                if (rowDepth == 1) {
                    cell = new StringBuilder();
                } else if (inRow()) {
                    cellBreak();
                }
            }
            case "br" -> append("\n");
            case "ul", "ol", "blockquote", "section", "article", "dl", "dt", "dd", "pre" -> {
                if (inRow()) {
                    cellBreak();
                } else {
                    flush();
                }
            }
            default -> {
                // inline elements (span, b, i, a…) carry text only
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
        if (name.equals("head")) {
            headDepth--;
            return;
        }
        if (headDepth > 0) {
            return;
        }
        if (name.equals("script") || name.equals("style")) {
            skipDepth--;
            return;
        }
        switch (name) {
            case "p", "h1", "h2", "h3", "h4", "h5", "h6", "li" -> {
                if (!inRow()) {
                    endBlock();
                }
            }
            case "td", "th" -> {
                if (rowDepth == 1 && cell != null) {
                    cells.add(cell.toString());
                    cell = null;
                }
            }
            case "tr" -> {
                rowDepth--;
                if (rowDepth == 0) {
                    if (cell != null) {
                        cells.add(cell.toString());
                    }
                    emitRow();
                }
            }
            case "table" -> tableDepth--;
            case "div", "ul", "ol", "blockquote", "section", "article", "dl", "pre" -> {
                if (!inRow()) {
                    flush();
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (headDepth > 0 || skipDepth > 0) {
            return;
        }
        append(new String(ch, start, length));
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    @Override
    public void endDocument() {
        flush();
    }

    private boolean inRow() {
        return rowDepth > 0;
    }

    private void append(String s) {
        if (inRow()) {
            if (cell == null) {
                cell = new StringBuilder();
            }
            cell.append(s);
        } else {
            buf.append(s);
        }
        if (paginated && page > 0) {
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                if (!Character.isWhitespace(s.charAt(i))) {
                    n++;
                }
            }
            pageChars.set(page - 1, pageChars.get(page - 1) + n);
        }
    }

    private void cellBreak() {
        if (cell != null && cell.length() > 0) {
            cell.append(' ');
        }
    }

    private void startBlock(ClauseKind kind, int level) {
        emitBuffer();
        open.push(new Open(kind, level, false));
    }

    private void endBlock() {
        if (!open.isEmpty() && open.peek().absorbed) {
            open.pop();
            return;
        }
        emitBuffer();
        if (!open.isEmpty()) {
            open.pop();
        }
    }

    /** Block-level boundary: emit pending text, keep open blocks (their later text is a new block). */
    private void flush() {
        emitBuffer();
    }

    private void emitBuffer() {
        if (buf.length() == 0) {
            return;
        }
        Open o = open.isEmpty() ? new Open(ClauseKind.PARAGRAPH, 0, false) : open.peek();
        String raw = buf.toString();
        String text = clean(raw, wrapped || o.kind == ClauseKind.HEADING);
        buf.setLength(0);
        if (text.isEmpty()) {
            // an empty paragraph made of blank lines is vertical space; the newlines Tika writes
            // between elements (outside any block) are not
            pendingSpace |= !open.isEmpty() && blankLines(raw, true) >= 2;
            return;
        }
        if (o.kind == ClauseKind.HEADING) {
            text = text.replace('\n', ' ');
        }
        boolean space = pendingSpace || !open.isEmpty() && blankLines(raw, true) >= 2;
        pendingSpace = blankLines(raw, false) >= 2;
        blocks.add(new TextBlock(o.kind, text, currentPage(), o.level, wrapped && o.kind != ClauseKind.HEADING,
                wrapped && space));
    }

    /** Newlines in the blank run at the start (or end) of {@code raw}. */
    private static int blankLines(String raw, boolean leading) {
        int n = 0;
        if (leading) {
            for (int i = 0; i < raw.length() && Character.isWhitespace(raw.charAt(i)); i++) {
                if (raw.charAt(i) == '\n') {
                    n++;
                }
            }
        } else {
            for (int i = raw.length() - 1; i >= 0 && Character.isWhitespace(raw.charAt(i)); i--) {
                if (raw.charAt(i) == '\n') {
                    n++;
                }
            }
        }
        return n;
    }

    private void emitRow() {
        List<String> parts = new ArrayList<>();
        if (cells != null) {
            for (String c : cells) {
                String t = c.replace('\n', ' ').replaceAll("[ \\t\\u00A0]+", " ").strip();
                if (!t.isEmpty()) {
                    parts.add(t);
                }
            }
        }
        cells = null;
        cell = null;
        if (!parts.isEmpty()) {
            blocks.add(new TextBlock(ClauseKind.TABLE_ROW, String.join(" | ", parts), currentPage(), 0, false));
        }
    }

    private Integer currentPage() {
        return paginated && page > 0 ? page : null;
    }

    /**
     * Strips every line, drops blank lines at both ends and collapses runs of blank lines into one.
     * For wrapped text the leading indentation of a line means nothing and goes too.
     */
    static String clean(String raw, boolean stripLines) {
        String s = raw.replace("\r\n", "\n").replace('\r', '\n');
        String[] lines = s.split("\n", -1);
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingBlank = false;
        for (String line : lines) {
            String l = stripLines ? line.strip() : stripEnd(line);
            if (l.isEmpty()) {
                pendingBlank = out.length() > 0;
                continue;
            }
            if (out.length() > 0) {
                out.append(pendingBlank ? "\n\n" : "\n");
            }
            pendingBlank = false;
            out.append(unOverprint(stripLines ? l : l.stripLeading()));
        }
        return out.toString();
    }

    /**
     * Undoes fake bold: some PDF producers print each glyph of a bold line two or three times, which
     * extracts as "LLLeee ppprrrooojjjeeettt". When every run of identical characters of the line has a
     * length that is a multiple of k (k = 3, then 2), each run is shortened k times. A normal line always
     * has single characters, so it is never touched.
     */
    static String unOverprint(String line) {
        if (line.length() < 6) {
            return line;
        }
        for (int k = 3; k >= 2; k--) {
            if (allRunsMultipleOf(line, k)) {
                StringBuilder sb = new StringBuilder(line.length() / k + 1);
                int i = 0;
                while (i < line.length()) {
                    int j = i;
                    while (j < line.length() && line.charAt(j) == line.charAt(i)) {
                        j++;
                    }
                    for (int n = 0; n < (j - i) / k; n++) {
                        sb.append(line.charAt(i));
                    }
                    i = j;
                }
                return sb.toString();
            }
        }
        return line;
    }

    private static boolean allRunsMultipleOf(String s, int k) {
        int runs = 0;
        int i = 0;
        while (i < s.length()) {
            int j = i;
            while (j < s.length() && s.charAt(j) == s.charAt(i)) {
                j++;
            }
            if ((j - i) % k != 0) {
                return false;
            }
            runs++;
            i = j;
        }
        return runs >= 3;
    }

    private static String stripEnd(String s) {
        int e = s.length();
        while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(0, e);
    }
}
