package io.strongroom.ear;

import io.strongroom.client.AliasPage;
import io.strongroom.client.CreateKeyRequest;
import io.strongroom.client.DataKeyPairResult;
import io.strongroom.client.DataKeyResult;
import io.strongroom.client.DecryptRequest;
import io.strongroom.client.DeriveSharedSecretRequest;
import io.strongroom.client.EncryptRequest;
import io.strongroom.client.GenerateDataKeyPairRequest;
import io.strongroom.client.GenerateDataKeyRequest;
import io.strongroom.client.GenerateMacRequest;
import io.strongroom.client.GenerateMacResult;
import io.strongroom.client.GetParametersForImportRequest;
import io.strongroom.client.ImportKeyMaterialRequest;
import io.strongroom.client.ImportParameters;
import io.strongroom.client.KeyManagement;
import io.strongroom.client.KeyMaterialImport;
import io.strongroom.client.KeyMetadata;
import io.strongroom.client.KeyRotationStatus;
import io.strongroom.client.PublicKeyResult;
import io.strongroom.client.ReEncryptRequest;
import io.strongroom.client.ReEncryptResult;
import io.strongroom.client.ScheduleKeyDeletionResult;
import io.strongroom.client.Tag;
import io.strongroom.client.VerifyMacRequest;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/**
 * Calls every method of the remote {@link KeyManagement} and {@link KeyMaterialImport} facades once, so that each request and
 * result type crosses IIOP and each method is proven wired. Prints {@code OP <method> <facts>}
 * per call; {@link RemoteEjbOnPayaraServerIT} checks that no method of the interface is missing
 * and that the facts are right.
 */
final class RemoteOperationsTour {

    private static final byte[] MESSAGE = "remote tour".getBytes(StandardCharsets.UTF_8);

    private final KeyManagement kms;
    private final KeyMaterialImport imports;

    RemoteOperationsTour(KeyManagement kms, KeyMaterialImport imports) {
        this.kms = kms;
        this.imports = imports;
    }

    void run() throws Exception {
        KeyMetadata key = kms.createKey(new CreateKeyRequest("tour", null, null, null, List.of()));
        String keyId = key.keyId();
        op("createKey", key.keyState());
        op("describeKey", kms.describeKey(keyId).keyId().equals(keyId));
        op("listKeys", kms.listKeys(1000, null).keys().stream().anyMatch(k -> k.keyId().equals(keyId)));
        op("updateKeyDescription", updateDescription(keyId));

        Map<String, String> context = Map.of("tour", "yes");
        byte[] ciphertext = kms.encrypt(new EncryptRequest(keyId, MESSAGE, context, null)).ciphertextBlob();
        op("encrypt", ciphertext.length > MESSAGE.length);
        op("decrypt", Arrays.equals(MESSAGE, kms.decrypt(new DecryptRequest(ciphertext, context, null, null)).plaintext()));
        DataKeyResult dataKey = kms.generateDataKey(new GenerateDataKeyRequest(keyId, null, null, "AES_256"));
        op("generateDataKey", dataKey.plaintext().length);
        op("generateDataKeyWithoutPlaintext",
                kms.generateDataKeyWithoutPlaintext(new GenerateDataKeyRequest(keyId, null, 16, null)).plaintext() == null);
        KeyMetadata second = kms.createKey(new CreateKeyRequest("tour second", null, null, null, List.of()));
        ReEncryptResult reEncrypted = kms.reEncrypt(new ReEncryptRequest(ciphertext, context, null, second.keyId(), Map.of(),
                null, null));
        op("reEncrypt", reEncrypted.keyId().endsWith(second.keyId()) && reEncrypted.sourceKeyId().endsWith(keyId));
        op("generateRandom", kms.generateRandom(24).length);

        String aliasName = "alias/tour-" + UUID.randomUUID();
        kms.createAlias(aliasName, keyId);
        op("createAlias", kms.describeKey(aliasName).keyId().equals(keyId));
        kms.updateAlias(aliasName, second.keyId());
        op("updateAlias", kms.describeKey(aliasName).keyId().equals(second.keyId()));
        AliasPage aliases = kms.listAliases(second.keyId(), null, null);
        op("listAliases", aliases.aliases().stream().anyMatch(a -> a.aliasName().equals(aliasName)));
        kms.deleteAlias(aliasName);
        op("deleteAlias", kms.listAliases(second.keyId(), null, null).aliases().isEmpty());

        kms.tagResource(keyId, List.of(new Tag("team", "tour"), new Tag("stage", "test")));
        kms.untagResource(keyId, List.of("stage"));
        op("tagResource", kms.listResourceTags(keyId, null, null).tags().size());
        op("untagResource", kms.listResourceTags(keyId, null, null).tags().get(0).tagKey());
        op("listResourceTags", kms.listResourceTags(keyId, 1, null).tags().get(0).tagValue());

        kms.enableKeyRotation(keyId, 90);
        KeyRotationStatus rotation = kms.getKeyRotationStatus(keyId);
        op("enableKeyRotation", rotation.rotationPeriodInDays());
        op("getKeyRotationStatus", rotation.keyRotationEnabled());
        op("rotateKeyOnDemand", kms.rotateKeyOnDemand(keyId).endsWith(keyId));
        op("listKeyRotations", kms.listKeyRotations(keyId, null, null).rotations().get(0).rotationType());
        kms.disableKeyRotation(keyId);
        op("disableKeyRotation", kms.getKeyRotationStatus(keyId).keyRotationEnabled());
        op("decrypt-after-rotation", Arrays.equals(MESSAGE,
                kms.decrypt(new DecryptRequest(ciphertext, context, null, null)).plaintext()));

        String policy = kms.getKeyPolicy(keyId, null);
        op("getKeyPolicy", policy.contains(":root"));
        String renamed = policy.replace("Enable IAM User Permissions", "Tour root access");
        kms.putKeyPolicy(keyId, "default", renamed, false);
        op("putKeyPolicy", !renamed.equals(policy) && kms.getKeyPolicy(keyId, "default").equals(renamed));
        op("listKeyPolicies", kms.listKeyPolicies(keyId, null));

        kms.disableKey(keyId);
        op("disableKey", kms.describeKey(keyId).keyState());
        kms.enableKey(keyId);
        op("enableKey", kms.describeKey(keyId).keyState());
        ScheduleKeyDeletionResult deletion = kms.scheduleKeyDeletion(second.keyId(), 7);
        op("scheduleKeyDeletion", deletion.keyState() + " " + deletion.pendingWindowInDays());
        op("cancelKeyDeletion", kms.cancelKeyDeletion(second.keyId()).endsWith(second.keyId()) + " "
                + kms.describeKey(second.keyId()).keyState());

        signingAndMacs();
        importedMaterial();
    }

