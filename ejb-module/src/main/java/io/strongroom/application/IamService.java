package io.strongroom.application;

import io.strongroom.application.access.AccessControl;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.domain.policy.DefaultKeyPolicy;
import io.strongroom.domain.policy.PolicyDocument;
import io.strongroom.persistence.IamUserRecord;
import io.strongroom.persistence.IdentityPolicyRecord;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The account's users, their access keys and the identity policies attached to them: what the
 * default key policy delegates to. These are IAM operations (authorized as {@code iam:*} actions
 * by the caller's identity policies), served in-process and to administrators, never on the KMS endpoint.
 */
@Stateless
@Interceptors(AuditedFailures.class)
public class IamService {

    public static final String ADMINISTRATOR_POLICY = "AdministratorAccess";
    private static final Pattern NAME = Pattern.compile("[\\w+=,.@-]{1,64}");
    private static final Pattern POLICY_NAME = Pattern.compile("[\\w+=,.@-]{1,128}");
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new access key; the secret exists only in this value and, sealed, in the database. */
    public record NewAccessKey(String accessKeyId, String principalArn, String secretAccessKey) {
        @Override
        public String toString() {
            return "NewAccessKey[" + accessKeyId + ", " + principalArn + "]";
        }
    }

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;
    @Inject
    private RegionIdentity region;
    @Inject
    private AccessControl accessControl;
    @Inject
    private AuditLog auditLog;
    @EJB
    private ApiCredentials apiCredentials;

    /** @return the new user's ARN */
    public String createUser(CallerContext caller, String userName) {
        String arn = userArn(userName);
        accessControl.authorizeIdentityOnly(caller, "iam:CreateUser", arn);
        if (em.find(IamUserRecord.class, userName) != null) {
            throw new KmsException(KmsError.AlreadyExistsException, "User with name " + userName + " already exists.");
        }
        em.persist(new IamUserRecord(userName, arn, Instant.now()));
        auditLog.recordWithStateChange(AuditEvent.of(caller, "CreateUser", null, AuditEvent.SUCCESS));
        return arn;
    }

    public NewAccessKey createAccessKey(CallerContext caller, String userName) {
        String arn = existingUser(userName);
        accessControl.authorizeIdentityOnly(caller, "iam:CreateAccessKey", arn);
        String accessKeyId = "AKIA" + random(16);
        String secret = random(40);
        apiCredentials.create(accessKeyId, arn, secret);
        auditLog.recordWithStateChange(AuditEvent.of(caller, "CreateAccessKey", null, AuditEvent.SUCCESS));
        return new NewAccessKey(accessKeyId, arn, secret);
    }

    /** Attaches (or replaces) an inline identity policy; the document is validated first. */
    public void putUserPolicy(CallerContext caller, String userName, String policyName, String document) {
        String arn = existingUser(userName);
        if (policyName == null || !POLICY_NAME.matcher(policyName).matches()) {
            throw KmsException.validation("policyName", "Member must satisfy regular expression pattern: [\\w+=,.@-]{1,128}");
        }
        accessControl.authorizeIdentityOnly(caller, "iam:PutUserPolicy", arn);
        PolicyDocument.parse(document, PolicyDocument.Kind.IDENTITY_POLICY);
        store(arn, policyName, document);
        auditLog.recordWithStateChange(AuditEvent.of(caller, "PutUserPolicy", null, AuditEvent.SUCCESS));
    }

    public void deleteUserPolicy(CallerContext caller, String userName, String policyName) {
        String arn = existingUser(userName);
        accessControl.authorizeIdentityOnly(caller, "iam:DeleteUserPolicy", arn);
        IdentityPolicyRecord record = em.find(IdentityPolicyRecord.class, new IdentityPolicyRecord.PolicyId(arn, policyName));
        if (record == null) {
            throw new KmsException(KmsError.NotFoundException, "The user policy with name " + policyName + " cannot be found.");
        }
        em.remove(record);
        auditLog.recordWithStateChange(AuditEvent.of(caller, "DeleteUserPolicy", null, AuditEvent.SUCCESS));
    }

    public List<String> listUserPolicies(CallerContext caller, String userName) {
        String arn = existingUser(userName);
        accessControl.authorizeIdentityOnly(caller, "iam:ListUserPolicies", arn);
        return em.createNamedQuery("IdentityPolicyRecord.forPrincipal", IdentityPolicyRecord.class)
                .setParameter("principalArn", arn).getResultStream().map(IdentityPolicyRecord::getPolicyName).toList();
    }

    /**
     * Bootstrap: the administrator user exists and has full access. Idempotent, so databases
     * created before identity policies existed get it on their next start.
     */
    public void ensureAdministrator(String userName) {
        String arn = userArn(userName);
        if (em.find(IamUserRecord.class, userName) == null) {
            em.persist(new IamUserRecord(userName, arn, Instant.now()));
            em.flush();
        }
        if (em.find(IdentityPolicyRecord.class, new IdentityPolicyRecord.PolicyId(arn, ADMINISTRATOR_POLICY)) == null) {
            em.persist(new IdentityPolicyRecord(arn, ADMINISTRATOR_POLICY, DefaultKeyPolicy.administratorAccess(), Instant.now()));
        }
    }

    private void store(String arn, String policyName, String document) {
        IdentityPolicyRecord existing = em.find(IdentityPolicyRecord.class, new IdentityPolicyRecord.PolicyId(arn, policyName));
        if (existing != null) {
            existing.replace(document, Instant.now());
        } else {
            em.persist(new IdentityPolicyRecord(arn, policyName, document, Instant.now()));
        }
    }

    private String existingUser(String userName) {
        String arn = userArn(userName);
        if (em.find(IamUserRecord.class, userName) == null) {
            throw new KmsException(KmsError.NotFoundException, "The user with name " + userName + " cannot be found.");
        }
        return arn;
    }

    private String userArn(String userName) {
        if (userName == null || !NAME.matcher(userName).matches()) {
            throw KmsException.validation("userName", "Member must satisfy regular expression pattern: [\\w+=,.@-]{1,64}");
        }
        return region.userArn(userName);
    }

    private static String random(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
