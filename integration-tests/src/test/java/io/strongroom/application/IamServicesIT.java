package io.strongroom.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.application.AccessKeyService.AccessKeyMetadata;
import io.strongroom.application.AccessKeyService.NewAccessKey;
import io.strongroom.application.IamService.UserSummary;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.it.StrongroomDeployment;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The administrator's IAM operations on the services the console calls: the user list with its
 * access-key counts and console flags, the access-key lifecycle as the credential store sees it
 * (an inactive key no longer resolves, so the API refuses it), console passwords checked by the
 * console's own account store, and DeleteUser refusing users that still have something attached.
 */
@ExtendWith(ArquillianExtension.class)
@Order(1)
class IamServicesIT {

    private static final String ACCOUNT = "111122223333";
    private static final CallerContext ADMIN =
            new CallerContext("arn:aws:iam::" + ACCOUNT + ":user/admin", "it-iam", "internal", "ejb");
    private static final String GOOD_PASSWORD = "correct-horse-battery";

    @Deployment
    static WebArchive deployment() {
        return StrongroomDeployment.create(IamServicesIT.class);
    }

    @Inject
    IamService iam;
    @Inject
    AccessKeyService accessKeys;
    @Inject
    LoginProfileService loginProfiles;
    @Inject
    ApiCredentials credentials;
    @Inject
    ConsoleAccounts consoleAccounts;

    private String newUser() {
        String name = "iam-it-" + UUID.randomUUID().toString().substring(0, 8);
        iam.createUser(ADMIN, name);
        return name;
    }

    private static KmsException refused(Executable call) {
        return assertThrows(KmsException.class, call);
    }

    private boolean resolves(String accessKeyId) {
        return credentials.resolve(accessKeyId).map(resolved -> {
            Arrays.fill(resolved.secretAccessKey(), (byte) 0);
            return true;
        }).orElse(false);
    }

    @Test
    void anInactiveAccessKeyNoLongerAuthenticatesUntilItIsActivatedAgain() {
        String user = newUser();
        NewAccessKey key = accessKeys.createAccessKey(ADMIN, user);
        assertEquals(40, key.secretAccessKey().length());
        assertFalse(key.toString().contains(key.secretAccessKey()), "the secret never goes into a log line");
        assertTrue(resolves(key.accessKeyId()));

        accessKeys.updateAccessKey(ADMIN, user, key.accessKeyId(), "Inactive");
        assertFalse(resolves(key.accessKeyId()), "an inactive key must not authenticate API calls");
        assertEquals(List.of(new AccessKeyMetadata(key.accessKeyId(), user, "Inactive",
                accessKeys.listAccessKeys(ADMIN, user).get(0).createDate())), accessKeys.listAccessKeys(ADMIN, user));

        accessKeys.updateAccessKey(ADMIN, user, key.accessKeyId(), "Active");
        assertTrue(resolves(key.accessKeyId()));
        assertEquals("Active", accessKeys.listAccessKeys(ADMIN, user).get(0).status());

        accessKeys.deleteAccessKey(ADMIN, user, key.accessKeyId());
        assertFalse(resolves(key.accessKeyId()));
        assertTrue(accessKeys.listAccessKeys(ADMIN, user).isEmpty());
    }

    @Test
    void accessKeyRequestsAreCheckedAndAUserHasAtMostTwoKeys() {
        String user = newUser();
        String other = newUser();
        NewAccessKey first = accessKeys.createAccessKey(ADMIN, user);
        accessKeys.createAccessKey(ADMIN, user);
        KmsException limit = refused(() -> accessKeys.createAccessKey(ADMIN, user));
        assertEquals(KmsError.LimitExceededException, limit.error());
        assertEquals(2, accessKeys.listAccessKeys(ADMIN, user).size());

        KmsException badStatus = refused(() -> accessKeys.updateAccessKey(ADMIN, user, first.accessKeyId(), "Disabled"));
        assertEquals(KmsError.ValidationException, badStatus.error());
        assertTrue(badStatus.getMessage().contains("'status'"), badStatus.getMessage());
        assertTrue(resolves(first.accessKeyId()), "a refused update changed nothing");

        // Another user's key is as unknown as a key that does not exist.
        assertEquals(KmsError.NotFoundException,
                refused(() -> accessKeys.updateAccessKey(ADMIN, other, first.accessKeyId(), "Inactive")).error());
        assertEquals(KmsError.NotFoundException, refused(() -> accessKeys.deleteAccessKey(ADMIN, other, first.accessKeyId())).error());
        assertEquals(KmsError.NotFoundException, refused(() -> accessKeys.listAccessKeys(ADMIN, "no-such-user-" + UUID.randomUUID())).error());
        assertTrue(resolves(first.accessKeyId()));
    }

