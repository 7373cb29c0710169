package io.strongroom.application;

import io.strongroom.application.access.AccessControl;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.policy.DefaultKeyPolicy;
import io.strongroom.domain.policy.PolicyDocument;
import io.strongroom.persistence.ConsoleUserRecord;
import io.strongroom.persistence.IamUserRecord;
import io.strongroom.persistence.IdentityPolicyRecord;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The account's users and the identity policies attached to them: what the default key policy
 * delegates to. These are IAM operations (authorized as {@code iam:*} actions by the caller's
 * identity policies), served in-process and to administrators, never on the KMS endpoint. Access
 * keys are {@link AccessKeyService}'s, console logins {@link LoginProfileService}'s.
 */
@Stateless
@Interceptors(AuditedFailures.class)
public class IamService {

    public static final String ADMINISTRATOR_POLICY = "AdministratorAccess";
    private static final Pattern POLICY_NAME = Pattern.compile("[\\w+=,.@-]{1,128}");
    private static final int MAX_PAGE = 1000;

    /** One row of the user list: what an administrator checks before changing or deleting a user. */
    public record UserSummary(String userName, String arn, Instant createDate, long accessKeyCount,
                              boolean consoleAccess) implements Serializable {
    }

    /** One page of users and how many there are in all. */
    public record UserPage(List<UserSummary> users, long total) implements Serializable {
    }

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;
    @Inject
    private IamUsers users;
    @Inject
    private AccessControl accessControl;
    @Inject
    private AuditLog auditLog;

    /** @return the new user's ARN */
    public String createUser(CallerContext caller, String userName) {
        String arn = users.arnOf(userName);
        accessControl.authorizeIdentityOnly(caller, "iam:CreateUser", arn);
        if (em.find(IamUserRecord.class, userName) != null) {
            throw new KmsException(KmsError.AlreadyExistsException, "User with name " + userName + " already exists.");
        }
        em.persist(new IamUserRecord(userName, arn, Instant.now()));
        auditLog.recordWithStateChange(AuditEvent.of(caller, "CreateUser", null, AuditEvent.SUCCESS));
        return arn;
    }

    /**
     * Users by name, with their access-key count and whether they can sign in to the console:
     * three queries per page whatever its size.
     */
    public UserPage listUsers(CallerContext caller, int first, int maxItems) {
        accessControl.authorizeIdentityOnly(caller, "iam:ListUsers", "*");
        if (first < 0) {
            throw KmsException.validation("first", "Member must have value greater than or equal to 0");
        }
        if (maxItems < 1 || maxItems > MAX_PAGE) {
            throw KmsException.validation("maxItems", "Member must have value between 1 and " + MAX_PAGE);
        }
        long total = em.createNamedQuery("IamUserRecord.count", Long.class).getSingleResult();
        List<IamUserRecord> page = em.createNamedQuery("IamUserRecord.page", IamUserRecord.class)
                .setFirstResult(first).setMaxResults(maxItems).getResultList();
        List<UserSummary> summaries = page.isEmpty() ? List.of() : summaries(page);
        auditLog.recordDurably(AuditEvent.of(caller, "ListUsers", null, AuditEvent.SUCCESS));
        return new UserPage(summaries, total);
    }

    /** One user with its access-key count and whether it can sign in to the console. */
    public UserSummary getUser(CallerContext caller, String userName) {
        String arn = users.existing(userName);
        accessControl.authorizeIdentityOnly(caller, "iam:GetUser", arn);
        UserSummary user = summaries(List.of(em.find(IamUserRecord.class, userName))).get(0);
        auditLog.recordDurably(AuditEvent.of(caller, "GetUser", null, AuditEvent.SUCCESS));
        return user;
    }

    /**
     * Deletes a user that has nothing attached any more, as IAM does: access keys, inline policies
     * and the console login go first (DeleteConflictException otherwise). The bootstrap
     * administrator is never deleted.
     */
    public void deleteUser(CallerContext caller, String userName) {
        String arn = users.existing(userName);
        accessControl.authorizeIdentityOnly(caller, "iam:DeleteUser", arn);
        if (IamUsers.BOOTSTRAP_ADMINISTRATOR.equals(userName)) {
            throw new KmsException(KmsError.DeleteConflictException,
                    "The user " + userName + " is the bootstrap administrator and cannot be deleted.");
        }
        long accessKeys = em.createNamedQuery("ApiCredentialRecord.forPrincipal").setParameter("principalArn", arn)
                .getResultList().size();
        long policies = em.createNamedQuery("IdentityPolicyRecord.forPrincipal").setParameter("principalArn", arn)
                .getResultList().size();
        boolean login = em.find(ConsoleUserRecord.class, userName) != null;
        if (accessKeys > 0 || policies > 0 || login) {
            throw new KmsException(KmsError.DeleteConflictException, "Cannot delete entity, must delete "
                    + (accessKeys > 0 ? "access keys" : policies > 0 ? "policies" : "login profile") + " first.");
        }
        em.remove(em.find(IamUserRecord.class, userName));
        auditLog.recordWithStateChange(AuditEvent.of(caller, "DeleteUser", null, AuditEvent.SUCCESS));
    }

