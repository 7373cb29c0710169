package io.strongroom.application;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import java.util.regex.Pattern;

/**
 * The value constraints of CreateCustomKeyStore and UpdateCustomKeyStore for external key stores
 * (KMS-SPEC §5, the AWS model's lengths and patterns). A refusal is a ValidationException that
 * names the member the AWS way and never repeats the value, which may be the secret. Two local
 * liberties, both for trying Strongroom on one machine: an endpoint may carry a port, and may be
 * plain {@code http://} when the operator allows it.
 */
public final class CustomKeyStoreRules {

    public static final String EXTERNAL_KEY_STORE = "EXTERNAL_KEY_STORE";
    public static final String AWS_CLOUDHSM = "AWS_CLOUDHSM";
    public static final String PUBLIC_ENDPOINT = "PUBLIC_ENDPOINT";
    public static final String VPC_ENDPOINT_SERVICE = "VPC_ENDPOINT_SERVICE";

    private static final Pattern HTTPS_ENDPOINT = Pattern.compile("https://[a-zA-Z0-9.-]+(:[0-9]{1,5})?");
    private static final Pattern HTTP_ENDPOINT = Pattern.compile("https?://[a-zA-Z0-9.-]+(:[0-9]{1,5})?");
    private static final Pattern PATH = Pattern.compile("(/[a-zA-Z0-9/_-]+/kms/xks/v\\d{1,2})|(/kms/xks/v\\d{1,2})");
    private static final Pattern VPC_SERVICE_NAME =
            Pattern.compile("com\\.amazonaws\\.vpce\\.([a-z]+-){2,3}\\d+\\.vpce-svc-[0-9a-z]+");
    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");
    private static final Pattern ACCESS_KEY_ID = Pattern.compile("[A-Z2-7]+");
    private static final Pattern SECRET = Pattern.compile("[a-zA-Z0-9/+=]+");
    private static final Pattern STORE_ID = Pattern.compile("cks-[0-9a-f]{17}");

    private CustomKeyStoreRules() {
    }

    /** Every member CreateCustomKeyStore needs for an external key store, and nothing inconsistent. */
    public static void validateCreate(CustomKeyStoreSettings settings, boolean allowHttp) {
        checkName("customKeyStoreName", required("customKeyStoreName", settings.customKeyStoreName()));
        checkType(settings.customKeyStoreType());
        checkEndpoint(required("xksProxyUriEndpoint", settings.xksProxyUriEndpoint()), allowHttp);
        checkPath(required("xksProxyUriPath", settings.xksProxyUriPath()));
        String connectivity = required("xksProxyConnectivity", settings.xksProxyConnectivity());
        checkConnectivity(connectivity);
        checkVpcService(connectivity, settings.xksProxyVpcEndpointServiceName(), settings.xksProxyVpcEndpointServiceOwner());
        checkCredential(required("xksProxyAuthenticationCredential.accessKeyId", settings.accessKeyId()),
                required("xksProxyAuthenticationCredential.rawSecretAccessKey", settings.rawSecretAccessKey()));
    }

    /** The members UpdateCustomKeyStore was given, each on its own; absent members keep their value. */
    public static void validateChanges(CustomKeyStoreSettings changes, boolean allowHttp) {
        if (changes.customKeyStoreName() != null) {
            checkName("newCustomKeyStoreName", changes.customKeyStoreName());
        }
        if (changes.xksProxyUriEndpoint() != null) {
            checkEndpoint(changes.xksProxyUriEndpoint(), allowHttp);
        }
        if (changes.xksProxyUriPath() != null) {
            checkPath(changes.xksProxyUriPath());
        }
        if (changes.xksProxyConnectivity() != null) {
            checkConnectivity(changes.xksProxyConnectivity());
        }
        if (changes.xksProxyVpcEndpointServiceName() != null) {
            checkLengthAndPattern("xksProxyVpcEndpointServiceName", changes.xksProxyVpcEndpointServiceName(), 20, 64,
                    VPC_SERVICE_NAME);
        }
        if (changes.xksProxyVpcEndpointServiceOwner() != null) {
            checkLengthAndPattern("xksProxyVpcEndpointServiceOwner", changes.xksProxyVpcEndpointServiceOwner(), 12, 12,
                    ACCOUNT_ID);
        }
        if (changes.accessKeyId() != null || changes.rawSecretAccessKey() != null) {
            checkCredential(required("xksProxyAuthenticationCredential.accessKeyId", changes.accessKeyId()),
                    required("xksProxyAuthenticationCredential.rawSecretAccessKey", changes.rawSecretAccessKey()));
        }
    }

