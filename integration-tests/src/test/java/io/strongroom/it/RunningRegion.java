package io.strongroom.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One Strongroom region for all client-side tests (AWS SDK, database at rest, browser): Payara Micro
 * running the real WAR at the root context on a port found free at start, with {@code --nocluster}, against
 * {@link TestDatabase}. Arquillian would boot one Micro per test class (about ten seconds each), so
 * the client-side classes share this process instead; it is stopped when the test run ends.
 * Test methods and lifecycle methods receive the region's base {@link URI} as a parameter.
 */
public final class RunningRegion implements BeforeAllCallback, ParameterResolver {

    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(4);
    private static final Object LOCK = new Object();
    private static Process micro;
    private static URI baseUri;
    /** A region that failed to boot fails every later class at once instead of booting again. */
    private static IllegalStateException bootFailure;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningRegion.class, key -> new Shutdown(), Shutdown.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == URI.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return baseUri();
    }

    /** Base URI of the running region, ending in "/" (the AWS JSON API is {@code POST /}). */
    public static URI baseUri() {
        if (baseUri == null) {
            throw new IllegalStateException("RunningRegion has not been started");
        }
        return baseUri;
    }

    private static void start() throws IOException, InterruptedException {
        synchronized (LOCK) {
            if (micro != null) {
                return;
            }
            if (bootFailure != null) {
                throw bootFailure;
            }
            TestDatabase.start();
            int port = TestRegion.freePort();
            Path log = TestRegion.workDirectory().resolve("region-micro.log");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(TestRegion.jvmOptions(TestDatabase.jdbcUrl()));
            command.addAll(List.of("-jar", TestRegion.microJar().toString(),
                    "--nocluster", "--port", String.valueOf(port), "--addlibs", TestRegion.jdbcDriver().toString(),
                    "--prebootcommandfile", TestRegion.prebootCommands().toString(),
                    "--contextroot", "/", "--deploy", TestRegion.microWar().toString()));
            micro = new ProcessBuilder(command)
                    .directory(TestRegion.workDirectory().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(RunningRegion::stop));
            baseUri = URI.create("http://localhost:" + port + "/");
            try {
                awaitHealthy(log);
            } catch (IllegalStateException e) {
                stop();
                bootFailure = e;
                throw e;
            }
        }
    }

    /** Waits until GET /health answers 200: migrations applied and root key loaded. */
    private static void awaitHealthy(Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(baseUri.resolve("health")).timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + BOOT_TIMEOUT.toNanos();
        String last = "no answer";
        long readyDeadline = Long.MAX_VALUE;
        while (System.nanoTime() < deadline && System.nanoTime() < readyDeadline) {
            if (readyDeadline == Long.MAX_VALUE && Files.readString(log).contains("ready in")) {
                // Booted: an application that is not healthy within a minute failed to deploy.
                readyDeadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            }
            if (!micro.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + micro.exitValue() + "; see " + log
                        + "\n" + tail(log));
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && micro.isAlive()) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException notListeningYet) {
                last = notListeningYet.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("region not healthy (last: " + last + "); see "
                + log + "\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static void stop() {
        synchronized (LOCK) {
            if (micro == null) {
                return;
            }
            micro.destroy();
            try {
                if (!micro.waitFor(30, TimeUnit.SECONDS)) {
                    micro.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                micro.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            micro = null;
        }
    }

    private static final class Shutdown implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            stop();
        }
    }
}
