package fr.boussole.batch;

import fr.boussole.model.BuyerType;
import fr.boussole.model.PurchaseFamily;
import fr.boussole.model.Status;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts over the tenders of an archive, built one row at a time (nothing per tender is kept). A tender
 * "carries" a criterion when its verdict is covered or partial; shares are taken over the tenders where the
 * criterion applies (verdict other than not applicable), so RGAA counts only among software purchases.
 */
public final class ArchiveStats {

    /** Environmental or social clauses, the scope of the 2020 baseline: award criterion, execution conditions. */
    public static final List<String> ENV_SOCIAL = List.of("LEG-01", "LEG-04", "LEG-05");

    /** Present / applicable counts of one criterion in one group. */
    public static final class Tally {
        int present;
        int applicable;
        int evaluated;

        public int present() {
            return present;
        }

        public int applicable() {
            return applicable;
        }

        /** Tenders where the packs judged the criterion at all (0: criterion absent from the packs). */
        public int evaluated() {
            return evaluated;
        }

        public Double share() {
            return applicable == 0 ? null : (double) present / applicable;
        }
    }

    /** Tallies for a group of tenders (all, one year, one buyer type, one family). */
    public static final class Group {
        final String label;
        int tenders;
        int envSocial;
        int envSocialKnown;
        final Map<String, Tally> byKey = new LinkedHashMap<>();

        Group(String label, List<String> keys) {
            this.label = label;
            keys.forEach(k -> byKey.put(k, new Tally()));
        }

        public String label() {
            return label;
        }

        public int tenders() {
            return tenders;
        }

        public Map<String, Tally> byKey() {
            return byKey;
        }

        public Tally tally(String key) {
            return byKey.get(key);
        }

        /** Share of tenders carrying an environmental or social clause (LEG-01, LEG-04 or LEG-05). */
        public Double envSocialShare() {
            return envSocialKnown == 0 ? null : (double) envSocial / envSocialKnown;
        }

        public int envSocial() {
            return envSocial;
        }

        public int envSocialKnown() {
            return envSocialKnown;
        }

        void add(TenderRow r) {
            tenders++;
            boolean known = false;
            boolean any = false;
            for (Map.Entry<String, Tally> e : byKey.entrySet()) {
                Status s = r.status(e.getKey());
                if (s == null) {
                    continue;
                }
                Tally t = e.getValue();
                t.evaluated++;
                if (s != Status.NOT_APPLICABLE) {
                    t.applicable++;
                }
                if (s.isPresent()) {
                    t.present++;
                }
            }
            for (String k : ENV_SOCIAL) {
                Status s = r.status(k);
                if (s != null) {
                    known = true;
                    any |= s.isPresent();
                }
            }
            if (known) {
                envSocialKnown++;
                if (any) {
                    envSocial++;
                }
            }
        }
    }

    private final List<String> keys;
    private int total;
    private int done;
    private int cached;
    private int unchanged;
    private int failed;
    private int filesFailed;
    private int partial;
    private int pieces;
    private int pages;
    private long millis;
    private final Group all;
    private final Map<String, Group> byYear = new TreeMap<>();
    private final Map<String, Group> byBuyerType = new LinkedHashMap<>();
    private final Map<String, Group> byFamily = new LinkedHashMap<>();

    public ArchiveStats(List<String> keys) {
        this.keys = List.copyOf(keys);
        this.all = new Group("Ensemble", keys);
        for (BuyerType b : BuyerType.values()) {
            byBuyerType.put(b.code(), new Group(b.label(), keys));
        }
        byBuyerType.put("", new Group("Type d'acheteur non déterminé", keys));
        for (PurchaseFamily f : PurchaseFamily.values()) {
            byFamily.put(f.code(), new Group(f.label(), keys));
        }
        byFamily.put("", new Group("Famille non déterminée", keys));
    }

    public synchronized void add(TenderRow r) {
        total++;
        switch (r.outcome()) {
            case DONE -> done++;
            case CACHED -> cached++;
            case UNCHANGED -> unchanged++;
            case FAILED -> failed++;
        }
        if (!r.outcome().hasResult()) {
            return;
        }
        filesFailed += r.failedFiles().size();
        partial += r.failedFiles().isEmpty() ? 0 : 1;
        pieces += r.pieces();
        pages += r.pages();
        millis += r.millis();
        all.add(r);
        byYear.computeIfAbsent(r.year() == null ? "année inconnue" : String.valueOf(r.year()),
                y -> new Group(y, keys)).add(r);
        byBuyerType.get(r.buyerType() == null ? "" : r.buyerType()).add(r);
        byFamily.get(r.family() == null ? "" : r.family()).add(r);
    }

    public List<String> keys() {
        return keys;
    }

    public int total() {
        return total;
    }

    public int done() {
        return done;
    }

    public int cached() {
        return cached;
    }

    public int unchanged() {
        return unchanged;
    }

    public int failed() {
        return failed;
    }

    /** Tenders with a result (judged now, from the cache, or unchanged). */
    public int withResult() {
        return done + cached + unchanged;
    }

    public int filesFailed() {
        return filesFailed;
    }

    /** Tenders judged although some of their files could not be read. */
    public int partial() {
        return partial;
    }

    public int pieces() {
        return pieces;
    }

    public int pages() {
        return pages;
    }

    public Group all() {
        return all;
    }

    /** Non-empty groups, in a stable order (years ascending, enum order for the others). */
    public Map<String, Group> byYear() {
        return nonEmpty(byYear);
    }

    public Map<String, Group> byBuyerType() {
        return nonEmpty(byBuyerType);
    }

    public Map<String, Group> byFamily() {
        return nonEmpty(byFamily);
    }

    private static Map<String, Group> nonEmpty(Map<String, Group> m) {
        Map<String, Group> out = new LinkedHashMap<>();
        m.forEach((k, g) -> {
            if (g.tenders > 0) {
                out.put(k, g);
            }
        });
        return out;
    }
}
