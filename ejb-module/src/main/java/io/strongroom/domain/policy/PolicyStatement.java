package io.strongroom.domain.policy;

import java.util.List;

/**
 * One statement of a policy document. Lists are already validated; {@code principals} is null in
 * identity policies (they apply to the user they are attached to).
 */
public record PolicyStatement(String sid, boolean allow, List<String> principals, boolean notPrincipal,
                              List<String> actions, boolean notAction, List<String> resources, boolean notResource,
                              List<Condition> conditions) {

    /** How a statement's principal relates to the caller. */
    public enum PrincipalMatch { NONE, DIRECT, ACCOUNT }

    /** One condition key under one operator: any of the values may match. */
    public record Condition(ConditionOperator operator, String key, List<String> values) {
    }

    public PrincipalMatch principalMatch(String principalArn, String accountId) {
        if (principals == null) {
            return PrincipalMatch.DIRECT;
        }
        PrincipalMatch match = PrincipalMatch.NONE;
        String root = "arn:aws:iam::" + accountId + ":root";
        for (String principal : principals) {
            if ("*".equals(principal) || principal.equals(principalArn)) {
                match = PrincipalMatch.DIRECT;
                break;
            }
            if (principal.equals(root) || principal.equals(accountId)) {
                match = PrincipalMatch.ACCOUNT;
            }
        }
        if (notPrincipal) {
            // NotPrincipal applies to everybody it does not name; naming the account excludes all of it.
            return match == PrincipalMatch.NONE ? PrincipalMatch.DIRECT : PrincipalMatch.NONE;
        }
        return match;
    }

    /** Action, resource and conditions (the principal is matched separately). */
    public boolean appliesTo(AccessRequest request) {
        boolean actionListed = actions.stream().anyMatch(a -> Wildcard.matches(a, request.action(), true));
        if (actionListed == notAction) {
            return false;
        }
        boolean resourceListed = resources.stream().anyMatch(r -> Wildcard.matches(r, request.resource(), false));
        if (resourceListed == notResource) {
            return false;
        }
        return conditions.stream().allMatch(c -> c.operator().test(c.values(), request.values(c.key())));
    }
}
