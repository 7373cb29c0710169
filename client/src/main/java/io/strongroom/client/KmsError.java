package io.strongroom.client;

/**
 * The AWS KMS error codes Strongroom answers with, on every interface, with the HTTP status
 * the AWS JSON protocol uses for each (KMS-SPEC §1.2). The constant name is the wire name.
 */
public enum KmsError {
    ValidationException(400),
    SerializationException(400),
    UnknownOperationException(400),
    AccessDeniedException(400),
    MissingAuthenticationTokenException(403),
    IncompleteSignatureException(400),
    InvalidSignatureException(400),
    UnrecognizedClientException(400),
    InvalidArnException(400),
    InvalidMarkerException(400),
    InvalidCiphertextException(400),
    IncorrectKeyMaterialException(400),
    InvalidImportTokenException(400),
    ExpiredImportTokenException(400),
    IncorrectKeyException(400),
    InvalidKeyUsageException(400),
    InvalidAliasNameException(400),
    TagException(400),
    LimitExceededException(400),
    UnsupportedOperationException(400),
    MalformedPolicyDocumentException(400),
    NotFoundException(404),
    AlreadyExistsException(409),
    /** IAM's answer to deleting a user that still has access keys, policies or a console login. */
    DeleteConflictException(409),
    DisabledException(409),
    KMSInvalidStateException(409),
    KMSInvalidSignatureException(400),
    KMSInvalidMacException(400),
    KMSInternalException(500),
    // Custom key stores (KMS-SPEC §5); every one is a client error (400) in the AWS models.
    CustomKeyStoreNameInUseException(400),
    CustomKeyStoreNotFoundException(400),
    CustomKeyStoreInvalidStateException(400),
    CustomKeyStoreHasCMKsException(400),
    XksProxyUriInUseException(400),
    XksProxyUriEndpointInUseException(400),
    XksProxyUriUnreachableException(400),
    XksProxyIncorrectAuthenticationCredentialException(400),
    XksProxyInvalidConfigurationException(400),
    XksProxyInvalidResponseException(400),
    XksProxyVpcEndpointServiceInUseException(400),
    XksProxyVpcEndpointServiceNotFoundException(400),
    XksProxyVpcEndpointServiceInvalidConfigurationException(400),
    XksKeyAlreadyInUseException(400),
    XksKeyInvalidConfigurationException(400),
    XksKeyNotFoundException(400),
    XksKeyInvalidResponseException(400),
    KeyUnavailableException(500),
    DependencyTimeoutException(503);

    private final int httpStatus;

    KmsError(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
