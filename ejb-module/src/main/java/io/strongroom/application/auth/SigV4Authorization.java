package io.strongroom.application.auth;

import java.time.Instant;
import java.util.List;

/**
 * The parts of a SigV4 {@code Authorization} header after parsing and the checks that need no
 * secret (syntax, credential scope, request date, clock skew). Nothing here is secret.
 *
 * @param accessKeyId   the access key the request claims to be signed with
 * @param scopeDate     the credential scope date, yyyyMMdd
 * @param region        the credential scope region
 * @param service       the credential scope service
 * @param signedHeaders lower-case header names covered by the signature, sorted
 * @param signature     the hex signature the caller sent
 * @param amzDate       the X-Amz-Date value as sent (basic ISO-8601)
 * @param requestTime   the X-Amz-Date value as an instant
 */
public record SigV4Authorization(String accessKeyId, String scopeDate, String region, String service,
                                 List<String> signedHeaders, String signature, String amzDate,
                                 Instant requestTime) {

    /** The credential scope that goes into the string to sign. */
    public String credentialScope() {
        return scopeDate + "/" + region + "/" + service + "/" + SigV4Verifier.TERMINATOR;
    }
}
