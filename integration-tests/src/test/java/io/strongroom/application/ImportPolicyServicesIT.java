package io.strongroom.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.CreateKeyRequest;
import io.strongroom.client.GetParametersForImportRequest;
import io.strongroom.client.ImportKeyMaterialRequest;
import io.strongroom.client.ImportParameters;
import io.strongroom.client.KeyMetadata;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.it.SqlRows;
import io.strongroom.it.StrongroomDeployment;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Who may bring their own key material: the seed's example statements (create only EXTERNAL-origin
 * keys; an import admin allowed the three import actions) and the import condition keys
 * (kms:WrappingAlgorithm, kms:WrappingKeySpec, kms:ExpirationModel, kms:ValidTo) on identity
 * policies of users created through {@link IamService}, and a key-policy Deny. Every refusal is
 * AccessDeniedException and leaves the key exactly as it was.
 */
@ExtendWith(ArquillianExtension.class)
@Order(1)
class ImportPolicyServicesIT {

    private static final String ACCOUNT = "111122223333";
    private static final CallerContext ADMIN =
            new CallerContext("arn:aws:iam::" + ACCOUNT + ":user/admin", "it-import-policy", "internal", "ejb");
    private static final String IMPORT_ACTIONS =
            "[\"kms:GetParametersForImport\",\"kms:ImportKeyMaterial\",\"kms:DeleteImportedKeyMaterial\",\"kms:DescribeKey\"]";
    private static final String OAEP_256 = "RSAES_OAEP_SHA_256";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment
    static WebArchive deployment() {
        return StrongroomDeployment.create(ImportPolicyServicesIT.class, SqlRows.class);
    }

    @Inject
    IamService iam;
    @Inject
    KeyLifecycleService keys;
    @Inject
    KeyImportService imports;
    @Inject
    KeyPolicyService policies;
    private final SqlRows database = SqlRows.inContainer();

    @Test
    void aUserAllowedOnlyExternalOriginCreatesExternalKeysAndIsRefusedGeneratedOnes() throws Exception {
        CallerContext externalOnly = newUser("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":\"kms:CreateKey\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringEquals\":{\"kms:KeyOrigin\":\"EXTERNAL\"}}}]}");
        String description = "import-policy-it-origin-" + UUID.randomUUID();

        KeyMetadata created = keys.createKey(externalOnly, new CreateKeyRequest(description, null, null, "EXTERNAL", List.of()));
        assertEquals("EXTERNAL", created.origin());
        assertEquals("PendingImport", created.keyState());
        // Origin left out means AWS_KMS, and the condition sees that default.
        assertDenied(() -> keys.createKey(externalOnly, new CreateKeyRequest(description, null, null, null, List.of())));
        assertDenied(() -> keys.createKey(externalOnly, new CreateKeyRequest(description, null, null, "AWS_KMS", List.of())));
        assertDenied(() -> keys.createKey(externalOnly, new CreateKeyRequest(description, "RSA_2048", "SIGN_VERIFY",
                "AWS_KMS", List.of())));
        assertEquals(1, database.count("select count(*) from kms_key where description = ?", description), "refusals created no key");
    }

    @Test
    void anImportAdminRunsTheWholeImportAndAUserWithoutTheActionsIsRefusedEachStep() throws Exception {
        CallerContext importAdmin = newUser(allow(IMPORT_ACTIONS, null));
        CallerContext describeOnly = newUser(allow("\"kms:DescribeKey\"", null));
        String keyId = externalKey();

        assertRefusedUnchanged(describeOnly, keyId, () -> imports.getParametersForImport(describeOnly, parametersRequest(keyId,
                OAEP_256, "RSA_2048")));
        assertEquals(0, database.count("select count(*) from import_wrapping_key where key_id = ?", keyId), "no wrapping key issued");

        ImportParameters parameters = imports.getParametersForImport(importAdmin, parametersRequest(keyId, OAEP_256, "RSA_2048"));
        ImportKeyMaterialRequest request = importRequest(keyId, parameters, OAEP_256, null, null);
        assertRefusedUnchanged(describeOnly, keyId, () -> imports.importKeyMaterial(describeOnly, request));
        // The refused call did not use up the token: the admin imports with it.
        imports.importKeyMaterial(importAdmin, request);
        assertEquals("Enabled", keys.describeKey(importAdmin, keyId).keyState());
        assertEquals(1, database.count("select count(*) from key_material where key_id = ?", keyId));

        assertRefusedUnchanged(describeOnly, keyId, () -> imports.deleteImportedKeyMaterial(describeOnly, keyId));
        assertEquals(1, database.count("select count(*) from key_material where key_id = ?", keyId), "material kept");
        imports.deleteImportedKeyMaterial(importAdmin, keyId);
        assertEquals("PendingImport", keys.describeKey(importAdmin, keyId).keyState());
        assertEquals(0, database.count("select count(*) from key_material where key_id = ?", keyId));
    }

