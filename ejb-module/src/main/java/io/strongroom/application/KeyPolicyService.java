package io.strongroom.application;

import io.strongroom.application.access.KeyPolicies;
import io.strongroom.client.KmsException;
import io.strongroom.domain.Key;
import io.strongroom.domain.KeyOperation;
import io.strongroom.domain.KeyReference;
import io.strongroom.domain.KeyRepository;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.domain.policy.DefaultKeyPolicy;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.List;
import java.util.regex.Pattern;

/** GetKeyPolicy, PutKeyPolicy, ListKeyPolicies: a key has exactly one policy, named "default". */
@Stateless
@Interceptors(AuditedFailures.class)
public class KeyPolicyService {

    private static final Pattern POLICY_NAME = Pattern.compile("[\\w]{1,128}");

    @Inject
    private KeyRepository keys;
    @Inject
    private KeyPolicies policies;
    @Inject
    private AuditLog auditLog;
    @Inject
    private RegionIdentity region;

    /** @param policyName null means "default" */
    public String getKeyPolicy(CallerContext caller, String keyId, String policyName) {
        checkPolicyName(policyName);
        Key key = keys.find(KeyReference.parse("keyId", keyId, region), keyId);
        key.ensureAllowed(KeyOperation.READ_OR_POLICY);
        if (policyName != null && !DefaultKeyPolicy.POLICY_NAME.equals(policyName)) {
            throw KmsException.notFound("Key policy '" + policyName + "' of " + key.id());
        }
        String policy = policies.current(key);
        auditLog.recordDurably(AuditEvent.of(caller, "GetKeyPolicy", key.id(), AuditEvent.SUCCESS));
        return policy;
    }

    public void putKeyPolicy(CallerContext caller, String keyId, String policyName, String policy,
                             boolean bypassPolicyLockoutSafetyCheck) {
        checkPolicyName(policyName);
        if (policyName != null && !DefaultKeyPolicy.POLICY_NAME.equals(policyName)) {
            throw KmsException.validation("policyName", "The only valid key policy name is default");
        }
        if (policy == null) {
            throw KmsException.validation("policy", "Member must not be null");
        }
        Key key = keys.find(KeyReference.parse("keyId", keyId, region), keyId);
        key.ensureAllowed(KeyOperation.READ_OR_POLICY);
        policies.replace(caller, key, policy, bypassPolicyLockoutSafetyCheck);
        auditLog.recordWithStateChange(AuditEvent.of(caller, "PutKeyPolicy", key.id(), AuditEvent.SUCCESS));
    }

    /** Always ["default"]; Limit is validated (1..1000) as AWS does, there is never a next page. */
    public List<String> listKeyPolicies(CallerContext caller, String keyId, Integer limit) {
        if (limit != null && (limit < 1 || limit > 1000)) {
            throw KmsException.validation("limit", "Member must have value between 1 and 1000");
        }
        Key key = keys.find(KeyReference.parse("keyId", keyId, region), keyId);
        key.ensureAllowed(KeyOperation.READ_OR_POLICY);
        auditLog.recordDurably(AuditEvent.of(caller, "ListKeyPolicies", key.id(), AuditEvent.SUCCESS));
        return List.of(DefaultKeyPolicy.POLICY_NAME);
    }

    private static void checkPolicyName(String policyName) {
        if (policyName != null && !POLICY_NAME.matcher(policyName).matches()) {
            throw KmsException.validation("policyName", "Member must satisfy regular expression pattern: [\\w]+");
        }
    }
}
