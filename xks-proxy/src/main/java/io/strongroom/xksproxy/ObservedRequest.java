package io.strongroom.xksproxy;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request as the proxy received and decoded it, handed to the observers registered with
 * {@link XksProxyServer#addRequestObserver}. Observers run on the request's thread after the
 * response is decided and before it is sent, so by the time a client has its answer every observer
 * has seen the request. They let a test assert what crossed the wire, e.g. that Strongroom never
 * sends a caller's plaintext to the proxy, only its own ciphertext.
 *
 * @param method             HTTP method
 * @param path               the raw request path, prefix included
 * @param uriPrefix          the logical key store's prefix, empty when the path matched no store's API
 * @param operation          the API the path addresses
 * @param keyId              the external key id in the path, empty for health or an unparsable path
 * @param headers            request headers, names in lower case
 * @param body               the raw body
 * @param json               the body parsed as a JSON object, empty when it is not one
 * @param plaintext          for encrypt: the base64-decoded {@code plaintext} field, when present and decodable
 * @param additionalAuthenticatedData the base64-decoded {@code additionalAuthenticatedData}, when present and decodable
 * @param responseStatus     the HTTP status the proxy answers with
 * @param errorName          the XKS errorName of the answer, empty on success
 */
public record ObservedRequest(String method, String path, String uriPrefix, XksOperation operation, String keyId,
                              Map<String, List<String>> headers, byte[] body, Optional<JsonObject> json,
                              Optional<byte[]> plaintext, Optional<byte[]> additionalAuthenticatedData,
                              int responseStatus, Optional<String> errorName) {

    /** The first value of a header, by case-insensitive name. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * True when {@code needle} occurs in the raw body, the decoded plaintext or the decoded AAD:
     * what a test checks to prove a secret never reached the proxy in any encoding it decodes.
     */
    public boolean contains(byte[] needle) {
        return indexOf(body, needle) >= 0
                || plaintext.map(p -> indexOf(p, needle) >= 0).orElse(false)
                || additionalAuthenticatedData.map(a -> indexOf(a, needle) >= 0).orElse(false);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
