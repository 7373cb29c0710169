package io.strongroom.ear;

import io.strongroom.client.CreateKeyRequest;
import io.strongroom.client.DecryptRequest;
import io.strongroom.client.DecryptResult;
import io.strongroom.client.EncryptRequest;
import io.strongroom.client.EncryptResult;
import io.strongroom.client.KeyManagement;
import io.strongroom.client.KeyMaterialImport;
import io.strongroom.client.KeyMetadata;
import io.strongroom.client.KmsException;
import io.strongroom.client.SignRequest;
import io.strongroom.client.SignResult;
import io.strongroom.client.Tag;
import io.strongroom.client.VerifyRequest;
import io.strongroom.client.VerifyResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * What an enterprise application does with the client jar: runs in its own JVM with only
 * {@code gf-client.jar} and {@code strongroom-client.jar} (plus this class) on the class path,
 * logs in, looks the facade up over IIOP and calls it. It prints one line per step for
 * {@link RemoteEjbOnPayaraServerIT} to check.
 *
 * <p>Arguments: the portable JNDI names of the KeyManagement and KeyMaterialImport facades. The login comes from {@code STRONGROOM_EJB_USER} and
 * {@code STRONGROOM_EJB_PASSWORD}; the ORB address from the usual {@code org.omg.CORBA.ORBInitial*}
 * system properties.
 */
public final class RemoteKeyManagementClient {

    private RemoteKeyManagementClient() {
    }

    public static void main(String[] args) throws Exception {
        String jndiName = args[0];
        try {
            // Without a login the server refuses the call (or already the lookup, which creates the bean's stub).
            KeyManagement anonymous = (KeyManagement) new InitialContext().lookup(jndiName);
            anonymous.listKeys(1, null);
            System.out.println("ANONYMOUS allowed");
        } catch (NamingException | RuntimeException refused) {
            System.out.println("ANONYMOUS refused " + causes(refused));
        }

        login(System.getenv("STRONGROOM_EJB_USER"), System.getenv("STRONGROOM_EJB_PASSWORD"));
        KeyManagement kms = (KeyManagement) new InitialContext().lookup(jndiName);
        System.out.println("LOOKUP " + kms.getClass().getName());

        try {
            kms.describeKey(UUID.randomUUID().toString());
            System.out.println("UNKNOWN_KEY found");
        } catch (KmsException expected) {
            System.out.println("UNKNOWN_KEY " + expected.error() + " " + expected.getMessage());
        }

        KeyMetadata key = kms.createKey(new CreateKeyRequest("created over remote EJB", null, null, null,
                List.of(new Tag("suite", "ear-tests"))));
        System.out.println("CREATED " + key.keyId() + " " + key.arn() + " " + key.keyState());

        Map<String, String> context = Map.of("purpose", "ear-test");
        byte[] plaintext = "attack at dawn".getBytes(StandardCharsets.UTF_8);
        EncryptResult encrypted = kms.encrypt(new EncryptRequest(key.keyId(), plaintext, context, null));
        System.out.println("ENCRYPTED " + encrypted.keyId() + " " + encrypted.ciphertextBlob().length);

        DecryptResult decrypted = kms.decrypt(new DecryptRequest(encrypted.ciphertextBlob(), context, null, null));
        System.out.println("DECRYPTED " + decrypted.keyId() + " " + new String(decrypted.plaintext(), StandardCharsets.UTF_8));

        // Key specs other than SYMMETRIC_DEFAULT cross the wire the same way.
        KeyMetadata signingKey = kms.createKey(new CreateKeyRequest("signing over remote EJB", "ECC_NIST_P256",
                "SIGN_VERIFY", null, List.of()));
        SignResult signed = kms.sign(new SignRequest(signingKey.keyId(), plaintext, null, "ECDSA_SHA_256"));
        VerifyResult verified = kms.verify(new VerifyRequest(signingKey.keyId(), plaintext, null, signed.signature(),
                "ECDSA_SHA_256"));
        System.out.println("VERIFIED " + verified.signatureValid() + " " + verified.signingAlgorithm());
        try {
            kms.verify(new VerifyRequest(signingKey.keyId(), "forged".getBytes(StandardCharsets.UTF_8), null,
                    signed.signature(), "ECDSA_SHA_256"));
            System.out.println("FORGED verified");
        } catch (KmsException expected) {
            System.out.println("FORGED " + expected.error());
        }
        System.out.println("PUBLIC_KEY " + kms.getPublicKey(signingKey.keyId()).signingAlgorithms());
        System.out.println("RANDOM " + kms.generateRandom(32).length);

        KeyMaterialImport imports = (KeyMaterialImport) new InitialContext().lookup(args[1]);
        new RemoteOperationsTour(kms, imports).run();

        // The ORB keeps non-daemon threads alive.
        System.exit(0);
    }

    private static String causes(Throwable failure) {
        StringBuilder chain = new StringBuilder(failure.getClass().getName());
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            chain.append(" <- ").append(cause.getClass().getName());
        }
        return chain.toString();
    }

    /**
     * Payara's {@code ProgrammaticLogin} comes with gf-client.jar, which is not on Maven Central,
     * so the class is reached at run time rather than compiled against. The credentials go with
     * every later IIOP call (CSIv2 username/password) and are checked by the server's realm.
     */
    private static void login(String user, String password) throws ReflectiveOperationException {
        Class<?> programmaticLogin = Class.forName("com.sun.enterprise.security.ee.auth.login.ProgrammaticLogin");
        Object login = programmaticLogin.getConstructor().newInstance();
        Object ok = programmaticLogin.getMethod("login", String.class, char[].class, String.class, boolean.class)
                .invoke(login, user, password.toCharArray(), null, true);
        System.out.println("LOGIN " + ok);
    }
}
