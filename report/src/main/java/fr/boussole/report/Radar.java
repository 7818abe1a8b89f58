package fr.boussole.report;

import fr.boussole.model.QualityScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Geometry of the seven-qualities radar chart (inline SVG); the same figures are in a table beside it. */
final class Radar {

    static final double CX = 260;
    static final double CY = 170;
    static final double R = 120;

    private Radar() {
    }

    static Map<String, Object> of(List<QualityScore> qualities, ReportTexts t) {
        int n = qualities.size();
        List<Map<String, Object>> rings = new ArrayList<>();
        for (int ring = 1; ring <= 4; ring++) {
            StringBuilder pts = new StringBuilder();
            for (int i = 0; i < n; i++) {
                double[] xy = point(i, n, R * ring / 4.0);
                pts.append(i == 0 ? "" : " ").append(fmt(xy[0])).append(',').append(fmt(xy[1]));
            }
            rings.add(HtmlReport.map("points", pts.toString()));
        }
        List<Map<String, Object>> axes = new ArrayList<>();
        List<Map<String, Object>> dots = new ArrayList<>();
        List<Map<String, Object>> labels = new ArrayList<>();
        StringBuilder area = new StringBuilder();
        StringBuilder desc = new StringBuilder();
        for (int i = 0; i < n; i++) {
            QualityScore q = qualities.get(i);
            double[] end = point(i, n, R);
            axes.add(HtmlReport.map("x1", fmt(CX), "y1", fmt(CY), "x2", fmt(end[0]), "y2", fmt(end[1])));
            double s = q.score() == null ? 0 : Math.max(0, Math.min(100, q.score()));
            double[] xy = point(i, n, R * s / 100.0);
            area.append(i == 0 ? "" : " ").append(fmt(xy[0])).append(',').append(fmt(xy[1]));
            if (q.score() != null) {
                dots.add(HtmlReport.map("cx", fmt(xy[0]), "cy", fmt(xy[1])));
            }
            double[] lp = point(i, n, R + 18);
            String anchor = Math.abs(lp[0] - CX) < 8 ? "middle" : lp[0] > CX ? "start" : "end";
            double y = lp[1] + (lp[1] > CY + 8 ? 12 : lp[1] < CY - 8 ? -2 : 4);
            String label = t.quality(q.quality(), q.label());
            labels.add(HtmlReport.map("x", fmt(lp[0]), "y", fmt(y), "anchor", anchor,
                    "text", label + " " + t.percent(q.score()), "na", q.score() == null));
            desc.append(i == 0 ? "" : " ; ").append(label).append(" : ").append(t.percent(q.score()));
        }
        return HtmlReport.map("viewBox", "0 0 520 340", "rings", rings, "axes", axes, "area", area.toString(),
                "dots", dots, "labels", labels, "desc", desc + ".");
    }

    /** Point at angle i of n (first axis straight up, clockwise) and distance r from the centre. */
    static double[] point(int i, int n, double r) {
        double a = -Math.PI / 2 + 2 * Math.PI * i / n;
        return new double[] {CX + r * Math.cos(a), CY + r * Math.sin(a)};
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
