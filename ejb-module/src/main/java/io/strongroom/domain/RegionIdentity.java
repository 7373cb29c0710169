package io.strongroom.domain;

/** The region and account this deployment serves; the source of every ARN it hands out. */
public record RegionIdentity(String region, String accountId) {

    public String keyArn(String keyId) {
        return "arn:aws:kms:" + region + ":" + accountId + ":key/" + keyId;
    }

    public String aliasArn(String aliasName) {
        return "arn:aws:kms:" + region + ":" + accountId + ":" + aliasName;
    }

    public String userArn(String userName) {
        return "arn:aws:iam::" + accountId + ":user/" + userName;
    }
}
