package org.csx.gateway.personaldata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files holding personal data (documents, CSENet files, keys, the database password) are readable by the
 * gateway's own account only: 0600 files in 0700 directories. On a file system without POSIX permissions
 * (Windows) nothing is changed: there the directory's ACL must be set by the operator.
 */
public final class OwnerOnlyFiles {

    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnlyFiles() {
    }

    /** Creates the directory (and missing parents) and makes the directory itself owner-only. */
    public static Path directory(Path directory) {
        try {
            Files.createDirectories(directory);
            restrict(directory, DIRECTORY);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
    }

    /** Makes an existing file owner-only (0600). */
    public static void file(Path file) {
        try {
            restrict(file, FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict " + file, e);
        }
    }

    /** Writes a new file that is owner-only from its first byte (created with 0600, never readable by others). */
    public static void writeNew(Path file, byte[] content) {
        try {
            if (POSIX) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            } else {
                Files.createFile(file);
            }
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Creates an empty owner-only file (for temp files written afterwards). */
    public static Path createFile(Path file) throws IOException {
        return POSIX ? Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE)) : Files.createFile(file);
    }

    /** An owner-only temporary file in the directory. */
    public static Path createTempFile(Path directory, String prefix, String suffix) throws IOException {
        return POSIX ? Files.createTempFile(directory, prefix, suffix, PosixFilePermissions.asFileAttribute(FILE))
                : Files.createTempFile(directory, prefix, suffix);
    }

    public static boolean isOwnerOnly(Path path) throws IOException {
        if (!POSIX) {
            return true;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
        return permissions.stream().allMatch(p -> p.name().startsWith("OWNER_"));
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }
}
