package io.strongroom.benchmark;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AlgorithmSpec;
import software.amazon.awssdk.services.kms.model.ExpirationModelType;
import software.amazon.awssdk.services.kms.model.GetParametersForImportResponse;
import software.amazon.awssdk.services.kms.model.OriginType;
import software.amazon.awssdk.services.kms.model.WrappingKeySpec;

/**
 * The import calls as an application makes them with the AWS SDK for Java v2: CreateKey with
 * Origin EXTERNAL, GetParametersForImport, the material wrapped on the client side (KMS-SPEC §4.2:
 * RSAES-OAEP with SHA-256 and MGF1-SHA-256), ImportKeyMaterial.
 */
final class ImportWorkload implements AutoCloseable {

    static final AlgorithmSpec ALGORITHM = AlgorithmSpec.RSAES_OAEP_SHA_256;

    private final KmsClient kms;

    ImportWorkload(BenchmarkOptions options) {
        // Calls are sequential: a couple of connections suffice.
        this.kms = KmsWorkload.client(options, 4);
    }

    /** A symmetric key that waits in PendingImport for its material. */
    String createExternalKey(String description) {
        return kms.createKey(request -> request.origin(OriginType.EXTERNAL).description(description))
                .keyMetadata().keyId();
    }

    GetParametersForImportResponse parameters(String keyId, WrappingKeySpec spec) {
        GetParametersForImportResponse response = kms.getParametersForImport(request -> request
                .keyId(keyId).wrappingAlgorithm(ALGORITHM).wrappingKeySpec(spec));
        if (response.importToken() == null || response.publicKey() == null) {
            throw new IllegalStateException("GetParametersForImport returned no token or public key");
        }
        return response;
    }

    void importMaterial(String keyId, GetParametersForImportResponse parameters, byte[] wrappedMaterial) {
        kms.importKeyMaterial(request -> request
                .keyId(keyId)
                .importToken(parameters.importToken())
                .encryptedKeyMaterial(SdkBytes.fromByteArray(wrappedMaterial))
                .expirationModel(ExpirationModelType.KEY_MATERIAL_DOES_NOT_EXPIRE));
    }

    /** The material encrypted under the wrapping public key (DER SubjectPublicKeyInfo) from the parameters. */
    static byte[] wrap(GetParametersForImportResponse parameters, byte[] material) throws GeneralSecurityException {
        PublicKey publicKey = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(parameters.publicKey().asByteArray()));
        Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
        // Explicit parameters: the JDK's default for OAEPPadding keeps MGF1 on SHA-1.
        cipher.init(Cipher.ENCRYPT_MODE, publicKey, new OAEPParameterSpec("SHA-256", "MGF1",
                MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
        return cipher.doFinal(material);
    }

    @Override
    public void close() {
        kms.close();
    }
}
