package io.strongroom.interfaces.console;

import io.strongroom.application.CallerContext;
import io.strongroom.infrastructure.config.StrongroomConfig;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.UUID;

/**
 * Builds the {@link CallerContext} of console calls, so that every service call from a screen is
 * audited with the logged-in user's principal ARN, a request id of its own and the browser's
 * address. Beans ask for a fresh context per service call.
 */
@RequestScoped
public class ConsoleCaller {

    /** The interface name recorded in audit events of console calls. */
    public static final String CHANNEL = "console";

    @Inject
    SecurityContext securityContext;

    @Inject
    HttpServletRequest request;

    @Inject
    StrongroomConfig config;

    /** A caller context for one service call: same user and address, new request id. */
    public CallerContext newCall() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            throw new IllegalStateException("console service call without a logged-in user");
        }
        return new CallerContext(principalArn(config.accountId(), principal.getName()),
                UUID.randomUUID().toString(), request.getRemoteAddr(), CHANNEL);
    }

    /** The IAM-style ARN of a console user in the region's account. */
    static String principalArn(String accountId, String username) {
        return "arn:aws:iam::" + accountId + ":user/" + username;
    }
}
