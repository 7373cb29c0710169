package io.strongroom.domain.replication;

import io.strongroom.client.KmsException;

/**
 * A replication message refused, with its specific {@link ReplicationError}. Thrown before anything
 * of the message is used, so a refusal never leaves partial state behind. The message names the
 * code and, where it helps, a field or a region, never key material or a secret.
 */
public class ReplicationRefusedException extends KmsException {
    private static final long serialVersionUID = 1L;

    private final ReplicationError reason;
    private final String detail;
    private final String refusedBy;

    public ReplicationRefusedException(ReplicationError reason, String detail) {
        this(reason, detail, null);
    }

    /** @param refusedBy the peer region that refused (a REFUSAL message), or null when this region refused */
    public ReplicationRefusedException(ReplicationError reason, String detail, String refusedBy) {
        super(reason.kmsError(), (refusedBy == null ? "" : "Region " + refusedBy + " refused: ") + reason.name() + ": "
                + reason.description() + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")"));
        this.reason = reason;
        this.detail = detail == null ? "" : detail;
        this.refusedBy = refusedBy;
    }

    public ReplicationError reason() {
        return reason;
    }

    /** What refused beyond the code (a field, a region), or empty. */
    public String detail() {
        return detail;
    }

    /** The peer region whose REFUSAL this is, or null when this region refused the message. */
    public String refusedBy() {
        return refusedBy;
    }
}
