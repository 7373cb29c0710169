package io.strongroom.application;

import io.strongroom.infrastructure.xks.XksHealthReport;
import java.time.Instant;

/**
 * One custom key store as DescribeCustomKeyStores and the console show it. Never the secret.
 *
 * @param connectionErrorCode only when FAILED
 * @param credentialUpdatedAt when the proxy credential was set or rotated (its age is a metric)
 * @param keyCount            KMS keys in the store, in any state
 * @param lastHealth          the last GetHealthStatus answer, or null if none succeeded yet
 */
public record CustomKeyStoreView(String customKeyStoreId, String customKeyStoreName, String customKeyStoreType,
                                 String connectionState, String connectionErrorCode, Instant creationDate,
                                 String xksProxyConnectivity, String accessKeyId, String xksProxyUriEndpoint,
                                 String xksProxyUriPath, String xksProxyVpcEndpointServiceName,
                                 String xksProxyVpcEndpointServiceOwner, Instant credentialUpdatedAt, long keyCount,
                                 XksHealthReport lastHealth, Instant lastHealthAt) {
}
