package io.strongroom.application.access;

import io.strongroom.application.CallerContext;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.Key;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.domain.policy.AccessRequest;
import io.strongroom.domain.policy.DefaultKeyPolicy;
import io.strongroom.domain.policy.PolicyDocument;
import io.strongroom.domain.policy.PolicyEvaluator;
import io.strongroom.persistence.IdentityPolicyRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place access decisions are made: it opens the access scope of every service call
 * (authorizing at once the operations that name no key) and authorizes every key a service
 * resolves against the key policy and the caller's identity policies.
 */
@ApplicationScoped
public class AccessControl {

    /** Operations whose resource is "*": authorized by identity policies alone, before they run. */
    static final Set<String> KEYLESS_OPERATIONS = Set.of("CreateKey", "ListKeys", "ListAliases", "GenerateRandom",
            "CreateCustomKeyStore", "DescribeCustomKeyStores", "UpdateCustomKeyStore", "ConnectCustomKeyStore",
            "DisconnectCustomKeyStore", "DeleteCustomKeyStore");
    private static final int POLICY_CACHE_LIMIT = 2048;

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;
    @Inject
    private RegionIdentity region;

    private final Map<String, PolicyDocument> parsed = new ConcurrentHashMap<>();

    /** Opens the scope of a service call; a method without a caller runs in the scope around it. */
    public AccessScope.Handle enter(CallerContext caller, String operation, Object[] arguments) {
        if (caller == null) {
            return AccessScope.inherit();
        }
        AccessScope.Frame frame = new AccessScope.Frame(caller, operation, RequestConditions.of(operation, arguments));
        AccessScope.Handle handle = AccessScope.open(frame);
        if (KEYLESS_OPERATIONS.contains(operation)) {
            try {
                authorize(frame, null, identityPolicies(caller.principalArn()), "kms:" + operation, "*", Map.of());
            } catch (RuntimeException denied) {
                handle.close();
                throw denied;
            }
        }
        return handle;
    }

    /**
     * Authorizes the operation in scope on a key a service resolved.
     *
     * @param requestAlias the alias the caller named the key by, or null
     */
    public void authorizeKey(Key key, String requestAlias) {
        AccessScope.Frame frame = AccessScope.current().orElseThrow(() -> new KmsException(KmsError.KMSInternalException,
                "A key was resolved outside any caller's scope"));
        if (frame.system()) {
            return;
        }
        Map<String, List<String>> keyConditions = new HashMap<>();
        keyConditions.put("kms:KeySpec", List.of(key.spec().name()));
        keyConditions.put("kms:KeyUsage", List.of(key.usage().name()));
        keyConditions.put("kms:KeyOrigin", List.of(key.origin().name()));
        keyConditions.put("kms:MultiRegion", List.of(String.valueOf(key.isMultiRegion())));
        if (key.isMultiRegion()) {
            keyConditions.put("kms:MultiRegionKeyType", List.of(key.topology().type().name()));
        }
        if (requestAlias != null) {
            keyConditions.put("kms:RequestAlias", List.of(requestAlias));
        }
        PolicyDocument keyPolicy = keyPolicy(key);
        // One query for the caller's identity policies per authorization, not one per use.
        List<PolicyDocument> identityPolicies = identityPolicies(frame.caller().principalArn());
        if (mentions(keyPolicy, "kms:resourcealiases")
                || identityPolicies.stream().anyMatch(policy -> mentions(policy, "kms:resourcealiases"))) {
            keyConditions.put("kms:ResourceAliases", aliases(key.id()));
        }
        for (String action : actions(frame.operation())) {
            authorize(frame, keyPolicy, identityPolicies, action, region.keyArn(key.id()), keyConditions);
        }
    }

    /** Authorizes an action on a non-KMS resource (IAM users) by the caller's identity policies. */
    public void authorizeIdentityOnly(CallerContext caller, String action, String resource) {
        authorize(new AccessScope.Frame(caller, action, Map.of()), null, identityPolicies(caller.principalArn()),
                action, resource, Map.of());
    }

    /**
     * The lockout safety check: the new key policy must still let the caller put a key policy.
     * Throws MalformedPolicyDocumentException otherwise, as AWS does.
     */
    public void ensureNoLockout(CallerContext caller, Key key, PolicyDocument newPolicy) {
        AccessRequest request = request(caller, "kms:PutKeyPolicy", region.keyArn(key.id()), Map.of());
        if (!PolicyEvaluator.evaluate(newPolicy, identityPolicies(caller.principalArn()), request).allowed()) {
            throw new KmsException(KmsError.MalformedPolicyDocumentException,
                    "The new key policy will not allow you to update the key policy in the future.");
        }
    }

    /** The key's policy document; keys without a stored one have the account's default policy. */
    public PolicyDocument keyPolicy(Key key) {
        String text = key.record().getPolicy();
        return parse(text == null ? DefaultKeyPolicy.forAccount(region.accountId()) : text, PolicyDocument.Kind.KEY_POLICY);
    }

    public List<PolicyDocument> identityPolicies(String principalArn) {
        return em.createNamedQuery("IdentityPolicyRecord.forPrincipal", IdentityPolicyRecord.class)
                .setParameter("principalArn", principalArn).getResultStream()
                .map(record -> parse(record.getDocument(), PolicyDocument.Kind.IDENTITY_POLICY)).toList();
    }

    private void authorize(AccessScope.Frame frame, PolicyDocument keyPolicy, List<PolicyDocument> identityPolicies,
                           String action, String resource, Map<String, List<String>> keyConditions) {
        Map<String, List<String>> conditions = new HashMap<>(frame.conditions());
        conditions.putAll(keyConditions);
        AccessRequest request = request(frame.caller(), action, resource, conditions);
        PolicyEvaluator.evaluate(keyPolicy, identityPolicies, request).enforce(request);
    }

    private static AccessRequest request(CallerContext caller, String action, String resource,
                                         Map<String, List<String>> conditions) {
        String account = accountOf(caller.principalArn());
        Map<String, List<String>> context = new HashMap<>(conditions);
        context.put("aws:PrincipalArn", List.of(caller.principalArn()));
        context.put("kms:CallerAccount", List.of(account));
        return new AccessRequest(caller.principalArn(), account, action, resource, context);
    }

    /** ReEncrypt needs both halves on each key it touches (AWS grants them as kms:ReEncrypt*). */
    static List<String> actions(String operation) {
        return "ReEncrypt".equals(operation) ? List.of("kms:ReEncryptFrom", "kms:ReEncryptTo") : List.of("kms:" + operation);
    }

    private static String accountOf(String principalArn) {
        String[] parts = principalArn.split(":", 6);
        return parts.length == 6 ? parts[4] : "";
    }

    private static boolean mentions(PolicyDocument policy, String lowerCaseText) {
        return policy.text().toLowerCase(java.util.Locale.ROOT).contains(lowerCaseText);
    }

    private List<String> aliases(String keyId) {
        return em.createQuery("select a.aliasName from KeyAliasRecord a where a.keyId = :keyId", String.class)
                .setParameter("keyId", keyId).getResultList();
    }

    /** Parsed documents are cached by text: the same few policies are evaluated on every call. */
    public PolicyDocument parse(String text, PolicyDocument.Kind kind) {
        if (parsed.size() > POLICY_CACHE_LIMIT) {
            parsed.clear();
        }
        return parsed.computeIfAbsent(kind + "\n" + text, ignored -> PolicyDocument.parse(text, kind));
    }
}
