package io.strongroom.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyReferenceTest {

    private static final RegionIdentity REGION = new RegionIdentity("us-east-1", "111122223333");
    private static final String ID = "1234abcd-12ab-34cd-56ef-1234567890ab";

    @Test
    void acceptsTheFourFormsOfAwsKeyId() {
        assertEquals(new KeyReference.ById(ID), parse(ID));
        assertEquals(new KeyReference.ById(ID), parse(REGION.keyArn(ID)));
        assertEquals(new KeyReference.ById("mrk-1234abcd12ab34cd56ef1234567890ab"), parse("mrk-1234abcd12ab34cd56ef1234567890ab"));
        assertEquals(new KeyReference.ByAlias("alias/app"), parse("alias/app"));
        assertEquals(new KeyReference.ByAlias("alias/app"), parse("arn:aws:kms:us-east-1:111122223333:alias/app"));
    }

    @Test
    void otherRegionsAccountsAndBadIdsCannotBeFoundHere() {
        assertEquals(KeyReference.Unresolvable.class, parse("arn:aws:kms:eu-west-1:111122223333:key/" + ID).getClass());
        assertEquals(KeyReference.Unresolvable.class, parse("arn:aws:kms:us-east-1:999999999999:key/" + ID).getClass());
        assertEquals(KeyReference.Unresolvable.class, parse("not-a-key").getClass());
    }

    @ParameterizedTest
    @ValueSource(strings = {"arn:aws:kms", "arn:aws:s3:us-east-1:111122223333:key/x", "arn:aws:kms:us-east-1:111122223333:bucket/x",
            "arn:aws:kms::111122223333:key/x", "arn:aws:kms:us-east-1:111122223333:key/"})
    void malformedArnsAreInvalidArn(String arn) {
        KmsException e = assertThrows(KmsException.class, () -> parse(arn));
        assertEquals(KmsError.InvalidArnException, e.error());
    }

    @Test
    void missingOrOversizeIsValidationNamingTheField() {
        KmsException missing = assertThrows(KmsException.class, () -> KeyReference.parse("keyId", null, REGION));
        assertEquals(KmsError.ValidationException, missing.error());
        assertEquals(true, missing.getMessage().contains("keyId"));
        KmsException tooLong = assertThrows(KmsException.class, () -> parse("x".repeat(2049)));
        assertEquals(KmsError.ValidationException, tooLong.error());
    }

    private static KeyReference parse(String value) {
        return KeyReference.parse("keyId", value, REGION);
    }
}
