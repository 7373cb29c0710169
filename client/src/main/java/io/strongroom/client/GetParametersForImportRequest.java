package io.strongroom.client;

import java.io.Serializable;
import java.util.Objects;

/** GetParametersForImport input: the EXTERNAL key and the wrapping algorithm and RSA key size asked for. */
public final class GetParametersForImportRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String keyId;
    private final String wrappingAlgorithm;
    private final String wrappingKeySpec;

    public GetParametersForImportRequest(String keyId, String wrappingAlgorithm, String wrappingKeySpec) {
        this.keyId = keyId;
        this.wrappingAlgorithm = wrappingAlgorithm;
        this.wrappingKeySpec = wrappingKeySpec;
    }

    public String keyId() {
        return keyId;
    }

    public String wrappingAlgorithm() {
        return wrappingAlgorithm;
    }

    public String wrappingKeySpec() {
        return wrappingKeySpec;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GetParametersForImportRequest that && Objects.equals(keyId, that.keyId)
                && Objects.equals(wrappingAlgorithm, that.wrappingAlgorithm) && Objects.equals(wrappingKeySpec, that.wrappingKeySpec);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keyId, wrappingAlgorithm, wrappingKeySpec);
    }

    @Override
    public String toString() {
        return "GetParametersForImportRequest[keyId=" + keyId + ", wrappingAlgorithm=" + wrappingAlgorithm
                + ", wrappingKeySpec=" + wrappingKeySpec + "]";
    }
}
