package io.strongroom.xksproxy.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.PBEParameterSpec;

/**
 * The proxy's software external key manager: one AES-256 key per (store prefix, external key id).
 * With a file, the keys are kept in a PKCS12 keystore whose entries are encrypted with PBES2
 * (PBKDF2-HMAC-SHA256, AES-256) under the keystore password, written owner-only and replaced
 * atomically; without one they live in memory for the life of the process. Keys of different
 * stores never share material, even under the same key id.
 */
public final class KeyVault {

    /** PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC, as JDK 17 names it for PKCS12 entries. */
    private static final String ENTRY_PROTECTION = "PBEWithHmacSHA256AndAES_256";
    private static final int PBKDF2_ITERATIONS = 100_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Optional<Path> file;
    private final char[] password;
    private final Map<String, SecretKey> keys = new ConcurrentHashMap<>();
    private boolean dirty;

    private KeyVault(Optional<Path> file, char[] password) {
        this.file = file;
        this.password = password;
    }

    /** Keys that exist only while this process runs. */
    public static KeyVault inMemory() {
        return new KeyVault(Optional.empty(), new char[0]);
    }

    /** Loads the keystore at {@code file}, or starts an empty one there when the file does not exist. */
    public static KeyVault open(Path file, char[] password) {
        KeyVault vault = new KeyVault(Optional.of(file), password.clone());
        if (Files.exists(file)) {
            vault.load();
        }
        return vault;
    }

    /** The key's material, generating it when the key is new (call {@link #save()} to persist). */
    public synchronized SecretKey ensure(String uriPrefix, String keyId) {
        return keys.computeIfAbsent(alias(uriPrefix, keyId), alias -> {
            dirty = true;
            return newAesKey();
        });
    }

    /** The key's material, if the vault holds it. */
    public Optional<SecretKey> material(String uriPrefix, String keyId) {
        return Optional.ofNullable(keys.get(alias(uriPrefix, keyId)));
    }

    /** Writes the keystore file when keys were added since the last save; nothing for a memory-only vault. */
    public synchronized void save() {
        if (file.isEmpty() || !dirty) {
            return;
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            for (Map.Entry<String, SecretKey> entry : keys.entrySet()) {
                byte[] salt = new byte[16];
                RANDOM.nextBytes(salt);
                store.setEntry(entry.getKey(), new KeyStore.SecretKeyEntry(entry.getValue()),
                        new KeyStore.PasswordProtection(password, ENTRY_PROTECTION,
                                new PBEParameterSpec(salt, PBKDF2_ITERATIONS)));
            }
            Path target = file.get().toAbsolutePath();
            Path temporary = target.resolveSibling(target.getFileName() + ".new");
            Files.deleteIfExists(temporary);
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, password);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            dirty = false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the keystore " + file.get(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot write the keystore " + file.get(), e);
        }
    }

    private void load() {
        Path path = file.orElseThrow();
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            KeyStore.PasswordProtection protection = new KeyStore.PasswordProtection(password);
            for (String alias : java.util.Collections.list(store.aliases())) {
                if (store.getEntry(alias, protection) instanceof KeyStore.SecretKeyEntry entry) {
                    keys.put(alias, entry.getSecretKey());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the keystore " + path + " (wrong password?)", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the keystore " + path, e);
        }
    }

    /**
     * PKCS12 aliases are case-insensitive in the JDK while external key ids are not, so the alias
     * is the hex of the UTF-8 prefix and key id.
     */
    private static String alias(String uriPrefix, String keyId) {
        return "xks-" + HexFormat.of().formatHex((uriPrefix + "|" + keyId).getBytes(StandardCharsets.UTF_8));
    }

    private static SecretKey newAesKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256 is not available", e);
        }
    }
}
