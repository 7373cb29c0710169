package io.strongroom.application;

/**
 * CreateCustomKeyStore input, or UpdateCustomKeyStore input where null members keep their current
 * value. Validated by the service against every constraint of KMS-SPEC §5; the secret is sealed
 * at once and never stored, logged or returned in plaintext.
 */
public record CustomKeyStoreSettings(String customKeyStoreName, String customKeyStoreType, String xksProxyUriEndpoint,
                                     String xksProxyUriPath, String xksProxyConnectivity,
                                     String xksProxyVpcEndpointServiceName, String xksProxyVpcEndpointServiceOwner,
                                     String accessKeyId, String rawSecretAccessKey) {

    @Override
    public String toString() {
        return "CustomKeyStoreSettings[" + customKeyStoreName + ", " + xksProxyUriEndpoint + xksProxyUriPath + ", "
                + xksProxyConnectivity + ", accessKeyId=" + accessKeyId + "]";
    }
}
