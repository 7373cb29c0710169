package io.strongroom.domain.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The request a policy is evaluated against: who asks, for which action, on which resource, and
 * the condition keys of the request context. Condition key names compare case-insensitively,
 * except the part after {@code kms:EncryptionContext:}, which is the caller's own key.
 *
 * @param principalArn IAM-style ARN of the caller
 * @param accountId    account of the caller (12 digits)
 * @param action       e.g. {@code kms:Encrypt}
 * @param resource     the key ARN, or {@code *} for operations without a key
 */
public record AccessRequest(String principalArn, String accountId, String action, String resource,
                            Map<String, List<String>> context) {

    static final String ENCRYPTION_CONTEXT_PREFIX = "kms:encryptioncontext:";

    public AccessRequest {
        Map<String, List<String>> normalised = new HashMap<>();
        context.forEach((name, values) -> normalised.put(normalise(name), List.copyOf(values)));
        context = Map.copyOf(normalised);
    }

    /** The same request for another action (lockout check, ReEncryptFrom/To). */
    public AccessRequest withAction(String otherAction) {
        return new AccessRequest(principalArn, accountId, otherAction, resource, context);
    }

    /** The values of a condition key, or null when the request does not carry it. */
    public List<String> values(String conditionKey) {
        return context.get(normalise(conditionKey));
    }

    static String normalise(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith(ENCRYPTION_CONTEXT_PREFIX)) {
            return ENCRYPTION_CONTEXT_PREFIX + name.substring(ENCRYPTION_CONTEXT_PREFIX.length());
        }
        return lower;
    }
}
