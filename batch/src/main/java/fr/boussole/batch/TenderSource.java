package fr.boussole.batch;

import java.nio.file.Path;
import java.util.List;

/**
 * One tender of an archive, before it is read.
 *
 * @param id       tender id, unique in the archive (folder or ZIP name, or the id given by an input list)
 * @param label    what the user knows it by (path, or {@code archive.zip!/entry})
 * @param paths    the folders, archives or files making up the DCE (empty when it lives in {@code container})
 * @param container outer archive holding the tender (ZIP of ZIPs), else null
 * @param entry    inside {@code container}: the entry of a nested ZIP, or a folder prefix ending with '/'
 * @param decpId   id of the contract in the DECP ("données essentielles"), when an input list gives it
 */
public record TenderSource(String id, String label, List<Path> paths, Path container, String entry, String decpId) {

    public TenderSource {
        paths = paths == null ? List.of() : List.copyOf(paths);
    }

    public static TenderSource of(String id, Path path) {
        return new TenderSource(id, path.toString(), List.of(path), null, null, null);
    }

    public TenderSource withId(String newId) {
        return new TenderSource(newId, label, paths, container, entry, decpId);
    }

    /** True when the tender must first be unpacked from an outer archive. */
    public boolean nested() {
        return container != null;
    }
}
