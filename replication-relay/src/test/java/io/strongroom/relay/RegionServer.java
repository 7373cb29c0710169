package io.strongroom.relay;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.strongroom.relay.http.TlsContexts;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A stand-in for one region's replication endpoint: a JDK HTTP(S) server on a free loopback port
 * that keeps every message it receives, in arrival order, and answers with {@link #answer}
 * (by default 200 and {@code "<region>:"} followed by the message, so a caller sees who answered
 * and that the bytes went through whole).
 */
public final class RegionServer implements AutoCloseable {

    private final String region;
    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private volatile Function<byte[], Reply> answer;

    private RegionServer(String region, HttpServer server) {
        this.region = region;
        this.server = server;
        this.answer = body -> new Reply(200, "application/octet-stream", concat(prefix(), body));
        server.createContext("/", this::handle);
        server.start();
    }

    public static RegionServer start(String region) {
        try {
            return new RegionServer(region, HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A region serving HTTPS with {@code identity}. */
    public static RegionServer startTls(String region, ServerIdentity identity) {
        try {
            HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            server.setHttpsConfigurator(new HttpsConfigurator(TlsContexts.server(identity)));
            return new RegionServer(region, server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String region() {
        return region;
    }

    /** The endpoint the relay routes this region to. */
    public URI endpoint() {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return URI.create(scheme + "://localhost:" + server.getAddress().getPort());
    }

    public void answer(Function<byte[], Reply> reply) {
        this.answer = reply;
    }

    /** {@code "<region>:"}, what the default answer starts with. */
    public byte[] prefix() {
        return (region + ":").getBytes(StandardCharsets.US_ASCII);
    }

    /** What arrived, in order. */
    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    public synchronized List<byte[]> bodies() {
        return received.stream().map(Received::body).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            synchronized (this) {
                received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")), body));
            }
            Reply reply = answer.apply(body);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        }
    }

    public static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    /** One message as the region received it. */
    public record Received(String method, String path, Optional<String> contentType, byte[] body) {
    }

    /** What the region answers. */
    public record Reply(int status, String contentType, byte[] body) {
    }
}
