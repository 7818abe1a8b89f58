package fr.boussole.segmenter;

import fr.boussole.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.StringList;
import opennlp.tools.util.StringUtil;

/**
 * French sentence spans with OpenNLP's French model (UD GSD) and a runtime abbreviation dictionary for
 * administrative French, plus a post-merge that never splits references ({@code art. L. 2111-1 du code},
 * {@code (art. R. 2192-10 du CCP)}) nor a list number from its text.
 *
 * <p>Thread-safe: the model is shared, each thread gets its own {@link SentenceDetectorME}
 * (which is not thread-safe).
 *
 * <p>{@code etc.} is deliberately not in the dictionary: in tenders it ends a sentence as often as
 * not ("matériels, logiciels, etc. Le titulaire…"), and the post-merge already rejoins the cases
 * where the text goes on ("etc.) et", "etc., le"). Unit symbols ({@code h}, {@code m}) are not
 * abbreviations either ("à 12 h. Le titulaire" ends a sentence).
 */
public final class SentenceSplitter {

    /** The model by its .bin name: every OpenNLP model jar has a model.properties at its root. */
    public static final String MODEL_RESOURCE = "/opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin";

    /** Abbreviations of administrative French, as tokens (the dictionary is case-insensitive). */
    static final List<String> ABBREVIATIONS = List.of(
            "art.", "arts.", "al.", "cf.", "n°", "n°.", "no.", "nos.", "L.", "R.", "D.", "A.", "O.", "p.", "pp.",
            "s.", "ss.", "suiv.", "sq.", "env.", "M.", "MM.", "Mme.", "Mmes.", "Mlle.", "Mlles.", "Me.", "Dr.",
            "Pr.", "ex.", "éd.", "ed.", "réf.", "ref.", "ann.", "annexe.", "chap.", "vol.", "min.", "max.",
            "hab.", "tél.", "tel.", "fax.", "c.-à-d.", "c-à-d.", "i.e.", "e.g.", "cad.", "coll.", "dir.", "op.",
            "cit.", "ibid.", "id.", "av.", "bd.", "boul.", "St.", "Ste.", "Cie.", "Ets.", "éts.", "dép.",
            "adj.", "approx.", "resp.", "nb.", "N.B.", "NB.", "doc.", "mod.", "paragr.", "part.", "sect.",
            "tit.", "liv.", "jur.", "jurispr.", "Cass.", "CE.", "Cons.", "civ.", "com.", "crim.", "soc.",
            "req.", "préc.", "infra.", "supra.", "vs.", "v.", "Vol.", "Art.", "Al.", "Cf.", "Ex.");

    static final SentenceModel MODEL = loadModel();
    static final Dictionary DICTIONARY = dictionary();
    private static final ThreadLocal<SentenceDetectorME> DETECTOR =
            ThreadLocal.withInitial(() -> new Detector(MODEL, DICTIONARY));

