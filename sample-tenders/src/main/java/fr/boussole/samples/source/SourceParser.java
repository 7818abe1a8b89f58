package fr.boussole.samples.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the small Markdown-like source format of the sample pieces.
 *
 * <pre>
 * ---                          front matter: file, format, title, header, footer, typography
 * file: RC.pdf
 * ---
 * ::: cover                    cover page until ":::"; "# " title, "## " subtitle, "-- " small, blank = gap
 * ::: toc levels=2 title=Sommaire
 * ::: pagebreak
 * ::: widths 20,50,30          relative column widths of the next table
 * ::: sheet BPU widths=10,60 landscape   new worksheet (XLSX)
 * # / ## / ###                 headings (the article number is written in the text)
 * - item / "  - " sub-item     bullets
 * | a | b |  then |---|---|    table; rows above the separator are header rows
 * > text                       note
 * &lt;!-- … --&gt;                   comment line, ignored
 * </pre>
 * Each text line is one paragraph (or note); an indented line continues the paragraph, note or list
 * item above it.
 */
public final class SourceParser {

    private static final Pattern LIST = Pattern.compile("^( *)- (.*)$");
    private static final Pattern SEPARATOR = Pattern.compile("^\\|\\s*:?-{3,}.*$");
    private static final Pattern OPTION = Pattern.compile("(\\w+)=(\"[^\"]*\"|\\S+)");

    private SourceParser() {
    }

