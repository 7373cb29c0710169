package io.strongroom.remote;

import io.strongroom.application.CallerContext;
import io.strongroom.application.CryptoOperations;
import io.strongroom.application.KeyLifecycleService;
import io.strongroom.client.CreateKeyRequest;
import io.strongroom.client.DataKeyResult;
import io.strongroom.client.DecryptRequest;
import io.strongroom.client.DecryptResult;
import io.strongroom.client.EncryptRequest;
import io.strongroom.client.EncryptResult;
import io.strongroom.client.GenerateDataKeyRequest;
import io.strongroom.client.KeyManagement;
import io.strongroom.client.KeyMetadata;
import io.strongroom.client.KeyPage;
import io.strongroom.infrastructure.config.StrongroomConfig;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Remote;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * The {@link KeyManagement} business interface served over IIOP, so that Java applications can
 * use a region with nothing but the client jar. Only authenticated callers in the
 * {@value #ROLE} role get in; the server principal becomes the IAM-style caller of the audit
 * trail. {@link io.strongroom.client.KmsException} is an application exception and reaches the
 * client unchanged, with its AWS error code.
 */
@Stateless
@Remote(KeyManagement.class)
@DeclareRoles(KeyManagementBean.ROLE)
@RolesAllowed(KeyManagementBean.ROLE)
public class KeyManagementBean implements KeyManagement {

    /** The role a remote caller needs; glassfish-ejb-jar.xml maps it to the server group of the same name. */
    public static final String ROLE = "kms-user";

    /** IIOP hides the peer address from the bean, so the audit trail names the interface instead. */
    static final String SOURCE_ADDRESS = "remote-ejb";

    static final String CHANNEL = "ejb";

    @Resource
    private SessionContext session;

    @EJB
    private KeyLifecycleService keys;

    @EJB
    private CryptoOperations crypto;

    @Inject
    private StrongroomConfig config;

    @Override
    public KeyMetadata createKey(CreateKeyRequest request) {
        return keys.createKey(caller(), request);
    }

    @Override
    public KeyMetadata describeKey(String keyId) {
        return keys.describeKey(caller(), keyId);
    }

    @Override
    public KeyPage listKeys(Integer limit, String marker) {
        return keys.listKeys(caller(), limit, marker);
    }

    @Override
    public EncryptResult encrypt(EncryptRequest request) {
        return crypto.encrypt(caller(), request);
    }

    @Override
    public DecryptResult decrypt(DecryptRequest request) {
        return crypto.decrypt(caller(), request);
    }

    @Override
    public DataKeyResult generateDataKey(GenerateDataKeyRequest request) {
        return crypto.generateDataKey(caller(), request);
    }

    @Override
    public DataKeyResult generateDataKeyWithoutPlaintext(GenerateDataKeyRequest request) {
        return crypto.generateDataKeyWithoutPlaintext(caller(), request);
    }

    private CallerContext caller() {
        String principal = "arn:aws:iam::" + config.accountId() + ":user/" + session.getCallerPrincipal().getName();
        return new CallerContext(principal, UUID.randomUUID().toString(), SOURCE_ADDRESS, CHANNEL);
    }
}
