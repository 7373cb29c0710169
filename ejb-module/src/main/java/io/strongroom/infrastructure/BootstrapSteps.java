package io.strongroom.infrastructure;

import io.strongroom.application.ApiCredentials;
import io.strongroom.application.ConsoleAccounts;
import io.strongroom.application.IamService;
import io.strongroom.application.replication.PeerDeclaration;
import io.strongroom.application.replication.PeerRegionsFile;
import io.strongroom.application.replication.PeerRegistry;
import io.strongroom.application.replication.SigningKeyCustody;
import io.strongroom.client.KmsException;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.domain.replication.KeyFingerprint;
import io.strongroom.domain.replication.SigningKey;
import io.strongroom.infrastructure.config.StrongroomConfig;
import io.strongroom.infrastructure.crypto.CryptoBoundary;
import io.strongroom.persistence.RootKeyCheckRecord;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The transactional steps of a node's start: root key check, first-start credentials, the
 * replication signing key and the configured peer regions. When it generates a password or an API
 * secret it never logs it: it leaves it in an owner-only file in the data directory, which the
 * launcher prints once and deletes.
 */
@Stateless
public class BootstrapSteps {

    static final String ADMIN_USER = "admin";
    private static final Logger LOG = Logger.getLogger(BootstrapSteps.class.getName());
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;
    @Inject
    private CryptoBoundary crypto;
    @Inject
    private StrongroomConfig config;
    @Inject
    private RegionIdentity region;
    @EJB
    private ConsoleAccounts consoleAccounts;
    @EJB
    private ApiCredentials apiCredentials;
    @EJB
    private IamService iamService;
    @Inject
    private SigningKeyCustody signingKeys;
    @Inject
    private PeerRegistry peerRegistry;

    /** First start records the root key's check value; later starts refuse a different root key. */
    public void verifyOrRecordRootKey() {
        RootKeyCheckRecord check = em.find(RootKeyCheckRecord.class, RootKeyCheckRecord.SINGLETON_ID);
        if (check == null) {
            em.persist(new RootKeyCheckRecord(crypto.newRootKeyCheckValue(), Instant.now()));
        } else if (!crypto.verifyRootKeyCheckValue(check.getCheckValue())) {
            throw new IllegalStateException("The root key at " + config.rootKeyFile()
                    + " is not the one this database was sealed with; refusing to start");
        }
    }

    public void ensureBootstrapCredentials() {
        // Idempotent: databases from before identity policies get the administrator's policy too.
        iamService.ensureAdministrator(ADMIN_USER);
        List<String> generated = new ArrayList<>();
        if (!consoleAccounts.exists(ADMIN_USER)) {
            String password = config.value(StrongroomConfig.ADMIN_PASSWORD).orElse(null);
            if (password == null) {
                password = randomString(20);
                generated.add("Console user:       " + ADMIN_USER);
                generated.add("Console password:   " + password);
            }
            consoleAccounts.create(ADMIN_USER, region.userArn(ADMIN_USER), password.toCharArray());
        }
        String accessKeyId = config.value(StrongroomConfig.ACCESS_KEY_ID).orElse(null);
        if (accessKeyId != null) {
            if (!apiCredentials.exists(accessKeyId)) {
                String secret = config.value(StrongroomConfig.SECRET_ACCESS_KEY).orElseThrow(() ->
                        new IllegalStateException(StrongroomConfig.ACCESS_KEY_ID + " is set but "
                                + StrongroomConfig.SECRET_ACCESS_KEY + " is not"));
                apiCredentials.create(accessKeyId, region.userArn(ADMIN_USER), secret);
            }
        } else if (!hasAnyCredential()) {
            accessKeyId = "AKIA" + randomString(16);
            String secret = randomString(40);
            apiCredentials.create(accessKeyId, region.userArn(ADMIN_USER), secret);
            generated.add("Access key id:      " + accessKeyId);
            generated.add("Secret access key:  " + secret);
        }
        if (!generated.isEmpty()) {
            writeFirstStartCredentials(generated);
        }
    }

    /**
     * The region's replication signing key exists (generated on the first start) and the peer
     * regions file, if configured, is applied with the same checks as the console. A bad entry
     * stops the start: a peer silently missing would only show as failing replications.
     */
    public void ensureReplicationTrust() {
        SigningKey current = signingKeys.ensureCurrent();
        LOG.info(() -> "Replication signing key version " + current.version() + ", SHA-256 fingerprint "
                + KeyFingerprint.format(current.fingerprint()));
        Path file = config.peerRegionsFile().orElse(null);
        if (file == null) {
            return;
        }
        for (PeerDeclaration peer : PeerRegionsFile.read(file)) {
            try {
                peerRegistry.declare(peer);
            } catch (KmsException refused) {
                throw new IllegalStateException("Peer region " + peer.region() + " in " + file + " is refused: "
                        + refused.getMessage(), refused);
            }
        }
    }

    private boolean hasAnyCredential() {
        return em.createQuery("select count(c) from ApiCredentialRecord c", Long.class).getSingleResult() > 0;
    }

    private void writeFirstStartCredentials(List<String> lines) {
        var file = config.firstStartCredentialsFile();
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the first-start credentials file " + file, e);
        }
    }

    private static String randomString(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        return out.toString();
    }
}
