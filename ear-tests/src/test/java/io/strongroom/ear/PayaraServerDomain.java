package io.strongroom.ear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code domain1} of a Payara Server unpacked under {@code target/}, driven through asadmin.
 * Its ports are moved by a fixed offset before the start, so the test neither needs nor
 * disturbs a Payara Micro or a server on the default ports (8080, 4848, 3700), and its data grid
 * (Hazelcast) is off, so it stays a single, isolated server. Payara's MicroProfile Health endpoint
 * is off too, as wherever Strongroom runs, so that {@code GET /health} is the application's own.
 */
final class PayaraServerDomain {

    private static final String DOMAIN = "domain1";
    /** The ports of server-config in a pristine domain1; default-config uses ${...} and is left alone. */
    private static final int[] DEFAULT_PORTS = {8080, 8181, 4848, 3700, 3820, 3920, 8686, 7676};
    private static final String JAVA_TIME_OPENS = "--add-opens=java.base/java.time=ALL-UNNAMED";
    private static final int[] OFFSETS = {20000, 21000, 22000, 23000};

    private final Path glassfish;
    private final int offset;

    private PayaraServerDomain(Path glassfish, int offset) {
        this.glassfish = glassfish;
        this.offset = offset;
    }

    /** Picks a free port offset and rewrites domain1's ports from the pristine domain.xml. */
    static PayaraServerDomain prepare(Path payaraHome) throws IOException {
        Path glassfish = payaraHome.resolve("glassfish");
        Path config = glassfish.resolve("domains").resolve(DOMAIN).resolve("config");
        Path domainXml = config.resolve("domain.xml");
        Path pristine = config.resolve("domain.xml.pristine");
        if (!Files.exists(pristine)) {
            Files.copy(domainXml, pristine);
        }
        int offset = freeOffset();
        String xml = Files.readString(pristine);
        for (int port : DEFAULT_PORTS) {
            xml = xml.replace("port=\"" + port + "\"", "port=\"" + (port + offset) + "\"");
        }
        xml = xml.replace("name=\"JMS_PROVIDER_PORT\" value=\"7676\"", "name=\"JMS_PROVIDER_PORT\" value=\"" + (7676 + offset) + "\"");
        // Results carry java.time.Instant, which the server's ORB can only marshal with java.time open.
        xml = xml.replaceFirst("(<jvm-options>\\[17\\|]--add-opens=java.base/java.io=ALL-UNNAMED</jvm-options>)",
                "$1<jvm-options>" + JAVA_TIME_OPENS + "</jvm-options>");
        // Without this the server's data grid joins any Payara Micro found on the network (other
        // test runs on the same machine), which slows both down and mixes their state.
        xml = xml.replaceFirst("<hazelcast-config-specific-configuration>",
                "<hazelcast-config-specific-configuration enabled=\"false\">");
        // What `asadmin set-microprofile-healthcheck-configuration --enabled=false` writes; it is read
        // at start-up, so it goes into the file rather than through asadmin and a restart. The first
        // <config> is server-config.
        xml = xml.replaceFirst("(<microprofile-metrics-configuration></microprofile-metrics-configuration>)",
                "$1<microprofile-healthcheck-configuration enabled=\"false\"></microprofile-healthcheck-configuration>");
        Files.writeString(domainXml, xml);
        // A previous run's exploded application; the pristine domain.xml no longer names it.
        deleteRecursively(glassfish.resolve("domains").resolve(DOMAIN).resolve("applications").resolve("strongroom"));
        return new PayaraServerDomain(glassfish, offset);
    }

    int httpPort() {
        return 8080 + offset;
    }

    int iiopPort() {
        return 3700 + offset;
    }

    Path glassfish() {
        return glassfish;
    }

    Path serverLog() {
        return glassfish.resolve("domains").resolve(DOMAIN).resolve("logs").resolve("server.log");
    }

