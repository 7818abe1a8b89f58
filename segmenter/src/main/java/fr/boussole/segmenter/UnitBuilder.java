package fr.boussole.segmenter;

import fr.boussole.extractor.TextBlock;
import fr.boussole.model.ClauseKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rebuilds structural units from extracted blocks. Non-wrapped blocks (DOCX, ODT, HTML…) are units as
 * they are, only classified. Wrapped blocks (PDF, TXT) are split into lines and rebuilt, because in a
 * PDF a newline is a line wrap, and Tika's paragraphs are guesses (LibreOffice exports give one per
 * page): a new unit starts at a heading line, a list marker, a blank line, or where a sentence ends
 * and the next line starts like a new one; running headers and page numbers are taken out first.
 */
final class UnitBuilder {

    enum Cls { HEADING, CAPS, LIST, TEXT }

    private record Classified(Cls cls, Numbering numbering) {
    }

    static final Pattern BULLET = Pattern.compile(
            "^(?:[-–—•·▪▫◦‣⁃○●■□►▸▹→➢➤➔✓✔✗❖◆◇♦*+]|[\\uF000-\\uF0FF]|o(?=\\s)|\\.(?=\\s+\\p{Lu}))\\s*\\*?[\\p{L}\\p{N}«\"“(\\[.]",
            Pattern.UNICODE_CHARACTER_CLASS);
    static final Pattern NUMBERED_ITEM = Pattern.compile(
            "^(?:\\(?\\d{1,2}\\s?[)°]|\\d{1,2}\\s?/(?=\\s)|\\((?:[a-z]|[ivx]{1,4})\\)|(?:[a-z]|[ivx]{1,4})\\s?[)/]|\\p{Ll}\\.(?=\\s)"
                    + "|\\d{1,2}[-–](?=\\s))\\s*\\S", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TOC_TITLE = Pattern.compile(
            "(?iU)^(?:sommaire|tables?\\s*des\\s*mati[eè]res|contents|table of contents|plan du document)\\s*:?$");
    private static final Pattern TOC_LEADERS = Pattern.compile(
            "(?U)^(.*\\p{L}.*?)\\s*(?:\\.{3,}|(?:\\.\\s){3,}|…{2,}|[.…]{3,}|_{3,}|·{3,}|-{4,})[\\s.…\\uFFFD]*(\\d{1,3})\\s*$");
    /** Word's table of contents whose bookmarks are gone. */
    private static final Pattern BROKEN_TOC = Pattern.compile("(?iU)erreur\\s*!\\s*signet non défini\\.?\\s*$");
    private static final Pattern TOC_TAB = Pattern.compile("(?U)^(.*\\p{L}.*?)\\t+\\s*(\\d{1,3})\\s*$");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("(?U)^(.*\\p{L}.*?)\\s+(\\d{1,3})\\s*$");
    /** Inside a table of contents: a page number after spaces or a stub of leaders, or a page number alone. */
    private static final Pattern TOC_ZONE_ENTRY = Pattern.compile("(?U)^(?:.*\\p{L}.*?[\\s.…]+)?(\\d{1,3})\\s*$");
    /** One weight cell of a criteria table: "40 %", "40 points", "15 pts", "40/100". */
    private static final String WEIGHT_CELL = "\\d{1,3}(?:[.,]\\d{1,2})?\\s?(?:%|pts?\\.?|points?|/\\s?\\d{2,3}\\b)";
    /** A title that ends with weight cells outside any parenthesis: a table row ("2.1 Méthodologie 20 % 20 points"). */
    private static final Pattern TRAILING_WEIGHTS = Pattern.compile(
            "(?U)(?:^|[\\s:|–—-])(?:" + WEIGHT_CELL + "[\\s|]*){1,4}$");
    private static final Pattern WEIGHT_CELLS = Pattern.compile("(?U)" + WEIGHT_CELL);
    /** Words after which a number is the value a title states, not a table cell ("garantie de 5 %"). */
    private static final Set<String> VALUE_LEAD = Set.of("de", "du", "des", "d", "à", "a", "au", "aux", "sur", "par", "pour",
            "soit", "environ", "max", "maximum", "min", "minimum", "plus", "moins", "entre", "et", "ou", "le", "la", "les", "l",
            "en", "hauteur", "limite", "plafond", "plafonné", "plafonnée", "taux", "égal", "égale", "supérieur", "inférieur");
    /** A line made only of weight cells ("20 % 20 %"): the right-hand columns of a table row. */
    static final Pattern WEIGHTS_ONLY = Pattern.compile("(?U)^[\\s|]*(?:" + WEIGHT_CELL + "[\\s|]*){1,4}$");
    private static final Set<String> UNIT_WORDS = Set.of("m€", "k€", "€", "mo", "go", "to", "ko", "mbit", "mbits",
            "mbit/s", "gbit/s", "mbps", "gbps", "ghz", "mhz", "kw", "w", "v", "hz", "mm", "cm", "m", "km", "h", "ht",
            "ttc", "%", "jours", "mois", "ans", "heures", "minutes");

    private final List<Line> kept = new ArrayList<>();
    private final Map<Line, RunningHeaders.Verdict> running;
    private final Map<Integer, Integer> pageWidth = new HashMap<>();
    private int docWidth = 80;
    private final List<Unit> out = new ArrayList<>();
    private final List<Unit> deferred = new ArrayList<>();
    private final List<Line> tocPending = new ArrayList<>();
    private Unit cur;
    private Line prev;
    private boolean tocZone;
    /** Parts of the last decimal heading taken (outside the table of contents). */
    private int[] lastDecimal;
    /** For each kept line, the first number of the next decimal heading line (2.1 → 2), or -1. */
    private int[] nextDecimalFirst;
    private final Map<Line, Integer> index = new java.util.IdentityHashMap<>();

    private UnitBuilder(List<Line> lines) {
        this.running = RunningHeaders.detect(lines);
        Integer lastPage = null;
        for (Line l : lines) {
            if (running.get(l) == RunningHeaders.Verdict.DROP) {
                continue;
            }
            if (l.page != null && !l.page.equals(lastPage) && running.get(l) == null) {
                l.pageStart = true;
                lastPage = l.page;
            }
            kept.add(l);
        }
        computeWidths(lines);
        nextDecimalFirst = new int[kept.size() + 1];
        nextDecimalFirst[kept.size()] = -1;
        for (int i = kept.size() - 1; i >= 0; i--) {
            Line l = kept.get(i);
            Numbering n = l.hard ? null : Numbering.parse(l.text);
            boolean decimal = n != null && n.scheme() == Numbering.Scheme.DECIMAL && headingOf(n, true) == Cls.HEADING;
            nextDecimalFirst[i] = decimal ? n.parts()[0] : nextDecimalFirst[i + 1];
            index.put(l, i);
        }
    }

    static List<Unit> build(List<TextBlock> blocks) {
        return new UnitBuilder(explode(blocks)).run();
    }

    /** Wrapped blocks become their lines; other blocks stay whole. */
    static List<Line> explode(List<TextBlock> blocks) {
        List<Line> lines = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            TextBlock tb = blocks.get(b);
            if (tb.text() == null || tb.text().isBlank()) {
                continue;
            }
            boolean wrapped = tb.wrapped() && (tb.kind() == ClauseKind.PARAGRAPH || tb.kind() == ClauseKind.LIST_ITEM);
            if (!wrapped) {
                lines.add(new Line(tb.text().strip(), tb.page(), b, true, false, tb, true));
                continue;
            }
            boolean first = true;
            boolean blank = tb.spaceBefore();
            for (String raw : tb.text().split("\n", -1)) {
                String t = raw.strip();
                if (t.isEmpty()) {
                    blank = blank || !first;
                    continue;
                }
                if (!hasLetterOrDigit(t)) {
                    continue; // ornaments such as "-*-" or "* * *"
                }
                lines.add(new Line(t, tb.page(), b, first, blank, tb, false));
                first = false;
                blank = false;
            }
        }
        return lines;
    }

