package io.strongroom.application;

import io.strongroom.application.access.AccessControl;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;

/**
 * Console access of a user, named as IAM names it (a login profile): the user signs in to the
 * console with its user name and this password, and acts there as its own principal, under its
 * own identity policies. The password is kept only as a PBKDF2 hash by {@link ConsoleAccounts}.
 */
@Stateless
@Interceptors(AuditedFailures.class)
public class LoginProfileService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 128;

    @Inject
    private IamUsers users;
    @Inject
    private AccessControl accessControl;
    @Inject
    private AuditLog auditLog;
    @EJB
    private ConsoleAccounts accounts;

    /** Gives the user console access; EntityAlreadyExists (AlreadyExistsException) when it has it. */
    public void createLoginProfile(CallerContext caller, String userName, String password) {
        String arn = users.existing(userName);
        checkPassword(password);
        accessControl.authorizeIdentityOnly(caller, "iam:CreateLoginProfile", arn);
        if (accounts.exists(userName)) {
            throw new KmsException(KmsError.AlreadyExistsException, "Login Profile for user " + userName + " already exists.");
        }
        accounts.create(userName, arn, password.toCharArray());
        auditLog.recordWithStateChange(AuditEvent.of(caller, "CreateLoginProfile", null, AuditEvent.SUCCESS));
    }

    /** Replaces the console password of a user that has console access. */
    public void updateLoginProfile(CallerContext caller, String userName, String password) {
        String arn = users.existing(userName);
        checkPassword(password);
        accessControl.authorizeIdentityOnly(caller, "iam:UpdateLoginProfile", arn);
        accounts.replacePassword(existingLogin(userName), password.toCharArray());
        auditLog.recordWithStateChange(AuditEvent.of(caller, "UpdateLoginProfile", null, AuditEvent.SUCCESS));
    }

    /** Takes console access away; API access keys are not affected. */
    public void deleteLoginProfile(CallerContext caller, String userName) {
        String arn = users.existing(userName);
        accessControl.authorizeIdentityOnly(caller, "iam:DeleteLoginProfile", arn);
        accounts.delete(existingLogin(userName));
        auditLog.recordWithStateChange(AuditEvent.of(caller, "DeleteLoginProfile", null, AuditEvent.SUCCESS));
    }

    private String existingLogin(String userName) {
        if (!accounts.exists(userName)) {
            throw new KmsException(KmsError.NotFoundException, "Login Profile for User " + userName + " cannot be found.");
        }
        return userName;
    }

    /** The message names the rule only: a password never goes into an error or the audit trail. */
    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw KmsException.validation("password", "Password must be at least " + MIN_PASSWORD_LENGTH + " characters long.");
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            throw KmsException.validation("password", "Password must be at most " + MAX_PASSWORD_LENGTH + " characters long.");
        }
    }
}
