package io.strongroom.domain;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import java.time.Duration;
import java.time.Instant;

/**
 * The rules AWS KMS documents for rotating key material: which keys can rotate (symmetric
 * encryption keys whose material KMS generated), the bounds of RotationPeriodInDays, how the next
 * automatic rotation date follows from the period, and the cap on on-demand rotations. Pure logic,
 * so that the rules are tested without a database.
 */
public final class KeyRotationRules {

    public static final int MIN_PERIOD_DAYS = 90;
    public static final int MAX_PERIOD_DAYS = 2560;
    public static final int DEFAULT_PERIOD_DAYS = 365;
    /** AWS allows at most 10 on-demand rotations per key, for its whole life. */
    public static final int MAX_ON_DEMAND_ROTATIONS = 10;

    private KeyRotationRules() {
    }

    /** RotationPeriodInDays: absent means 365; outside 90..2560 is a ValidationException. */
    public static int rotationPeriod(Integer rotationPeriodInDays) {
        if (rotationPeriodInDays == null) {
            return DEFAULT_PERIOD_DAYS;
        }
        if (rotationPeriodInDays < MIN_PERIOD_DAYS || rotationPeriodInDays > MAX_PERIOD_DAYS) {
            throw KmsException.validation("rotationPeriodInDays",
                    "Member must have value between " + MIN_PERIOD_DAYS + " and " + MAX_PERIOD_DAYS);
        }
        return rotationPeriodInDays;
    }

    /** Only SYMMETRIC_DEFAULT keys with origin AWS_KMS rotate; any other key is UnsupportedOperationException. */
    public static void ensureRotatable(Key key) {
        if (key.spec() != KeySpec.SYMMETRIC_DEFAULT) {
            throw new KmsException(KmsError.UnsupportedOperationException, "Key '" + key.id() + "' has KeySpec "
                    + key.spec() + "; only symmetric encryption keys (SYMMETRIC_DEFAULT) support key rotation");
        }
        if (key.origin() != Origin.AWS_KMS) {
            throw new KmsException(KmsError.UnsupportedOperationException, "Key '" + key.id() + "' has Origin "
                    + key.origin() + "; only keys with origin AWS_KMS support key rotation");
        }
    }

    /**
     * Whether this region's rotation sweep may rotate the key: never a multi-Region replica, whose
     * rotation is configured on its primary and whose new material comes from the primary's region
     * (a replica that rotated on its own would no longer share its primary's material). A primary
     * that became a replica through UpdatePrimaryRegion keeps its schedule row; this rule stops it.
     */
    public static boolean rotatesAutomaticallyHere(Key key) {
        return !key.isMultiRegion() || key.topology().isPrimary();
    }

    /** The first automatic rotation after enabling rotation, and every one after a rotation: from + period. */
    public static Instant nextRotationDate(Instant from, int periodDays) {
        return from.plus(Duration.ofDays(periodDays));
    }

    /**
     * A new period for a key that already rotates automatically counts from the same start as the
     * old one (the enable date or the last automatic rotation), as AWS does when the period changes.
     */
    public static Instant rescheduled(Instant currentNextRotation, int currentPeriodDays, int newPeriodDays) {
        return nextRotationDate(currentNextRotation.minus(Duration.ofDays(currentPeriodDays)), newPeriodDays);
    }

    /** LimitExceededException once the key has had its 10 on-demand rotations. */
    public static void ensureOnDemandRotationAvailable(Key key, long onDemandRotationsDone) {
        if (onDemandRotationsDone >= MAX_ON_DEMAND_ROTATIONS) {
            throw new KmsException(KmsError.LimitExceededException, "Key '" + key.id() + "' has had "
                    + MAX_ON_DEMAND_ROTATIONS + " on-demand rotations, the most a key can have");
        }
    }

    /**
     * What GetKeyRotationStatus reports: a key pending deletion reports false (and does not rotate)
     * although its schedule is kept, so cancelling the deletion brings rotation back.
     */
    public static boolean reportsRotationEnabled(Key key, boolean scheduled) {
        KeyState state = key.state();
        return scheduled && state != KeyState.PendingDeletion && state != KeyState.PendingReplicaDeletion;
    }

    /**
     * Makes the next material version the key's current one and returns it. The caller stores the
     * new material under that version in the same transaction; older versions stay for decryption.
     */
    public static int advanceMaterialVersion(Key key) {
        int next = key.currentMaterialVersion() + 1;
        key.record().setCurrentMaterialVersion(next);
        return next;
    }
}
