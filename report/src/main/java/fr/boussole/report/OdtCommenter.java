package fr.boussole.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Review comments in an ODT copy: {@code office:annotation} (creator, date, text) at the start of the first
 * paragraph and {@code office:annotation-end} with the same name at the end of the last one (ODF 1.2 ranges), in
 * {@code content.xml}. The package is rewritten entry by entry in the original order, {@code mimetype} first and
 * stored (uncompressed), as ODF requires; every other entry is copied byte for byte.
 */
final class OdtCommenter {

    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String DC = "http://purl.org/dc/elements/1.1/";

    private OdtCommenter() {
    }

    static DocumentCommenter.DocWriter.Result write(byte[] original, Path out, DocumentCommenter.Plan plan)
            throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Map<String, Integer> methods = new LinkedHashMap<>();
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(original))) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                if (entries.containsKey(e.getName())) {
                    throw new IOException("entrée en double dans le paquet ODT : " + e.getName());
                }
                entries.put(e.getName(), readLimited(zin, 200L << 20));
                methods.put(e.getName(), e.getMethod());
            }
        }
        byte[] content = entries.get("content.xml");
        if (content == null) {
            throw new IOException("content.xml absent : ce n'est pas un document ODT");
        }
        Document dom = parse(content);
        Element body = first(dom.getDocumentElement(), OFFICE, "body");
        Element text = body == null ? null : first(body, OFFICE, "text");
        if (text == null) {
            throw new IOException("office:text absent : ce n'est pas un document texte ODT");
        }
        List<Element> paras = new ArrayList<>();
        collect(text, paras);
        List<String> texts = new ArrayList<>();
        paras.forEach(p -> texts.add(textOf(p)));
        QuoteLocator locator = new QuoteLocator(texts);
        String date = plan.date() == null ? null
                : LocalDateTime.ofInstant(plan.date(), ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        int anchored = 0;
        int n = 0;
        List<String> unanchored = new ArrayList<>();
        for (DocumentCommenter.Note note : plan.notes()) {
            int[] range = locator.locate(note.quote(), note.article());
            if (range == null) {
                unanchored.add(note.quote() + " (" + note.criterion() + ")");
                continue;
            }
            annotate(dom, paras.get(range[0]), paras.get(range[1]), "boussole-" + (++n), date, note.lines());
            anchored++;
        }
        Element last = null;
        for (int i = paras.size() - 1; i >= 0 && last == null; i--) {
            if (!texts.get(i).isBlank()) {
                last = paras.get(i);
            }
        }
        if (last == null) {
            last = dom.createElementNS(TEXT, "text:p");
            text.appendChild(last);
        }
        annotate(dom, last, last, "boussole-" + (++n), date, plan.finalLines(unanchored));
        entries.put("content.xml", serialise(dom));
        ReportFiles.write(out, os -> {
            try (ZipOutputStream zout = new ZipOutputStream(os)) {
                if (entries.containsKey("mimetype")) {
                    putStored(zout, "mimetype", entries.get("mimetype"));
                }
                for (Map.Entry<String, byte[]> en : entries.entrySet()) {
                    if ("mimetype".equals(en.getKey())) {
                        continue;
                    }
                    if (methods.get(en.getKey()) == ZipEntry.STORED) {
                        putStored(zout, en.getKey(), en.getValue());
                    } else {
                        ZipEntry ze = new ZipEntry(en.getKey());
                        ze.setTime(0);
                        zout.putNextEntry(ze);
                        zout.write(en.getValue());
                        zout.closeEntry();
                    }
                }
            }
        });
        return new DocumentCommenter.DocWriter.Result(anchored, unanchored);
    }

    private static void annotate(Document dom, Element first, Element last, String name, String date,
                                 List<String> lines) {
        Element a = dom.createElementNS(OFFICE, "office:annotation");
        a.setAttributeNS(OFFICE, "office:name", name);
        Element creator = dom.createElementNS(DC, "dc:creator");
        creator.setTextContent(DocumentCommenter.AUTHOR);
        a.appendChild(creator);
        if (date != null) {
            Element d = dom.createElementNS(DC, "dc:date");
            d.setTextContent(date);
            a.appendChild(d);
        }
        for (String line : lines) {
            Element p = dom.createElementNS(TEXT, "text:p");
            p.setTextContent(line);
            a.appendChild(p);
        }
        first.insertBefore(a, first.getFirstChild());
        Element end = dom.createElementNS(OFFICE, "office:annotation-end");
        end.setAttributeNS(OFFICE, "office:name", name);
        last.appendChild(end);
    }

    /** text:p and text:h in document order (tables, lists, sections included), not inside annotations. */
    static void collect(Node node, List<Element> out) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element el) {
                if (OFFICE.equals(el.getNamespaceURI()) && "annotation".equals(el.getLocalName())) {
                    continue;
                }
                if (TEXT.equals(el.getNamespaceURI()) && ("p".equals(el.getLocalName()) || "h".equals(el.getLocalName()))) {
                    out.add(el);
                }
                collect(el, out);
            }
        }
    }

    /** Visible text of a paragraph: spans, text:s (repeated spaces), tabs and line breaks; no annotation text. */
    static String textOf(Node node) {
        StringBuilder sb = new StringBuilder();
        appendText(node, sb);
        return sb.toString();
    }

    private static void appendText(Node node, StringBuilder sb) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(c.getNodeValue());
            } else if (c instanceof Element el) {
                String ns = el.getNamespaceURI();
                String ln = el.getLocalName();
                if (OFFICE.equals(ns) && ("annotation".equals(ln) || "annotation-end".equals(ln))) {
                    continue;
                }
                if (TEXT.equals(ns) && "s".equals(ln)) {
                    String count = el.getAttributeNS(TEXT, "c");
                    int k = count.isEmpty() ? 1 : Integer.parseInt(count);
                    sb.append(" ".repeat(Math.max(1, Math.min(k, 1000))));
                } else if (TEXT.equals(ns) && "tab".equals(ln)) {
                    sb.append('\t');
                } else if (TEXT.equals(ns) && "line-break".equals(ln)) {
                    sb.append('\n');
                } else if (TEXT.equals(ns) && ("note".equals(ln) || "p".equals(ln) || "h".equals(ln))) {
                    // footnotes and nested paragraphs are paragraphs of their own
                    continue;
                } else {
                    appendText(el, sb);
                }
            }
        }
    }

    private static Element first(Element parent, String ns, String local) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element el && ns.equals(el.getNamespaceURI()) && local.equals(el.getLocalName())) {
                return el;
            }
        }
        return null;
    }

    static Document parse(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (Exception e) {
            throw new IOException("content.xml illisible : " + e.getMessage(), e);
        }
    }

    private static byte[] serialise(Document dom) throws IOException {
        try {
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            t.transform(new DOMSource(dom), new StreamResult(bos));
            return bos.toByteArray();
        } catch (Exception e) {
            throw new IOException("écriture de content.xml impossible : " + e.getMessage(), e);
        }
    }

    private static void putStored(ZipOutputStream zout, String name, byte[] data) throws IOException {
        ZipEntry ze = new ZipEntry(name);
        ze.setMethod(ZipEntry.STORED);
        ze.setSize(data.length);
        ze.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        ze.setCrc(crc.getValue());
        ze.setTime(0);
        zout.putNextEntry(ze);
        zout.write(data);
        zout.closeEntry();
    }

    private static byte[] readLimited(InputStream in, long max) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > max) {
                throw new IOException("entrée d'archive trop volumineuse");
            }
            bos.write(buf, 0, n);
        }
        return bos.toByteArray();
    }

}
