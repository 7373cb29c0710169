package io.strongroom.application;

import io.strongroom.application.access.AccessControl;
import io.strongroom.client.AliasListEntry;
import io.strongroom.client.AliasPage;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.AliasRepository;
import io.strongroom.domain.AliasRules;
import io.strongroom.domain.Key;
import io.strongroom.domain.KeyOperation;
import io.strongroom.domain.KeyReference;
import io.strongroom.domain.KeyRepository;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.persistence.KeyAliasRecord;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * CreateAlias, UpdateAlias, DeleteAlias, ListAliases (KMS-SPEC §2.2). Once created, an alias
 * works as KeyId wherever a key id does; resolving it is the key repository's business.
 * As in AWS, changing an alias needs the action on the alias itself (identity policies: an alias
 * has no key policy) and on every key it touches (resolving a key authorizes it).
 */
@Stateless
@Interceptors(AuditedFailures.class)
public class AliasService {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 100;

    @Inject
    private KeyRepository keys;
    @Inject
    private AliasRepository aliases;
    @Inject
    private AuditLog auditLog;
    @Inject
    private RegionIdentity region;
    @Inject
    private AccessControl accessControl;

    public void createAlias(CallerContext caller, String aliasName, String targetKeyId) {
        AliasRules.validateCustomerName("aliasName", aliasName);
        authorizeOnAlias(caller, "kms:CreateAlias", aliasName);
        Key target = keys.find(AliasRules.targetReference("targetKeyId", targetKeyId, region), targetKeyId);
        target.ensureAllowed(KeyOperation.CREATE_ALIAS);
        if (aliases.find(aliasName).isPresent()) {
            throw alreadyExists(aliasName);
        }
        aliases.add(new KeyAliasRecord(aliasName, target.id(), now()));
        audit(caller, "CreateAlias", target.id());
    }

    /** Re-points an alias to a key of the same type and usage; the old target's state does not matter. */
    public void updateAlias(CallerContext caller, String aliasName, String targetKeyId) {
        AliasRules.validateCustomerName("aliasName", aliasName);
        authorizeOnAlias(caller, "kms:UpdateAlias", aliasName);
        KeyAliasRecord alias = aliases.find(aliasName).orElseThrow(() -> aliasNotFound(aliasName));
        Key next = keys.find(AliasRules.targetReference("targetKeyId", targetKeyId, region), targetKeyId);
        next.ensureAllowed(KeyOperation.UPDATE_ALIAS_DESTINATION);
        Key current = keys.findById(alias.getKeyId()).orElseThrow(() -> aliasNotFound(aliasName));
        AliasRules.ensureCompatibleRetarget(aliasName, current, next);
        alias.retarget(next.id(), now());
        audit(caller, "UpdateAlias", next.id());
    }

    public void deleteAlias(CallerContext caller, String aliasName) {
        AliasRules.validateShape("aliasName", aliasName);
        authorizeOnAlias(caller, "kms:DeleteAlias", aliasName);
        KeyAliasRecord alias = aliases.find(aliasName).orElseThrow(() -> aliasNotFound(aliasName));
        // Resolving the target authorizes DeleteAlias on the key, as AWS requires.
        keys.findById(alias.getKeyId()).orElseThrow(() -> aliasNotFound(aliasName));
        aliases.remove(alias);
        audit(caller, "DeleteAlias", alias.getKeyId());
    }

    /** Aliases ordered by name, of one key when keyId (a key id or key ARN) is given. */
    public AliasPage listAliases(CallerContext caller, String keyId, Integer limit, String marker) {
        int pageSize = PageMarkers.pageSize(limit, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
        String after = PageMarkers.decode(marker, AliasRules::wellFormed);
        String targetKeyId = keyId == null ? null : keys.find(KeyReference.parse("keyId", keyId, region), keyId).id();
        List<KeyAliasRecord> found = aliases.pageAfter(targetKeyId, after, pageSize + 1);
        boolean truncated = found.size() > pageSize;
        List<AliasListEntry> entries = found.stream().limit(pageSize)
                .map(a -> new AliasListEntry(a.getAliasName(), region.aliasArn(a.getAliasName()), a.getKeyId(),
                        a.getCreatedAt(), a.getLastUpdatedAt()))
                .toList();
        String nextMarker = truncated ? PageMarkers.encode(entries.get(entries.size() - 1).aliasName()) : null;
        auditLog.recordDurably(AuditEvent.of(caller, "ListAliases", targetKeyId, AuditEvent.SUCCESS));
        return new AliasPage(entries, nextMarker, truncated);
    }

    private void authorizeOnAlias(CallerContext caller, String action, String aliasName) {
        accessControl.authorizeIdentityOnly(caller, action, region.aliasArn(aliasName));
    }

    private KmsException alreadyExists(String aliasName) {
        return new KmsException(KmsError.AlreadyExistsException,
                "An alias with the name " + region.aliasArn(aliasName) + " already exists");
    }

    private KmsException aliasNotFound(String aliasName) {
        return new KmsException(KmsError.NotFoundException, "Alias " + region.aliasArn(aliasName) + " is not found.");
    }

    private static Instant now() {
        // PostgreSQL keeps microseconds; ListAliases answers in milliseconds.
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private void audit(CallerContext caller, String operation, String keyId) {
        auditLog.recordWithStateChange(AuditEvent.of(caller, operation, keyId, AuditEvent.SUCCESS));
    }
}