    private static boolean hasLetterOrDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetterOrDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private void computeWidths(List<Line> lines) {
        Map<Integer, List<Integer>> byPage = new HashMap<>();
        List<Integer> all = new ArrayList<>();
        for (Line l : lines) {
            if (!l.hard) {
                byPage.computeIfAbsent(l.page == null ? -1 : l.page, k -> new ArrayList<>()).add(l.text.length());
                all.add(l.text.length());
            }
        }
        docWidth = Math.max(40, percentile(all, 0.8));
        byPage.forEach((p, ls) -> {
            if (ls.size() >= 8) {
                pageWidth.put(p, Math.max(40, percentile(ls, 0.8)));
            }
        });
    }

    private static int percentile(List<Integer> values, double q) {
        if (values.isEmpty()) {
            return 0;
        }
        int[] a = values.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(a);
        return a[Math.min(a.length - 1, (int) Math.floor(q * a.length))];
    }

    private boolean isShort(Line l) {
        return shorterThan(l, 0.6);
    }

    private boolean shorterThan(Line l, double share) {
        // a page's own width only when it is wider (landscape); cover pages are narrow and centred
        int w = Math.max(docWidth, pageWidth.getOrDefault(l.page == null ? -1 : l.page, docWidth));
        return l.text.length() < share * w;
    }

