package io.strongroom.domain;

import static io.strongroom.domain.KeyState.Creating;
import static io.strongroom.domain.KeyState.Disabled;
import static io.strongroom.domain.KeyState.Enabled;
import static io.strongroom.domain.KeyState.PendingDeletion;
import static io.strongroom.domain.KeyState.PendingImport;
import static io.strongroom.domain.KeyState.PendingReplicaDeletion;
import static io.strongroom.domain.KeyState.Unavailable;
import static io.strongroom.domain.KeyState.Updating;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import java.util.Optional;

/**
 * The key-state table of KMS-SPEC §3 as code: for an operation, a key state and the key's
 * origin, either nothing (the operation may run) or the documented error. The footnote numbers
 * of the table are kept in the comments.
 */
public final class KeyStateRules {

    private KeyStateRules() {
    }

    public static Optional<KmsException> refusal(KeyOperation operation, KeyState state, Origin origin, String keyId) {
        boolean pendingDeletion = state == PendingDeletion || state == PendingReplicaDeletion;
        boolean external = origin == Origin.EXTERNAL;
        return Optional.ofNullable(switch (operation) {
            case CANCEL_KEY_DELETION -> pendingDeletion ? null : invalid(keyId + " is not pending deletion"); // 4
            case CREATE_ALIAS, TAG_UNTAG_DESCRIPTION -> pendingDeletion ? pendingDeletion(keyId) : null; // 3
            case UPDATE_ALIAS_DESTINATION -> pendingDeletion ? pendingDeletion(keyId) : null; // 10
            case READ_OR_POLICY -> null;
            case CRYPTOGRAPHIC, SIGN_VERIFY_MAC_PUBLIC_KEY -> usable(state, keyId);
            case DELETE_IMPORTED_KEY_MATERIAL -> !external ? noImportedMaterial(keyId) // 9
                    : state == Creating ? creating(keyId) : state == Updating ? updating(keyId) : null; // 14, 15
            case ENABLE_DISABLE -> switch (state) {
                case Enabled, Disabled, Unavailable -> null; // 12: takes effect when available again
                case PendingDeletion, PendingReplicaDeletion -> pendingDeletion(keyId); // 3
                case PendingImport -> invalid(keyId + " is pending import"); // 5
                case Creating -> creating(keyId);
                case Updating -> updating(keyId);
            };
            case GET_PARAMETERS_FOR_IMPORT, IMPORT_KEY_MATERIAL -> !external ? noImportedMaterial(keyId) // 9
                    : switch (state) {
                        case Enabled, Disabled, PendingImport -> null; // reimport of the same material
                        case PendingDeletion, PendingReplicaDeletion -> pendingDeletion(keyId); // 8
                        case Unavailable -> noImportedMaterial(keyId); // 9
                        case Creating -> creating(keyId);
                        case Updating -> operation == KeyOperation.IMPORT_KEY_MATERIAL ? null : updating(keyId);
                    };
            case REPLICATE_KEY, UPDATE_PRIMARY_REGION -> switch (state) {
                case Enabled -> null;
                case Disabled -> disabled(keyId); // 1
                case PendingDeletion, PendingReplicaDeletion -> pendingDeletion(keyId); // 3
                case PendingImport -> invalid(keyId + " is pending import"); // 5
                case Unavailable -> invalid(keyId + " is unavailable"); // n/a for multi-Region keys
                case Creating -> creating(keyId);
                case Updating -> operation == KeyOperation.UPDATE_PRIMARY_REGION ? null : updating(keyId);
            };
            case SCHEDULE_KEY_DELETION -> switch (state) {
                case Enabled, Disabled, PendingImport, Unavailable, Creating -> null;
                case PendingDeletion, PendingReplicaDeletion -> pendingDeletion(keyId); // 3
                case Updating -> updating(keyId); // 15
            };
        });
    }

    /** The row shared by the cryptographic operations and sign/verify/MAC/public key. */
    private static KmsException usable(KeyState state, String keyId) {
        return switch (state) {
            case Enabled, Updating -> null;
            case Disabled -> disabled(keyId); // 1
            case PendingDeletion, PendingReplicaDeletion -> pendingDeletion(keyId); // 2 or 3
            case PendingImport -> invalid(keyId + " is pending import"); // 5
            case Unavailable -> invalid(keyId + " is unavailable"); // 11
            case Creating -> creating(keyId); // 14
        };
    }

    private static KmsException disabled(String keyId) {
        return new KmsException(KmsError.DisabledException, keyId + " is disabled.");
    }

    private static KmsException pendingDeletion(String keyId) {
        return invalid(keyId + " is pending deletion");
    }

    private static KmsException creating(String keyId) {
        return invalid(keyId + " is creating");
    }

    private static KmsException updating(String keyId) {
        return invalid(keyId + " is updating");
    }

    private static KmsException noImportedMaterial(String keyId) {
        return new KmsException(KmsError.UnsupportedOperationException,
                keyId + " origin is not EXTERNAL, so it has no imported key material");
    }

    private static KmsException invalid(String message) {
        return new KmsException(KmsError.KMSInvalidStateException, message + ".");
    }
}
