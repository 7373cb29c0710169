package io.strongroom.interfaces.console;

import io.strongroom.application.AccessKeyService.NewAccessKey;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Holds a just-created access key for the one response that shows its secret. Being request
 * scoped, the secret is gone from the server as soon as that response is written: it is never
 * part of a view's or the session's state, so no later request can render it again.
 */
@Named("newAccessKey")
@RequestScoped
public class NewAccessKeyHolder {

    private NewAccessKey key;

    void show(NewAccessKey key) {
        this.key = key;
    }

    public NewAccessKey getKey() {
        return key;
    }
}
