package io.strongroom.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * An external key store (custom_key_store): where its XKS proxy is, the proxy credential (secret
 * sealed under the root key, never returned), and the connection state with its error code.
 */
@Entity
@Table(name = "custom_key_store")
@NamedQuery(name = "CustomKeyStoreRecord.all",
        query = "select s from CustomKeyStoreRecord s order by s.customKeyStoreId")
@NamedQuery(name = "CustomKeyStoreRecord.pageAfter",
        query = "select s from CustomKeyStoreRecord s where s.customKeyStoreId > :marker order by s.customKeyStoreId")
@NamedQuery(name = "CustomKeyStoreRecord.byName",
        query = "select s from CustomKeyStoreRecord s where s.customKeyStoreName = :name")
@NamedQuery(name = "CustomKeyStoreRecord.byConnectionState",
        query = "select s from CustomKeyStoreRecord s where s.connectionState = :state order by s.customKeyStoreId")
@NamedQuery(name = "CustomKeyStoreRecord.count", query = "select count(s) from CustomKeyStoreRecord s")
public class CustomKeyStoreRecord {

    @Id
    @Column(name = "custom_key_store_id")
    private String customKeyStoreId;
    @Column(name = "custom_key_store_name")
    private String customKeyStoreName;
    @Column(name = "custom_key_store_type")
    private String customKeyStoreType;
    @Column(name = "xks_proxy_uri_endpoint")
    private String uriEndpoint;
    @Column(name = "xks_proxy_uri_path")
    private String uriPath;
    @Column(name = "xks_proxy_connectivity")
    private String connectivity;
    @Column(name = "xks_vpc_endpoint_service_name")
    private String vpcEndpointServiceName;
    @Column(name = "xks_vpc_endpoint_service_owner")
    private String vpcEndpointServiceOwner;
    @Column(name = "xks_access_key_id")
    private String accessKeyId;
    /** The proxy secret sealed under the root key; only the crypto boundary can open it. */
    @Column(name = "xks_secret_sealed")
    private byte[] secretSealed;
    @Column(name = "credential_updated_at")
    private OffsetDateTime credentialUpdatedAt;
    @Column(name = "connection_state")
    private String connectionState;
    @Column(name = "connection_error_code")
    private String connectionErrorCode;
    @Column(name = "connection_changed_at")
    private OffsetDateTime connectionChangedAt;
    @Column(name = "last_health_report")
    private String lastHealthReport;
    @Column(name = "last_health_at")
    private OffsetDateTime lastHealthAt;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected CustomKeyStoreRecord() {
    }

    public CustomKeyStoreRecord(String customKeyStoreId, String customKeyStoreName, String customKeyStoreType,
                                Instant createdAt) {
        this.customKeyStoreId = customKeyStoreId;
        this.customKeyStoreName = customKeyStoreName;
        this.customKeyStoreType = customKeyStoreType;
        this.createdAt = Timestamps.toColumn(createdAt);
        this.connectionState = "DISCONNECTED";
        this.connectionChangedAt = Timestamps.toColumn(createdAt);
    }

    public String getCustomKeyStoreId() {
        return customKeyStoreId;
    }

    public String getCustomKeyStoreName() {
        return customKeyStoreName;
    }

    public void setCustomKeyStoreName(String customKeyStoreName) {
        this.customKeyStoreName = customKeyStoreName;
    }

    public String getCustomKeyStoreType() {
        return customKeyStoreType;
    }

    public String getUriEndpoint() {
        return uriEndpoint;
    }

    public String getUriPath() {
        return uriPath;
    }

    public String getConnectivity() {
        return connectivity;
    }

    public String getVpcEndpointServiceName() {
        return vpcEndpointServiceName;
    }

    public String getVpcEndpointServiceOwner() {
        return vpcEndpointServiceOwner;
    }

    /** Where the proxy is and how it is reached. */
    public void setProxy(String uriEndpoint, String uriPath, String connectivity, String vpcEndpointServiceName,
                         String vpcEndpointServiceOwner) {
        this.uriEndpoint = uriEndpoint;
        this.uriPath = uriPath;
        this.connectivity = connectivity;
        this.vpcEndpointServiceName = vpcEndpointServiceName;
        this.vpcEndpointServiceOwner = vpcEndpointServiceOwner;
    }

    public String getAccessKeyId() {
        return accessKeyId;
    }

    public byte[] getSecretSealed() {
        return secretSealed;
    }

    public Instant getCredentialUpdatedAt() {
        return Timestamps.fromColumn(credentialUpdatedAt);
    }

    /** A new or rotated proxy credential; the secret arrives already sealed. */
    public void setCredential(String accessKeyId, byte[] secretSealed, Instant updatedAt) {
        this.accessKeyId = accessKeyId;
        this.secretSealed = secretSealed;
        this.credentialUpdatedAt = Timestamps.toColumn(updatedAt);
    }

    public String getConnectionState() {
        return connectionState;
    }

    public String getConnectionErrorCode() {
        return connectionErrorCode;
    }

    public Instant getConnectionChangedAt() {
        return Timestamps.fromColumn(connectionChangedAt);
    }

    /** The error code is kept only with FAILED, as DescribeCustomKeyStores shows it. */
    public void setConnection(String state, String errorCode, Instant changedAt) {
        this.connectionState = state;
        this.connectionErrorCode = errorCode;
        this.connectionChangedAt = Timestamps.toColumn(changedAt);
    }

    public String getLastHealthReport() {
        return lastHealthReport;
    }

    public Instant getLastHealthAt() {
        return Timestamps.fromColumn(lastHealthAt);
    }

    public void setLastHealth(String report, Instant at) {
        this.lastHealthReport = report;
        this.lastHealthAt = Timestamps.toColumn(at);
    }

    public Instant getCreatedAt() {
        return Timestamps.fromColumn(createdAt);
    }
}
