package io.strongroom.infrastructure.xks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A plain-HTTP stand-in for an XKS proxy whose answers a test scripts, to drive the client into
 * every failure the specification and the network allow. It records what it received, including
 * the client's source port (one port per reused connection).
 */
final class ScriptedProxy implements AutoCloseable {

    static {
        // The JDK server otherwise writes headers and body in two segments and waits on delayed ACKs.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    record Received(String path, Map<String, List<String>> headers, byte[] body, int sourcePort) {
        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    record Answer(int status, String body, Duration delay) {
        static Answer ok(String body) {
            return new Answer(200, body, Duration.ZERO);
        }

        static Answer error(int status, String body) {
            return new Answer(status, body, Duration.ZERO);
        }
    }

    interface Script {
        Answer answer(Received request) throws Exception;
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Script script;

    private ScriptedProxy(Script script) throws IOException {
        this.script = script;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    static ScriptedProxy start(Script script) throws IOException {
        return new ScriptedProxy(script);
    }

    void script(Script next) {
        script = next;
    }

    /** {@code http://127.0.0.1:port}. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int port() {
        return server.getAddress().getPort();
    }

    List<Received> received() {
        return received;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Received request = new Received(exchange.getRequestURI().getRawPath(), Map.copyOf(exchange.getRequestHeaders()),
                    exchange.getRequestBody().readAllBytes(), exchange.getRemoteAddress().getPort());
            received.add(request);
            Answer answer;
            try {
                answer = script.answer(request);
                Thread.sleep(answer.delay().toMillis());
            } catch (Exception e) {
                answer = Answer.error(500, "{\"errorName\":\"InternalException\"}");
            }
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