    // ---- main loop -----------------------------------------------------------------------------

    private List<Unit> run() {
        for (int i = 0; i < kept.size(); i++) {
            Line line = kept.get(i);
            if (running.get(line) == RunningHeaders.Verdict.KEEP_FIRST) {
                Unit u = new Unit(ClauseKind.PARAGRAPH, line.page);
                u.runningHeader = true;
                u.lines.add(line.text);
                if (cur == null && tocPending.isEmpty()) {
                    out.add(u);
                } else {
                    deferred.add(u);
                }
                continue;
            }
            if (line.hard) {
                close();
                hard(line, nextContent(i));
                prev = null;
                continue;
            }
            wrapped(line, nextContent(i), tocAhead(i));
        }
        close();
        return out;
    }

    /** One of the next few lines is a table-of-contents entry (a wrapped entry goes on until its page number). */
    private boolean tocAhead(int i) {
        int seen = 0;
        for (int j = i + 1; j < kept.size() && seen < 3; j++) {
            Line l = kept.get(j);
            if (running.get(l) != null) {
                continue;
            }
            if (l.hard) {
                return false;
            }
            if (isTocEntry(l.text, true, null)) {
                return true;
            }
            if (isTocTitle(l.text) || l.blankBefore) {
                return false;
            }
            seen++;
        }
        return false;
    }

    private Line nextContent(int i) {
        for (int j = i + 1; j < kept.size(); j++) {
            Line l = kept.get(j);
            if (running.get(l) == null) {
                return l;
            }
        }
        return null;
    }

    private void close() {
        if (!tocPending.isEmpty()) {
            for (Line l : tocPending) {
                Unit u = new Unit(ClauseKind.PARAGRAPH, l.page);
                u.toc = true;
                u.lines.add(l.text);
                out.add(u);
            }
            tocPending.clear();
        }
        if (cur != null) {
            finish(cur);
            out.add(cur);
            cur = null;
        }
        out.addAll(deferred);
        deferred.clear();
    }

    /** A unit taken as a heading that reads like running text is a paragraph that opens a section. */
    private static void finish(Unit u) {
        if (u.kind != ClauseKind.HEADING || u.toc) {
            return;
        }
        String t = u.text();
        boolean sentence = Lines.endsFinal(t) && Lines.words(t) > 15;
        if (u.lines.size() > 4 || sentence || t.length() > 300) {
            u.kind = ClauseKind.PARAGRAPH;
            if (u.numbering != null) {
                u.opensSection = true;
            } else {
                u.capsHeading = false;
            }
        }
    }

    // ---- wrapped lines -------------------------------------------------------------------------

    private void wrapped(Line line, Line next, boolean tocAhead) {
        String t = line.text;
        if (isTocTitle(t)) {
            close();
            Unit u = new Unit(ClauseKind.HEADING, line.page);
            u.toc = true;
            u.tocTitle = true;
            u.lines.add(t);
            out.add(u);
            tocZone = true;
            prev = line;
            return;
        }
        if (isTocEntry(t, tocZone, next)) {
            if (cur != null) {
                close();
            }
            emitToc(line);
            tocZone = true;
            prev = line;
            return;
        }
        if (tocZone) {
            if (tocAhead && tocPending.size() < 3) {
                if (cur != null) {
                    close();
                }
                tocPending.add(line);
                prev = line;
                return;
            }
            tocZone = false;
        }

        Classified c = classify(line);
        if (cur != null && cur.kind == ClauseKind.HEADING && !cur.toc && !cur.runningHeader
                && headingContinues(line, c)) {
            cur.lines.add(t);
            prev = line;
            return;
        }
        if (cur != null && c.cls == Cls.TEXT && !boundary(line)) {
            cur.lines.add(t);
            prev = line;
            return;
        }
        close();
        Unit u;
        switch (c.cls) {
            case HEADING -> {
                u = new Unit(ClauseKind.HEADING, line.page);
                u.numbering = c.numbering;
                if (c.numbering.scheme() == Numbering.Scheme.DECIMAL) {
                    lastDecimal = c.numbering.parts();
                }
            }
            case CAPS -> {
                u = new Unit(ClauseKind.HEADING, line.page);
                u.capsHeading = true;
            }
            case LIST -> u = new Unit(ClauseKind.LIST_ITEM, line.page);
            default -> u = new Unit(ClauseKind.PARAGRAPH, line.page);
        }
        u.lines.add(t);
        cur = u;
        prev = line;
    }