    public static PieceSource parse(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        try {
            return parse(file, lines);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " : " + e.getMessage(), e);
        }
    }

    static PieceSource parse(Path file, List<String> lines) {
        int i = 0;
        Map<String, String> meta = new LinkedHashMap<>();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            throw new IllegalArgumentException("en-tête « --- » attendu en première ligne");
        }
        for (i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
            String l = lines.get(i);
            int colon = l.indexOf(':');
            if (l.isBlank()) {
                continue;
            }
            if (colon < 1) {
                throw new IllegalArgumentException("ligne " + (i + 1) + " : « clé: valeur » attendu");
            }
            meta.put(l.substring(0, colon).strip(), l.substring(colon + 1).strip());
        }
        if (i >= lines.size()) {
            throw new IllegalArgumentException("en-tête non fermé par « --- »");
        }
        return PieceSource.of(file, meta, parseBody(lines.subList(i + 1, lines.size()), i + 2));
    }

    static List<Block> parseBody(List<String> lines, int firstLineNumber) {
        List<Block> out = new ArrayList<>();
        Pending p = new Pending(out);
        List<List<String>> table = new ArrayList<>();
        int headerRows = 0;
        List<Integer> pendingWidths = List.of();

        for (int n = 0; n < lines.size(); n++) {
            String s = lines.get(n).strip();
            int lineNo = firstLineNumber + n;

            if (s.startsWith("|")) {
                p.flush();
                if (SEPARATOR.matcher(s).matches()) {
                    if (table.isEmpty()) {
                        throw new IllegalArgumentException("ligne " + lineNo + " : séparateur de tableau sans en-tête");
                    }
                    headerRows = table.size();
                } else {
                    table.add(cells(s));
                }
                continue;
            }
            if (!table.isEmpty()) {
                out.add(new Block.Table(table, headerRows, pendingWidths));
                table = new ArrayList<>();
                headerRows = 0;
                pendingWidths = List.of();
            }
            if (s.isEmpty()) {
                p.flush();
            } else if (s.startsWith("<!--")) {
                continue;
            } else if (s.startsWith(":::")) {
                p.flush();
                String directive = s.substring(3).strip();
                String name = directive.split("\\s+", 2)[0];
                String rest = directive.substring(name.length()).strip();
                switch (name) {
                    case "cover" -> n = parseCover(lines, n + 1, firstLineNumber, out);
                    case "pagebreak" -> out.add(new Block.PageBreak());
                    case "toc" -> {
                        Map<String, String> o = options(rest);
                        out.add(new Block.Toc(o.getOrDefault("title", "SOMMAIRE"),
                                Integer.parseInt(o.getOrDefault("levels", "2"))));
                    }
                    case "widths" -> pendingWidths = ints(rest);
                    case "sheet" -> {
                        String sheetName = rest.replaceAll("\\s+(\\w+=\\S+|landscape)\\b.*$", "").strip();
                        Map<String, String> o = options(rest);
                        out.add(new Block.Sheet(sheetName,
                                o.containsKey("widths") ? ints(o.get("widths")) : List.of(),
                                rest.matches(".*\\blandscape\\b.*")));
                    }
                    default -> throw new IllegalArgumentException("ligne " + lineNo + " : directive inconnue « " + name + " »");
                }
            } else if (s.startsWith("#")) {
                p.flush();
                int level = 0;
                while (level < s.length() && s.charAt(level) == '#') {
                    level++;
                }
                if (level > 3 || level >= s.length() || s.charAt(level) != ' ') {
                    throw new IllegalArgumentException("ligne " + lineNo + " : titre mal formé");
                }
                out.add(new Block.Heading(level, s.substring(level + 1).strip()));
            } else if (LIST.matcher(lines.get(n).stripTrailing()).matches()) {
                p.flush();
                Matcher lm = LIST.matcher(lines.get(n).stripTrailing());
                lm.matches();
                p.kind = Kind.ITEM;
                p.level = lm.group(1).length() / 2;
                p.text.append(lm.group(2).strip());
            } else if (s.startsWith(">")) {
                p.flush();
                p.kind = Kind.NOTE;
                p.append(s.substring(1).strip());
            } else if (lines.get(n).startsWith("  ") && p.kind != null) {
                // indented line: continuation of the paragraph, note or list item above
                p.append(s);
            } else {
                p.flush();
                p.kind = Kind.PARAGRAPH;
                p.append(s);
            }
        }
        p.flush();
        if (!table.isEmpty()) {
            out.add(new Block.Table(table, headerRows, pendingWidths));
        }
        return out;
    }

    private enum Kind { PARAGRAPH, NOTE, ITEM }

    /** The paragraph, note or list item being accumulated. */
    private static final class Pending {
        private final List<Block> out;
        private final StringBuilder text = new StringBuilder();
        private Kind kind;
        private int level;

        Pending(List<Block> out) {
            this.out = out;
        }

        void append(String s) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(s);
        }

        void flush() {
            if (kind != null && text.length() > 0) {
                out.add(switch (kind) {
                    case PARAGRAPH -> new Block.Paragraph(text.toString());
                    case NOTE -> new Block.Note(text.toString());
                    case ITEM -> new Block.ListItem(level, text.toString());
                });
            }
            text.setLength(0);
            kind = null;
            level = 0;
        }
    }

    private static int parseCover(List<String> lines, int start, int firstLineNumber, List<Block> out) {
        List<Block.CoverLine> cover = new ArrayList<>();
        for (int n = start; n < lines.size(); n++) {
            String s = lines.get(n).strip();
            if (s.equals(":::")) {
                out.add(new Block.Cover(cover));
                return n;
            }
            if (s.isEmpty()) {
                cover.add(new Block.CoverLine(Block.CoverStyle.GAP, ""));
            } else if (s.startsWith("## ")) {
                cover.add(new Block.CoverLine(Block.CoverStyle.SUBTITLE, s.substring(3).strip()));
            } else if (s.startsWith("# ")) {
                cover.add(new Block.CoverLine(Block.CoverStyle.TITLE, s.substring(2).strip()));
            } else if (s.startsWith("-- ")) {
                cover.add(new Block.CoverLine(Block.CoverStyle.SMALL, s.substring(3).strip()));
            } else {
                cover.add(new Block.CoverLine(Block.CoverStyle.TEXT, s));
            }
        }
        throw new IllegalArgumentException("ligne " + (firstLineNumber + start - 1) + " : page de garde non fermée par « ::: »");
    }

    private static List<String> cells(String row) {
        String r = row.strip();
        if (r.startsWith("|")) {
            r = r.substring(1);
        }
        if (r.endsWith("|")) {
            r = r.substring(0, r.length() - 1);
        }
        return Arrays.stream(r.split("\\|", -1)).map(String::strip).toList();
    }

    private static List<Integer> ints(String csv) {
        return Arrays.stream(csv.strip().split("\\s*,\\s*")).map(Integer::parseInt).toList();
    }

    private static Map<String, String> options(String rest) {
        Map<String, String> o = new LinkedHashMap<>();
        Matcher m = OPTION.matcher(rest);
        while (m.find()) {
            String v = m.group(2);
            if (v.startsWith("\"")) {
                v = v.substring(1, v.length() - 1);
            }
            o.put(m.group(1), v);
        }
        return o;
    }
}
