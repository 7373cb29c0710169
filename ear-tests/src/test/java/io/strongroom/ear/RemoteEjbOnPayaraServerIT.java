package io.strongroom.ear;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.KeyManagement;
import io.strongroom.client.KeyMaterialImport;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EAR on a real Payara Server: the region starts against an embedded PostgreSQL, and a
 * separate JVM holding only gf-client.jar and the client jar calls the remote EJB facade over
 * IIOP, as an enterprise application would. This is the only test of the EAR packaging, of the
 * remote facade and of its security.
 */
class RemoteEjbOnPayaraServerIT {

    private static final String JNDI_NAME =
            "java:global/strongroom/strongroom-remote-ejb/KeyManagementBean!io.strongroom.client.KeyManagement";
    private static final String IMPORT_JNDI_NAME =
            "java:global/strongroom/strongroom-remote-ejb/KeyMaterialImportBean!io.strongroom.client.KeyMaterialImport";
    // The bootstrap administrator: remote callers are authorized by identity policies like API callers.
    private static final String EJB_USER = "admin";
    private static final String EJB_PASSWORD = "ear-test-password-1";
    /**
     * What JDK 17 must open for the GlassFish ORB in the client (measured: without any one of
     * them the lookup or the unmarshalling of the results fails).
     */
    private static final List<String> CLIENT_OPENS = List.of(
            "java.base/java.lang", "java.base/java.io", "java.base/java.util", "java.base/java.time",
            "java.management/javax.management", "java.management/javax.management.openmbean");

    private static EmbeddedPostgres postgres;
    private static PayaraServerDomain domain;
    private static String healthBody;
    private static String clientOutput;

    @BeforeAll
    static void startRegionOnPayaraServer() throws Exception {
        long start = System.nanoTime();
        postgres = EmbeddedPostgres.builder().start();
        log("embedded PostgreSQL on port " + postgres.getPort(), start);

        Path target = Path.of(System.getProperty("payara.home")).getParent();
        Path dataDir = target.resolve("strongroom-data");
        PayaraServerDomain.deleteRecursively(dataDir);
        domain = PayaraServerDomain.prepare(Path.of(System.getProperty("payara.home")));
        long domainStart = System.nanoTime();
        domain.start();
        log("domain1 started (HTTP " + domain.httpPort() + ", IIOP " + domain.iiopPort() + ")", domainStart);

        domain.setSystemProperties(Map.of(
                "STRONGROOM_DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "STRONGROOM_DB_USER", "postgres",
                "STRONGROOM_DB_PASSWORD", "postgres",
                "STRONGROOM_DATA_DIR", dataDir.toString(),
                "STRONGROOM_ADMIN_PASSWORD", "ear-test-admin-password",
                "STRONGROOM_ACCESS_KEY_ID", "AKIAEARTESTS00000001",
                "STRONGROOM_SECRET_ACCESS_KEY", "ear-test-secret-access-key-0000000000001"));
        domain.createFileUser(EJB_USER, EJB_PASSWORD, "kms-user");

        long deployStart = System.nanoTime();
        domain.deploy(Path.of(System.getProperty("strongroom.ear")), "strongroom");
        healthBody = domain.awaitOk("/health", Duration.ofSeconds(60));
        log("EAR deployed and healthy", deployStart);
        log("region ready", start);
    }