    /** Attaches (or replaces) an inline identity policy; the document is validated first. */
    public void putUserPolicy(CallerContext caller, String userName, String policyName, String document) {
        String arn = users.existing(userName);
        checkPolicyName(policyName);
        accessControl.authorizeIdentityOnly(caller, "iam:PutUserPolicy", arn);
        PolicyDocument.parse(document, PolicyDocument.Kind.IDENTITY_POLICY);
        store(arn, policyName, document);
        auditLog.recordWithStateChange(AuditEvent.of(caller, "PutUserPolicy", null, AuditEvent.SUCCESS));
    }

    /** @return the inline policy's document as it was stored */
    public String getUserPolicy(CallerContext caller, String userName, String policyName) {
        String arn = users.existing(userName);
        checkPolicyName(policyName);
        accessControl.authorizeIdentityOnly(caller, "iam:GetUserPolicy", arn);
        String document = policy(arn, policyName).getDocument();
        auditLog.recordDurably(AuditEvent.of(caller, "GetUserPolicy", null, AuditEvent.SUCCESS));
        return document;
    }

    public void deleteUserPolicy(CallerContext caller, String userName, String policyName) {
        String arn = users.existing(userName);
        accessControl.authorizeIdentityOnly(caller, "iam:DeleteUserPolicy", arn);
        em.remove(policy(arn, policyName));
        auditLog.recordWithStateChange(AuditEvent.of(caller, "DeleteUserPolicy", null, AuditEvent.SUCCESS));
    }

    public List<String> listUserPolicies(CallerContext caller, String userName) {
        String arn = users.existing(userName);
        accessControl.authorizeIdentityOnly(caller, "iam:ListUserPolicies", arn);
        return em.createNamedQuery("IdentityPolicyRecord.forPrincipal", IdentityPolicyRecord.class)
                .setParameter("principalArn", arn).getResultStream().map(IdentityPolicyRecord::getPolicyName).toList();
    }

    /**
     * Bootstrap: the administrator user exists and has full access. Idempotent, so databases
     * created before identity policies existed get it on their next start.
     */
    public void ensureAdministrator(String userName) {
        String arn = users.arnOf(userName);
        if (em.find(IamUserRecord.class, userName) == null) {
            em.persist(new IamUserRecord(userName, arn, Instant.now()));
            em.flush();
        }
        if (em.find(IdentityPolicyRecord.class, new IdentityPolicyRecord.PolicyId(arn, ADMINISTRATOR_POLICY)) == null) {
            em.persist(new IdentityPolicyRecord(arn, ADMINISTRATOR_POLICY, DefaultKeyPolicy.administratorAccess(), Instant.now()));
        }
    }

    private List<UserSummary> summaries(List<IamUserRecord> page) {
        List<String> arns = page.stream().map(IamUserRecord::getPrincipalArn).toList();
        Map<String, Long> keyCounts = em.createNamedQuery("ApiCredentialRecord.countByPrincipal", Object[].class)
                .setParameter("principalArns", arns).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
        Set<String> withLogin = Set.copyOf(em.createNamedQuery("ConsoleUserRecord.usernamesIn", String.class)
                .setParameter("usernames", page.stream().map(IamUserRecord::getUserName).toList()).getResultList());
        return page.stream().map(user -> new UserSummary(user.getUserName(), user.getPrincipalArn(), user.getCreatedAt(),
                keyCounts.getOrDefault(user.getPrincipalArn(), 0L), withLogin.contains(user.getUserName()))).toList();
    }

    private IdentityPolicyRecord policy(String arn, String policyName) {
        IdentityPolicyRecord record = policyName == null ? null
                : em.find(IdentityPolicyRecord.class, new IdentityPolicyRecord.PolicyId(arn, policyName));
        if (record == null) {
            throw new KmsException(KmsError.NotFoundException, "The user policy with name " + policyName + " cannot be found.");
        }
        return record;
    }

    private static void checkPolicyName(String policyName) {
        if (policyName == null || !POLICY_NAME.matcher(policyName).matches()) {
            throw KmsException.validation("policyName", "Member must satisfy regular expression pattern: [\\w+=,.@-]{1,128}");
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
}
