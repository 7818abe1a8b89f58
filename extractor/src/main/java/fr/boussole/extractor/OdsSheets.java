package fr.boussole.extractor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/** Sheet names of an ODS file (Tika's ODF parser drops them), in document order. */
final class OdsSheets {

    private static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    private OdsSheets() {
    }

    static List<String> names(Path ods) {
        List<String> out = new ArrayList<>();
        try (ZipFile zf = ZipFile.builder().setPath(ods).get()) {
            ZipArchiveEntry content = zf.getEntry("content.xml");
            if (content == null) {
                return out;
            }
            XMLInputFactory f = XMLInputFactory.newFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            try (InputStream in = zf.getInputStream(content)) {
                XMLStreamReader r = f.createXMLStreamReader(in);
                int depth = 0;
                while (r.hasNext()) {
                    int ev = r.next();
                    if (ev == XMLStreamConstants.START_ELEMENT && TABLE_NS.equals(r.getNamespaceURI())
                            && "table".equals(r.getLocalName())) {
                        if (depth == 0) {
                            String name = r.getAttributeValue(TABLE_NS, "name");
                            out.add(name == null ? "" : name);
                        }
                        depth++;
                    } else if (ev == XMLStreamConstants.END_ELEMENT && TABLE_NS.equals(r.getNamespaceURI())
                            && "table".equals(r.getLocalName())) {
                        depth--;
                    }
                }
                r.close();
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            // names are a nicety: the rows are still read by Tika
            return new ArrayList<>();
        }
        return out;
    }
}