    /** A sentence made of an enumerator only: "1.", "a)", "IV.", "4.2.", "-", "•". */
    private static final Pattern ENUMERATOR_ONLY = Pattern.compile(
            "^\\s*(?:\\(?(?:\\d{1,3}(?:\\.\\d{1,3})*|\\p{L}|[IVXLivxl]{1,6})[.)°]?|[-–—•·▪*o]|[\\uF000-\\uF0FF])\\s*$",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** The sentence ends with an abbreviation or an initial: the model's split there is wrong. */
    static final Pattern ENDS_ABBREVIATION = Pattern.compile(
            "(?U)(?:^|[\\s(\\[«\"'’])(?:(?i:art|arts|al|cf|n°|no|nos|p|pp|s|ss|suiv|sq|env|mme|mmes|mlle|mlles|me|dr"
                    + "|pr|ex|éd|ed|réf|ref|ann|chap|vol|min|max|hab|tél|tel|fax|c\\.-à-d|c-à-d|i\\.e|e\\.g|cad|coll"
                    + "|dir|op|cit|ibid|id|av|bd|boul|st|ste|cie|ets|éts|dép|adj|approx|resp|nb|doc|mod|paragr"
                    + "|part|sect|tit|liv|jur|jurispr|cass|civ|com|crim|soc|req|préc|infra|supra|vs|v|p\\. ex)"
                    + "|MM|CE|N\\.B)\\.?$|n°\\s*$");
    /** Ends with an initial: "L." "R." "M." — a reference or a name goes on after it. */
    private static final Pattern ENDS_INITIAL = Pattern.compile("(?U)(?:^|[\\s(\\[«\"'’.])([A-Z])\\.$");

    private SentenceSplitter() {
    }

    private static SentenceModel loadModel() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("modèle OpenNLP français absent du classpath : " + MODEL_RESOURCE);
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("modèle OpenNLP français illisible", e);
        }
    }

    private static Dictionary dictionary() {
        Dictionary d = new Dictionary(false);
        for (String a : ABBREVIATIONS) {
            d.put(new StringList(a));
        }
        d.put(new StringList("p.", "ex."));
        return d;
    }

    /**
     * Sentence spans of {@code text}, trimmed, covering every non-blank character.
     *
     * @param newlinesAreBreaks true when a newline ends a sentence (DOCX soft breaks), false when
     *                          newlines are line wraps (PDF, TXT)
     */
    public static List<Span> split(String text, boolean newlinesAreBreaks) {
        List<Span> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        if (newlinesAreBreaks) {
            int start = 0;
            while (start <= text.length()) {
                int nl = text.indexOf('\n', start);
                int end = nl < 0 ? text.length() : nl;
                splitSegment(text, start, end, out);
                if (nl < 0) {
                    break;
                }
                start = nl + 1;
            }
        } else {
            splitSegment(text, 0, text.length(), out);
        }
        return out;
    }

    private static void splitSegment(String text, int from, int to, List<Span> out) {
        String seg = text.substring(from, to).replace('\n', ' ');
        if (seg.isBlank()) {
            return;
        }
        opennlp.tools.util.Span[] spans = DETECTOR.get().sentPosDetect(seg);
        List<int[]> raw = new ArrayList<>();
        if (spans.length == 0) {
            raw.add(new int[]{0, seg.length()});
        } else {
            // cover the whole segment: gaps between model spans go to the previous sentence
            int last = 0;
            for (int i = 0; i < spans.length; i++) {
                int s = i == 0 ? 0 : spans[i].getStart();
                int e = i == spans.length - 1 ? seg.length() : spans[i + 1].getStart();
                if (s < last) {
                    s = last;
                }
                if (e > s) {
                    raw.add(new int[]{s, e});
                    last = e;
                }
            }
        }
        List<int[]> merged = new ArrayList<>();
        for (int[] r : raw) {
            if (!merged.isEmpty() && shouldMerge(seg, merged.get(merged.size() - 1), r)) {
                merged.get(merged.size() - 1)[1] = r[1];
            } else {
                merged.add(r);
            }
        }
        for (int[] r : merged) {
            int s = r[0];
            int e = r[1];
            while (s < e && Character.isWhitespace(seg.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(seg.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Span(from + s, from + e));
            }
        }
    }

    private static boolean shouldMerge(String seg, int[] a, int[] b) {
        String left = seg.substring(a[0], a[1]).strip();
        String right = seg.substring(b[0], b[1]).strip();
        if (left.isEmpty() || right.isEmpty()) {
            return true;
        }
        if (ENUMERATOR_ONLY.matcher(left).matches()) {
            return true;
        }
        if (endsWithAbbreviation(left)) {
            return true;
        }
        int first = right.codePointAt(0);
        var initial = ENDS_INITIAL.matcher(left);
        if (initial.find() && (initial.group(1).equals("M") || Character.isDigit(first)
                || Character.isUpperCase(first) && right.length() > 1 && right.charAt(1) == '.')) {
            return true;
        }
        if (Character.isLowerCase(first) || ",;:)]}%".indexOf(first) >= 0) {
            return true;
        }
        if (Character.isDigit(first) && left.endsWith(".") && left.length() >= 2
                && Character.isUpperCase(left.charAt(left.length() - 2))) {
            return true;
        }
        return unbalanced(left) && left.length() + right.length() < 1500;
    }

    /**
     * OpenNLP's detector with the same abbreviation check, made linear. OpenNLP 2.5's
     * {@code isAcceptableBreak} lower-cases the whole segment and searches every abbreviation from the
     * segment start to its end for each candidate break: quadratic on long PDF paragraphs. Only an
     * abbreviation starting at most its own length before the candidate can veto the break, so only
     * those positions are looked at, and the lower-cased segment is kept between the candidates of one
     * segment. The decisions are the same (checked against the stock detector by a test).
     */
    static final class Detector extends SentenceDetectorME {
        private final String[] tokens;
        private final boolean caseSensitive;
        private CharSequence lastText;
        private String lastLower;

        Detector(SentenceModel model, Dictionary abbreviations) {
            super(model, abbreviations);
            this.caseSensitive = abbreviations.isCaseSensitive();
            List<String> t = new ArrayList<>();
            for (StringList abb : abbreviations) {
                t.add(caseSensitive ? abb.getToken(0) : StringUtil.toLowerCase(abb.getToken(0)));
            }
            this.tokens = t.toArray(String[]::new);
        }

        @Override
        protected boolean isAcceptableBreak(CharSequence s, int fromIndex, int candidateIndex) {
            String text = lowered(s);
            for (String token : tokens) {
                int len = token.length();
                // OpenNLP visits every occurrence from fromIndex up to the candidate; an earlier one can
                // neither equal the span [fromIndex, candidate] nor reach the candidate
                for (int pos = Math.max(fromIndex, candidateIndex - len); pos <= candidateIndex; pos++) {
                    if (pos < 0 || !text.startsWith(token, pos)) {
                        continue;
                    }
                    if (pos == fromIndex && text.substring(pos, candidateIndex + 1).equals(token)) {
                        return false;
                    }
                    char before = s.charAt(pos == fromIndex ? pos : pos - 1);
                    if (pos + len >= candidateIndex && (Character.isWhitespace(before) || before == '\''
                            || before == '`' || before == '\u00B4' || before == '(')) {
                        return false;
                    }
                }
            }
            return true;
        }

        private String lowered(CharSequence s) {
            if (s instanceof String && s == lastText) {
                return lastLower;
            }
            String text = s.toString();
            String lower = caseSensitive ? text : StringUtil.toLowerCase(text);
            lastText = s;
            lastLower = lower;
            return lower;
        }
    }

    /**
     * {@code ENDS_ABBREVIATION.matcher(s).find()}, searched in the tail only: a match ends at the end and is at
     * most 9 characters long ("(jurispr."), or is "n°" followed by the trailing white space. Searching the
     * whole sentence tried the expression at every position.
     */
    static boolean endsWithAbbreviation(String s) {
        int i = s.length();
        while (i > 0 && Lines.isRegexSpace(s.charAt(i - 1))) {
            i--;
        }
        return ENDS_ABBREVIATION.matcher(s).region(Math.max(0, i - 12), s.length()).useTransparentBounds(true)
                .useAnchoringBounds(false).find();
    }

    private static boolean unbalanced(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }
}
