package io.strongroom.interfaces.console;

import io.strongroom.application.KeyRotationService;
import io.strongroom.application.KeyStateService;
import io.strongroom.client.KmsException;
import io.strongroom.client.ScheduleKeyDeletionResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The changes offered on the key page, the irreversible ones behind confirmation dialogs: enable,
 * disable, schedule and cancel deletion, editing the description, switching automatic rotation and
 * rotating on demand. Whether a change is allowed in the key's
 * state is the service's rule; its refusal shows as a message.
 */
@Named
@ViewScoped
public class KeyActions implements Serializable {
    private static final long serialVersionUID = 1L;

    /** KMS-SPEC §2.1: the default (and largest) pending window of ScheduleKeyDeletion. */
    static final int DEFAULT_PENDING_WINDOW_DAYS = 30;

    /** KMS-SPEC §2.3: the default automatic rotation period. */
    static final int DEFAULT_ROTATION_PERIOD_DAYS = 365;

    @Inject
    KeyStateService states;

    @Inject
    KeyRotationService rotations;

    @Inject
    KeyDetail detail;

    @Inject
    ConsoleCaller caller;

    private int pendingWindowInDays = DEFAULT_PENDING_WINDOW_DAYS;
    private int rotationPeriodInDays = DEFAULT_ROTATION_PERIOD_DAYS;
    /** The description being edited; null until the user types, so the field shows the key's own. */
    private String description;

    public void enable() {
        run("Key enabled", () -> states.enableKey(caller.newCall(), keyId()));
    }

    public void disable() {
        run("Key disabled", () -> states.disableKey(caller.newCall(), keyId()));
    }

    public void scheduleDeletion() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            ScheduleKeyDeletionResult result = states.scheduleKeyDeletion(caller.newCall(), keyId(), pendingWindowInDays);
            ConsoleMessages.info(context, "Key deletion scheduled", result.deletionDate() != null
                    ? "The key will be deleted on " + InstantConverter.FORMAT.format(result.deletionDate())
                    : "The key will be deleted " + result.pendingWindowInDays() + " days after its last replica");
            detail.reload();
        } catch (KmsException e) {
            ConsoleMessages.show(context, e);
        }
    }

    public void cancelDeletion() {
        run("Key deletion cancelled", () -> states.cancelKeyDeletion(caller.newCall(), keyId()));
    }

    public void enableRotation() {
        run("Automatic rotation enabled",
                () -> rotations.enableKeyRotation(caller.newCall(), keyId(), rotationPeriodInDays));
    }

    public void disableRotation() {
        run("Automatic rotation disabled", () -> rotations.disableKeyRotation(caller.newCall(), keyId()));
    }

    public void rotateNow() {
        run("Key material rotated", () -> rotations.rotateKeyOnDemand(caller.newCall(), keyId()));
    }

    public void updateDescription() {
        String text = description == null ? "" : description;
        run("Description updated", () -> states.updateKeyDescription(caller.newCall(), keyId(), text));
        description = null;
    }

    private void run(String done, Runnable change) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            change.run();
            ConsoleMessages.info(context, done, keyId());
            detail.reload();
        } catch (KmsException e) {
            ConsoleMessages.show(context, e);
        }
    }

    private String keyId() {
        return detail.getKey().keyId();
    }

    public int getPendingWindowInDays() {
        return pendingWindowInDays;
    }

    public void setPendingWindowInDays(int pendingWindowInDays) {
        this.pendingWindowInDays = pendingWindowInDays;
    }

    public int getRotationPeriodInDays() {
        return rotationPeriodInDays;
    }

    public void setRotationPeriodInDays(int rotationPeriodInDays) {
        this.rotationPeriodInDays = rotationPeriodInDays;
    }

    public String getDescription() {
        return description != null ? description : detail.getKey().description();
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
