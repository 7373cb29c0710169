package io.strongroom.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Starts a connection attempt in the background once the ConnectCustomKeyStore that asked for it
 * has committed, so the attempt always finds the store CONNECTING. A node that dies before the
 * attempt ends leaves the store CONNECTING; the periodic health check retries it.
 */
@ApplicationScoped
public class ConnectionAttempts {

    @EJB
    private CustomKeyStoreConnector connector;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConnectionRequested request) {
        connector.attemptConnection(request);
    }
}