    private void emitToc(Line line) {
        Unit u = new Unit(ClauseKind.PARAGRAPH, line.page);
        u.toc = true;
        if (!tocPending.isEmpty()) {
            boolean ownNumber = Numbering.parse(line.text) != null;
            if (ownNumber) {
                for (Line p : tocPending) {
                    Unit pu = new Unit(ClauseKind.PARAGRAPH, p.page);
                    pu.toc = true;
                    pu.lines.add(p.text);
                    out.add(pu);
                }
            } else {
                u.page = tocPending.get(0).page;
                tocPending.forEach(p -> u.lines.add(p.text));
            }
            tocPending.clear();
        }
        u.lines.add(line.text);
        out.add(u);
        out.addAll(deferred);
        deferred.clear();
    }

    /** The context before {@code line} allows a heading or a numbered item to start here. */
    private boolean boundaryBefore(Line line) {
        if (prev == null || line.blankBefore || line.pageStart) {
            return true;
        }
        if (line.blockStart && shorterThan(prev, 0.85)) {
            return true; // the parser saw a new paragraph and the previous line did not run to the margin
        }
        if (cur != null && (cur.kind == ClauseKind.HEADING || cur.toc)) {
            return true;
        }
        if (TRAILING_WEIGHTS.matcher(prev.text).find()) {
            return true; // weight cells end a row of a criteria table
        }
        return Lines.endsSentence(prev.text) || isShort(prev);
    }

    private boolean prevOpen(Line line) {
        return prev != null && !line.blankBefore && Lines.endsOpenWord(prev.text);
    }

    private Classified classify(Line line) {
        String t = line.text;
        boolean open = prevOpen(line);
        boolean hint = boundaryBefore(line);
        Numbering n = open ? null : Numbering.parse(t);
        if (n != null) {
            // a number that follows the last decimal heading (1.4 → 1.5, 1.4.1, 2.1) needs no other hint
            boolean expected = n.scheme() == Numbering.Scheme.DECIMAL && lastDecimal != null
                    && plausibleNext(lastDecimal, n.parts());
            Cls h = headingOf(n, hint || expected);
            if (h == Cls.HEADING && n.scheme() != Numbering.Scheme.ARTICLE && n.scheme() != Numbering.Scheme.KEYWORD
                    && !line.text.stripTrailing().endsWith(":") && weightsAhead(line)) {
                h = Cls.LIST; // "2.1 Qualité des matériels (mémoire technique," … "20 % 20 %": a wrapped table row
            }
            if (h != null) {
                return new Classified(h, h == Cls.HEADING ? n : null);
            }
        }
        if (n == null && !open && hint) {
            Numbering bare = Numbering.parseBare(t);
            if (bare != null && bareHeading(bare, line)) {
                return new Classified(Cls.HEADING, bare);
            }
        }
        if (!open && BULLET.matcher(t).find()) {
            return new Classified(Cls.LIST, null);
        }
        if (!open && hint && NUMBERED_ITEM.matcher(t).find()) {
            return new Classified(Cls.LIST, null);
        }
        if (hint && capsHeadingLine(t) && (prev == null || line.blankBefore || !Lines.endsOpen(prev.text))) {
            return new Classified(Cls.CAPS, null);
        }
        return new Classified(Cls.TEXT, null);
    }

