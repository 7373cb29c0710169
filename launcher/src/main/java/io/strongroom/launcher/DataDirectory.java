package io.strongroom.launcher;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The region's data directory (embedded database, root key, first-start credentials). It holds
 * secrets, so it and the files the launcher writes into it are readable by their owner only.
 */
final class DataDirectory {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private DataDirectory() {
    }

    /** Creates the directory (and parents) if missing and restricts it to its owner. */
    static Path prepare(Path dir) throws IOException {
        if (POSIX) {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
            }
            Files.setPosixFilePermissions(dir, OWNER_DIR);
        } else {
            Files.createDirectories(dir);
        }
        return dir;
    }

    /** Writes a small file (a secret, or a log that may mention one) that only its owner may read; it is created with those rights, never widened later. */
    static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        if (POSIX) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_FILE));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, content);
    }
}
