package io.strongroom.application.auth;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies AWS Signature Version 4 ({@code AWS4-HMAC-SHA256}) on a received request, the way AWS
 * does: the canonical request is rebuilt from exactly the headers the caller listed in
 * SignedHeaders, so any SDK's choice of headers verifies. Verification is split in two steps so
 * that everything that needs no secret (syntax, scope, date, skew) is refused before the access
 * key is looked up.
 */
public final class SigV4Verifier {

    public static final String ALGORITHM = "AWS4-HMAC-SHA256";
    public static final String TERMINATOR = "aws4_request";
    public static final Duration MAX_SKEW = Duration.ofMinutes(5);

    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SCOPE_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
    private static final String SIGNATURE_MISMATCH = "The request signature we calculated does not match the "
            + "signature you provided. Check your AWS Secret Access Key and signing method. "
            + "Consult the service documentation for details.";

    private final String service;
    private final String region;
    private final Clock clock;

    /**
     * @param service the only service name accepted in the credential scope ("kms" in production)
     * @param region  the only region accepted in the credential scope, or null to accept any
     * @param clock   the clock the request date is compared with
     */
    public SigV4Verifier(String service, String region, Clock clock) {
        this.service = service;
        this.region = region;
        this.clock = clock;
    }

    /** The verifier of the KMS JSON API for one region. */
    public static SigV4Verifier forKms(String region, Clock clock) {
        return new SigV4Verifier("kms", region, clock);
    }

    /**
     * Parses the Authorization header and checks everything that needs no secret.
     *
     * @throws KmsException MissingAuthenticationTokenException, IncompleteSignatureException or
     *                      InvalidSignatureException
     */
    public SigV4Authorization parse(SignedRequest request) {
        String header = request.header("Authorization").map(String::trim).orElse("");
        if (header.isEmpty()) {
            throw new KmsException(KmsError.MissingAuthenticationTokenException, "Missing Authentication Token");
        }
        int space = header.indexOf(' ');
        String algorithm = space < 0 ? header : header.substring(0, space);
        if (!ALGORITHM.equals(algorithm)) {
            throw incomplete("Unsupported AWS 'algorithm': '" + printable(algorithm) + "'.");
        }
        Map<String, String> parts = parameters(space < 0 ? "" : header.substring(space + 1));
        StringBuilder missing = new StringBuilder();
        for (String required : List.of("Credential", "SignedHeaders", "Signature")) {
            if (parts.getOrDefault(required, "").isEmpty()) {
                missing.append("Authorization header requires '").append(required).append("' parameter. ");
            }
        }
        String amzDate = request.header("X-Amz-Date").map(String::trim).orElse("");
        if (amzDate.isEmpty()) {
            missing.append("Authorization header requires existence of a 'X-Amz-Date' header.");
        }
        if (missing.length() > 0) {
            throw incomplete(missing.toString().trim());
        }
        String[] credential = parts.get("Credential").split("/", -1);
        if (credential.length != 5 || Arrays.stream(credential).anyMatch(String::isEmpty)) {
            throw incomplete("Credential must have exactly 5 slash-delimited elements, "
                    + "e.g. keyid/date/region/service/term.");
        }
        if (!TERMINATOR.equals(credential[4])) {
            throw incomplete("Credential should be scoped with a valid terminator: 'aws4_request', not '"
                    + printable(credential[4]) + "'.");
        }
        if (!service.equals(credential[3])) {
            throw invalid("Credential should be scoped to correct service: '" + service + "'.");
        }
        if (region != null && !region.equals(credential[2])) {
            throw invalid("Credential should be scoped to a valid region, not '" + printable(credential[2]) + "'.");
        }
        Instant requestTime = parseAmzDate(amzDate);
        String dateOfRequest = amzDate.substring(0, 8);
        if (!validScopeDate(credential[1]) || !credential[1].equals(dateOfRequest)) {
            throw invalid("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '"
                    + printable(credential[1]) + "' != '" + dateOfRequest + "', from '" + amzDate + "'.");
        }
        checkSkew(requestTime);
        checkContentHash(request);
        return new SigV4Authorization(credential[0], credential[1], credential[2], credential[3],
                signedHeaders(parts.get("SignedHeaders")), parts.get("Signature"), amzDate, requestTime);
    }

