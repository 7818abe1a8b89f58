package fr.boussole.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Inline SVG bar charts for the dashboard: horizontal bars of shares (0–100 %), every bar labelled in text (name
 * and value, so nothing relies on colour), a dashed reference line, and a title and description the SVG exposes
 * as an image to assistive technologies ({@code role="img"}, {@code aria-labelledby}). The data tables next to
 * the charts carry the same numbers.
 */
final class SvgCharts {

    /** Colours of the bar series, each at least 3:1 against white (WCAG 1.4.11). */
    static final String[] PALETTE = {"#000091", "#18753c", "#b34000", "#6e445a", "#0063cb", "#716043", "#3a3a3a"};

    /** One bar: a share with its counts, in a group (null for a flat chart). */
    record Bar(String group, String label, Double share, int present, int applicable, int series) {
    }

    private static final int WIDTH = 840;
    private static final int LABEL_W = 280;
    private static final int PLOT_W = 380;
    private static final int ROW_H = 24;
    private static final int GROUP_H = 28;
    private static final int TOP = 34;

    private SvgCharts() {
    }

    static String bars(String id, String title, String desc, List<Bar> bars, double baseline, String baselineShort) {
        int rows = bars.size();
        int groups = 0;
        String prev = null;
        for (Bar b : bars) {
            if (b.group() != null && !b.group().equals(prev)) {
                groups++;
                prev = b.group();
            }
        }
        int height = TOP + rows * ROW_H + groups * GROUP_H + 30;
        int x0 = LABEL_W;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\">");
        sb.append("<title id=\"").append(id).append("-t\">").append(esc(title)).append("</title>");
        sb.append("<desc id=\"").append(id).append("-d\">").append(esc(desc)).append("</desc>");
        // grid and axis labels
        int plotBottom = height - 24;
        for (int pct = 0; pct <= 100; pct += 25) {
            double x = x0 + PLOT_W * pct / 100.0;
            sb.append("<line class=\"grid\" x1=\"").append(fmt(x)).append("\" y1=\"").append(TOP - 6)
                    .append("\" x2=\"").append(fmt(x)).append("\" y2=\"").append(plotBottom).append("\"/>");
            sb.append("<text class=\"tick\" x=\"").append(fmt(x)).append("\" y=\"").append(plotBottom + 16)
                    .append("\" text-anchor=\"middle\">").append(pct).append(" %</text>");
        }
        int y = TOP;
        prev = null;
        for (Bar b : bars) {
            if (b.group() != null && !b.group().equals(prev)) {
                y += 4;
                sb.append("<text class=\"group\" x=\"0\" y=\"").append(y + 14).append("\">").append(esc(b.group()))
                        .append("</text>");
                y += GROUP_H - 4;
                prev = b.group();
            }
            int indent = b.group() == null ? 0 : 16;
            sb.append("<text class=\"label\" x=\"").append(indent).append("\" y=\"").append(y + 16).append("\">")
                    .append(esc(cut(b.label(), b.group() == null ? 40 : 37))).append("</text>");
            String color = PALETTE[Math.floorMod(b.series(), PALETTE.length)];
            if (b.share() == null) {
                sb.append("<text class=\"value\" x=\"").append(x0 + 4).append("\" y=\"").append(y + 16).append("\">")
                        .append(b.applicable() == 0 && b.present() == 0 ? "non évalué" : "—").append("</text>");
            } else {
                double w = Math.max(1, PLOT_W * b.share());
                sb.append("<rect class=\"bar\" x=\"").append(x0).append("\" y=\"").append(y + 4).append("\" width=\"")
                        .append(fmt(w)).append("\" height=\"").append(ROW_H - 8).append("\" fill=\"").append(color)
                        .append("\"/>");
                sb.append("<text class=\"value\" x=\"").append(fmt(x0 + w + 6)).append("\" y=\"").append(y + 16)
                        .append("\">").append(esc(percent(b.share()) + " (" + b.present() + "/" + b.applicable() + ")"))
                        .append("</text>");
            }
            y += ROW_H;
        }
        // reference line last, above the bars
        double bx = x0 + PLOT_W * baseline;
        sb.append("<line class=\"baseline\" x1=\"").append(fmt(bx)).append("\" y1=\"").append(TOP - 14)
                .append("\" x2=\"").append(fmt(bx)).append("\" y2=\"").append(plotBottom).append("\"/>");
        sb.append("<text class=\"baseline-label\" x=\"").append(fmt(bx + 4)).append("\" y=\"").append(TOP - 16)
                .append("\">").append(esc(baselineShort)).append("</text>");
        sb.append("</svg>");
        return sb.toString();
    }

    static String percent(Double share) {
        if (share == null) {
            return "—";
        }
        double pct = 100 * share;
        return pct == Math.rint(pct) ? String.format(Locale.FRENCH, "%.0f %%", pct)
                : String.format(Locale.FRENCH, "%.1f %%", pct);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Bars of every key criterion (plus the env/social line) for one group. */
    static List<Bar> groupBars(String group, ArchiveStats.Group g, List<String> keys) {
        List<Bar> out = new ArrayList<>();
        int i = 0;
        for (String k : keys) {
            ArchiveStats.Tally t = g.tally(k);
            out.add(new Bar(group, k, t.share(), t.present(), t.applicable(), i++));
        }
        out.add(new Bar(group, "Clause env. ou sociale", g.envSocialShare(), g.envSocial(), g.envSocialKnown(),
                PALETTE.length - 1));
        return out;
    }
}
