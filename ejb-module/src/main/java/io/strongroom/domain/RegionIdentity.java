package io.strongroom.domain;

/** The region and account this deployment serves; the source of every ARN it hands out. */
public record RegionIdentity(String region, String accountId) {

    public String keyArn(String keyId) {
        return keyArnIn(region, keyId);
    }

    /** The ARN a related multi-Region key has in another Region of this account. */
    public String keyArnIn(String otherRegion, String keyId) {
        return "arn:aws:kms:" + otherRegion + ":" + accountId + ":key/" + keyId;
    }

    public String aliasArn(String aliasName) {
        return "arn:aws:kms:" + region + ":" + accountId + ":" + aliasName;
    }

    public String userArn(String userName) {
        return "arn:aws:iam::" + accountId + ":user/" + userName;
    }
}
