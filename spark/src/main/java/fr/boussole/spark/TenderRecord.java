package fr.boussole.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import fr.boussole.batch.TenderRow;
import fr.boussole.model.Status;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One judged tender as Spark stores it (Parquet columns): the summary fields flattened for SQL, the key
 * criteria's statuses as a map, and the full check result (schema check-result) as compact JSON.
 */
public class TenderRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    private long seq;
    private String id;
    private String source;
    private String outcome;
    private String object;
    private String buyer;
    private String buyerType;
    private String family;
    private String launchDate;
    private Integer year;
    private Map<String, String> keyStatuses = new LinkedHashMap<>();
    private int covered;
    private int partial;
    private int missing;
    private int contradicted;
    private int notApplicable;
    private int obligationsMet;
    private int obligationsTotal;
    private int pieces;
    private int pages;
    private int failedFiles;
    private String decpId;
    private long millis;
    private String error;
    private String resultJson;
    private String rowJson;

    public TenderRecord() {
    }

    static TenderRecord of(long seq, TenderRow r, String resultJson) {
        TenderRecord t = new TenderRecord();
        t.seq = seq;
        t.id = r.id();
        t.source = r.source();
        t.outcome = r.outcome().name().toLowerCase(java.util.Locale.ROOT);
        t.object = r.object();
        t.buyer = r.buyer();
        t.buyerType = r.buyerType();
        t.family = r.family();
        t.launchDate = r.launchDate() == null ? null : r.launchDate().toString();
        t.year = r.year();
        t.keyStatuses = new LinkedHashMap<>(r.key());
        t.covered = r.count(Status.COVERED);
        t.partial = r.count(Status.PARTIAL);
        t.missing = r.count(Status.MISSING);
        t.contradicted = r.count(Status.CONTRADICTED);
        t.notApplicable = r.count(Status.NOT_APPLICABLE);
        t.obligationsMet = r.obligationsMet();
        t.obligationsTotal = r.obligationsTotal();
        t.pieces = r.pieces();
        t.pages = r.pages();
        t.failedFiles = r.failedFiles().size();
        t.decpId = r.decpId();
        t.millis = r.millis();
        t.error = r.error();
        t.resultJson = resultJson;
        try {
            t.rowJson = ExecutorPipeline.COMPACT.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return t;
    }

    // getters and setters for Spark's bean encoder

    public long getSeq() { return seq; }
    public void setSeq(long v) { seq = v; }
    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public String getSource() { return source; }
    public void setSource(String v) { source = v; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String v) { outcome = v; }
    public String getObject() { return object; }
    public void setObject(String v) { object = v; }
    public String getBuyer() { return buyer; }
    public void setBuyer(String v) { buyer = v; }
    public String getBuyerType() { return buyerType; }
    public void setBuyerType(String v) { buyerType = v; }
    public String getFamily() { return family; }
    public void setFamily(String v) { family = v; }
    public String getLaunchDate() { return launchDate; }
    public void setLaunchDate(String v) { launchDate = v; }
    public Integer getYear() { return year; }
    public void setYear(Integer v) { year = v; }
    public Map<String, String> getKeyStatuses() { return keyStatuses; }
    public void setKeyStatuses(Map<String, String> v) { keyStatuses = v; }
    public int getCovered() { return covered; }
    public void setCovered(int v) { covered = v; }
    public int getPartial() { return partial; }
    public void setPartial(int v) { partial = v; }
    public int getMissing() { return missing; }
    public void setMissing(int v) { missing = v; }
    public int getContradicted() { return contradicted; }
    public void setContradicted(int v) { contradicted = v; }
    public int getNotApplicable() { return notApplicable; }
    public void setNotApplicable(int v) { notApplicable = v; }
    public int getObligationsMet() { return obligationsMet; }
    public void setObligationsMet(int v) { obligationsMet = v; }
    public int getObligationsTotal() { return obligationsTotal; }
    public void setObligationsTotal(int v) { obligationsTotal = v; }
    public int getPieces() { return pieces; }
    public void setPieces(int v) { pieces = v; }
    public int getPages() { return pages; }
    public void setPages(int v) { pages = v; }
    public int getFailedFiles() { return failedFiles; }
    public void setFailedFiles(int v) { failedFiles = v; }
    public String getDecpId() { return decpId; }
    public void setDecpId(String v) { decpId = v; }
    public long getMillis() { return millis; }
    public void setMillis(long v) { millis = v; }
    public String getError() { return error; }
    public void setError(String v) { error = v; }
    public String getResultJson() { return resultJson; }
    public void setResultJson(String v) { resultJson = v; }
    public String getRowJson() { return rowJson; }
    public void setRowJson(String v) { rowJson = v; }
}
