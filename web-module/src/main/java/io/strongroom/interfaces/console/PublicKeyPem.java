package io.strongroom.interfaces.console;

import java.util.Base64;

/**
 * PEM text of a public key as GetPublicKey returns it (DER SubjectPublicKeyInfo), so an operator
 * can hand the key to OpenSSL and friends without converting it themselves.
 */
public final class PublicKeyPem {

    private static final int LINE_LENGTH = 64;

    private PublicKeyPem() {
    }

    /** RFC 7468 "PUBLIC KEY" block: base64 wrapped at 64 characters, a line feed after each line. */
    public static String format(byte[] der) {
        String base64 = Base64.getEncoder().encodeToString(der);
        StringBuilder pem = new StringBuilder("-----BEGIN PUBLIC KEY-----\n");
        for (int start = 0; start < base64.length(); start += LINE_LENGTH) {
            pem.append(base64, start, Math.min(base64.length(), start + LINE_LENGTH)).append('\n');
        }
        return pem.append("-----END PUBLIC KEY-----\n").toString();
    }
}
