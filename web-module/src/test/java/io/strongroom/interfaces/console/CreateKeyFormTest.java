package io.strongroom.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.strongroom.client.CreateKeyRequest;
import io.strongroom.client.Tag;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreateKeyFormTest {

    private static TagRow row(String key, String value) {
        TagRow row = new TagRow();
        row.setTagKey(key);
        row.setTagValue(value);
        return row;
    }

    private static CreateKeyForm formWith(String keySpec, String keyUsage) {
        CreateKeyForm form = new CreateKeyForm();
        form.setKeySpec(keySpec);
        form.setKeyUsage(keyUsage);
        return form;
    }

    @Test
    void requestCarriesDescriptionSpecUsageAndTags() {
        CreateKeyRequest request = CreateKeyForm.request("payments", "RSA_2048", "SIGN_VERIFY",
                List.of(row("team", "core"), row("env", null)));

        assertEquals("payments", request.description());
        assertEquals("RSA_2048", request.keySpec());
        assertEquals("SIGN_VERIFY", request.keyUsage());
        assertNull(request.origin());
        assertEquals(List.of(new Tag("team", "core"), new Tag("env", "")), request.tags());
    }

    @Test
    void emptyTagLinesAndBlankDescriptionAreDropped() {
        CreateKeyRequest request = CreateKeyForm.request("  ", "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT",
                List.of(row(null, null), row(" ", ""), row("team", "core")));

        assertNull(request.description());
        assertEquals(List.of(new Tag("team", "core")), request.tags());
    }

    @Test
    void aValueWithoutKeyIsSentForTheServiceToReject() {
        CreateKeyRequest request = CreateKeyForm.request(null, "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT",
                List.of(row("", "orphan")));

        assertEquals(List.of(new Tag("", "orphan")), request.tags());
    }

    @Test
    void startsWithASymmetricEncryptionKey() {
        CreateKeyForm form = new CreateKeyForm();

        assertEquals("SYMMETRIC_DEFAULT", form.getKeySpec());
        assertEquals("ENCRYPT_DECRYPT", form.getKeyUsage());
        assertEquals(List.of("ENCRYPT_DECRYPT"), form.getKeyUsages());
    }

    @Test
    void changingTheSpecOffersItsUsagesAndReplacesAUsageItDoesNotAllow() {
        CreateKeyForm form = formWith("HMAC_384", "ENCRYPT_DECRYPT");
        form.keySpecChanged();

        assertEquals(List.of("GENERATE_VERIFY_MAC"), form.getKeyUsages());
        assertEquals("GENERATE_VERIFY_MAC", form.getKeyUsage());

        form.setKeySpec("ECC_SECG_P256K1");
        form.keySpecChanged();
        assertEquals(List.of("SIGN_VERIFY"), form.getKeyUsages());
        assertEquals("SIGN_VERIFY", form.getKeyUsage());
    }

    @Test
    void changingTheSpecKeepsAUsageItAllows() {
        CreateKeyForm form = formWith("RSA_3072", "SIGN_VERIFY");
        form.keySpecChanged();

        assertEquals(List.of("ENCRYPT_DECRYPT", "SIGN_VERIFY"), form.getKeyUsages());
        assertEquals("SIGN_VERIFY", form.getKeyUsage());

        form.setKeySpec("ECC_NIST_P384");
        form.keySpecChanged();
        assertEquals("SIGN_VERIFY", form.getKeyUsage());
    }

    @Test
    void resetGoesBackToTheDefaults() {
        CreateKeyForm form = formWith("ECC_NIST_P521", "KEY_AGREEMENT");
        form.setDescription("agreement");
        form.addTag();

        form.reset();

        assertEquals("SYMMETRIC_DEFAULT", form.getKeySpec());
        assertEquals("ENCRYPT_DECRYPT", form.getKeyUsage());
        assertNull(form.getDescription());
        assertEquals(List.of(), form.getTags());
    }
}
