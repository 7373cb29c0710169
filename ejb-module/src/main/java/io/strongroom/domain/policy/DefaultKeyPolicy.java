package io.strongroom.domain.policy;

/**
 * The key policy AWS gives a key created without one: the account root may do everything, which
 * delegates access to the identity policies of the account's users.
 */
public final class DefaultKeyPolicy {

    public static final String POLICY_NAME = "default";

    private DefaultKeyPolicy() {
    }

    public static String forAccount(String accountId) {
        return "{\n  \"Version\" : \"2012-10-17\",\n  \"Id\" : \"key-default-1\",\n  \"Statement\" : [ {\n"
                + "    \"Sid\" : \"Enable IAM User Permissions\",\n    \"Effect\" : \"Allow\",\n"
                + "    \"Principal\" : {\n      \"AWS\" : \"arn:aws:iam::" + accountId + ":root\"\n    },\n"
                + "    \"Action\" : \"kms:*\",\n    \"Resource\" : \"*\"\n  } ]\n}";
    }

    /** The identity policy the bootstrap administrator gets (AWS's AdministratorAccess): every action, every resource. */
    public static String administratorAccess() {
        return "{\n  \"Version\" : \"2012-10-17\",\n  \"Statement\" : [ {\n    \"Sid\" : \"AdministratorAccess\",\n"
                + "    \"Effect\" : \"Allow\",\n    \"Action\" : \"*\",\n    \"Resource\" : \"*\"\n  } ]\n}";
    }
}
