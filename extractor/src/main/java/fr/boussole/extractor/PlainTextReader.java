package fr.boussole.extractor;

import fr.boussole.model.ClauseKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.detect.AutoDetectReader;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;

/**
 * Reads plain text and Markdown. Charset is detected by Tika's encoding detectors. Paragraphs are
 * separated by blank lines and their newlines are line wraps; Markdown {@code #} lines are headings
 * with their level, list items keep their marker, pipe tables give table rows.
 */
final class PlainTextReader {

    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
    private static final Pattern MD_LIST = Pattern.compile("^\\s*([-*+•]|\\d{1,3}[.)])\\s+\\S.*");
    private static final Pattern TABLE_LINE = Pattern.compile("^\\s*\\|.*\\|\\s*$");
    private static final Pattern TABLE_SEP = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");

    private PlainTextReader() {
    }

    static String read(Path file) throws IOException, TikaException {
        try (InputStream in = Files.newInputStream(file);
             AutoDetectReader reader = new AutoDetectReader(in, new Metadata())) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            int n;
            while ((n = reader.read(buf)) > 0) {
                sb.append(buf, 0, n);
            }
            String s = sb.toString();
            if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
                s = s.substring(1);
            }
            return s.replace("\r\n", "\n").replace('\r', '\n');
        }
    }

    /** Plain text: one wrapped paragraph per run of non-blank lines. */
    static List<TextBlock> textBlocks(String text) {
        List<TextBlock> out = new ArrayList<>();
        for (String para : text.split("\\n[ \\t\\u00A0]*\\n")) {
            String c = BlockHandler.clean(para, true);
            if (!c.isEmpty()) {
                out.add(new TextBlock(ClauseKind.PARAGRAPH, c, null, 0, true));
            }
        }
        return out;
    }

    /** Markdown, read line by line (CommonMark's common cases; no HTML blocks). */
    static List<TextBlock> markdownBlocks(String text) {
        List<TextBlock> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        StringBuilder para = new StringBuilder();
        ClauseKind paraKind = ClauseKind.PARAGRAPH;
        boolean inFence = false;
        StringBuilder fence = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).matches()) {
                if (inFence) {
                    addBlock(out, ClauseKind.PARAGRAPH, fence.toString(), 0, false);
                    fence.setLength(0);
                    inFence = false;
                } else {
                    flushPara(out, para, paraKind);
                    inFence = true;
                }
                continue;
            }
            if (inFence) {
                fence.append(line).append('\n');
                continue;
            }
            if (line.isBlank()) {
                flushPara(out, para, paraKind);
                paraKind = ClauseKind.PARAGRAPH;
                continue;
            }
            Matcher atx = ATX.matcher(line);
            if (atx.matches()) {
                flushPara(out, para, paraKind);
                paraKind = ClauseKind.PARAGRAPH;
                addBlock(out, ClauseKind.HEADING, inline(atx.group(2)), atx.group(1).length(), false);
                continue;
            }
            if (para.length() > 0 && paraKind == ClauseKind.PARAGRAPH && !para.toString().contains("\n")
                    && SETEXT.matcher(line).matches()) {
                int level = line.strip().startsWith("=") ? 1 : 2;
                String title = para.toString();
                para.setLength(0);
                addBlock(out, ClauseKind.HEADING, inline(title), level, false);
                continue;
            }
            if (TABLE_LINE.matcher(line).matches()) {
                flushPara(out, para, paraKind);
                paraKind = ClauseKind.PARAGRAPH;
                if (!TABLE_SEP.matcher(line).matches()) {
                    String row = line.strip();
                    row = row.substring(1, row.length() - 1);
                    List<String> cells = new ArrayList<>();
                    for (String c : row.split("(?<!\\\\)\\|")) {
                        String t = inline(c.strip());
                        if (!t.isEmpty()) {
                            cells.add(t);
                        }
                    }
                    if (!cells.isEmpty()) {
                        addBlock(out, ClauseKind.TABLE_ROW, String.join(" | ", cells), 0, false);
                    }
                }
                continue;
            }
            if (MD_LIST.matcher(line).matches()) {
                flushPara(out, para, paraKind);
                paraKind = ClauseKind.LIST_ITEM;
                para.append(inline(line.strip()));
                continue;
            }
            if (para.length() > 0) {
                para.append('\n');
            }
            para.append(inline(line.strip()));
        }
        if (inFence) {
            addBlock(out, ClauseKind.PARAGRAPH, fence.toString(), 0, false);
        }
        flushPara(out, para, paraKind);
        return out;
    }

    private static void flushPara(List<TextBlock> out, StringBuilder para, ClauseKind kind) {
        if (para.length() > 0) {
            addBlock(out, kind, para.toString(), 0, true);
            para.setLength(0);
        }
    }

    private static void addBlock(List<TextBlock> out, ClauseKind kind, String text, int level, boolean wrapped) {
        String c = BlockHandler.clean(text, true);
        if (!c.isEmpty()) {
            out.add(new TextBlock(kind, c, null, level, wrapped));
        }
    }

    /** Drops Markdown emphasis and link syntax, keeps the words. */
    static String inline(String s) {
        String t = LINK.matcher(s).replaceAll("$1");
        t = t.replace("**", "").replace("__", "").replace("`", "");
        return t;
    }
}
