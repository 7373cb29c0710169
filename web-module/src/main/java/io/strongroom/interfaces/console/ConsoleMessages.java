package io.strongroom.interfaces.console;

import io.strongroom.client.KmsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/**
 * The console's one mapping from a {@link KmsException} to what the user sees: an error message
 * whose summary is the AWS error code and whose detail is the service's message, the same pair
 * the JSON API returns as {@code __type} and {@code message}.
 */
public final class ConsoleMessages {

    private ConsoleMessages() {
    }

    static FacesMessage toMessage(KmsException e) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, e.error().name(), e.getMessage());
    }

    /** Shows the error as a global message of the current view. */
    public static void show(FacesContext context, KmsException e) {
        context.addMessage(null, toMessage(e));
    }

    /**
     * Shows the error and answers the page's GET with the error's HTTP status (404 for an unknown
     * key), so a screen that could not load what it was asked for does not claim success.
     */
    public static void showOnPage(FacesContext context, KmsException e) {
        show(context, e);
        context.getExternalContext().setResponseStatus(e.error().httpStatus());
    }

    /**
     * Shows a success notice on another console page, e.g. the list after its item was deleted: the
     * notice survives the redirect in the flash.
     *
     * @param page the page under {@code /console/}, e.g. {@code "users.xhtml"}
     */
    public static void infoOnRedirect(FacesContext context, String summary, String detail, String page) {
        info(context, summary, detail);
        ExternalContext external = context.getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + "/console/" + page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shows a success notice (rendered by the layout's growl). */
    public static void info(FacesContext context, String summary, String detail) {
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail));
    }
}
