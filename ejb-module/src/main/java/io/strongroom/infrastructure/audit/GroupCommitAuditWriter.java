package io.strongroom.infrastructure.audit;

import io.strongroom.application.AuditEvent;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Makes audit events durable for calls that change no row (Encrypt, Decrypt, DescribeKey, and
 * every failure). One commit per call would cap throughput, so concurrent callers hand their
 * events to one writer thread that inserts whatever has queued up in one JDBC batch and one
 * commit, then releases each waiting caller. A caller is never answered before its event is
 * committed; if the write fails, the call fails with KMSInternalException.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class GroupCommitAuditWriter {

    private static final Logger LOG = Logger.getLogger(GroupCommitAuditWriter.class.getName());
    private static final int MAX_BATCH = 512;
    private static final long DURABILITY_TIMEOUT_SECONDS = 10;
    private static final String INSERT = "insert into audit_event (event_time, principal_arn, operation, key_id, "
            + "outcome, request_id, source_address, channel) values (?, ?, ?, ?, ?, ?, ?, ?)";

    private record Pending(AuditEvent event, CompletableFuture<Void> committed) {
    }

    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread writer;

    @Resource(lookup = "java:app/jdbc/strongroom")
    private DataSource dataSource;

    @Resource
    private ManagedThreadFactory threadFactory;

    @PostConstruct
    void start() {
        running = true;
        writer = threadFactory.newThread(this::drainLoop);
        writer.setName("strongroom-audit-writer");
        writer.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        writer.interrupt();
    }

    /** Queues the event and returns once it is committed. */
    public void recordDurably(AuditEvent event) {
        Pending pending = new Pending(event, new CompletableFuture<>());
        queue.add(pending);
        try {
            pending.committed().get(DURABILITY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw auditUnavailable();
        } catch (ExecutionException | TimeoutException e) {
            throw auditUnavailable();
        }
    }

    private void drainLoop() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (running) {
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                writeBatch(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void writeBatch(List<Pending> batch) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Pending pending : batch) {
                    bind(insert, pending.event());
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
            batch.forEach(p -> p.committed().complete(null));
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not write " + batch.size() + " audit events", e);
            batch.forEach(p -> p.committed().completeExceptionally(e));
        }
    }

    private static void bind(PreparedStatement insert, AuditEvent event) throws SQLException {
        insert.setObject(1, event.time().atOffset(ZoneOffset.UTC));
        insert.setString(2, event.principalArn());
        insert.setString(3, event.operation());
        insert.setString(4, event.keyId());
        insert.setString(5, event.outcome());
        insert.setString(6, event.requestId());
        insert.setString(7, event.sourceAddress());
        insert.setString(8, event.channel());
    }

    private static KmsException auditUnavailable() {
        return new KmsException(KmsError.KMSInternalException, "The audit trail could not record this request");
    }
}
