package fr.boussole.samples.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipMethod;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * ZIP writing with fixed entry times, so that regenerating gives the same bytes.
 *
 * <p>ZIP entries store MS-DOS local date/time fields. Java converts an epoch time to those fields with the
 * JVM default time zone, so the epoch value is computed from the wanted wall-clock time in that same zone:
 * the stored fields are then identical whatever the machine's time zone.
 */
public final class Zips {

    /** One file to store. */
    public record Entry(String name, byte[] data, boolean stored) {
    }

    private Zips() {
    }

    /** Epoch millis whose DOS date/time fields equal the wall-clock time of {@code when}. */
    static long dosTime(ZonedDateTime when) {
        return when.toLocalDateTime().atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    /** Writes entries in order, UTF-8 names flagged as such (OOXML, ODF). */
    public static byte[] write(List<Entry> entries, ZonedDateTime when) {
        return write(entries, when, null);
    }

    /**
     * Writes entries in order. With a {@code legacyCharset}, names are encoded in it and neither the
     * language-encoding (UTF-8) flag nor Unicode extra fields are written, as Windows' built-in
     * "compressed folder" does.
     */
    public static byte[] write(List<Entry> entries, ZonedDateTime when, Charset legacyCharset) {
        // a seekable target lets the sizes go into the local headers (no data descriptors), as desktop zips do
        SeekableInMemoryByteChannel channel = new SeekableInMemoryByteChannel();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(channel)) {
            if (legacyCharset != null) {
                zip.setEncoding(legacyCharset.name());
                zip.setUseLanguageEncodingFlag(false);
                zip.setFallbackToUTF8(false);
                zip.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            } else {
                zip.setEncoding("UTF-8");
                zip.setUseLanguageEncodingFlag(true);
            }
            zip.setLevel(9);
            // samples are small; without this, a placeholder Zip64 field is reserved then left as padding
            zip.setUseZip64(Zip64Mode.Never);
            long time = dosTime(when);
            for (Entry e : entries) {
                ZipArchiveEntry ze = new ZipArchiveEntry(e.name());
                ze.setTime(time);
                if (e.stored() || e.name().endsWith("/")) {
                    ze.setMethod(ZipMethod.STORED.getCode());
                    ze.setSize(e.data().length);
                    CRC32 crc = new CRC32();
                    crc.update(e.data());
                    ze.setCrc(crc.getValue());
                } else {
                    ze.setMethod(ZipMethod.DEFLATED.getCode());
                }
                zip.putArchiveEntry(ze);
                zip.write(e.data());
                zip.closeArchiveEntry();
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return Arrays.copyOf(channel.array(), (int) channel.size());
    }

    /**
     * Rewrites a ZIP produced by a library (POI) entry by entry, in the same order, with fixed times and
     * no extra fields: the library's own entry times depend on the clock.
     */
    public static byte[] normalise(byte[] zipBytes, ZonedDateTime when) {
        List<Entry> entries = new ArrayList<>();
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new java.io.ByteArrayInputStream(zipBytes))) {
            ZipArchiveEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.add(new Entry(e.getName(), in.readAllBytes(), false));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return write(entries, when);
    }
}