    void start() throws IOException {
        asadmin("start-domain", DOMAIN);
    }

    /** Stops the domain; kills it if a graceful stop fails, so no server outlives the test. */
    void stop() throws IOException {
        if (run(List.of("stop-domain", DOMAIN), Duration.ofSeconds(60)).exitCode != 0) {
            run(List.of("stop-domain", "--kill=true", DOMAIN), Duration.ofSeconds(60));
        }
    }

    /** Sets server system properties; they apply at once, before the application is deployed. */
    void setSystemProperties(Map<String, String> properties) throws IOException {
        String joined = properties.entrySet().stream()
                .map(e -> escape(e.getKey()) + "=" + escape(e.getValue()))
                .collect(Collectors.joining(":"));
        asadmin("create-system-properties", joined);
    }

    /** Creates (or recreates) a user of the file realm, the default realm remote EJB callers log in to. */
    void createFileUser(String user, String password, String group) throws IOException {
        Path passwordFile = Files.createTempFile("asadmin", ".pw");
        try {
            Files.writeString(passwordFile, "AS_ADMIN_USERPASSWORD=" + password + "\n");
            run(List.of("delete-file-user", user), Duration.ofSeconds(60));
            asadmin("--passwordfile", passwordFile.toString(), "create-file-user", "--groups", group, user);
        } finally {
            Files.deleteIfExists(passwordFile);
        }
    }

    void deploy(Path archive, String name) throws IOException {
        asadmin("deploy", "--force=true", "--name", name, archive.toString());
    }

    /** Polls an HTTP path of the server until it answers 200, and returns that answer's body. */
    String awaitOk(String path, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Answer answer = new Answer(-1, "");
        while (System.nanoTime() < deadline) {
            answer = get(path);
            if (answer.status == 200) {
                return answer.body;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("GET " + path + " answered " + answer.status + " for " + timeout + "\n" + serverLogTail(80));
    }

    String serverLogTail(int lines) {
        try {
            List<String> all = Files.readAllLines(serverLog(), StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no server log: " + e.getMessage() + ")";
        }
    }

    private Answer get(String path) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://localhost:" + httpPort() + path)
                    .toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            try {
                int status = connection.getResponseCode();
                var stream = status < 400 ? connection.getInputStream() : connection.getErrorStream();
                String body = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
                return new Answer(status, body);
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYet) {
            return new Answer(-1, "");
        }
    }

    private void asadmin(String... args) throws IOException {
        Result result = run(List.of(args), Duration.ofMinutes(3));
        if (result.exitCode != 0) {
            throw new AssertionError("asadmin " + String.join(" ", args).replaceAll("PASSWORD=[^:]*", "PASSWORD=…")
                    + " failed (" + result.exitCode + "):\n" + result.output + "\n" + serverLogTail(60));
        }
    }

    private Result run(List<String> args, Duration timeout) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(glassfish.resolve("bin").resolve("asadmin").toString());
        command.add("--port");
        command.add(String.valueOf(4848 + offset));
        command.add("--interactive=false");
        command.addAll(args);
        // Output goes to a file: the server started by start-domain inherits asadmin's descriptors,
        // and a pipe would stay open for as long as the server runs.
        Path output = Files.createTempFile("asadmin", ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().put("AS_JAVA", System.getProperty("java.home"));
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "timed out after " + timeout);
            }
            return new Result(process.exitValue(), Files.readString(output));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running asadmin", e);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** asadmin separates properties with ':' and pairs with '=', so both are escaped in values. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=");
    }

    private static int freeOffset() {
        for (int offset : OFFSETS) {
            boolean free = true;
            for (int port : DEFAULT_PORTS) {
                free &= isFree(port + offset);
            }
            if (free) {
                return offset;
            }
        }
        throw new IllegalStateException("no free port range for Payara Server");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private record Result(int exitCode, String output) {
    }

    private record Answer(int status, String body) {
    }
}
