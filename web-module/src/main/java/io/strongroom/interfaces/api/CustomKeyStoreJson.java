package io.strongroom.interfaces.api;

import io.strongroom.application.CustomKeyStoreSettings;
import io.strongroom.application.CustomKeyStoreView;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The wire forms the custom key store operations share: the external key store members of
 * CreateCustomKeyStore and UpdateCustomKeyStore, and one CustomKeyStoresListEntry. The CloudHSM
 * members are refused rather than ignored, since CloudHSM key stores are not offered.
 */
final class CustomKeyStoreJson {

    private CustomKeyStoreJson() {
    }

    /**
     * @param nameMember CustomKeyStoreName (create) or NewCustomKeyStoreName (update)
     * @param type       the CustomKeyStoreType asked for (null on update)
     */
    static CustomKeyStoreSettings settings(JsonInput input, String nameMember, String type) {
        for (String cloudHsm : new String[] {"CloudHsmClusterId", "TrustAnchorCertificate", "KeyStorePassword"}) {
            input.refuseWhenPresent(cloudHsm, "CloudHSM key stores are not offered; use EXTERNAL_KEY_STORE");
        }
        JsonInput credential = input.optionalObject("XksProxyAuthenticationCredential");
        return new CustomKeyStoreSettings(
                input.optionalString(nameMember),
                type,
                input.optionalString("XksProxyUriEndpoint"),
                input.optionalString("XksProxyUriPath"),
                input.optionalString("XksProxyConnectivity"),
                input.optionalString("XksProxyVpcEndpointServiceName"),
                input.optionalString("XksProxyVpcEndpointServiceOwner"),
                credential == null ? null : credential.requiredString("AccessKeyId"),
                credential == null ? null : credential.requiredString("RawSecretAccessKey"));
    }

    /** One CustomKeyStoresListEntry: ConnectionErrorCode only when FAILED; never the secret. */
    static JsonObject entry(CustomKeyStoreView store) {
        JsonObjectBuilder proxy = ApiJson.createObjectBuilder()
                .add("Connectivity", store.xksProxyConnectivity())
                .add("AccessKeyId", store.accessKeyId())
                .add("UriEndpoint", store.xksProxyUriEndpoint())
                .add("UriPath", store.xksProxyUriPath());
        addIfSet(proxy, "VpcEndpointServiceName", store.xksProxyVpcEndpointServiceName());
        addIfSet(proxy, "VpcEndpointServiceOwner", store.xksProxyVpcEndpointServiceOwner());
        JsonObjectBuilder entry = ApiJson.createObjectBuilder()
                .add("CustomKeyStoreId", store.customKeyStoreId())
                .add("CustomKeyStoreName", store.customKeyStoreName())
                .add("ConnectionState", store.connectionState());
        addIfSet(entry, "ConnectionErrorCode", store.connectionErrorCode());
        return entry.add("CreationDate", JsonOutput.timestamp(store.creationDate()))
                .add("CustomKeyStoreType", store.customKeyStoreType())
                .add("XksProxyConfiguration", proxy)
                .build();
    }

    private static void addIfSet(JsonObjectBuilder json, String member, String value) {
        if (value != null) {
            json.add(member, value);
        }
    }
}