    /** BYOK over IIOP: wrapped in this JVM with RSA-OAEP SHA-256 (MGF1 SHA-256), as KMS-SPEC §4.1 requires. */
    private void importedMaterial() throws Exception {
        KeyMetadata key = kms.createKey(new CreateKeyRequest("tour import", null, null, "EXTERNAL", List.of()));
        ImportParameters parameters = imports.getParametersForImport(new GetParametersForImportRequest(key.keyId(),
                "RSAES_OAEP_SHA_256", "RSA_2048"));
        op("getParametersForImport", parameters.keyId().endsWith(key.keyId()) + " " + parameters.publicKey().length);
        byte[] material = new byte[32];
        new SecureRandom().nextBytes(material);
        Cipher oaep = Cipher.getInstance("RSA/ECB/OAEPPadding");
        oaep.init(Cipher.ENCRYPT_MODE, KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(parameters.publicKey())),
                new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
        imports.importKeyMaterial(new ImportKeyMaterialRequest(key.keyId(), parameters.importToken(), oaep.doFinal(material),
                null, null));
        op("importKeyMaterial", kms.describeKey(key.keyId()).keyState() + " " + Arrays.equals(MESSAGE, kms.decrypt(
                new DecryptRequest(kms.encrypt(new EncryptRequest(key.keyId(), MESSAGE, null, null)).ciphertextBlob(),
                        null, null, null)).plaintext()));
        op("deleteImportedKeyMaterial", imports.deleteImportedKeyMaterial(key.keyId()).endsWith(key.keyId()) + " "
                + kms.describeKey(key.keyId()).keyState());
    }

    private void signingAndMacs() throws Exception {
        KeyMetadata hmac = kms.createKey(new CreateKeyRequest("tour hmac", "HMAC_256", "GENERATE_VERIFY_MAC", null, List.of()));
        GenerateMacResult mac = kms.generateMac(new GenerateMacRequest(hmac.keyId(), MESSAGE, "HMAC_SHA_256"));
        op("generateMac", mac.mac().length);
        op("verifyMac", kms.verifyMac(new VerifyMacRequest(hmac.keyId(), MESSAGE, "HMAC_SHA_256", mac.mac())).macValid());

        KeyMetadata signing = kms.createKey(new CreateKeyRequest("tour rsa", "RSA_2048", "SIGN_VERIFY", null, List.of()));
        byte[] signature = kms.sign(new io.strongroom.client.SignRequest(signing.keyId(), MESSAGE, "RAW",
                "RSASSA_PSS_SHA_256")).signature();
        op("sign", signature.length);
        op("verify", kms.verify(new io.strongroom.client.VerifyRequest(signing.keyId(), MESSAGE, "RAW", signature,
                "RSASSA_PSS_SHA_256")).signatureValid());
        PublicKeyResult publicKey = kms.getPublicKey(signing.keyId());
        op("getPublicKey", publicKey.keySpec() + " " + publicKey.keyUsage());

        KeyMetadata agreement = kms.createKey(new CreateKeyRequest("tour ecdh", "ECC_NIST_P256", "KEY_AGREEMENT", null,
                List.of()));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        byte[] peerPublicKey = generator.generateKeyPair().getPublic().getEncoded();
        op("deriveSharedSecret", kms.deriveSharedSecret(new DeriveSharedSecretRequest(agreement.keyId(), "ECDH",
                peerPublicKey)).sharedSecret().length);

        KeyMetadata wrapping = kms.createKey(new CreateKeyRequest("tour pairs", null, null, null, List.of()));
        DataKeyPairResult pair = kms.generateDataKeyPair(new GenerateDataKeyPairRequest(wrapping.keyId(), "ECC_NIST_P256", null));
        op("generateDataKeyPair", pair.keyPairSpec() + " " + (pair.privateKeyPlaintext() != null));
        DataKeyPairResult pairWithout = kms.generateDataKeyPairWithoutPlaintext(
                new GenerateDataKeyPairRequest(wrapping.keyId(), "RSA_2048", null));
        op("generateDataKeyPairWithoutPlaintext", pairWithout.keyPairSpec() + " " + (pairWithout.privateKeyPlaintext() == null));
    }

    private boolean updateDescription(String keyId) {
        kms.updateKeyDescription(keyId, "tour renamed");
        return "tour renamed".equals(kms.describeKey(keyId).description());
    }

    private static void op(String method, Object facts) {
        System.out.println("OP " + method + " " + facts);
    }
}
