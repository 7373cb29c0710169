package io.strongroom.xksproxy.sigv4;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies the {@code Authorization: AWS4-HMAC-SHA256 ...} header of a request KMS (or curl's
 * {@code --aws-sigv4}, or an AWS SDK signer) made, against the secrets one logical key store
 * accepts. It follows the client's SignedHeaders (which must include {@code host} and
 * {@code x-amz-date}), hashes the body itself, and rejects requests signed more than
 * {@link #MAX_CLOCK_SKEW} away from its clock.
 */
public final class SigV4Verifier {

    public static final String SERVICE = "kms-xks-proxy";
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final String region;
    private final Clock clock;

    public SigV4Verifier(String region, Clock clock) {
        this.region = region;
        this.clock = clock;
    }

    /**
     * @param secrets the secret of an access key id the store accepts, empty for any other
     * @return the access key id that signed the request
     * @throws SignatureRejectedException when the request is not signed by an accepted credential,
     *                                    for this region and service, within the clock skew
     */
    public String verify(SignedRequest request, Function<String, Optional<String>> secrets)
            throws SignatureRejectedException {
        AuthorizationHeader authorization = AuthorizationHeader.parse(single(request, "authorization"));
        CredentialScope scope = authorization.scope();
        String amzDate = single(request, "x-amz-date");
        Instant signedAt = parseAmzDate(amzDate);
        if (Duration.between(signedAt, clock.instant()).abs().compareTo(MAX_CLOCK_SKEW) > 0) {
            throw new SignatureRejectedException("X-Amz-Date " + amzDate + " is more than 5 minutes from the proxy's clock");
        }
        if (!amzDate.startsWith(scope.date())) {
            throw new SignatureRejectedException("credential scope date " + scope.date() + " does not match X-Amz-Date");
        }
        if (!scope.region().equals(region)) {
            throw new SignatureRejectedException("credential scope region " + scope.region() + " is not " + region);
        }
        if (!scope.service().equals(SERVICE)) {
            throw new SignatureRejectedException("credential scope service " + scope.service() + " is not " + SERVICE);
        }
        if (!authorization.signedHeaders().contains("host") || !authorization.signedHeaders().contains("x-amz-date")) {
            throw new SignatureRejectedException("SignedHeaders must include host and x-amz-date");
        }
        String secret = secrets.apply(scope.accessKeyId()).orElseThrow(
                () -> new SignatureRejectedException("access key id " + scope.accessKeyId() + " is not accepted here"));
        String payloadHash = CanonicalRequest.hex(CanonicalRequest.sha256(request.body()));
        List<String> declaredHash = request.header("x-amz-content-sha256");
        if (!declaredHash.isEmpty() && !declaredHash.get(0).equals(payloadHash)) {
            throw new SignatureRejectedException("x-amz-content-sha256 is not the SHA-256 of the body");
        }
        String canonical = CanonicalRequest.build(request, authorization.signedHeaders(), payloadHash);
        String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + scope.value() + "\n"
                + CanonicalRequest.hex(CanonicalRequest.sha256(canonical.getBytes(StandardCharsets.UTF_8)));
        byte[] expected = signature(secret, scope, stringToSign);
        byte[] presented = authorization.signature();
        if (!MessageDigest.isEqual(expected, presented)) {
            throw new SignatureRejectedException("the signature does not match the request");
        }
        return scope.accessKeyId();
    }

    private static byte[] signature(String secret, CredentialScope scope, String stringToSign) {
        byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), scope.date());
        key = hmac(key, scope.region());
        key = hmac(key, scope.service());
        key = hmac(key, "aws4_request");
        byte[] result = hmac(key, stringToSign);
        Arrays.fill(key, (byte) 0);
        return result;
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String single(SignedRequest request, String name) throws SignatureRejectedException {
        List<String> values = request.header(name);
        if (values.isEmpty()) {
            throw new SignatureRejectedException("the " + name + " header is missing");
        }
        if (values.size() > 1) {
            throw new SignatureRejectedException("the " + name + " header appears more than once");
        }
        return values.get(0).trim();
    }

    private static Instant parseAmzDate(String value) throws SignatureRejectedException {
        try {
            return Instant.from(AMZ_DATE.parse(value));
        } catch (DateTimeParseException e) {
            throw new SignatureRejectedException("X-Amz-Date is not yyyyMMddTHHmmssZ");
        }
    }

    /** {@code <access key id>/<yyyymmdd>/<region>/<service>/aws4_request}. */
    record CredentialScope(String accessKeyId, String date, String region, String service) {

        static CredentialScope parse(String credential) throws SignatureRejectedException {
            String[] parts = credential.split("/", -1);
            if (parts.length != 5 || !"aws4_request".equals(parts[4]) || !parts[1].matches("\\d{8}")) {
                throw new SignatureRejectedException("Credential is not <key id>/<date>/<region>/<service>/aws4_request");
            }
            return new CredentialScope(parts[0], parts[1], parts[2], parts[3]);
        }

        String value() {
            return date + "/" + region + "/" + service + "/aws4_request";
        }
    }

    /** The three parts of {@code AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...}. */
    record AuthorizationHeader(CredentialScope scope, List<String> signedHeaders, byte[] signature) {

        static AuthorizationHeader parse(String header) throws SignatureRejectedException {
            if (!header.startsWith(ALGORITHM + " ")) {
                throw new SignatureRejectedException("Authorization must use " + ALGORITHM);
            }
            String credential = null;
            String signedHeaders = null;
            String signature = null;
            for (String part : header.substring(ALGORITHM.length() + 1).split(",")) {
                String item = part.trim();
                int equals = item.indexOf('=');
                if (equals < 0) {
                    throw new SignatureRejectedException("Authorization has a part without '='");
                }
                String value = item.substring(equals + 1);
                switch (item.substring(0, equals)) {
                    case "Credential" -> credential = value;
                    case "SignedHeaders" -> signedHeaders = value;
                    case "Signature" -> signature = value;
                    default -> throw new SignatureRejectedException("Authorization has an unknown part");
                }
            }
            if (credential == null || signedHeaders == null || signature == null) {
                throw new SignatureRejectedException("Authorization needs Credential, SignedHeaders and Signature");
            }
            if (!signature.matches("[0-9a-fA-F]{64}")) {
                throw new SignatureRejectedException("Signature is not 64 hex digits");
            }
            List<String> headers = List.of(signedHeaders.toLowerCase(Locale.ROOT).split(";"));
            return new AuthorizationHeader(CredentialScope.parse(credential), headers,
                    HexFormat.of().parseHex(signature.toLowerCase(Locale.ROOT)));
        }
    }
}
