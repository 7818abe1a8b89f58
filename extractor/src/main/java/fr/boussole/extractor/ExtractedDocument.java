package fr.boussole.extractor;

import fr.boussole.model.Problem;
import java.util.List;

/**
 * What the extractor read from one file.
 *
 * @param source       the file
 * @param mediaType    detected media type
 * @param title        title from metadata or first heading, if any
 * @param pageCount    number of pages for paginated formats, else null
 * @param blocks       text blocks in reading order
 * @param scannedPages pages without a text layer (image only)
 * @param ocrPages     pages whose text comes from OCR
 * @param problems     problems met on this file (empty when all went well)
 */
public record ExtractedDocument(SourceFile source, String mediaType, String title, Integer pageCount,
                                List<TextBlock> blocks, List<Integer> scannedPages, List<Integer> ocrPages,
                                List<Problem> problems) {

    public ExtractedDocument {
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        scannedPages = scannedPages == null ? List.of() : List.copyOf(scannedPages);
        ocrPages = ocrPages == null ? List.of() : List.copyOf(ocrPages);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public boolean hasText() {
        return blocks.stream().anyMatch(b -> !b.text().isBlank());
    }
}
