package io.strongroom.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

/** An inline identity policy attached to a user (identity_policy), stored as the JSON document. */
@Entity
@Table(name = "identity_policy")
@IdClass(IdentityPolicyRecord.PolicyId.class)
@NamedQuery(name = "IdentityPolicyRecord.forPrincipal",
        query = "select p from IdentityPolicyRecord p where p.principalArn = :principalArn order by p.policyName")
public class IdentityPolicyRecord {

    @Id
    @Column(name = "principal_arn")
    private String principalArn;
    @Id
    @Column(name = "policy_name")
    private String policyName;
    private String document;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected IdentityPolicyRecord() {
    }

    public IdentityPolicyRecord(String principalArn, String policyName, String document, Instant updatedAt) {
        this.principalArn = principalArn;
        this.policyName = policyName;
        this.document = document;
        this.updatedAt = Timestamps.toColumn(updatedAt);
    }

    public String getPrincipalArn() {
        return principalArn;
    }

    public String getPolicyName() {
        return policyName;
    }

    public String getDocument() {
        return document;
    }

    /** PutUserPolicy with an existing name replaces the document. */
    public void replace(String newDocument, Instant now) {
        this.document = newDocument;
        this.updatedAt = Timestamps.toColumn(now);
    }

    /** Composite primary key (principal_arn, policy_name). */
    public static class PolicyId implements Serializable {
        private static final long serialVersionUID = 1L;
        private String principalArn;
        private String policyName;

        public PolicyId() {
        }

        public PolicyId(String principalArn, String policyName) {
            this.principalArn = principalArn;
            this.policyName = policyName;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof PolicyId that && Objects.equals(principalArn, that.principalArn)
                    && Objects.equals(policyName, that.policyName);
        }

        @Override
        public int hashCode() {
            return Objects.hash(principalArn, policyName);
        }
    }
}