    /**
     * The row that {@code line} starts goes on, within a few wrapped lines, to weight cells alone on a line
     * ("DQE)" then "40 % 40 points"): PDF tables give a cell's wrapped words before the next column.
     */
    private boolean weightsAhead(Line line) {
        Integer at = index.get(line);
        if (at == null) {
            return false;
        }
        int seen = 0;
        for (int j = at + 1; j < kept.size() && seen < 3; j++) {
            Line l = kept.get(j);
            if (running.get(l) != null) {
                continue;
            }
            if (l.hard || l.pageStart && l.blankBefore) {
                return false;
            }
            if (WEIGHTS_ONLY.matcher(l.text).matches()) {
                return true;
            }
            if (Numbering.parse(l.text) != null || BULLET.matcher(l.text).find() || Lines.endsFinal(l.text)) {
                return false;
            }
            if (weightRow(l.text)) {
                return true;
            }
            seen++;
        }
        return false;
    }

    /**
     * A numbered line whose words end with weight cells is a row of a criteria table, never a title:
     * "2.1 Méthodologie 20 % 20 points", "2.3 Réversibilité des données 10 %". A value that the title itself
     * states is not a cell: "Retenue de garantie de 5 %", "Taux de disponibilité : 99,5 %".
     */
    static boolean weightRow(String title) {
        var m = TRAILING_WEIGHTS.matcher(title);
        if (!m.find()) {
            return false;
        }
        String cells = title.substring(m.start());
        String before = title.substring(0, m.start()).stripTrailing();
        if (WEIGHT_CELLS.matcher(cells).results().count() >= 2 || cells.contains("|") || before.endsWith("|")) {
            return true;
        }
        if (before.isEmpty()) {
            return false;
        }
        int last = before.codePointBefore(before.length());
        return (Character.isLetter(last) || last == ')' || last == '»' || last == '"' || last == '”')
                && !VALUE_LEAD.contains(Lines.lastWord(before));
    }

