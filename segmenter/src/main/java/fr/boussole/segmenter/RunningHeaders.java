package fr.boussole.segmenter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds running headers and footers of paginated text: page numbers ({@code Page 3 sur 15}, {@code 3/15},
 * {@code - 3 -}) and lines repeated at the top or bottom of most pages (document title, "R.C.", the
 * buyer's name). Page numbers are dropped; a repeated line is kept once (its first occurrence, marked
 * RUNNING_HEADER) and dropped elsewhere.
 */
final class RunningHeaders {

    enum Verdict { DROP, KEEP_FIRST }

    /** How many lines at each edge of a page are examined. */
    private static final int EDGE = 3;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?iU)^(?:page|p\\.)?\\s*\\d{1,4}\\s*(?:/|sur|de|of)\\s*\\d{1,4}$|^(?:page|p\\.)\\s*\\d{1,4}$"
                    + "|^[-–—]?\\s*\\d{1,4}\\s*[-–—]?$");
    private static final Pattern PAGE_OF = Pattern.compile(
            "(?iU)^(?:page|p\\.)?\\s*\\d{1,4}\\s*(?:/|sur|de|of)\\s*\\d{1,4}$|^(?:page|p\\.)\\s*\\d{1,4}$");
    private static final Pattern PAGE_OF_INSIDE = Pattern.compile("(?iU)\\bpage\\s*(\\d{1,4})\\s*(?:/|sur|de)\\s*(\\d{1,4})\\b");
    private static final Pattern PAGE_NUMBER_INSIDE = Pattern.compile(
            "(?iU)\\b(?:page|p\\.)\\s*\\d{1,4}(?:\\s*(?:/|sur|de)\\s*\\d{1,4})?\\b|\\b\\d{1,4}\\s*(?:/|sur)\\s*\\d{1,4}\\b");

    private RunningHeaders() {
    }

    static Map<Line, Verdict> detect(List<Line> lines) {
        Map<Integer, List<Line>> byPage = new LinkedHashMap<>();
        for (Line l : lines) {
            if (l.page != null && !l.hard) {
                byPage.computeIfAbsent(l.page, k -> new ArrayList<>()).add(l);
            }
        }
        Map<Line, Verdict> out = new IdentityHashMap<>();
        if (byPage.isEmpty()) {
            return out;
        }
        int pages = byPage.size();
        Map<String, Set<Integer>> exact = new HashMap<>();
        Map<String, Set<Integer>> masked = new HashMap<>();
        Map<Integer, List<Line>> edges = new HashMap<>();
        for (var e : byPage.entrySet()) {
            List<Line> pl = e.getValue();
            Set<Line> edge = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (int i = 0; i < Math.min(EDGE, pl.size()); i++) {
                edge.add(pl.get(i));
                edge.add(pl.get(pl.size() - 1 - i));
            }
            List<Line> el = new ArrayList<>(edge);
            edges.put(e.getKey(), el);
            for (Line l : el) {
                exact.computeIfAbsent(Lines.key(l.text), k -> new HashSet<>()).add(e.getKey());
                masked.computeIfAbsent(mask(l.text), k -> new HashSet<>()).add(e.getKey());
            }
        }
        int threshold = Math.max(3, (int) Math.ceil(pages * 0.5));
        // page numbers that do not match the physical page (numbering restarted after a cover or a TOC)
        Map<Integer, Integer> offsets = new HashMap<>();
        for (var e : edges.entrySet()) {
            for (Line l : e.getValue()) {
                String t = l.text.strip();
                if (t.matches("[-–—]?\\s*\\d{1,4}\\s*[-–—]?")) {
                    offsets.merge(Integer.parseInt(t.replaceAll("\\D", "")) - e.getKey(), 1, Integer::sum);
                }
            }
        }
        Set<Integer> pageOffsets = new HashSet<>();
        offsets.forEach((off, count) -> {
            if (count >= Math.max(2, pages * 0.3)) {
                pageOffsets.add(off);
            }
        });
        Set<String> seen = new HashSet<>();
        for (var e : byPage.entrySet()) {
            int page = e.getKey();
            for (Line l : edges.get(page)) {
                if (out.containsKey(l)) {
                    continue;
                }
                String t = l.text.strip();
                if (isPageNumber(t, page) || t.matches("[-–—]?\\s*\\d{1,4}\\s*[-–—]?")
                        && pageOffsets.contains(Integer.parseInt(t.replaceAll("\\D", "")) - page)) {
                    out.put(l, Verdict.DROP);
                    continue;
                }
                if (pages < 3 || Lines.words(t) > 20) {
                    continue;
                }
                String k = Lines.key(t);
                String mk = mask(t);
                boolean repeated = exact.get(k).size() >= threshold;
                boolean numbered = !mk.equals(k) && masked.get(mk).size() >= threshold
                        && PAGE_NUMBER_INSIDE.matcher(t).find() || carriesThisPage(t, page);
                if (numbered) {
                    out.put(l, Verdict.DROP);
                } else if (repeated) {
                    out.put(l, seen.add(k) ? Verdict.KEEP_FIRST : Verdict.DROP);
                }
            }
        }
        for (var e : byPage.entrySet()) {
            // "Page 3 sur 28" wherever the producer put it on the page
            for (Line l : e.getValue()) {
                String t = l.text.strip();
                if (!out.containsKey(l) && PAGE_OF.matcher(t).matches() && isPageNumber(t, e.getKey())) {
                    out.put(l, Verdict.DROP);
                }
            }
        }
        for (List<Line> pl : byPage.values()) {
            for (int i = 1; i < pl.size(); i++) {
                // the total of a "Page 10 sur" that wrapped onto its own line
                Line l = pl.get(i);
                if (!out.containsKey(l) && out.get(pl.get(i - 1)) == Verdict.DROP && l.text.strip().matches("\\d{1,4}")
                        && PAGE_NUMBER_INSIDE.matcher(pl.get(i - 1).text).find()) {
                    out.put(l, Verdict.DROP);
                }
            }
        }
        return out;
    }

    /** An edge line that says "Page 3 sur 13" on page 3 is a header or footer, whatever else it says. */
    private static boolean carriesThisPage(String t, int page) {
        var m = PAGE_OF_INSIDE.matcher(t);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == page && Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2))) {
                return true;
            }
        }
        return false;
    }

    static boolean isPageNumber(String t, int page) {
        if (!PAGE_NUMBER.matcher(t).matches()) {
            return false;
        }
        String digits = t.replaceAll("\\D+", " ").strip();
        if (digits.isEmpty()) {
            return false;
        }
        String[] nums = digits.split(" ");
        int n = Integer.parseInt(nums[0]);
        if (nums.length == 1) {
            return Math.abs(n - page) <= 3;
        }
        // "3/15", "Page 3 sur 15": the page number must be near this page and not above the total
        int total = Integer.parseInt(nums[1]);
        return Math.abs(n - page) <= 3 && n <= total;
    }

    /** The line with its page number taken out ("… Page 10 sur" and "… Page 3 sur 13" give the same key). */
    private static String mask(String s) {
        return PAGE_NUMBER_INSIDE.matcher(Lines.key(s)).replaceAll("#p").replaceAll("\\d+", "#")
                .replaceAll("#p\\s*(?:sur|/|de)\\s*$", "#p");
    }
}
