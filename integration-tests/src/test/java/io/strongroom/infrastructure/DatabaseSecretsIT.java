package io.strongroom.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.strongroom.it.DatabaseDump;
import io.strongroom.it.KmsClients;
import io.strongroom.it.RegionTest;
import io.strongroom.it.TestDatabase;
import io.strongroom.it.TestRegion;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DataKeySpec;

/**
 * Custody at rest: after real traffic through the API, no column of any table holds a secret the
 * test knows (API secret key, console password, Encrypt plaintexts, data-key plaintexts, the root
 * key read from the data directory), neither raw nor hex- or base64-encoded.
 */
@RegionTest
@Order(4)
class DatabaseSecretsIT {

    @Test
    void noSecretOrKeyMaterialIsStoredInPlaintext(URI endpoint) throws Exception {
        Map<String, byte[]> secrets = new LinkedHashMap<>();
        secrets.put("API secret access key", utf8(TestRegion.SECRET_ACCESS_KEY));
        secrets.put("console admin password", utf8(TestRegion.ADMIN_PASSWORD));
        List<String> keyIds = new ArrayList<>();

        try (KmsClient kms = KmsClients.sdk(endpoint)) {
            for (int k = 0; k < 2; k++) {
                String keyId = kms.createKey(r -> r.description("it-custody")).keyMetadata().keyId();
                keyIds.add(keyId);
                String plaintext = "it-plaintext-" + UUID.randomUUID();
                kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String(plaintext))
                        .encryptionContext(Map.of("case", "custody")));
                secrets.put("Encrypt plaintext " + k, utf8(plaintext));
                byte[] dataKey = kms.generateDataKey(r -> r.keyId(keyId).keySpec(DataKeySpec.AES_256))
                        .plaintext().asByteArray();
                secrets.put("GenerateDataKey plaintext " + k, dataKey);
                SdkBytes sealed = kms.generateDataKeyWithoutPlaintext(r -> r.keyId(keyId).keySpec(DataKeySpec.AES_256))
                        .ciphertextBlob();
                secrets.put("GenerateDataKeyWithoutPlaintext plaintext " + k,
                        kms.decrypt(r -> r.ciphertextBlob(sealed)).plaintext().asByteArray());
            }
        }
        secrets.put("region root key", rootKey());

        DatabaseDump dump;
        try (var connection = TestDatabase.connect()) {
            dump = DatabaseDump.of(connection);
        }
        assertTrue(dump.rows() > 0, "the database dump is empty");
        for (String keyId : keyIds) {
            assertFalse(dump.containing(utf8(keyId)).isEmpty(),
                    "key " + keyId + " appears nowhere in tables " + dump.tableNames() + ": the dump misses data");
        }

        List<String> leaks = new ArrayList<>();
        secrets.forEach((name, secret) -> encodings(secret).forEach((encoding, needle) ->
                dump.containing(needle).forEach(cell ->
                        leaks.add(name + " (" + encoding + ") in " + cell.table() + "." + cell.column()))));
        assertEquals(List.of(), leaks, "plaintext secrets stored in the database");
    }

    /** The root key from the data directory: raw 32 bytes, or 32 bytes in base64 or hex text. */
    private static byte[] rootKey() throws Exception {
        var file = TestRegion.dataDirectory().resolve("root.key");
        assertTrue(Files.isRegularFile(file), "no root key file at " + file);
        byte[] content = Files.readAllBytes(file);
        if (content.length == 32) {
            return content;
        }
        String text = new String(content, StandardCharsets.US_ASCII).strip();
        try {
            byte[] decoded = Base64.getDecoder().decode(text);
            if (decoded.length == 32) {
                return decoded;
            }
        } catch (IllegalArgumentException notBase64) {
            // try hex next
        }
        try {
            byte[] decoded = HexFormat.of().parseHex(text);
            if (decoded.length == 32) {
                return decoded;
            }
        } catch (IllegalArgumentException notHex) {
            // fall through
        }
        return fail("root key file " + file + " (" + content.length + " bytes) is neither 32 raw bytes nor base64/hex of 32 bytes");
    }

    private static Map<String, byte[]> encodings(byte[] secret) {
        Map<String, byte[]> forms = new LinkedHashMap<>();
        forms.put("raw", secret);
        forms.put("hex", utf8(HexFormat.of().formatHex(secret)));
        forms.put("HEX", utf8(HexFormat.of().withUpperCase().formatHex(secret)));
        forms.put("base64", utf8(Base64.getEncoder().withoutPadding().encodeToString(secret)));
        forms.put("base64url", utf8(Base64.getUrlEncoder().withoutPadding().encodeToString(secret)));
        return forms;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
