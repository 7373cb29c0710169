package io.strongroom.interfaces.console;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Switches on form login for the console. The login page is a Faces view ({@link Login} calls
 * {@code SecurityContext.authenticate}), so the browser is redirected there, not forwarded, and
 * comes back to the page it asked for. Which URLs need the {@value #ADMIN} role is declared in
 * {@code web.xml}; everything outside {@code /console/} is left to the API's own signature check.
 */
@ApplicationScoped
@DeclareRoles(ConsoleSecurity.ADMIN)
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(
                loginPage = ConsoleSecurity.LOGIN_PAGE,
                errorPage = "",
                useForwardToLogin = false))
public class ConsoleSecurity {

    /** The role (and group) every console user has. */
    public static final String ADMIN = "admin";

    /** Login page, relative to the context root. */
    public static final String LOGIN_PAGE = "/console/login.xhtml";
}
