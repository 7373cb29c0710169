package io.strongroom.remote;

import io.strongroom.application.CallerContext;
import io.strongroom.infrastructure.config.StrongroomConfig;
import jakarta.ejb.SessionContext;
import java.util.UUID;

/**
 * The caller of a remote EJB call as every service sees it: the server principal mapped to the
 * IAM-style user of the same name, a request id of its own, and the interface as source (IIOP
 * hides the peer address from the bean).
 */
final class RemoteCaller {

    static final String SOURCE_ADDRESS = "remote-ejb";
    static final String CHANNEL = "ejb";

    private RemoteCaller() {
    }

    static CallerContext of(SessionContext session, StrongroomConfig config) {
        String principal = "arn:aws:iam::" + config.accountId() + ":user/" + session.getCallerPrincipal().getName();
        return new CallerContext(principal, UUID.randomUUID().toString(), SOURCE_ADDRESS, CHANNEL);
    }
}
