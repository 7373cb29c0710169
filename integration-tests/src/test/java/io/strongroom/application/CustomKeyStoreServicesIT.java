package io.strongroom.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.it.StrongroomDeployment;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The custom key store operations are authorized by the caller's identity policies alone
 * (kms:…CustomKeyStore… on "*"), like IAM's: a user may describe but not create when its policy
 * says so, an explicit Deny wins over the administrator's Allow, and a refusal is audited and
 * changes nothing. A VPC_ENDPOINT_SERVICE store is used because Create does not call its proxy.
 */
@ExtendWith(ArquillianExtension.class)
@Order(1)
class CustomKeyStoreServicesIT {

    private static final String ACCOUNT = "111122223333";
    private static final CallerContext ADMIN =
            new CallerContext("arn:aws:iam::" + ACCOUNT + ":user/admin", "it-cks", "internal", "ejb");

    @Deployment
    static WebArchive deployment() {
        return StrongroomDeployment.create(CustomKeyStoreServicesIT.class);
    }

    @Inject
    CustomKeyStoreService stores;
    @Inject
    IamService iam;
    @Inject
    AuditQueries audit;

    @Test
    void identityPoliciesDecideWhoManagesStores() {
        String reader = "cks-reader-" + UUID.randomUUID().toString().substring(0, 8);
        iam.createUser(ADMIN, reader);
        iam.putUserPolicy(ADMIN, reader, "describe-only", "{\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":\"kms:DescribeCustomKeyStores\",\"Resource\":\"*\"}]}");
        CallerContext asReader = new CallerContext("arn:aws:iam::" + ACCOUNT + ":user/" + reader, "it-reader",
                "internal", "ejb");

        String id = stores.createCustomKeyStore(ADMIN, settings("authorized-" + UUID.randomUUID()));
        try {
            assertEquals(id, stores.describeCustomKeyStores(asReader, id, null, null, null)
                    .customKeyStores().get(0).customKeyStoreId());
            CustomKeyStoreView before = stores.describeCustomKeyStores(ADMIN, id, null, null, null).customKeyStores().get(0);
            for (Runnable call : List.<Runnable>of(
                    () -> stores.createCustomKeyStore(asReader, settings("refused-" + UUID.randomUUID())),
                    () -> stores.updateCustomKeyStore(asReader, id, rename("renamed-" + UUID.randomUUID())),
                    () -> stores.connectCustomKeyStore(asReader, id),
                    () -> stores.deleteCustomKeyStore(asReader, id))) {
                KmsException denied = assertThrows(KmsException.class, call::run);
                assertEquals(KmsError.AccessDeniedException, denied.error(), denied.getMessage());
                assertTrue(denied.getMessage().contains("CustomKeyStore"), denied.getMessage());
            }
            assertEquals(before, stores.describeCustomKeyStores(ADMIN, id, null, null, null).customKeyStores().get(0));
            for (String operation : List.of("CreateCustomKeyStore", "UpdateCustomKeyStore", "ConnectCustomKeyStore",
                    "DeleteCustomKeyStore")) {
                assertEquals(1, audit.countEvents(ADMIN, new AuditFilter(null, asReader.principalArn(), operation,
                        KmsError.AccessDeniedException.name(), null, null)), operation + " refusal audited");
            }

            iam.putUserPolicy(ADMIN, "admin", "no-store-deletion", "{\"Statement\":[{\"Effect\":\"Deny\","
                    + "\"Action\":\"kms:DeleteCustomKeyStore\",\"Resource\":\"*\"}]}");
            try {
                assertEquals(KmsError.AccessDeniedException,
                        assertThrows(KmsException.class, () -> stores.deleteCustomKeyStore(ADMIN, id)).error());
            } finally {
                iam.deleteUserPolicy(ADMIN, "admin", "no-store-deletion");
            }
        } finally {
            stores.deleteCustomKeyStore(ADMIN, id);
            iam.deleteUserPolicy(ADMIN, reader, "describe-only");
            iam.deleteUser(ADMIN, reader);
        }
        assertEquals(KmsError.CustomKeyStoreNotFoundException,
                assertThrows(KmsException.class, () -> stores.describeCustomKeyStores(ADMIN, id, null, null, null)).error());
    }

    private static CustomKeyStoreSettings settings(String name) {
        String unique = UUID.randomUUID().toString().replace("-", "");
        return new CustomKeyStoreSettings(name, "EXTERNAL_KEY_STORE", "https://xks-" + unique.substring(0, 12) + ".invalid",
                "/kms/xks/v1", "VPC_ENDPOINT_SERVICE", "com.amazonaws.vpce.us-east-1.vpce-svc-" + unique.substring(0, 17),
                null, "AKIA4GBY3I6JCE5M2HPM", "K7EjcOzUMrNSqAkQh+kb0Uq8N4TwR1ZkJ3uFQZyFCkA=");
    }

    private static CustomKeyStoreSettings rename(String name) {
        return new CustomKeyStoreSettings(name, null, null, null, null, null, null, null, null);
    }
}
