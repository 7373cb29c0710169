package io.strongroom.interfaces.console;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

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

    /** A PEM text as a file download named {@code fileName}. */
    public static StreamedContent download(String fileName, String pemText) {
        byte[] pem = pemText.getBytes(StandardCharsets.US_ASCII);
        return DefaultStreamedContent.builder()
                .name(fileName)
                .contentType("application/x-pem-file")
                .contentLength((long) pem.length)
                .stream(() -> new ByteArrayInputStream(pem))
                .build();
    }
}
