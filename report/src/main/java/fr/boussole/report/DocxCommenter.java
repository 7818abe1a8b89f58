package fr.boussole.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * Review comments in a DOCX copy with POI: a comment part ({@link XWPFComments}), and in the body
 * {@code w:commentRangeStart} before the first run of the first paragraph, {@code w:commentRangeEnd} after the
 * last run of the last paragraph, followed by a run holding {@code w:commentReference} — the shape Word writes.
 */
final class DocxCommenter {

    private static final QName PPR = new QName("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "pPr");

    private DocxCommenter() {
    }

    static DocumentCommenter.DocWriter.Result write(byte[] original, Path out, DocumentCommenter.Plan plan)
            throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(original))) {
            List<XWPFParagraph> paras = new ArrayList<>();
            collect(doc.getBodyElements(), paras);
            List<String> texts = new ArrayList<>();
            paras.forEach(p -> texts.add(p.getText()));
            QuoteLocator locator = new QuoteLocator(texts);
            XWPFComments comments = doc.createComments();
            BigInteger next = BigInteger.ZERO;
            for (XWPFComment c : comments.getComments()) {
                try {
                    next = next.max(new BigInteger(c.getId()).add(BigInteger.ONE));
                } catch (NumberFormatException ignored) {
                    // foreign id: ours stay numeric and larger than any numeric one
                }
            }
            Calendar date = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            date.setTimeInMillis(plan.date() == null ? 0 : plan.date().toEpochMilli());
            int anchored = 0;
            List<String> unanchored = new ArrayList<>();
            for (DocumentCommenter.Note n : plan.notes()) {
                int[] range = locator.locate(n.quote(), n.article());
                if (range == null) {
                    unanchored.add(n.quote() + " (" + n.criterion() + ")");
                    continue;
                }
                comment(comments, next, date, paras.get(range[0]), paras.get(range[1]), n.lines());
                next = next.add(BigInteger.ONE);
                anchored++;
            }
            XWPFParagraph last = lastBodyParagraph(doc);
            comment(comments, next, date, last, last, plan.finalLines(unanchored));
            ReportFiles.write(out, doc::write);
            return new DocumentCommenter.DocWriter.Result(anchored, unanchored);
        }
    }

    /** Paragraphs in reading order, table cells included (row by row, cell by cell, nested tables too). */
    static void collect(List<IBodyElement> elements, List<XWPFParagraph> out) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                out.add(p);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell.getBodyElements(), out);
                    }
                }
            }
        }
    }

    /** The last top-level paragraph with text, or a new empty one at the end. */
    private static XWPFParagraph lastBodyParagraph(XWPFDocument doc) {
        List<XWPFParagraph> ps = doc.getParagraphs();
        for (int i = ps.size() - 1; i >= 0; i--) {
            if (!ps.get(i).getText().isBlank()) {
                return ps.get(i);
            }
        }
        return doc.createParagraph();
    }

    private static void comment(XWPFComments comments, BigInteger id, Calendar date, XWPFParagraph first,
                                XWPFParagraph last, List<String> lines) {
        XWPFComment c = comments.createComment(id);
        c.setAuthor(DocumentCommenter.AUTHOR);
        c.setInitials(DocumentCommenter.INITIALS);
        c.setDate(date);
        for (String line : lines) {
            c.createParagraph().createRun().setText(line);
        }
        CTP start = first.getCTP();
        CTMarkupRange rs = start.addNewCommentRangeStart();
        rs.setId(id);
        try (XmlCursor from = rs.newCursor(); XmlCursor to = start.newCursor()) {
            // before the first child that is not the paragraph properties
            if (to.toFirstChild()) {
                while (PPR.equals(to.getName()) && to.toNextSibling()) {
                    // skip pPr
                }
                if (!PPR.equals(to.getName())) {
                    from.moveXml(to);
                }
            }
        }
        CTP end = last.getCTP();
        CTMarkupRange re = end.addNewCommentRangeEnd();
        re.setId(id);
        CTR ref = end.addNewR();
        ref.addNewCommentReference().setId(id);
        // keep the end marker and the reference run at the very end of the paragraph
        try (XmlCursor a = re.newCursor(); XmlCursor b = end.newCursor()) {
            b.toEndToken();
            a.moveXml(b);
        }
        try (XmlCursor a = ref.newCursor(); XmlCursor b = end.newCursor()) {
            b.toEndToken();
            a.moveXml(b);
        }
    }
}