    @Test
    void deletingAUserWithAnythingAttachedIsRefused() {
        String user = newUser();
        NewAccessKey key = accessKeys.createAccessKey(ADMIN, user);
        iam.putUserPolicy(ADMIN, user, "all-kms", "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"kms:*\",\"Resource\":\"*\"}]}");
        loginProfiles.createLoginProfile(ADMIN, user, GOOD_PASSWORD);

        KmsException conflict = refused(() -> iam.deleteUser(ADMIN, user));
        assertEquals(KmsError.DeleteConflictException, conflict.error());
        assertTrue(conflict.getMessage().contains("access keys"), conflict.getMessage());
        assertTrue(resolves(key.accessKeyId()), "the refused deletion changed nothing");

        accessKeys.deleteAccessKey(ADMIN, user, key.accessKeyId());
        assertTrue(refused(() -> iam.deleteUser(ADMIN, user)).getMessage().contains("policies"));
        iam.deleteUserPolicy(ADMIN, user, "all-kms");
        assertTrue(refused(() -> iam.deleteUser(ADMIN, user)).getMessage().contains("login profile"));
        loginProfiles.deleteLoginProfile(ADMIN, user);

        iam.deleteUser(ADMIN, user);
        assertEquals(KmsError.NotFoundException, refused(() -> iam.getUser(ADMIN, user)).error());
        assertTrue(consoleAccounts.verify(user, GOOD_PASSWORD.toCharArray()).isEmpty());
    }

    @Test
    void theBootstrapAdministratorCannotBeDeleted() {
        KmsException refused = refused(() -> iam.deleteUser(ADMIN, "admin"));
        assertEquals(KmsError.DeleteConflictException, refused.error());
        assertTrue(refused.getMessage().contains("bootstrap administrator"), refused.getMessage());
        assertTrue(iam.getUser(ADMIN, "admin").consoleAccess());
    }

    @Test
    void theUserListCountsAccessKeysAndShowsConsoleAccess() {
        String user = newUser();
        accessKeys.createAccessKey(ADMIN, user);
        accessKeys.createAccessKey(ADMIN, user);
        loginProfiles.createLoginProfile(ADMIN, user, GOOD_PASSWORD);

        IamService.UserPage page = iam.listUsers(ADMIN, 0, 1000);
        UserSummary listed = page.users().stream().filter(u -> u.userName().equals(user)).findFirst().orElseThrow();
        assertEquals(2, listed.accessKeyCount());
        assertTrue(listed.consoleAccess());
        assertEquals("arn:aws:iam::" + ACCOUNT + ":user/" + user, listed.arn());
        assertEquals(page.total(), page.users().size());
        assertEquals(listed, iam.getUser(ADMIN, user));
        assertEquals(1, iam.listUsers(ADMIN, 0, 1).users().size());
        assertEquals(KmsError.ValidationException, refused(() -> iam.listUsers(ADMIN, 0, 0)).error());
    }

    @Test
    void consolePasswordsFollowTheLengthRuleAndReplaceEachOther() {
        String user = newUser();
        KmsException tooShort = refused(() -> loginProfiles.createLoginProfile(ADMIN, user, "short-pw"));
        assertEquals(KmsError.ValidationException, tooShort.error());
        assertTrue(tooShort.getMessage().contains("'password'") && tooShort.getMessage().contains("at least 12"),
                tooShort.getMessage());
        assertFalse(tooShort.getMessage().contains("short-pw"), "an error never repeats the password");
        assertFalse(iam.getUser(ADMIN, user).consoleAccess());

        loginProfiles.createLoginProfile(ADMIN, user, GOOD_PASSWORD);
        assertEquals("arn:aws:iam::" + ACCOUNT + ":user/" + user,
                consoleAccounts.verify(user, GOOD_PASSWORD.toCharArray()).orElseThrow());
        assertEquals(KmsError.AlreadyExistsException,
                refused(() -> loginProfiles.createLoginProfile(ADMIN, user, "another-long-password")).error());

        loginProfiles.updateLoginProfile(ADMIN, user, "another-long-password");
        assertTrue(consoleAccounts.verify(user, GOOD_PASSWORD.toCharArray()).isEmpty());
        assertTrue(consoleAccounts.verify(user, "another-long-password".toCharArray()).isPresent());
    }

    @Test
    void userPoliciesAreReadBackAndMalformedOnesAreRefused() {
        String user = newUser();
        String document = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"kms:Encrypt\",\"Resource\":\"*\"}]}";
        iam.putUserPolicy(ADMIN, user, "encrypt", document);
        assertEquals(document, iam.getUserPolicy(ADMIN, user, "encrypt"));
        KmsException malformed = refused(() -> iam.putUserPolicy(ADMIN, user, "broken", "{\"Statement\":[{\"Effect\":\"Maybe\"}]}"));
        assertEquals(KmsError.MalformedPolicyDocumentException, malformed.error());
        assertEquals(List.of("encrypt"), iam.listUserPolicies(ADMIN, user));
        assertEquals(KmsError.NotFoundException, refused(() -> iam.getUserPolicy(ADMIN, user, "broken")).error());
    }

    @Test
    void usersWithoutIamPermissionsAreDenied() {
        String user = newUser();
        iam.putUserPolicy(ADMIN, user, "all-kms", "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"kms:*\",\"Resource\":\"*\"}]}");
        CallerContext kmsOnly = new CallerContext("arn:aws:iam::" + ACCOUNT + ":user/" + user, "it-iam", "internal", "ejb");
        assertEquals(KmsError.AccessDeniedException, refused(() -> iam.listUsers(kmsOnly, 0, 10)).error());
        assertEquals(KmsError.AccessDeniedException, refused(() -> accessKeys.createAccessKey(kmsOnly, user)).error());
        assertEquals(KmsError.AccessDeniedException, refused(() -> loginProfiles.createLoginProfile(kmsOnly, user, GOOD_PASSWORD)).error());
        assertEquals(KmsError.AccessDeniedException, refused(() -> iam.deleteUserPolicy(kmsOnly, user, "all-kms")).error());
        assertTrue(accessKeys.listAccessKeys(ADMIN, user).isEmpty());
    }
}
