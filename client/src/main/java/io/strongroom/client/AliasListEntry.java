package io.strongroom.client;

import java.io.Serializable;
import java.time.Instant;

/** One ListAliases entry: an alias, its ARN, the key it names, and when it was created and last re-pointed. */
public final class AliasListEntry implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String aliasName;
    private final String aliasArn;
    private final String targetKeyId;
    private final Instant creationDate;
    private final Instant lastUpdatedDate;

    public AliasListEntry(String aliasName, String aliasArn, String targetKeyId, Instant creationDate, Instant lastUpdatedDate) {
        this.aliasName = aliasName;
        this.aliasArn = aliasArn;
        this.targetKeyId = targetKeyId;
        this.creationDate = creationDate;
        this.lastUpdatedDate = lastUpdatedDate;
    }

    public String aliasName() {
        return aliasName;
    }

    public String aliasArn() {
        return aliasArn;
    }

    public String targetKeyId() {
        return targetKeyId;
    }

    public Instant creationDate() {
        return creationDate;
    }

    public Instant lastUpdatedDate() {
        return lastUpdatedDate;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AliasListEntry that)) {
            return false;
        }
        return java.util.Objects.equals(aliasName, that.aliasName) && java.util.Objects.equals(aliasArn, that.aliasArn) && java.util.Objects.equals(targetKeyId, that.targetKeyId) && java.util.Objects.equals(creationDate, that.creationDate) && java.util.Objects.equals(lastUpdatedDate, that.lastUpdatedDate);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(new Object[] {aliasName, aliasArn, targetKeyId, creationDate, lastUpdatedDate});
    }

    @Override
    public String toString() {
        return "AliasListEntry[" + "aliasName=" + aliasName + ", " + "aliasArn=" + aliasArn + ", " + "targetKeyId=" + targetKeyId + ", " + "creationDate=" + creationDate + ", " + "lastUpdatedDate=" + lastUpdatedDate + "]";
    }
}
