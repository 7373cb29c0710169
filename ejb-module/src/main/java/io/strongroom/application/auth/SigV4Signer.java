package io.strongroom.application.auth;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs outgoing requests with SigV4, as KMS signs its calls to an XKS proxy (service
 * {@code kms-xks-proxy}). It builds the string to sign with the verifier's own canonical request
 * and key derivation, so Strongroom signs exactly what it would accept. Signed headers are
 * {@code host;x-amz-date}, the form the XKS specification shows; the payload hash covers the body.
 */
public final class SigV4Signer {

    static final List<String> SIGNED_HEADERS = List.of("host", "x-amz-date");
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final String service;
    private final String region;

    /**
     * @param service the service name in the credential scope, e.g. {@code kms-xks-proxy}
     * @param region  the region in the credential scope
     */
    public SigV4Signer(String service, String region) {
        this.service = service;
        this.region = region;
    }

    /**
     * The headers to add to a request: {@code X-Amz-Date} and {@code Authorization}. The secret is
     * only read; wiping it is the caller's job.
     *
     * @param uri  the full request URI; its host (and port, unless the scheme's default) is what
     *             an HTTP client sends as {@code Host}
     * @param time the signing time
     */
    public Map<String, String> sign(String method, URI uri, byte[] body, String accessKeyId, byte[] secret,
                                    Instant time) {
        String amzDate = AMZ_DATE.format(time);
        Map<String, List<String>> headers = Map.of("host", List.of(hostHeader(uri)), "x-amz-date", List.of(amzDate));
        SignedRequest request = new SignedRequest(method, uri.getRawPath(), null, headers, body);
        SigV4Authorization authorization = new SigV4Authorization(accessKeyId, amzDate.substring(0, 8), region, service,
                SIGNED_HEADERS, "", amzDate, time);
        String signature = new SigV4Verifier(service, region, Clock.systemUTC()).signature(request, authorization, secret);
        Map<String, String> added = new LinkedHashMap<>();
        added.put("X-Amz-Date", amzDate);
        added.put("Authorization", SigV4Verifier.ALGORITHM + " Credential=" + accessKeyId + "/"
                + authorization.credentialScope() + ", SignedHeaders=" + String.join(";", SIGNED_HEADERS)
                + ", Signature=" + signature);
        return added;
    }

    /** The Host value HTTP clients send: the port only when it is not the scheme's default. */
    static String hostHeader(URI uri) {
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("https".equalsIgnoreCase(uri.getScheme()) ? port == 443 : port == 80);
        return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
    }
}
