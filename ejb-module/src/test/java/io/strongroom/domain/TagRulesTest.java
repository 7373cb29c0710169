package io.strongroom.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.client.Tag;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TagRulesTest {

    @Test
    void acceptsValidTagsAndNull() {
        assertEquals(List.of(), TagRules.validate(null));
        assertEquals(1, TagRules.validate(List.of(new Tag("team", ""))).size());
    }

    @Test
    void refusesReservedDuplicateOversizeAndTooMany() {
        assertEquals(KmsError.TagException, error(List.of(new Tag("aws:owner", "x"))));
        assertEquals(KmsError.TagException, error(List.of(new Tag("a", "1"), new Tag("a", "2"))));
        assertEquals(KmsError.ValidationException, error(List.of(new Tag("", "x"))));
        assertEquals(KmsError.ValidationException, error(List.of(new Tag("k".repeat(129), "x"))));
        assertEquals(KmsError.ValidationException, error(List.of(new Tag("k", "v".repeat(257)))));
        assertEquals(KmsError.TagException,
                error(IntStream.range(0, 51).mapToObj(i -> new Tag("k" + i, "v")).toList()));
    }

    private static KmsError error(List<Tag> tags) {
        return assertThrows(KmsException.class, () -> TagRules.validate(tags)).error();
    }
}
