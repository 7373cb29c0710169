package io.strongroom.domain.policy;

import java.util.List;

/**
 * The AWS KMS evaluation logic for one account: an explicit Deny in the key policy or an identity
 * policy wins; otherwise the request is allowed when the key policy allows the caller directly, or
 * allows the caller's account (delegation to IAM) and an identity policy of the caller allows it;
 * otherwise it is implicitly denied.
 */
public final class PolicyEvaluator {

    private PolicyEvaluator() {
    }

    /**
     * @param keyPolicy        the key's policy, or null for operations without a key (identity policies only)
     * @param identityPolicies the policies attached to the caller
     */
    public static PolicyDecision evaluate(PolicyDocument keyPolicy, List<PolicyDocument> identityPolicies,
                                          AccessRequest request) {
        boolean identityAllows = false;
        for (PolicyDocument policy : identityPolicies) {
            for (PolicyStatement statement : policy.statements()) {
                if (statement.appliesTo(request)) {
                    if (!statement.allow()) {
                        return PolicyDecision.deny("with an explicit deny in an identity-based policy");
                    }
                    identityAllows = true;
                }
            }
        }
        if (keyPolicy == null) {
            return identityAllows ? PolicyDecision.ALLOW
                    : PolicyDecision.deny("because no identity-based policy allows the " + request.action() + " action");
        }
        boolean directAllow = false;
        boolean accountAllow = false;
        for (PolicyStatement statement : keyPolicy.statements()) {
            PolicyStatement.PrincipalMatch match = statement.principalMatch(request.principalArn(), request.accountId());
            if (match == PolicyStatement.PrincipalMatch.NONE || !statement.appliesTo(request)) {
                continue;
            }
            if (!statement.allow()) {
                // A Deny naming the account applies to every principal of the account.
                return PolicyDecision.deny("with an explicit deny in a resource-based policy");
            }
            directAllow |= match == PolicyStatement.PrincipalMatch.DIRECT;
            accountAllow |= match == PolicyStatement.PrincipalMatch.ACCOUNT;
        }
        if (directAllow || (accountAllow && identityAllows)) {
            return PolicyDecision.ALLOW;
        }
        if (accountAllow) {
            return PolicyDecision.deny("because no identity-based policy allows the " + request.action() + " action");
        }
        return PolicyDecision.deny("because no resource-based policy allows the " + request.action() + " action");
    }
}
