package io.strongroom.interfaces.console;

import io.strongroom.application.CustomKeyStoreView;
import java.io.Serializable;
import java.util.List;

/**
 * The fields the create and edit dialogs of a key store share: its name, where the XKS proxy is,
 * how it is reached, and the credential to sign with. The secret is held only from the form submit
 * to the service call; the forms call {@link #forgetSecret()} after every attempt.
 */
public class KeyStoreFields implements Serializable {
    private static final long serialVersionUID = 1L;

    static final String PUBLIC_ENDPOINT = "PUBLIC_ENDPOINT";
    static final String VPC_ENDPOINT_SERVICE = "VPC_ENDPOINT_SERVICE";
    static final List<String> CONNECTIVITIES = List.of(PUBLIC_ENDPOINT, VPC_ENDPOINT_SERVICE);

    private String name;
    private String endpoint;
    private String path;
    private String connectivity = PUBLIC_ENDPOINT;
    private String vpcEndpointServiceName;
    private String vpcEndpointServiceOwner;
    private String accessKeyId;
    private String secret;

    void clear() {
        name = null;
        endpoint = null;
        path = null;
        connectivity = PUBLIC_ENDPOINT;
        vpcEndpointServiceName = null;
        vpcEndpointServiceOwner = null;
        accessKeyId = null;
        secret = null;
    }

    /** Starts the edit dialog from the store as it is; the secret field starts empty. */
    void startFrom(CustomKeyStoreView store) {
        name = store.customKeyStoreName();
        endpoint = store.xksProxyUriEndpoint();
        path = store.xksProxyUriPath();
        connectivity = store.xksProxyConnectivity();
        vpcEndpointServiceName = store.xksProxyVpcEndpointServiceName();
        vpcEndpointServiceOwner = store.xksProxyVpcEndpointServiceOwner();
        accessKeyId = store.accessKeyId();
        secret = null;
    }

    void forgetSecret() {
        secret = null;
    }

    /** The VPC endpoint service fields are shown (and sent) only with this connectivity. */
    public boolean isVpcEndpointService() {
        return VPC_ENDPOINT_SERVICE.equals(connectivity);
    }

    /** A field left blank is absent from the request. */
    static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<String> getConnectivities() {
        return CONNECTIVITIES;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getConnectivity() {
        return connectivity;
    }

    public void setConnectivity(String connectivity) {
        this.connectivity = connectivity;
    }

    public String getVpcEndpointServiceName() {
        return vpcEndpointServiceName;
    }

    public void setVpcEndpointServiceName(String vpcEndpointServiceName) {
        this.vpcEndpointServiceName = vpcEndpointServiceName;
    }

    public String getVpcEndpointServiceOwner() {
        return vpcEndpointServiceOwner;
    }

    public void setVpcEndpointServiceOwner(String vpcEndpointServiceOwner) {
        this.vpcEndpointServiceOwner = vpcEndpointServiceOwner;
    }

    public String getAccessKeyId() {
        return accessKeyId;
    }

    public void setAccessKeyId(String accessKeyId) {
        this.accessKeyId = accessKeyId;
    }

    /** Bound to a password field that never redisplays; read by the forms only. */
    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }
}
