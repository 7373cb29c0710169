package io.strongroom.it;

import io.strongroom.application.access.AccessScope;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;

/**
 * Runs a change inside the container the way the system makes it (a timer, a message from another
 * Region): in a transaction of its own, committed, with system access rather than a caller's
 * permissions. In-container tests use it to put rows into states no API call reaches yet.
 */
public final class SystemTransaction {

    private SystemTransaction() {
    }

    public static void run(UserTransaction transaction, String operation, Runnable change) throws Exception {
        transaction.begin();
        boolean committed = false;
        try {
            AccessScope.asSystem(operation, () -> {
                change.run();
                return null;
            });
            transaction.commit();
            committed = true;
        } finally {
            if (!committed && transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        }
    }
}
