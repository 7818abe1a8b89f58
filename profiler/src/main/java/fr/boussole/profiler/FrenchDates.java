package fr.boussole.profiler;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates and times as French buyers write them: "vendredi 7 novembre 2025 à 12 Heures",
 * "07/11/2025 à 12h00", "le 7 nov. 2025 12:00", "1er décembre 2025 à midi", "2025-11-07",
 * "12h00 le 07/11/2025". Works on any text; matching is done on the folded form.
 */
public final class FrenchDates {

    /** A date found in a text, with the time when one is written next to it. */
    public record DateMatch(LocalDate date, LocalTime time, int start, int end) {
        /** Date and time; midnight when no time was written. */
        public LocalDateTime dateTime() {
            return date.atTime(time == null ? LocalTime.MIDNIGHT : time);
        }
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("janv", 1), Map.entry("jan", 1),
            Map.entry("fevrier", 2), Map.entry("fevr", 2), Map.entry("fev", 2),
            Map.entry("mars", 3), Map.entry("avril", 4), Map.entry("avr", 4), Map.entry("mai", 5),
            Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("juil", 7),
            Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("sept", 9), Map.entry("sep", 9),
            Map.entry("octobre", 10), Map.entry("oct", 10), Map.entry("novembre", 11), Map.entry("nov", 11),
            Map.entry("decembre", 12), Map.entry("dec", 12));

    private static final String MONTH_RX =
            "(janvier|janv|jan|fevrier|fevr|fev|mars|avril|avr|mai|juin|juillet|juil|aout|septembre|sept|sep"
                    + "|octobre|oct|novembre|nov|decembre|dec)";
    private static final Pattern TEXT_DATE = Pattern.compile(
            "\\b(1er|[0-3]?\\d)\\s*" + MONTH_RX + "\\.?\\s*((?:19|20)\\d\\d)\\b");
    private static final Pattern NUM_DATE = Pattern.compile(
            "(?<![\\d/.-])([0-3]?\\d)\\s*([/.-])\\s*([01]?\\d)\\s*\\2\\s*((?:19|20)\\d\\d|\\d\\d)(?![\\d/.-]|\\s*[.,]\\d)");
    private static final Pattern ISO_DATE = Pattern.compile("\\b((?:19|20)\\d\\d)-([01]\\d)-([0-3]\\d)\\b");

    /** A time right after a date: "à 12 heures", "12h00", ", 12:00", "à midi", "avant 16 h 30". */
    private static final Pattern TIME_AFTER = Pattern.compile(
            "^[\\s,;-]*(?:\\(?\\s*)?(?:a|avant|jusqu'a|au plus tard a|heure limite\\s*:?)?\\s*"
                    + "(?:(midi)|(minuit)|([0-2]?\\d)\\s*(?:(?:heures?|h(?![a-z]))\\s*(?:([0-5]\\d)\\b)?|:([0-5]\\d)\\b)(?:\\s*(?:mn|min|minutes?))?)");
    /** A time right before a date: "12h00 le 07/11/2025", "à 12 heures, le …". */
    private static final Pattern TIME_BEFORE = Pattern.compile(
            "(?:(midi)|([0-2]?\\d)\\s*(?:(?:heures?|h(?![a-z]))\\s*([0-5]\\d)?|:([0-5]\\d)))\\s*(?:\\([^)]{0,30}\\))?[\\s,]*(?:le|du)?\\s*"
                    + "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)?\\s*$");

    private FrenchDates() {
    }

    /** Every date in the text, in order, with the time written next to it when any. */
    public static List<DateMatch> findAll(String text) {
        String n = Texts.fold(text);
        List<DateMatch> out = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        Matcher m = TEXT_DATE.matcher(n);
        while (m.find()) {
            int day = m.group(1).equals("1er") ? 1 : Integer.parseInt(m.group(1));
            add(out, taken, n, day, MONTHS.get(m.group(2)), Integer.parseInt(m.group(3)), m.start(), m.end());
        }
        m = ISO_DATE.matcher(n);
        while (m.find()) {
            add(out, taken, n, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1)), m.start(), m.end());
        }
        m = NUM_DATE.matcher(n);
        while (m.find()) {
            int year = Integer.parseInt(m.group(4));
            if (m.group(4).length() == 2) {
                if (!m.group(2).equals("/")) {
                    continue; // "1.2.20" is an article number, not a date
                }
                year += 2000;
            }
            add(out, taken, n, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), year, m.start(), m.end());
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** First date in the text, or null. */
    public static DateMatch first(String text) {
        List<DateMatch> all = findAll(text);
        return all.isEmpty() ? null : all.get(0);
    }

    /** A time alone ("12 heures", "12h00", "midi") at the start of a text, or null. */
    public static LocalTime leadingTime(String text) {
        return timeAfter(Texts.fold(text), 0);
    }

    private static void add(List<DateMatch> out, List<int[]> taken, String n, int day, int month, int year,
                            int start, int end) {
        for (int[] t : taken) {
            if (start < t[1] && t[0] < end) {
                return;
            }
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return;
        }
        LocalTime time = timeAfter(n, end);
        if (time == null) {
            time = timeBefore(n, start);
        }
        taken.add(new int[] {start, end});
        out.add(new DateMatch(date, time, start, end));
    }

    private static LocalTime timeAfter(String n, int from) {
        String tail = n.substring(from, Math.min(n.length(), from + 40));
        Matcher t = TIME_AFTER.matcher(tail);
        if (!t.find()) {
            return null;
        }
        if (t.group(1) != null) {
            return LocalTime.NOON;
        }
        if (t.group(2) != null) {
            return LocalTime.of(23, 59);
        }
        return time(t.group(3), t.group(4) != null ? t.group(4) : t.group(5));
    }

    private static LocalTime timeBefore(String n, int to) {
        String head = n.substring(Math.max(0, to - 45), to);
        Matcher t = TIME_BEFORE.matcher(head);
        if (!t.find()) {
            return null;
        }
        if (t.group(1) != null) {
            return LocalTime.NOON;
        }
        return time(t.group(2), t.group(3) != null ? t.group(3) : t.group(4));
    }

    private static LocalTime time(String h, String min) {
        int hour = Integer.parseInt(h);
        int minute = min == null ? 0 : Integer.parseInt(min);
        if (hour > 23) {
            return null;
        }
        return LocalTime.of(hour, minute);
    }
}
