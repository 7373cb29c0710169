package io.strongroom.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.strongroom.application.KeySummary;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AliasFormTest {

    @Test
    void typedValuesLoseSurroundingBlanksAndBlankIsNotGiven() {
        assertEquals("alias/app", AliasForm.strip("  alias/app \t"));
        assertNull(AliasForm.strip("   "));
        assertNull(AliasForm.strip(null));
    }

    @Test
    void pickerLabelShowsSpecStateAndDescriptionWhenThereIsOne() {
        KeySummary described = new KeySummary("k1", "arn:k1", List.of(), "Enabled", "RSA_2048", "AWS_KMS",
                Instant.EPOCH, "signing key");
        KeySummary bare = new KeySummary("k2", "arn:k2", List.of(), "Disabled", "SYMMETRIC_DEFAULT", "AWS_KMS",
                Instant.EPOCH, "");

        assertEquals("RSA_2048 · Enabled · signing key", AliasForm.label(described));
        assertEquals("SYMMETRIC_DEFAULT · Disabled", AliasForm.label(bare));
    }

    @Test
    void aNewCreateDialogStartsWithThePrefix() {
        AliasForm form = new AliasForm();
        form.setAliasName("alias/typed");
        form.setTargetKeyId("k1");

        form.resetCreate();

        assertEquals("alias/", form.getAliasName());
        assertNull(form.getTargetKeyId());
    }
}
