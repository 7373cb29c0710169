package io.strongroom.xksproxy.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagFactory;
import org.bouncycastle.pkcs.PKCS12SecretBag;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyVaultTest {

    private static final char[] PASSWORD = "correct horse battery staple".toCharArray();

    @TempDir
    Path dir;

    @Test
    void keysSurviveAReopenAndTheFileHoldsNoRawMaterial() throws Exception {
        Path file = dir.resolve("keys.p12");
        KeyVault vault = KeyVault.open(file, PASSWORD);
        SecretKey foo = vault.ensure("/a", "foo");
        SecretKey upper = vault.ensure("/a", "Foo");
        SecretKey otherStore = vault.ensure("/b", "foo");
        vault.save();

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        byte[] stored = Files.readAllBytes(file);
        for (SecretKey key : new SecretKey[] {foo, upper, otherStore}) {
            assertEquals(32, key.getEncoded().length);
            assertFalse(contains(stored, key.getEncoded()), "raw key material in the keystore file");
        }
        assertFalse(Arrays.equals(foo.getEncoded(), upper.getEncoded()));
        assertFalse(Arrays.equals(foo.getEncoded(), otherStore.getEncoded()));

        KeyVault reopened = KeyVault.open(file, PASSWORD);
        assertArrayEquals(foo.getEncoded(), reopened.material("/a", "foo").orElseThrow().getEncoded());
        assertArrayEquals(upper.getEncoded(), reopened.material("/a", "Foo").orElseThrow().getEncoded());
        assertArrayEquals(otherStore.getEncoded(), reopened.material("/b", "foo").orElseThrow().getEncoded());
        assertTrue(reopened.material("/b", "bar").isEmpty());
    }

    @Test
    void aWrongPasswordOpensNothing() {
        Path file = dir.resolve("keys.p12");
        KeyVault vault = KeyVault.open(file, PASSWORD);
        vault.ensure("", "foo");
        vault.save();
        assertThrows(RuntimeException.class, () -> KeyVault.open(file, "wrong".toCharArray()));
    }

    @Test
    void entriesArePbes2WithAes256() throws Exception {
        Path file = dir.resolve("keys.p12");
        KeyVault vault = KeyVault.open(file, PASSWORD);
        vault.ensure("", "foo");
        vault.save();
        PKCS12PfxPdu pfx = new PKCS12PfxPdu(Files.readAllBytes(file));
        List<String> algorithms = new ArrayList<>();
        for (ContentInfo info : pfx.getContentInfos()) {
            for (PKCS12SafeBag bag : new PKCS12SafeBagFactory(info).getSafeBags()) {
                PKCS12SecretBag secretBag = (PKCS12SecretBag) bag.getBagValue();
                EncryptedPrivateKeyInfo shrouded = EncryptedPrivateKeyInfo.getInstance(
                        ASN1OctetString.getInstance(secretBag.getSecretValue()).getOctets());
                PBES2Parameters pbes2 = PBES2Parameters.getInstance(shrouded.getEncryptionAlgorithm().getParameters());
                algorithms.add(shrouded.getEncryptionAlgorithm().getAlgorithm() + " "
                        + pbes2.getEncryptionScheme().getAlgorithm());
            }
        }
        // id-PBES2 with aes256-CBC
        assertEquals(List.of("1.2.840.113549.1.5.13 2.16.840.1.101.3.4.1.42"), algorithms);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(new String(needle, StandardCharsets.ISO_8859_1));
    }
}
