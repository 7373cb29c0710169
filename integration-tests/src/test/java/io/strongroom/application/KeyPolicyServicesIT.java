package io.strongroom.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.CreateKeyRequest;
import io.strongroom.client.EncryptRequest;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.it.StrongroomDeployment;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Key policies and identity policies enforced on the services every interface calls: a second
 * user created through {@link IamService} with a narrow identity policy, delegation through the
 * default key policy, a key policy granting the user directly, explicit Deny, a Condition on the
 * encryption context, and the lockout safety check.
 */
@ExtendWith(ArquillianExtension.class)
@Order(1)
class KeyPolicyServicesIT {

    private static final String ACCOUNT = "111122223333";
    private static final CallerContext ADMIN =
            new CallerContext("arn:aws:iam::" + ACCOUNT + ":user/admin", "it-policy", "internal", "ejb");

    @Deployment
    static WebArchive deployment() {
        return StrongroomDeployment.create(KeyPolicyServicesIT.class);
    }

    @Inject
    IamService iam;
    @Inject
    KeyLifecycleService keys;
    @Inject
    KeyPolicyService policies;
    @Inject
    CryptoOperations crypto;
    @Inject
    AliasService aliases;

    private CallerContext newUser(String identityPolicy) {
        String name = "policy-it-" + UUID.randomUUID().toString().substring(0, 8);
        String arn = iam.createUser(ADMIN, name);
        if (identityPolicy != null) {
            iam.putUserPolicy(ADMIN, name, "narrow", identityPolicy);
        }
        return new CallerContext(arn, "it-policy", "internal", "ejb");
    }

