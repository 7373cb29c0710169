package io.strongroom.interfaces.console;

import io.strongroom.client.Tag;
import java.io.Serializable;
import java.util.List;

/** One editable tag line of the create-key and replicate dialogs (the client's {@link Tag} record is immutable). */
public class TagRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private String tagKey;
    private String tagValue;

    public String getTagKey() {
        return tagKey;
    }

    public void setTagKey(String tagKey) {
        this.tagKey = tagKey;
    }

    public String getTagValue() {
        return tagValue;
    }

    public void setTagValue(String tagValue) {
        this.tagValue = tagValue;
    }

    /** The tags of a dialog's tag lines; lines left completely empty are dropped. */
    static List<Tag> tagsOf(List<TagRow> rows) {
        return rows.stream().filter(row -> !row.isBlank()).map(TagRow::toTag).toList();
    }

    /** A line the user added but left empty is not a tag. */
    boolean isBlank() {
        return (tagKey == null || tagKey.isBlank()) && (tagValue == null || tagValue.isEmpty());
    }

    /** TagValue may be empty in KMS, but not absent. */
    Tag toTag() {
        return new Tag(tagKey, tagValue == null ? "" : tagValue);
    }
}
