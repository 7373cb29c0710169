package io.strongroom.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A tag on a key. */
@Entity
@Table(name = "key_tag")
@IdClass(KeyTagRecord.TagId.class)
@NamedQuery(name = "KeyTagRecord.forKey", query = "select t from KeyTagRecord t where t.keyId = :keyId order by t.tagKey")
@NamedQuery(name = "KeyTagRecord.pageForKeyAfter",
        query = "select t from KeyTagRecord t where t.keyId = :keyId and t.tagKey > :marker order by t.tagKey")
public class KeyTagRecord {

    @Id
    @Column(name = "key_id")
    private String keyId;
    @Id
    @Column(name = "tag_key")
    private String tagKey;
    @Column(name = "tag_value")
    private String tagValue;

    protected KeyTagRecord() {
    }

    public KeyTagRecord(String keyId, String tagKey, String tagValue) {
        this.keyId = keyId;
        this.tagKey = tagKey;
        this.tagValue = tagValue;
    }

    public String getKeyId() {
        return keyId;
    }

    public String getTagKey() {
        return tagKey;
    }

    public String getTagValue() {
        return tagValue;
    }

    /** TagResource with an existing tag key overwrites the value. */
    public void setTagValue(String tagValue) {
        this.tagValue = tagValue;
    }

    /** Composite primary key (key_id, tag_key). */
    public static class TagId implements Serializable {
        private static final long serialVersionUID = 1L;
        private String keyId;
        private String tagKey;

        public TagId() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TagId that && Objects.equals(keyId, that.keyId) && Objects.equals(tagKey, that.tagKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(keyId, tagKey);
        }
    }
}