    @Test
    void wrappingAlgorithmAndWrappingKeySpecConditionsLimitGetParametersForImport() throws Exception {
        String keyId = externalKey();
        CallerContext sha256Only = newUser(allow("\"kms:GetParametersForImport\"",
                "{\"StringEquals\":{\"kms:WrappingAlgorithm\":\"RSAES_OAEP_SHA_256\"}}"));
        assertRefusedUnchanged(sha256Only, keyId, () -> imports.getParametersForImport(sha256Only,
                parametersRequest(keyId, "RSAES_OAEP_SHA_1", "RSA_2048")));
        assertEquals(0, database.count("select count(*) from import_wrapping_key where key_id = ?", keyId));
        imports.getParametersForImport(sha256Only, parametersRequest(keyId, OAEP_256, "RSA_2048"));

        CallerContext rsa4096Only = newUser(allow("\"kms:GetParametersForImport\"",
                "{\"StringEquals\":{\"kms:WrappingKeySpec\":\"RSA_4096\"}}"));
        assertRefusedUnchanged(rsa4096Only, keyId, () -> imports.getParametersForImport(rsa4096Only,
                parametersRequest(keyId, OAEP_256, "RSA_2048")));
        assertEquals(1, database.count("select count(*) from import_wrapping_key where key_id = ?", keyId));
        ImportParameters rsa4096 = imports.getParametersForImport(rsa4096Only, parametersRequest(keyId, OAEP_256, "RSA_4096"));
        assertEquals(4096, ((java.security.interfaces.RSAPublicKey) publicKey(rsa4096.publicKey())).getModulus().bitLength());
    }

    @Test
    void expirationModelConditionRequiresExpiringMaterial() throws Exception {
        String keyId = externalKey();
        CallerContext expiringOnly = newUser(allow("\"kms:ImportKeyMaterial\"",
                "{\"StringEquals\":{\"kms:ExpirationModel\":\"KEY_MATERIAL_EXPIRES\"}}"));
        ImportParameters parameters = imports.getParametersForImport(ADMIN, parametersRequest(keyId, OAEP_256, "RSA_2048"));
        byte[] material = randomBytes(32);

        assertRefusedUnchanged(expiringOnly, keyId, () -> imports.importKeyMaterial(expiringOnly,
                importRequest(keyId, parameters, OAEP_256, material, null)));
        assertRefusedUnchanged(expiringOnly, keyId, () -> imports.importKeyMaterial(expiringOnly,
                new ImportKeyMaterialRequest(keyId, parameters.importToken(), wrap(parameters, OAEP_256, material), null,
                        "KEY_MATERIAL_DOES_NOT_EXPIRE")));
        assertEquals(0, database.count("select count(*) from key_material where key_id = ?", keyId));

        Instant validTo = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        imports.importKeyMaterial(expiringOnly, importRequest(keyId, parameters, OAEP_256, material, validTo));
        KeyMetadata imported = keys.describeKey(ADMIN, keyId);
        assertEquals("Enabled", imported.keyState());
        assertEquals("KEY_MATERIAL_EXPIRES", imported.expirationModel());
        assertEquals(validTo, imported.validTo());
    }

    @Test
    void validToConditionCapsTheExpiryWithDateAndWithTheAwsDocsNumericForm() throws Exception {
        Instant limit = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        String dateCondition = "{\"DateLessThanEquals\":{\"kms:ValidTo\":\"" + limit + "\"}}";
        // The AWS developer guide's form: epoch seconds compared with a Numeric operator.
        String numericCondition = "{\"NumericLessThanEquals\":{\"kms:ValidTo\":\"" + limit.getEpochSecond() + ".0\"}}";
        for (String condition : List.of(dateCondition, numericCondition)) {
            String keyId = externalKey();
            CallerContext capped = newUser(allow("\"kms:ImportKeyMaterial\"", condition));
            ImportParameters parameters = imports.getParametersForImport(ADMIN, parametersRequest(keyId, OAEP_256, "RSA_3072"));
            byte[] material = randomBytes(32);

            assertRefusedUnchanged(capped, keyId, () -> imports.importKeyMaterial(capped,
                    importRequest(keyId, parameters, OAEP_256, material, limit.plus(Duration.ofDays(30)))));
            assertRefusedUnchanged(capped, keyId, () -> imports.importKeyMaterial(capped,
                    importRequest(keyId, parameters, OAEP_256, material, limit.plusMillis(1500))));
            assertRefusedUnchanged(capped, keyId, () -> imports.importKeyMaterial(capped,
                    importRequest(keyId, parameters, OAEP_256, material, null)));
            assertEquals(0, database.count("select count(*) from key_material where key_id = ?", keyId), condition);

            imports.importKeyMaterial(capped, importRequest(keyId, parameters, OAEP_256, material, limit));
            assertEquals(limit, keys.describeKey(ADMIN, keyId).validTo(), condition);
        }
    }

