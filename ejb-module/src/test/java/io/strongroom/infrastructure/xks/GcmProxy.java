package io.strongroom.infrastructure.xks;

import io.strongroom.infrastructure.xks.ScriptedProxy.Answer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Function;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A script that encrypts and decrypts as an XKS proxy does (AES-256-GCM under one fixed key,
 * separate tag, the integrity value when asked), with a hook that damages encrypt answers.
 */
final class GcmProxy {

    private static final SecretKeySpec KEY = new SecretKeySpec(new byte[32], "AES");
    private static final SecureRandom RANDOM = new SecureRandom();

    private GcmProxy() {
    }

    static ScriptedProxy.Script answering(Function<JsonObject, JsonObject> encryptAnswerDamage) {
        return request -> {
            JsonObject body = Json.createReader(new StringReader(request.bodyText())).readObject();
            byte[] aad = body.containsKey("additionalAuthenticatedData")
                    ? Base64.getDecoder().decode(body.getString("additionalAuthenticatedData")) : null;
            if (request.path().endsWith("/encrypt")) {
                return Answer.ok(encryptAnswerDamage.apply(encrypt(body, aad)).toString());
            }
            byte[] iv = Base64.getDecoder().decode(body.getString("initializationVector"));
            byte[] ciphertext = Base64.getDecoder().decode(body.getString("ciphertext"));
            byte[] tag = Base64.getDecoder().decode(body.getString("authenticationTag"));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, KEY, new GCMParameterSpec(128, iv));
            if (aad != null) {
                cipher.updateAAD(aad);
            }
            cipher.update(ciphertext);
            byte[] plaintext = cipher.doFinal(tag);
            return Answer.ok(Json.createObjectBuilder().add("plaintext", b64(plaintext)).build().toString());
        };
    }

    private static JsonObject encrypt(JsonObject body, byte[] aad) throws Exception {
        byte[] plaintext = Base64.getDecoder().decode(body.getString("plaintext"));
        byte[] iv = new byte[12];
        RANDOM.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, KEY, new GCMParameterSpec(128, iv));
        if (aad != null) {
            cipher.updateAAD(aad);
        }
        byte[] sealed = cipher.doFinal(plaintext);
        byte[] ciphertext = Arrays.copyOf(sealed, plaintext.length);
        byte[] tag = Arrays.copyOfRange(sealed, plaintext.length, sealed.length);
        JsonObjectBuilder answer = Json.createObjectBuilder()
                .add("ciphertext", b64(ciphertext))
                .add("initializationVector", b64(iv))
                .add("authenticationTag", b64(tag));
        if (body.containsKey("ciphertextDataIntegrityValueAlgorithm")) {
            answer.add("ciphertextDataIntegrityValue", b64(XksProxyClient.integrityValue(aad, null, iv, ciphertext, tag)));
        }
        return answer.build();
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
