package io.strongroom.infrastructure.crypto;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Reads the region root key file, or creates it with owner-only permissions on a first start.
 * A file supplied by the operator must already exist; only the default location is generated.
 */
public final class RootKeyFile {

    private static final Logger LOG = Logger.getLogger(RootKeyFile.class.getName());
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private RootKeyFile() {
    }

    public static byte[] loadOrCreate(Path file, boolean mayCreate) throws IOException {
        if (!Files.exists(file)) {
            if (!mayCreate) {
                throw new IOException("Root key file " + file + " does not exist");
            }
            return create(file);
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (permissions.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
            LOG.warning(() -> "Root key file " + file + " is readable by others than its owner: chmod 600 it");
        }
        byte[] key = Files.readAllBytes(file);
        if (key.length != 32) {
            throw new IOException("Root key file " + file + " must hold exactly 32 bytes, found " + key.length);
        }
        return key;
    }

    private static byte[] create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException raced) {
            return Files.readAllBytes(file);
        }
        Files.write(file, key);
        LOG.info(() -> "Generated a new region root key at " + file);
        return key;
    }
}