    /**
     * "2 Contexte général" is a heading when the next decimal heading of the document goes on from it
     * (2.1, or 3.1 when section 2 has no subsections); a quantity in a table ("2 DC …") is not.
     */
    /** {@code p} is what a document numbered up to {@code last} would number next: 1.4 → 1.5, 1.4.1, 2, 2.1. */
    static boolean plausibleNext(int[] last, int[] p) {
        if (p.length == last.length + 1 && p[p.length - 1] == 1
                && java.util.Arrays.equals(last, 0, last.length, p, 0, last.length)) {
            return true;
        }
        for (int k = 0; k < last.length && k < p.length; k++) {
            if (java.util.Arrays.equals(last, 0, k, p, 0, k) && p[k] == last[k] + 1) {
                for (int j = k + 1; j < p.length; j++) {
                    if (p[j] != 1) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private boolean bareHeading(Numbering bare, Line line) {
        String title = bare.title();
        int n = bare.parts()[0];
        if (!numberedTitleLike(title) || Lines.endsSentence(title) || Lines.words(title) > 12
                || TRAILING_NUMBER.matcher(title).matches()) {
            return false;
        }
        int next = nextDecimalFirst[index.get(line) + 1];
        return next == n || next == n + 1;
    }

    /** Whether a numbered line is a heading (HEADING), a numbered list item (LIST), or neither (null). */
    static Cls headingOf(Numbering n, boolean hint) {
        String title = n.title();
        if (n.scheme() != Numbering.Scheme.ARTICLE && n.scheme() != Numbering.Scheme.KEYWORD && weightRow(title)) {
            return hint ? Cls.LIST : null; // "2.1 Méthodologie 20 %", "1. Prix | 40 % | 40 points"
        }
        boolean titled = numberedTitleLike(title);
        switch (n.scheme()) {
            case ARTICLE, KEYWORD -> {
                if (title.isEmpty() || (n.separated() && !Lines.startsLower(title)) || titled) {
                    return Cls.HEADING;
                }
                return null;
            }
            case DECIMAL -> {
                boolean ok = titled || n.separated() && looseTitle(title)
                        || n.depth() >= 2 && Lines.titleLike(title, true) && numberedTitleLike(title.replaceAll(",$", ""));
                return ok && hint ? Cls.HEADING : null;
            }
            case SINGLE -> {
                if (!hint) {
                    return null;
                }
                return titled ? Cls.HEADING : Cls.LIST;
            }
            case ROMAN -> {
                return titled && hint && (n.separated() || Lines.isCaps(title)) ? Cls.HEADING : null;
            }
            case LETTER -> {
                if (!hint) {
                    return null;
                }
                return titled ? Cls.HEADING : Cls.LIST;
            }
            default -> {
                return null;
            }
        }
    }

    /** A short title that may start in lower case ("5.1 – critères de jugement"), after an explicit separator. */
    static boolean looseTitle(String title) {
        String t = title.strip();
        return !t.isEmpty() && Character.isLetter(t.codePointAt(0)) && Lines.letters(t) >= 3 && Lines.words(t) <= 12
                && !Lines.endsSentence(t) && !t.endsWith(",");
    }

    static boolean numberedTitleLike(String title) {
        if (!Lines.titleLike(title)) {
            return false;
        }
        String first = title.strip().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        return !UNIT_WORDS.contains(first);
    }

    static boolean capsHeadingLine(String t) {
        if (t.length() > 120 || !Lines.isCaps(t) || Lines.letters(t) < 4 || !Character.isLetter(t.codePointAt(0))) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (last == ',' || last == ';' || t.chars().filter(c -> c == ')').count() > t.chars().filter(c -> c == '(').count()) {
            return false;
        }
        return !TRAILING_NUMBER.matcher(t).matches() || Lines.words(t) <= 2;
    }

    /** A new paragraph starts at {@code line} (called only for plain text lines). */
    private boolean boundary(Line line) {
        if (cur.toc || cur.runningHeader) {
            return true;
        }
        if (line.blankBefore) {
            // vertical space, unless the sentence obviously goes on (often a page break or a dropped footer)
            return !(Lines.startsLower(line.text) && !Lines.endsSentence(prev.text));
        }
        if (cur.kind == ClauseKind.HEADING) {
            return true;
        }
        if (Lines.endsOpen(prev.text)) {
            return false;
        }
        boolean upper = !line.text.startsWith("(")
                && (Lines.startsUpper(line.text) || line.text.startsWith("«") || line.text.startsWith("\""));
        if (openParenthesis(cur)) {
            return false; // "(prestataire actuel :" goes on until its ")"
        }
        if (Lines.endsFinal(prev.text) && upper) {
            return true;
        }
        if (Lines.endsSentence(prev.text) && upper && shorterThan(prev, 0.85)) {
            return true; // ":" or ";" before the margin
        }
        if (line.blockStart && upper && shorterThan(prev, 0.7)) {
            return true; // the parser saw a new paragraph and the previous line stops well before the margin
        }
        return isShort(prev) && upper && Lines.startsUpper(line.text);
    }

    private static boolean openParenthesis(Unit u) {
        int depth = 0;
        for (String l : u.lines) {
            for (int i = 0; i < l.length(); i++) {
                char c = l.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')' && depth > 0) {
                    depth--;
                }
            }
        }
        return depth > 0 && u.text().length() < 1200;
    }

    private boolean headingContinues(Line line, Classified c) {
        if (line.blankBefore || c.cls == Cls.HEADING || c.cls == Cls.LIST || cur.lines.size() >= 4) {
            return false;
        }
        String t = line.text;
        if (cur.numbering != null && cur.numbering.title().isEmpty() && cur.lines.size() == 1) {
            return t.length() <= 120 && !Lines.endsFinal(t) || Lines.words(t) <= 12;
        }
        if (Lines.endsOpen(prev.text)) {
            return true;
        }
        if (Lines.endsSentence(prev.text)) {
            return false;
        }
        if (Lines.startsLower(t)) {
            return true;
        }
        boolean capsHead = Lines.isCaps(cur.text());
        return capsHead && Lines.isCaps(t) && !line.blockStart && t.length() <= 120;
    }

    // ---- TOC -----------------------------------------------------------------------------------

    static boolean isTocTitle(String t) {
        if (t.length() > 60) {
            return false;
        }
        String s = t.strip();
        if (TOC_TITLE.matcher(s).matches()) {
            return true;
        }
        // "S O M M A I R E": letters spaced out
        String squeezed = s.replaceAll("\\s+", "");
        return squeezed.length() < s.length() && TOC_TITLE.matcher(squeezed).matches();
    }

    static boolean isTocEntry(String t, boolean zone, Line next) {
        String st = t.stripTrailing();
        if (st.isEmpty() || !Character.isDigit(st.charAt(st.length() - 1))) {
            // every entry ends with its page number (cheap test before the regexes)
            return st.endsWith(".") && st.toLowerCase(java.util.Locale.ROOT).contains("signet")
                    && BROKEN_TOC.matcher(t).find();
        }
        if (TOC_LEADERS.matcher(t).matches() || TOC_TAB.matcher(t).matches() || BROKEN_TOC.matcher(t).find()) {
            return true;
        }
        if (zone && TOC_ZONE_ENTRY.matcher(t).matches()) {
            return true;
        }
        var m = TRAILING_NUMBER.matcher(t);
        if (!m.matches()) {
            return false;
        }
        if (!headingish(m.group(1)) || next == null) {
            return false;
        }
        String nt = next.text.stripTrailing();
        if (nt.isEmpty() || !Character.isDigit(nt.charAt(nt.length() - 1))) {
            return false;
        }
        var mn = TRAILING_NUMBER.matcher(next.text);
        return mn.matches() && headingish(mn.group(1));
    }

    private static boolean headingish(String s) {
        Numbering n = Numbering.parse(s);
        if (n != null && headingOf(n, true) == Cls.HEADING) {
            return true;
        }
        return Lines.isCaps(s) && s.length() <= 120;
    }

    // ---- whole blocks --------------------------------------------------------------------------

    private void hard(Line line, Line next) {
        TextBlock b = line.source;
        String t = line.text;
        Unit u;
        switch (b.kind()) {
            case HEADING -> {
                u = new Unit(ClauseKind.HEADING, line.page);
                u.level = b.headingLevel();
                if (isTocTitle(t)) {
                    u.toc = true;
                    u.tocTitle = true;
                    tocZone = true;
                } else {
                    tocZone = false;
                    Numbering n = Numbering.parse(t);
                    if (n != null && (headingOf(n, true) == Cls.HEADING || n.title().isEmpty())) {
                        u.numbering = n;
                    }
                }
            }
            case LIST_ITEM -> {
                u = new Unit(ClauseKind.LIST_ITEM, line.page);
                u.toc = tocZone && isTocEntry(t, true, null);
            }
            case TABLE_ROW -> {
                u = new Unit(ClauseKind.TABLE_ROW, line.page);
                tocZone = false;
            }
            default -> {
                boolean oneLine = t.indexOf('\n') < 0 && t.length() <= 200;
                if (oneLine && isTocTitle(t)) {
                    u = new Unit(ClauseKind.HEADING, line.page);
                    u.toc = true;
                    u.tocTitle = true;
                    tocZone = true;
                } else if (oneLine && isTocEntry(t, tocZone, next != null && next.hard ? next : null)) {
                    u = new Unit(ClauseKind.PARAGRAPH, line.page);
                    u.toc = true;
                    tocZone = true;
                } else {
                    tocZone = false;
                    u = classifyHardParagraph(t, oneLine, line.page);
                }
            }
        }
        u.hard = true;
        u.lines.add(t);
        finish(u);
        out.add(u);
        out.addAll(deferred);
        deferred.clear();
    }

    private static Unit classifyHardParagraph(String t, boolean oneLine, Integer page) {
        if (oneLine) {
            Numbering n = Numbering.parse(t);
            if (n != null) {
                Cls h = headingOf(n, true);
                if (h == Cls.HEADING) {
                    Unit u = new Unit(ClauseKind.HEADING, page);
                    u.numbering = n;
                    return u;
                }
                if (h == Cls.LIST) {
                    return new Unit(ClauseKind.LIST_ITEM, page);
                }
            }
        } else {
            Numbering n = Numbering.parse(t.substring(0, t.indexOf('\n') < 0 ? t.length() : t.indexOf('\n')));
            if (n != null && (n.scheme() == Numbering.Scheme.ARTICLE || n.scheme() == Numbering.Scheme.KEYWORD)
                    && headingOf(n, true) == Cls.HEADING) {
                Unit u = new Unit(ClauseKind.PARAGRAPH, page);
                u.numbering = n;
                u.opensSection = true;
                return u;
            }
        }
        if (BULLET.matcher(t).find() || NUMBERED_ITEM.matcher(t).find()) {
            return new Unit(ClauseKind.LIST_ITEM, page);
        }
        if (oneLine && capsHeadingLine(t)) {
            Unit u = new Unit(ClauseKind.HEADING, page);
            u.capsHeading = true;
            return u;
        }
        return new Unit(ClauseKind.PARAGRAPH, page);
    }
}
