package fr.boussole.extractor;

import java.nio.file.Path;

/**
 * One file of the DCE, ready to parse.
 *
 * @param displayPath path shown to the buyer, relative to the DCE root; inside archives
 *                    {@code dce.zip!/Technique/CCTP.odt}
 * @param fileName    last element of the display path (decoded with the right charset)
 * @param localPath   where the bytes are on disk (the original file, or a safe temporary copy
 *                    unpacked from an archive)
 * @param size        size in bytes
 * @param sha256      hex SHA-256 of the bytes
 */
public record SourceFile(String displayPath, String fileName, Path localPath, long size, String sha256) {
}