    /**
     * The VPC endpoint service members against the connectivity they end up with: required with
     * VPC_ENDPOINT_SERVICE, refused with PUBLIC_ENDPOINT.
     */
    public static void checkVpcService(String connectivity, String serviceName, String serviceOwner) {
        if (VPC_ENDPOINT_SERVICE.equals(connectivity)) {
            checkLengthAndPattern("xksProxyVpcEndpointServiceName",
                    required("xksProxyVpcEndpointServiceName", serviceName), 20, 64, VPC_SERVICE_NAME);
            if (serviceOwner != null) {
                checkLengthAndPattern("xksProxyVpcEndpointServiceOwner", serviceOwner, 12, 12, ACCOUNT_ID);
            }
        } else if (serviceName != null || serviceOwner != null) {
            throw KmsException.validation(serviceName != null ? "xksProxyVpcEndpointServiceName"
                    : "xksProxyVpcEndpointServiceOwner", "Member is only valid with XksProxyConnectivity "
                    + VPC_ENDPOINT_SERVICE);
        }
    }

    /** A store id as DescribeCustomKeyStores and the other operations take it. */
    public static void checkStoreId(String field, String customKeyStoreId) {
        required(field, customKeyStoreId);
        if (customKeyStoreId.isEmpty() || customKeyStoreId.length() > 64) {
            throw KmsException.validation(field, "Member must have length between 1 and 64");
        }
    }

    /** Whether a page marker's store id is one this region could have issued. */
    public static boolean plausibleStoreId(String customKeyStoreId) {
        return STORE_ID.matcher(customKeyStoreId).matches();
    }

    private static void checkName(String field, String name) {
        if (name.isEmpty() || name.length() > 256) {
            throw KmsException.validation(field, "Member must have length between 1 and 256");
        }
    }

    private static void checkType(String type) {
        if (type == null || AWS_CLOUDHSM.equals(type)) {
            throw new KmsException(KmsError.UnsupportedOperationException, "CustomKeyStoreType " + AWS_CLOUDHSM
                    + (type == null ? " (the default)" : "") + " is not offered by Strongroom; use " + EXTERNAL_KEY_STORE);
        }
        if (!EXTERNAL_KEY_STORE.equals(type)) {
            throw KmsException.validation("customKeyStoreType",
                    "Member must satisfy enum value set: [" + AWS_CLOUDHSM + ", " + EXTERNAL_KEY_STORE + "]");
        }
    }

    private static void checkEndpoint(String endpoint, boolean allowHttp) {
        checkLength("xksProxyUriEndpoint", endpoint, 10, 128);
        if (!(allowHttp ? HTTP_ENDPOINT : HTTPS_ENDPOINT).matcher(endpoint).matches()) {
            throw KmsException.validation("xksProxyUriEndpoint", "Member must satisfy regular expression pattern: "
                    + "^https://[a-zA-Z0-9.-]+$ with an optional :port" + (allowHttp ? " (or http://)"
                    : "; plain http:// only when STRONGROOM_XKS_ALLOW_HTTP is true"));
        }
        int colon = endpoint.indexOf(':', endpoint.indexOf("//") + 2);
        if (colon > 0) {
            int port = Integer.parseInt(endpoint.substring(colon + 1));
            if (port < 1 || port > 65535) {
                throw KmsException.validation("xksProxyUriEndpoint", "The port must be between 1 and 65535");
            }
        }
    }

    private static void checkPath(String path) {
        checkLengthAndPattern("xksProxyUriPath", path, 10, 128, PATH);
    }

    private static void checkConnectivity(String connectivity) {
        if (!PUBLIC_ENDPOINT.equals(connectivity) && !VPC_ENDPOINT_SERVICE.equals(connectivity)) {
            throw KmsException.validation("xksProxyConnectivity",
                    "Member must satisfy enum value set: [" + PUBLIC_ENDPOINT + ", " + VPC_ENDPOINT_SERVICE + "]");
        }
    }

    private static void checkCredential(String accessKeyId, String secret) {
        checkLengthAndPattern("xksProxyAuthenticationCredential.accessKeyId", accessKeyId, 20, 30, ACCESS_KEY_ID);
        checkLengthAndPattern("xksProxyAuthenticationCredential.rawSecretAccessKey", secret, 43, 64, SECRET);
    }

    private static void checkLengthAndPattern(String field, String value, int min, int max, Pattern pattern) {
        checkLength(field, value, min, max);
        if (!pattern.matcher(value).matches()) {
            throw KmsException.validation(field, "Member must satisfy regular expression pattern: ^" + pattern + "$");
        }
    }

    private static void checkLength(String field, String value, int min, int max) {
        if (value.length() < min || value.length() > max) {
            throw KmsException.validation(field, min == max ? "Member must have length " + min
                    : "Member must have length between " + min + " and " + max);
        }
    }

    private static String required(String field, String value) {
        if (value == null) {
            throw new KmsException(KmsError.ValidationException, "1 validation error detected: Value null at '"
                    + field + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }
}
