package fr.boussole.rules.facts;

import java.util.List;
import java.util.Locale;

/** One award criterion (or sub-criterion) of the tender profile. */
public final class AwardFact {

    private final String name;
    private final String kind;
    private final Double percent;
    private final Double weight;
    private final String unit;
    private final boolean sub;
    private final String parent;
    private final String parentKind;
    private final Double parentPercent;

    public AwardFact(String name, String kind, Double percent, Double weight, String unit, boolean sub, String parent,
                     String parentKind, Double parentPercent) {
        this.name = name;
        this.kind = kind;
        this.percent = percent;
        this.weight = weight;
        this.unit = unit;
        this.sub = sub;
        this.parent = parent;
        this.parentKind = parentKind;
        this.parentPercent = parentPercent;
    }

    public String getName() {
        return name;
    }

    /** price, cost, technical, environmental, social, delay, other. */
    public String getKind() {
        return kind;
    }

    /** Share of the total, in percent, or null when not computable. */
    public Double getPercent() {
        return percent;
    }

    public Double getWeight() {
        return weight;
    }

    public String getUnit() {
        return unit;
    }

    /** True for a sub-criterion. */
    public boolean isSub() {
        return sub;
    }

    public String getParent() {
        return parent;
    }

    public String getParentKind() {
        return parentKind;
    }

    public Double getParentPercent() {
        return parentPercent;
    }

    public boolean isEnvironmental() {
        return "environmental".equals(kind);
    }

    /** "Performance environnementale (15 %)" */
    public String describe() {
        return name + (percent != null ? " (" + pct(percent) + ")" : weight != null ? " (" + pct(weight)
                .replace(" %", "") + (unit != null ? " " + unit : "") + ")" : " (non pondéré)");
    }

    /** Formats 12.5 as "12,5 %" and 10.0 as "10 %". */
    public static String pct(Double v) {
        if (v == null) {
            return "?";
        }
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return String.format(Locale.ROOT, "%d %%", Math.round(v));
        }
        return String.format(Locale.FRANCE, "%.1f %%", v);
    }

    /** "Prix (60 %), Valeur technique (40 %)" for a reason text. */
    public static String describeAll(List<?> facts) {
        StringBuilder sb = new StringBuilder();
        for (Object o : facts) {
            if (o instanceof AwardFact a) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(a.describe());
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "AwardFact[" + name + ", " + kind + ", " + percent + (sub ? ", sous " + parent : "") + "]";
    }
}
