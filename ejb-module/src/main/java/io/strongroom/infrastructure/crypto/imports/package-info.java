/**
 * The cryptographic core of importing key material (BYOK, KMS-SPEC §2.4 and §4): the wrapping
 * algorithms and wrapping key specs, unwrapping EncryptedKeyMaterial with a wrapping private key,
 * validating the unwrapped material against the key spec, the tamper-evident import token and the
 * pool of pre-generated wrapping key pairs. The unwrapper, the validator and the pool handle
 * plaintext material or private keys, so only the crypto boundary ({@code io.strongroom.infrastructure.crypto})
 * calls them; the two enums and the token's fields are not secret and may be used anywhere. No
 * persistence, state or service code lives here.
 */
package io.strongroom.infrastructure.crypto.imports;