    @Test
    void aKeyPolicyDenyOnImportKeyMaterialBeatsTheImportAdmin() throws Exception {
        CallerContext importAdmin = newUser(allow(IMPORT_ACTIONS, null));
        String keyId = externalKey();
        policies.putKeyPolicy(ADMIN, keyId, null, "{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + ACCOUNT + ":root\"},\"Action\":\"kms:*\",\"Resource\":\"*\"},"
                + "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"kms:ImportKeyMaterial\",\"Resource\":\"*\"}]}", false);

        ImportParameters parameters = imports.getParametersForImport(importAdmin, parametersRequest(keyId, OAEP_256, "RSA_2048"));
        ImportKeyMaterialRequest request = importRequest(keyId, parameters, OAEP_256, null, null);
        KmsException refused = assertRefusedUnchanged(importAdmin, keyId, () -> imports.importKeyMaterial(importAdmin, request));
        assertTrue(refused.getMessage().contains("explicit deny in a resource-based policy"), refused.getMessage());
        assertRefusedUnchanged(ADMIN, keyId, () -> imports.importKeyMaterial(ADMIN, request));
        assertEquals(0, database.count("select count(*) from key_material where key_id = ?", keyId));
    }

    private CallerContext newUser(String identityPolicy) {
        String name = "import-policy-it-" + UUID.randomUUID().toString().substring(0, 8);
        String arn = iam.createUser(ADMIN, name);
        iam.putUserPolicy(ADMIN, name, "import", identityPolicy);
        return new CallerContext(arn, "it-import-policy", "internal", "ejb");
    }

    /** Allows the actions (plus DescribeKey, which the checks below need) with an optional Condition block. */
    private static String allow(String actions, String condition) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":" + actions + ",\"Resource\":\"*\""
                + (condition == null ? "" : ",\"Condition\":" + condition) + "},"
                + "{\"Effect\":\"Allow\",\"Action\":\"kms:DescribeKey\",\"Resource\":\"*\"}]}";
    }

    private String externalKey() {
        return keys.createKey(ADMIN, new CreateKeyRequest("import-policy-it", null, null, "EXTERNAL", List.of())).keyId();
    }

    private static GetParametersForImportRequest parametersRequest(String keyId, String algorithm, String spec) {
        return new GetParametersForImportRequest(keyId, algorithm, spec);
    }

    /** Fresh 32-byte material (when none is given) wrapped under the parameters' public key. */
    private static ImportKeyMaterialRequest importRequest(String keyId, ImportParameters parameters, String algorithm,
                                                          byte[] material, Instant validTo) throws GeneralSecurityException {
        byte[] plaintext = material != null ? material : randomBytes(32);
        return new ImportKeyMaterialRequest(keyId, parameters.importToken(), wrap(parameters, algorithm, plaintext), validTo, null);
    }

    /** KMS-SPEC §4.1 with the JDK alone: OAEP with the MGF1 hash set explicitly to the OAEP hash. */
    private static byte[] wrap(ImportParameters parameters, String algorithm, byte[] material) throws GeneralSecurityException {
        boolean sha256 = algorithm.endsWith("SHA_256");
        Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
        cipher.init(Cipher.ENCRYPT_MODE, publicKey(parameters.publicKey()), new OAEPParameterSpec(
                sha256 ? "SHA-256" : "SHA-1", "MGF1", sha256 ? MGF1ParameterSpec.SHA256 : MGF1ParameterSpec.SHA1,
                PSource.PSpecified.DEFAULT));
        return cipher.doFinal(material);
    }

    private static PublicKey publicKey(byte[] der) throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static void assertDenied(Executable call) {
        assertEquals(KmsError.AccessDeniedException, assertThrows(KmsException.class, call).error());
    }

    /** AccessDeniedException, and DescribeKey (by the administrator) answers exactly what it did before. */
    private KmsException assertRefusedUnchanged(CallerContext caller, String keyId, Executable call) {
        KeyMetadata before = keys.describeKey(ADMIN, keyId);
        KmsException refused = assertThrows(KmsException.class, call);
        assertEquals(KmsError.AccessDeniedException, refused.error(), refused.getMessage());
        assertTrue(refused.getMessage().contains(caller.principalArn()) || refused.getMessage().contains("kms:"),
                refused.getMessage());
        assertEquals(before, keys.describeKey(ADMIN, keyId), "a refused call changed the key");
        return refused;
    }
}
