package io.strongroom.application.auth;

import io.strongroom.application.ApiCredentials;
import io.strongroom.application.ApiCredentials.ResolvedCredential;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.infrastructure.config.StrongroomConfig;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;

/**
 * Authenticates a SigV4-signed API request and names its principal. It is the only place where
 * an API secret access key is in plaintext outside the credential store, and only for the
 * duration of one signature check.
 */
@Stateless
public class ApiAuthenticator {

    @EJB
    private ApiCredentials credentials;

    @Inject
    private StrongroomConfig config;

    /**
     * @return the principal ARN of the access key that signed the request
     * @throws KmsException MissingAuthenticationTokenException, IncompleteSignatureException,
     *                      UnrecognizedClientException or InvalidSignatureException; an
     *                      {@link AuthenticationFailedException} when the access key was known
     */
    public String authenticate(SignedRequest request) {
        SigV4Verifier verifier = SigV4Verifier.forKms(config.region(), Clock.systemUTC());
        SigV4Authorization authorization = verifier.parse(request);
        ResolvedCredential credential = credentials.resolve(authorization.accessKeyId())
                .orElseThrow(() -> new KmsException(KmsError.UnrecognizedClientException,
                        "The security token included in the request is invalid."));
        byte[] secret = credential.secretAccessKey();
        try {
            verifier.verify(request, authorization, secret);
            return credential.principalArn();
        } catch (KmsException e) {
            throw new AuthenticationFailedException(e.error(), e.getMessage(), credential.principalArn());
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }
}
