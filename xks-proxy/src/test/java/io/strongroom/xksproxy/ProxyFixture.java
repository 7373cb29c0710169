package io.strongroom.xksproxy;

import io.strongroom.xksproxy.pki.CertificateAuthority;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A proxy on a free loopback port with the stores and keys the conformance client expects: store
 * {@code /example/uri/path/prefix} with two credentials and keys foo, encrypt-only, decrypt-only,
 * no-usage and disabled; a second store {@code /second/store} with its own credential and key foo.
 * A test class holds one in a {@code @RegisterExtension static} field, which stops it after the class.
 */
public final class ProxyFixture implements AutoCloseable, AfterAllCallback {

    public static final String PREFIX = "/example/uri/path/prefix";
    public static final String SECOND_PREFIX = "/second/store";
    public static final String API = PREFIX + "/kms/xks/v1";

    public final CertificateAuthority ca = CertificateAuthority.create("XKS proxy test CA");
    public final XksCredential credential = XksCredential.generate();
    public final XksCredential secondCredential = XksCredential.generate();
    public final XksCredential otherStoreCredential = XksCredential.generate();
    public final XksProxyServer server;
    public final SignedCaller caller;

    public ProxyFixture() {
        this(Optional.empty());
    }

    /** With a client CA, the proxy requires mTLS and the caller presents nothing. */
    public ProxyFixture(Optional<CertificateAuthority> clientCa) {
        XksProxyConfiguration.Builder configuration = XksProxyConfiguration.builder()
                .serverIdentity(ca.issueLocalhostServerCertificate())
                .store(LogicalKeyStore.builder(PREFIX)
                        .credential(credential).credential(secondCredential)
                        .key(XksKey.encryptDecrypt("foo"))
                        .key(XksKey.encryptOnly("encrypt-only"))
                        .key(XksKey.decryptOnly("decrypt-only"))
                        .key(new XksKey("no-usage", EnumSet.noneOf(KeyUsage.class), true))
                        .key(XksKey.disabled("disabled"))
                        .build())
                .store(LogicalKeyStore.builder(SECOND_PREFIX).credential(otherStoreCredential)
                        .key(XksKey.encryptDecrypt("foo")).build())
                .threads(4);
        clientCa.ifPresent(authority -> configuration.clientCertificateAuthority(authority.certificate()));
        try {
            server = XksProxyServer.start(configuration.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        caller = new SignedCaller(server.endpoint(), ca.certificate(), Optional.empty());
    }

    @Override
    public void close() {
        server.close();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }
}