    @AfterAll
    static void stopRegion() throws Exception {
        long start = System.nanoTime();
        try {
            if (domain != null) {
                domain.stop();
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
        log("domain1 and PostgreSQL stopped", start);
    }

    @Test
    void healthIsTheApplicationsReadinessNotPayaras() {
        // MicroProfile Health would answer {"status":"UP","checks":[]} whatever the region's state.
        assertEquals("{\"status\":\"UP\"}", healthBody);
    }

    @Test
    void aSeparateJvmCallsTheRemoteFacadeWithTheClientJarOnly() throws Exception {
        String output = clientOutput();

        String keyId = field(output, "CREATED (\\S+) ");
        assertAll(
                () -> assertTrue(output.matches("(?s).*ANONYMOUS refused [^\\n]*(EJBAccessException|NO_PERMISSION).*"),
                        "an unauthenticated caller is refused:\n" + output),
                () -> assertTrue(output.contains("LOGIN true"), output),
                () -> assertTrue(output.matches("(?s).*CREATED \\S+ arn:aws:kms:us-east-1:111122223333:key/\\S+ Enabled.*"),
                        output),
                () -> assertTrue(output.contains("ENCRYPTED arn:aws:kms:us-east-1:111122223333:key/" + keyId), output),
                () -> assertTrue(output.contains("DECRYPTED arn:aws:kms:us-east-1:111122223333:key/" + keyId
                        + " attack at dawn"), output),
                () -> assertTrue(output.contains("VERIFIED true ECDSA_SHA_256"), output),
                () -> assertTrue(output.contains("FORGED KMSInvalidSignatureException"), output),
                () -> assertTrue(output.contains("PUBLIC_KEY [ECDSA_SHA_256]"), output),
                () -> assertTrue(output.contains("RANDOM 32"), output),
                () -> assertTrue(output.contains("UNKNOWN_KEY NotFoundException "),
                        "KmsException crosses the wire with its code:\n" + output));
    }

    /** Every method of the remote interface, called once over IIOP by {@link RemoteOperationsTour}. */
    @Test
    void everyRemoteMethodIsServed() throws Exception {
        String output = clientOutput();
        List<String> missing = Stream.of(KeyManagement.class, KeyMaterialImport.class)
                .flatMap(remote -> Arrays.stream(remote.getMethods())).map(Method::getName)
                .filter(method -> !output.contains("OP " + method + " ")).sorted().toList();
        assertTrue(missing.isEmpty(), "remote methods never called: " + missing + "\n" + output);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("createKey", "Enabled");
        expected.put("describeKey", "true");
        expected.put("listKeys", "true");
        expected.put("updateKeyDescription", "true");
        expected.put("encrypt", "true");
        expected.put("decrypt", "true");
        expected.put("generateDataKey", "32");
        expected.put("generateDataKeyWithoutPlaintext", "true");
        expected.put("reEncrypt", "true");
        expected.put("generateRandom", "24");
        expected.put("createAlias", "true");
        expected.put("updateAlias", "true");
        expected.put("listAliases", "true");
        expected.put("deleteAlias", "true");
        expected.put("tagResource", "1");
        expected.put("untagResource", "team");
        expected.put("listResourceTags", "tour");
        expected.put("enableKeyRotation", "90");
        expected.put("getKeyRotationStatus", "true");
        expected.put("rotateKeyOnDemand", "true");
        expected.put("listKeyRotations", "ON_DEMAND");
        expected.put("disableKeyRotation", "false");
        expected.put("decrypt-after-rotation", "true");
        expected.put("getKeyPolicy", "true");
        expected.put("putKeyPolicy", "true");
        expected.put("listKeyPolicies", "[default]");
        expected.put("disableKey", "Disabled");
        expected.put("enableKey", "Enabled");
        expected.put("scheduleKeyDeletion", "PendingDeletion 7");
        expected.put("cancelKeyDeletion", "true Disabled");
        expected.put("generateMac", "32");
        expected.put("verifyMac", "true");
        expected.put("sign", "256");
        expected.put("verify", "true");
        expected.put("getPublicKey", "RSA_2048 SIGN_VERIFY");
        expected.put("deriveSharedSecret", "32");
        expected.put("generateDataKeyPair", "ECC_NIST_P256 true");
        expected.put("generateDataKeyPairWithoutPlaintext", "RSA_2048 true");
        expected.put("getParametersForImport", "true 294");
        expected.put("importKeyMaterial", "Enabled true");
        expected.put("deleteImportedKeyMaterial", "true PendingImport");
        assertAll(expected.entrySet().stream().map(entry -> () -> assertTrue(
                output.contains("OP " + entry.getKey() + " " + entry.getValue() + "\n"),
                "expected OP " + entry.getKey() + " " + entry.getValue() + " in\n" + output)));
    }

    /** What the remote client printed; it runs once per test class. */
    private static synchronized String clientOutput() throws Exception {
        if (clientOutput == null) {
            long start = System.nanoTime();
            clientOutput = runClient();
            log("remote client JVM finished", start);
        }
        return clientOutput;
    }

    /** Runs {@link RemoteKeyManagementClient} in a new JVM and returns what it printed. */
    private static String runClient() throws IOException, InterruptedException, URISyntaxException {
        String classPath = String.join(File.pathSeparator,
                domain.glassfish().resolve("lib").resolve("gf-client.jar").toString(),
                codeSource(KeyManagement.class), codeSource(RemoteKeyManagementClient.class));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        CLIENT_OPENS.forEach(open -> command.add("--add-opens=" + open + "=ALL-UNNAMED"));
        command.add("-Dorg.omg.CORBA.ORBInitialHost=localhost");
        command.add("-Dorg.omg.CORBA.ORBInitialPort=" + domain.iiopPort());
        command.add("-Djava.security.auth.login.config="
                + domain.glassfish().resolve("lib").resolve("appclient").resolve("appclientlogin.conf"));
        command.addAll(List.of("-cp", classPath, RemoteKeyManagementClient.class.getName(), JNDI_NAME,
                IMPORT_JNDI_NAME));

        Path output = Files.createTempFile("remote-client", ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().put("STRONGROOM_EJB_USER", EJB_USER);
            builder.environment().put("STRONGROOM_EJB_PASSWORD", EJB_PASSWORD);
            Process client = builder.start();
            boolean finished = client.waitFor(60, TimeUnit.SECONDS);
            if (!finished) {
                client.destroyForcibly();
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            System.out.println("---- remote client output ----\n" + printed + "------------------------------");
            assertTrue(finished, "the remote client finished within 60 s");
            assertEquals(0, client.exitValue(), "remote client exit code\n" + printed + "\n" + domain.serverLogTail(60));
            return printed;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static String field(String output, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(output);
        assertTrue(matcher.find(), "no match for " + regex + " in\n" + output);
        return matcher.group(1);
    }

    private static String codeSource(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static void log(String what, long sinceNanos) {
        System.out.printf("[ear-tests] %s in %.1f s%n", what, (System.nanoTime() - sinceNanos) / 1e9);
    }
}
