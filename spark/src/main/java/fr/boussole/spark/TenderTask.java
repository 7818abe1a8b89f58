package fr.boussole.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** One tender to judge (a Java bean, for Spark's encoder): its id, its Hadoop paths, its DECP id. */
public class TenderTask implements Serializable {

    private static final long serialVersionUID = 1L;

    private long seq;
    private String id;
    private List<String> paths = new ArrayList<>();
    private String decpId;

    public TenderTask() {
    }

    public TenderTask(long seq, String id, List<String> paths, String decpId) {
        this.seq = seq;
        this.id = id;
        this.paths = new ArrayList<>(paths);
        this.decpId = decpId;
    }

    public long getSeq() {
        return seq;
    }

    public void setSeq(long seq) {
        this.seq = seq;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public List<String> getPaths() {
        return paths;
    }

    public void setPaths(List<String> paths) {
        this.paths = paths;
    }

    public String getDecpId() {
        return decpId;
    }

    public void setDecpId(String decpId) {
        this.decpId = decpId;
    }

    /** What the user knows the tender by. */
    public String label() {
        return paths.size() == 1 ? paths.get(0) : paths.toString();
    }
}