    /**
     * Recomputes the signature with the caller's secret and compares it in constant time. The
     * secret is not kept; wiping it is the caller's job.
     *
     * @throws KmsException InvalidSignatureException when the signatures differ
     */
    public void verify(SignedRequest request, SigV4Authorization authorization, byte[] secretAccessKey) {
        String expected = signature(request, authorization, secretAccessKey);
        byte[] provided = authorization.signature().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), provided)) {
            throw invalid(SIGNATURE_MISMATCH);
        }
    }

    /** The hex signature the request should carry for the given secret. */
    String signature(SignedRequest request, SigV4Authorization authorization, byte[] secretAccessKey) {
        byte[] signingKey = signingKey(secretAccessKey, authorization);
        try {
            return HexFormat.of().formatHex(hmac(signingKey, stringToSign(request, authorization)));
        } finally {
            Arrays.fill(signingKey, (byte) 0);
        }
    }

    String stringToSign(SignedRequest request, SigV4Authorization authorization) {
        String canonical = CanonicalRequest.of(request, authorization.signedHeaders(), sha256Hex(request.body()));
        return ALGORITHM + "\n" + authorization.amzDate() + "\n" + authorization.credentialScope() + "\n"
                + sha256Hex(canonical.getBytes(StandardCharsets.UTF_8));
    }

    /** kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request"). */
    private static byte[] signingKey(byte[] secretAccessKey, SigV4Authorization authorization) {
        byte[] prefix = "AWS4".getBytes(StandardCharsets.US_ASCII);
        byte[] key = Arrays.copyOf(prefix, prefix.length + secretAccessKey.length);
        System.arraycopy(secretAccessKey, 0, key, prefix.length, secretAccessKey.length);
        for (String step : List.of(authorization.scopeDate(), authorization.region(), authorization.service(),
                TERMINATOR)) {
            byte[] next = hmac(key, step);
            Arrays.fill(key, (byte) 0);
            key = next;
        }
        return key;
    }

    private void checkSkew(Instant requestTime) {
        Instant now = clock.instant();
        if (requestTime.isBefore(now.minus(MAX_SKEW))) {
            throw invalid("Signature expired: " + format(requestTime) + " is now earlier than "
                    + format(now.minus(MAX_SKEW)) + " (" + format(now) + " - " + MAX_SKEW.toMinutes() + " min.)");
        }
        if (requestTime.isAfter(now.plus(MAX_SKEW))) {
            throw invalid("Signature not yet current: " + format(requestTime) + " is still later than "
                    + format(now.plus(MAX_SKEW)) + " (" + format(now) + " + " + MAX_SKEW.toMinutes() + " min.)");
        }
    }

    /** KMS signs the real payload: an unsigned or mismatching declared payload hash is refused. */
    private static void checkContentHash(SignedRequest request) {
        String declared = request.header("X-Amz-Content-Sha256").map(String::trim).orElse(null);
        if (declared == null) {
            return;
        }
        if (UNSIGNED_PAYLOAD.equals(declared)) {
            throw invalid("UNSIGNED-PAYLOAD is not accepted by this service; the payload must be signed.");
        }
        if (!declared.equalsIgnoreCase(sha256Hex(request.body()))) {
            throw invalid("The provided 'x-amz-content-sha256' header does not match what was computed.");
        }
    }

    private static Map<String, String> parameters(String text) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String component : text.split(",")) {
            String trimmed = component.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            if (equals <= 0) {
                throw incomplete("'" + printable(trimmed) + "' not a valid key=value pair (missing equal-sign) "
                        + "in Authorization header.");
            }
            parts.put(trimmed.substring(0, equals).trim(), trimmed.substring(equals + 1).trim());
        }
        return parts;
    }

    private static List<String> signedHeaders(String list) {
        List<String> names = new ArrayList<>();
        for (String name : list.split(";", -1)) {
            String lower = name.trim().toLowerCase(Locale.ROOT);
            if (lower.isEmpty()) {
                throw incomplete("SignedHeaders must not contain empty header names.");
            }
            names.add(lower);
        }
        if (!names.contains("host")) {
            throw incomplete("'Host' must be a 'SignedHeader' in the AWS Authorization.");
        }
        names.sort(null);
        return List.copyOf(names);
    }

    private static Instant parseAmzDate(String amzDate) {
        try {
            return Instant.from(AMZ_DATE.parse(amzDate));
        } catch (DateTimeParseException e) {
            throw incomplete("X-Amz-Date must be in ISO-8601 basic format, for example 20150830T123600Z.");
        }
    }

    private static boolean validScopeDate(String scopeDate) {
        try {
            LocalDate.parse(scopeDate, SCOPE_DATE);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String format(Instant instant) {
        return AMZ_DATE.format(instant);
    }

    /** Echoes caller text in messages only in a short, printable form. */
    private static String printable(String text) {
        String cut = text.length() > 64 ? text.substring(0, 64) + "..." : text;
        return cut.replaceAll("[^\\x20-\\x7e]", "?");
    }

    static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
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

    private static KmsException incomplete(String message) {
        return new KmsException(KmsError.IncompleteSignatureException, message);
    }

    private static KmsException invalid(String message) {
        return new KmsException(KmsError.InvalidSignatureException, message);
    }
}
