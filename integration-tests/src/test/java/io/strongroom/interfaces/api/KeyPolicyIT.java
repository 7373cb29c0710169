package io.strongroom.interfaces.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.KmsClients;
import io.strongroom.it.RegionTest;
import io.strongroom.it.TestRegion;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.MalformedPolicyDocumentException;
import software.amazon.awssdk.services.kms.model.NotFoundException;

/**
 * GetKeyPolicy, PutKeyPolicy, ListKeyPolicies and CreateKey's Policy through the real AWS SDK as
 * the bootstrap administrator: the default policy, round trips, malformed documents, the lockout
 * safety check and a key-policy Deny answered with AccessDeniedException. Enforcement for other
 * users is covered in the container by KeyPolicyServicesIT.
 */
@RegionTest
@Order(3)
class KeyPolicyIT {

    private static final String ACCOUNT = TestRegion.ACCOUNT_ID;
    private static KmsClient kms;

    @BeforeAll
    static void connect(URI endpoint) {
        kms = KmsClients.sdk(endpoint);
    }

    private static String createKey() {
        return kms.createKey(r -> r.description("key-policy-it")).keyMetadata().keyId();
    }

    @Test
    void newKeysHaveTheDefaultPolicyAndOnePolicyName() {
        String keyId = createKey();
        var policy = kms.getKeyPolicy(r -> r.keyId(keyId));
        assertEquals("default", policy.policyName());
        assertTrue(policy.policy().contains("\"arn:aws:iam::" + ACCOUNT + ":root\""), policy.policy());
        assertTrue(policy.policy().contains("Enable IAM User Permissions"));
        var names = kms.listKeyPolicies(r -> r.keyId(keyId));
        assertEquals(List.of("default"), names.policyNames());
        assertFalse(names.truncated());
        assertThrows(NotFoundException.class, () -> kms.getKeyPolicy(r -> r.keyId(keyId).policyName("other")));
    }

    @Test
    void putKeyPolicyRoundTripsAndCreateKeyAcceptsAPolicy() {
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Admin\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":\"arn:aws:iam::" + ACCOUNT + ":user/admin\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}]}";
        String keyId = createKey();
        kms.putKeyPolicy(r -> r.keyId(keyId).policyName("default").policy(policy));
        assertEquals(policy, kms.getKeyPolicy(r -> r.keyId(keyId).policyName("default")).policy());

        String created = kms.createKey(r -> r.policy(policy)).keyMetadata().keyId();
        assertEquals(policy, kms.getKeyPolicy(r -> r.keyId(created)).policy());
    }

    @Test
    void malformedPoliciesAndLockoutAreRefusedAndChangeNothing() {
        String keyId = createKey();
        String before = kms.getKeyPolicy(r -> r.keyId(keyId)).policy();
        var malformed = assertThrows(MalformedPolicyDocumentException.class,
                () -> kms.putKeyPolicy(r -> r.keyId(keyId).policy("{\"Statement\":[{\"Effect\":\"Allow\"}]}")));
        assertTrue(malformed.awsErrorDetails().errorMessage().contains("Principal"), malformed.getMessage());
        assertThrows(MalformedPolicyDocumentException.class, () -> kms.putKeyPolicy(r -> r.keyId(keyId).policy("nope")));
        String lockout = "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + ACCOUNT
                + ":user/nobody\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}}";
        var locked = assertThrows(MalformedPolicyDocumentException.class,
                () -> kms.putKeyPolicy(r -> r.keyId(keyId).policy(lockout)));
        assertTrue(locked.awsErrorDetails().errorMessage().contains("will not allow you to update the key policy"));
        assertThrows(MalformedPolicyDocumentException.class, () -> kms.createKey(r -> r.policy(lockout)));
        assertEquals(before, kms.getKeyPolicy(r -> r.keyId(keyId)).policy());
    }

    @Test
    void aKeyPolicyDenyIsAccessDenied() {
        String keyId = createKey();
        kms.putKeyPolicy(r -> r.keyId(keyId).policy("{\"Statement\":["
                + "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + ACCOUNT + ":root\"},\"Action\":\"kms:*\",\"Resource\":\"*\"},"
                + "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"kms:Encrypt\",\"Resource\":\"*\"}]}"));
        // The SDK models no AccessDeniedException class: it arrives as a KmsException with that code.
        var denied = assertThrows(KmsException.class,
                () -> kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String("x"))));
        assertEquals("AccessDeniedException", denied.awsErrorDetails().errorCode());
        assertTrue(denied.awsErrorDetails().errorMessage().contains("is not authorized to perform: kms:Encrypt"));
        kms.describeKey(r -> r.keyId(keyId));
    }
}
