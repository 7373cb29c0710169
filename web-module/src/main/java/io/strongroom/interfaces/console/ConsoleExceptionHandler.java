package io.strongroom.interfaces.console;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;

/**
 * Decides how a failed console request reaches the error pages of {@code web.xml}. Ajax requests
 * cannot display an error response, so PrimeFaces redirects them to the page; an expired view is
 * redirected too (it is a notice, not a failure). Any other error of a full-page request is left
 * to the container, which answers with the error page <em>and</em> status 500 rather than a
 * redirect to a page that answers 200.
 */
public class ConsoleExceptionHandler extends PrimeExceptionHandler {

    public ConsoleExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.getPartialViewContext().isAjaxRequest() || onlyExpiredViews()) {
            super.handle();
        } else {
            getWrapped().handle();
        }
    }

    private boolean onlyExpiredViews() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        if (!events.hasNext()) {
            return false;
        }
        while (events.hasNext()) {
            if (!(getRootCause(events.next().getContext().getException()) instanceof ViewExpiredException)) {
                return false;
            }
        }
        return true;
    }

    /** Registered in {@code faces-config.xml}. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ConsoleExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
