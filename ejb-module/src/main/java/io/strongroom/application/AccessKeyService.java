package io.strongroom.application;

import io.strongroom.application.access.AccessControl;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.persistence.ApiCredentialRecord;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;

/**
 * The IAM access-key operations on a user's API credentials: create (the only time the secret is
 * ever handed out), list, activate or deactivate, delete. An inactive key stays stored but
 * {@link ApiCredentials#resolve} no longer finds it, so requests signed with it are refused.
 */
@Stateless
@Interceptors(AuditedFailures.class)
public class AccessKeyService {

    /** IAM's quota of access keys per user: two, so one can be rotated while the other works. */
    public static final int MAX_ACCESS_KEYS_PER_USER = 2;
    public static final String ACTIVE = "Active";
    public static final String INACTIVE = "Inactive";

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new access key; the secret exists only in this value and, sealed, in the database. */
    public record NewAccessKey(String accessKeyId, String principalArn, String secretAccessKey) {
        @Override
        public String toString() {
            return "NewAccessKey[" + accessKeyId + ", " + principalArn + "]";
        }
    }

    /** What is known about an access key after its creation: never its secret. */
    public record AccessKeyMetadata(String accessKeyId, String userName, String status, Instant createDate)
            implements Serializable {
        public boolean active() {
            return ACTIVE.equals(status);
        }
    }

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;
    @Inject
    private IamUsers users;
    @Inject
    private AccessControl accessControl;
    @Inject
    private AuditLog auditLog;
    @EJB
    private ApiCredentials apiCredentials;

    public NewAccessKey createAccessKey(CallerContext caller, String userName) {
        String arn = users.existing(userName);
        accessControl.authorizeIdentityOnly(caller, "iam:CreateAccessKey", arn);
        if (records(arn).size() >= MAX_ACCESS_KEYS_PER_USER) {
            throw new KmsException(KmsError.LimitExceededException,
                    "Cannot exceed quota for AccessKeysPerUser: " + MAX_ACCESS_KEYS_PER_USER);
        }
        String accessKeyId = "AKIA" + random(16);
        String secret = random(40);
        apiCredentials.create(accessKeyId, arn, secret);
        auditLog.recordWithStateChange(AuditEvent.of(caller, "CreateAccessKey", null, AuditEvent.SUCCESS));
        return new NewAccessKey(accessKeyId, arn, secret);
    }

    /** The user's access keys, oldest first, with their status. */
    public List<AccessKeyMetadata> listAccessKeys(CallerContext caller, String userName) {
        String arn = users.existing(userName);
        accessControl.authorizeIdentityOnly(caller, "iam:ListAccessKeys", arn);
        List<AccessKeyMetadata> keys = records(arn).stream().map(record -> new AccessKeyMetadata(
                record.getAccessKeyId(), userName, record.isEnabled() ? ACTIVE : INACTIVE, record.getCreatedAt())).toList();
        auditLog.recordDurably(AuditEvent.of(caller, "ListAccessKeys", null, AuditEvent.SUCCESS));
        return keys;
    }

    /** @param status "Active" or "Inactive" (ValidationException naming status otherwise) */
    public void updateAccessKey(CallerContext caller, String userName, String accessKeyId, String status) {
        String arn = users.existing(userName);
        if (!ACTIVE.equals(status) && !INACTIVE.equals(status)) {
            throw KmsException.validation("status", "Member must satisfy enum value set: [Active, Inactive]");
        }
        accessControl.authorizeIdentityOnly(caller, "iam:UpdateAccessKey", arn);
        record(arn, accessKeyId).setEnabled(ACTIVE.equals(status));
        auditLog.recordWithStateChange(AuditEvent.of(caller, "UpdateAccessKey", null, AuditEvent.SUCCESS));
    }

    /** Deletes the key for good: requests signed with it are refused from now on. */
    public void deleteAccessKey(CallerContext caller, String userName, String accessKeyId) {
        String arn = users.existing(userName);
        accessControl.authorizeIdentityOnly(caller, "iam:DeleteAccessKey", arn);
        em.remove(record(arn, accessKeyId));
        auditLog.recordWithStateChange(AuditEvent.of(caller, "DeleteAccessKey", null, AuditEvent.SUCCESS));
    }

    private List<ApiCredentialRecord> records(String arn) {
        return em.createNamedQuery("ApiCredentialRecord.forPrincipal", ApiCredentialRecord.class)
                .setParameter("principalArn", arn).getResultList();
    }

    /** A key of another user is as unknown as a key that does not exist. */
    private ApiCredentialRecord record(String arn, String accessKeyId) {
        ApiCredentialRecord record = accessKeyId == null || accessKeyId.length() > 128 ? null
                : em.find(ApiCredentialRecord.class, accessKeyId);
        if (record == null || !record.getPrincipalArn().equals(arn)) {
            throw new KmsException(KmsError.NotFoundException, "The Access Key with id " + accessKeyId + " cannot be found.");
        }
        return record;
    }

    private static String random(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
