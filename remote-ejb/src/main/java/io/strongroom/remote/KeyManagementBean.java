package io.strongroom.remote;

import io.strongroom.application.AsymmetricOperations;
import io.strongroom.application.CallerContext;
import io.strongroom.application.DataKeyPairOperations;
import io.strongroom.application.MacOperations;
import io.strongroom.application.ReEncryptOperations;
import io.strongroom.application.SigningOperations;
import io.strongroom.client.DataKeyPairResult;
import io.strongroom.client.DeriveSharedSecretRequest;
import io.strongroom.client.DeriveSharedSecretResult;
import io.strongroom.client.GenerateDataKeyPairRequest;
import io.strongroom.client.GenerateMacRequest;
import io.strongroom.client.GenerateMacResult;
import io.strongroom.client.PublicKeyResult;
import io.strongroom.client.ReEncryptRequest;
import io.strongroom.client.ReEncryptResult;
import io.strongroom.client.SignRequest;
import io.strongroom.client.SignResult;
import io.strongroom.client.VerifyMacRequest;
import io.strongroom.client.VerifyMacResult;
import io.strongroom.client.VerifyRequest;
import io.strongroom.client.VerifyResult;
import io.strongroom.application.CryptoOperations;
import io.strongroom.application.AliasService;
import io.strongroom.application.KeyLifecycleService;
import io.strongroom.application.KeyStateService;
import io.strongroom.application.TagService;
import io.strongroom.client.AliasPage;
import io.strongroom.application.KeyRotationService;
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
import io.strongroom.client.ScheduleKeyDeletionResult;
import io.strongroom.client.Tag;
import io.strongroom.client.TagPage;
import io.strongroom.client.KeyRotationPage;
import io.strongroom.client.KeyRotationStatus;
import io.strongroom.infrastructure.config.StrongroomConfig;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Remote;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

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

    @Resource
    private SessionContext session;

    @EJB
    private KeyLifecycleService keys;

    @EJB
    private io.strongroom.application.KeyPolicyService keyPolicies;

    @EJB
    private CryptoOperations crypto;

    @EJB
    private KeyStateService keyStates;

    @EJB
    private AliasService aliases;

    @EJB
    private TagService tags;

    @EJB
    private KeyRotationService rotation;

    @EJB
    private SigningOperations signing;

    @EJB
    private MacOperations macs;

    @EJB
    private AsymmetricOperations asymmetric;

    @EJB
    private DataKeyPairOperations dataKeyPairs;

    @EJB
    private ReEncryptOperations reEncryption;

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
        return request != null && AsymmetricOperations.handles(request.encryptionAlgorithm())
                ? asymmetric.encrypt(caller(), request) : crypto.encrypt(caller(), request);
    }

    @Override
    public DecryptResult decrypt(DecryptRequest request) {
        return request != null && AsymmetricOperations.handles(request.encryptionAlgorithm())
                ? asymmetric.decrypt(caller(), request) : crypto.decrypt(caller(), request);
    }

    @Override
    public DataKeyResult generateDataKey(GenerateDataKeyRequest request) {
        return crypto.generateDataKey(caller(), request);
    }

    @Override
    public DataKeyResult generateDataKeyWithoutPlaintext(GenerateDataKeyRequest request) {
        return crypto.generateDataKeyWithoutPlaintext(caller(), request);
    }

    @Override
    public void enableKey(String keyId) {
        keyStates.enableKey(caller(), keyId);
    }

    @Override
    public void disableKey(String keyId) {
        keyStates.disableKey(caller(), keyId);
    }

    @Override
    public ScheduleKeyDeletionResult scheduleKeyDeletion(String keyId, Integer pendingWindowInDays) {
        return keyStates.scheduleKeyDeletion(caller(), keyId, pendingWindowInDays);
    }

    @Override
    public String cancelKeyDeletion(String keyId) {
        return keyStates.cancelKeyDeletion(caller(), keyId);
    }

    @Override
    public void updateKeyDescription(String keyId, String description) {
        keyStates.updateKeyDescription(caller(), keyId, description);
    }

    @Override
    public void createAlias(String aliasName, String targetKeyId) {
        aliases.createAlias(caller(), aliasName, targetKeyId);
    }

    @Override
    public void updateAlias(String aliasName, String targetKeyId) {
        aliases.updateAlias(caller(), aliasName, targetKeyId);
    }

    @Override
    public void deleteAlias(String aliasName) {
        aliases.deleteAlias(caller(), aliasName);
    }

    @Override
    public AliasPage listAliases(String keyId, Integer limit, String marker) {
        return aliases.listAliases(caller(), keyId, limit, marker);
    }

    @Override
    public void tagResource(String keyId, List<Tag> newTags) {
        tags.tagResource(caller(), keyId, newTags);
    }

    @Override
    public void untagResource(String keyId, List<String> tagKeys) {
        tags.untagResource(caller(), keyId, tagKeys);
    }

    @Override
    public TagPage listResourceTags(String keyId, Integer limit, String marker) {
        return tags.listResourceTags(caller(), keyId, limit, marker);
    }

    @Override
    public void enableKeyRotation(String keyId, Integer rotationPeriodInDays) {
        rotation.enableKeyRotation(caller(), keyId, rotationPeriodInDays);
    }

    @Override
    public void disableKeyRotation(String keyId) {
        rotation.disableKeyRotation(caller(), keyId);
    }

    @Override
    public KeyRotationStatus getKeyRotationStatus(String keyId) {
        return rotation.getKeyRotationStatus(caller(), keyId);
    }

    @Override
    public String rotateKeyOnDemand(String keyId) {
        return rotation.rotateKeyOnDemand(caller(), keyId);
    }

    @Override
    public KeyRotationPage listKeyRotations(String keyId, Integer limit, String marker) {
        return rotation.listKeyRotations(caller(), keyId, limit, marker);
    }

    @Override
    public SignResult sign(SignRequest request) {
        return signing.sign(caller(), request);
    }

    @Override
    public VerifyResult verify(VerifyRequest request) {
        return signing.verify(caller(), request);
    }

    @Override
    public GenerateMacResult generateMac(GenerateMacRequest request) {
        return macs.generateMac(caller(), request);
    }

    @Override
    public VerifyMacResult verifyMac(VerifyMacRequest request) {
        return macs.verifyMac(caller(), request);
    }

    @Override
    public PublicKeyResult getPublicKey(String keyId) {
        return asymmetric.getPublicKey(caller(), keyId);
    }

    @Override
    public DeriveSharedSecretResult deriveSharedSecret(DeriveSharedSecretRequest request) {
        return asymmetric.deriveSharedSecret(caller(), request);
    }

    @Override
    public DataKeyPairResult generateDataKeyPair(GenerateDataKeyPairRequest request) {
        return dataKeyPairs.generateDataKeyPair(caller(), request);
    }

    @Override
    public DataKeyPairResult generateDataKeyPairWithoutPlaintext(GenerateDataKeyPairRequest request) {
        return dataKeyPairs.generateDataKeyPairWithoutPlaintext(caller(), request);
    }

    @Override
    public byte[] generateRandom(Integer numberOfBytes) {
        return dataKeyPairs.generateRandom(caller(), numberOfBytes);
    }

    @Override
    public ReEncryptResult reEncrypt(ReEncryptRequest request) {
        return reEncryption.reEncrypt(caller(), request);
    }

    @Override
    public String getKeyPolicy(String keyId, String policyName) {
        return keyPolicies.getKeyPolicy(caller(), keyId, policyName);
    }

    @Override
    public void putKeyPolicy(String keyId, String policyName, String policy, boolean bypassPolicyLockoutSafetyCheck) {
        keyPolicies.putKeyPolicy(caller(), keyId, policyName, policy, bypassPolicyLockoutSafetyCheck);
    }

    @Override
    public java.util.List<String> listKeyPolicies(String keyId, Integer limit) {
        return keyPolicies.listKeyPolicies(caller(), keyId, limit);
    }

    private CallerContext caller() {
        return RemoteCaller.of(session, config);
    }
}
