package io.strongroom.application.access;

import io.strongroom.application.CallerContext;
import io.strongroom.client.KmsException;
import io.strongroom.domain.Key;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.domain.policy.DefaultKeyPolicy;
import io.strongroom.domain.policy.PolicyDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Setting a key's policy, shared by CreateKey and PutKeyPolicy: the document is validated, the
 * lockout safety check runs unless bypassed, and only then is the policy stored on the key.
 */
@ApplicationScoped
public class KeyPolicies {

    @Inject
    private AccessControl accessControl;
    @Inject
    private RegionIdentity region;

    /** The policy of a new key: the caller's document, or the account's default key policy. */
    public void applyToNewKey(CallerContext caller, Key key, String policy, boolean bypassLockoutCheck) {
        if (policy == null) {
            key.record().setPolicy(DefaultKeyPolicy.forAccount(region.accountId()));
            return;
        }
        replace(caller, key, policy, bypassLockoutCheck);
    }

    /** Validates and stores a new policy on an existing key (the caller is already authorized). */
    public void replace(CallerContext caller, Key key, String policy, boolean bypassLockoutCheck) {
        if (policy == null) {
            throw KmsException.validation("policy", "Member must not be null");
        }
        PolicyDocument document = accessControl.parse(policy, PolicyDocument.Kind.KEY_POLICY);
        if (!bypassLockoutCheck && caller != null) {
            accessControl.ensureNoLockout(caller, key, document);
        }
        key.record().setPolicy(policy);
    }

    /** The policy text as the key has it (keys from before policies existed have the default). */
    public String current(Key key) {
        return accessControl.keyPolicy(key).text();
    }
}
