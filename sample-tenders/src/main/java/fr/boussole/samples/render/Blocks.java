package fr.boussole.samples.render;

import fr.boussole.samples.source.Block;
import java.util.ArrayList;
import java.util.List;

/** Small helpers over blocks shared by the renderers. */
final class Blocks {

    private Blocks() {
    }

    /** Every text string a block carries. */
    static List<String> texts(Block b) {
        List<String> out = new ArrayList<>();
        if (b instanceof Block.Heading h) {
            out.add(h.text());
        } else if (b instanceof Block.Paragraph p) {
            out.add(p.text());
        } else if (b instanceof Block.Note n) {
            out.add(n.text());
        } else if (b instanceof Block.ListItem li) {
            out.add(li.text());
        } else if (b instanceof Block.Table t) {
            t.rows().forEach(out::addAll);
        } else if (b instanceof Block.Cover c) {
            c.lines().forEach(l -> out.add(l.text()));
        } else if (b instanceof Block.Toc t) {
            out.add(t.title());
        } else if (b instanceof Block.Sheet s) {
            out.add(s.name());
        }
        return out;
    }
}