    private static String identity(String effect, String action) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"" + effect + "\",\"Action\":" + action
                + ",\"Resource\":\"*\"}]}";
    }

    private static EncryptRequest encryptRequest(String keyId, Map<String, String> context) {
        return new EncryptRequest(keyId, "secret".getBytes(StandardCharsets.UTF_8), context, null);
    }

    private static KmsError denied(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(KmsException.class, call).error();
    }

    @Test
    void defaultKeyPolicyDelegatesToIdentityPolicies() {
        String keyId = keys.createKey(ADMIN, CreateKeyRequest.symmetric("policy-it-delegation")).keyId();
        CallerContext encryptOnly = newUser(identity("Allow", "[\"kms:Encrypt\",\"kms:Describe*\"]"));
        CallerContext nobody = newUser(null);

        assertDoesNotThrow(() -> crypto.encrypt(encryptOnly, encryptRequest(keyId, Map.of())));
        assertDoesNotThrow(() -> keys.describeKey(encryptOnly, keyId));
        KmsException refused = assertThrows(KmsException.class, () -> policies.getKeyPolicy(encryptOnly, keyId, null));
        assertEquals(KmsError.AccessDeniedException, refused.error());
        assertTrue(refused.getMessage().contains("kms:GetKeyPolicy"), refused.getMessage());
        assertEquals(KmsError.AccessDeniedException, denied(() -> crypto.encrypt(nobody, encryptRequest(keyId, Map.of()))));
        assertEquals(KmsError.AccessDeniedException, denied(() -> keys.createKey(encryptOnly, CreateKeyRequest.symmetric("x"))));
        assertEquals(KmsError.AccessDeniedException, denied(() -> keys.listKeys(nobody, null, null)));
    }

    @Test
    void explicitDenyOverridesAllow() {
        String keyId = keys.createKey(ADMIN, CreateKeyRequest.symmetric("policy-it-deny")).keyId();
        CallerContext user = newUser("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"kms:*\",\"Resource\":\"*\"},"
                + "{\"Effect\":\"Deny\",\"Action\":\"kms:Encrypt\",\"Resource\":\"*\"}]}");
        KmsException refused = assertThrows(KmsException.class, () -> crypto.encrypt(user, encryptRequest(keyId, Map.of())));
        assertEquals(KmsError.AccessDeniedException, refused.error());
        assertTrue(refused.getMessage().contains("explicit deny in an identity-based policy"), refused.getMessage());
        assertDoesNotThrow(() -> keys.describeKey(user, keyId));
    }

    @Test
    void keyPolicyGrantsAUserDirectlyWithAnEncryptionContextCondition() {
        CallerContext user = newUser(null);
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Sid\":\"Enable IAM User Permissions\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::"
                + ACCOUNT + ":root\"},\"Action\":\"kms:*\",\"Resource\":\"*\"},"
                + "{\"Sid\":\"Finance only\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + user.principalArn()
                + "\"},\"Action\":\"kms:Encrypt\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringEquals\":{\"kms:EncryptionContext:Department\":\"finance\"}}}]}";
        String keyId = keys.createKey(ADMIN, new CreateKeyRequest("policy-it-direct", null, null, null, List.of(),
                policy, false)).keyId();

        assertDoesNotThrow(() -> crypto.encrypt(user, encryptRequest(keyId, Map.of("Department", "finance"))));
        assertEquals(KmsError.AccessDeniedException,
                denied(() -> crypto.encrypt(user, encryptRequest(keyId, Map.of("Department", "hr")))));
        assertEquals(KmsError.AccessDeniedException, denied(() -> crypto.encrypt(user, encryptRequest(keyId, Map.of()))));
        assertEquals(policy, policies.getKeyPolicy(ADMIN, keyId, "default"));
    }

    @Test
    void keyPolicyDenyBeatsTheAdministratorsIdentityPolicy() {
        String keyId = keys.createKey(ADMIN, CreateKeyRequest.symmetric("policy-it-key-deny")).keyId();
        policies.putKeyPolicy(ADMIN, keyId, null, "{\"Statement\":["
                + "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + ACCOUNT + "\"},\"Action\":\"kms:*\",\"Resource\":\"*\"},"
                + "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"kms:Encrypt\",\"Resource\":\"*\"}]}", false);
        KmsException refused = assertThrows(KmsException.class, () -> crypto.encrypt(ADMIN, encryptRequest(keyId, Map.of())));
        assertEquals(KmsError.AccessDeniedException, refused.error());
        assertTrue(refused.getMessage().contains("explicit deny in a resource-based policy"), refused.getMessage());
    }

    @Test
    void lockoutSafetyCheckRefusesAPolicyThatLocksTheCallerOut() {
        String keyId = keys.createKey(ADMIN, CreateKeyRequest.symmetric("policy-it-lockout")).keyId();
        String lockout = "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + ACCOUNT
                + ":user/someone-else\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}}";
        KmsException refused = assertThrows(KmsException.class, () -> policies.putKeyPolicy(ADMIN, keyId, null, lockout, false));
        assertEquals(KmsError.MalformedPolicyDocumentException, refused.error());
        assertTrue(refused.getMessage().contains("will not allow you to update the key policy"), refused.getMessage());
        assertTrue(policies.getKeyPolicy(ADMIN, keyId, null).contains(":root"), "the refused policy changed nothing");

        policies.putKeyPolicy(ADMIN, keyId, null, lockout, true);
        assertEquals(KmsError.AccessDeniedException, denied(() -> policies.getKeyPolicy(ADMIN, keyId, null)));
        assertEquals(KmsError.MalformedPolicyDocumentException,
                denied(() -> keys.createKey(ADMIN, new CreateKeyRequest("x", null, null, null, List.of(), lockout, false))));
    }

    @Test
    void changingAnAliasNeedsTheActionOnTheAliasAndOnTheKey() {
        String keyId = keys.createKey(ADMIN, CreateKeyRequest.symmetric("policy-it-alias")).keyId();
        String otherKeyId = keys.createKey(ADMIN, CreateKeyRequest.symmetric("policy-it-alias-other")).keyId();
        String aliasName = "alias/policy-it-" + UUID.randomUUID();
        String keysOnly = "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"kms:*Alias\",\"Resource\":\"arn:aws:kms:*:"
                + ACCOUNT + ":key/*\"}]}";
        String keysAndAliases = "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"kms:*Alias\",\"Resource\":[\"arn:aws:kms:*:"
                + ACCOUNT + ":key/*\",\"arn:aws:kms:*:" + ACCOUNT + ":alias/policy-it-*\"]}]}";
        String aliasesOnly = "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"kms:*Alias\",\"Resource\":\"arn:aws:kms:*:"
                + ACCOUNT + ":alias/*\"}]}";

        assertEquals(KmsError.AccessDeniedException, denied(() -> aliases.createAlias(newUser(keysOnly), aliasName, keyId)));
        assertEquals(KmsError.AccessDeniedException, denied(() -> aliases.createAlias(newUser(aliasesOnly), aliasName, keyId)));
        assertTrue(aliases.listAliases(ADMIN, keyId, null, null).aliases().isEmpty(), "a refused CreateAlias created nothing");

        CallerContext aliasAdmin = newUser(keysAndAliases);
        aliases.createAlias(aliasAdmin, aliasName, keyId);
        assertEquals(KmsError.AccessDeniedException, denied(() -> aliases.updateAlias(newUser(keysOnly), aliasName, otherKeyId)));
        aliases.updateAlias(aliasAdmin, aliasName, otherKeyId);
        assertEquals(KmsError.AccessDeniedException, denied(() -> aliases.deleteAlias(newUser(keysOnly), aliasName)));
        aliases.deleteAlias(aliasAdmin, aliasName);
        assertTrue(aliases.listAliases(ADMIN, otherKeyId, null, null).aliases().isEmpty());
    }
}
