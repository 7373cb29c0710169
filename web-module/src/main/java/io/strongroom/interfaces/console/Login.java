package io.strongroom.interfaces.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Backing bean of the login page: hands the typed credentials to the container's form mechanism.
 * When the user was sent here from another console page the mechanism redirects back to it;
 * otherwise the user lands on the keys list.
 */
@Named
@RequestScoped
public class Login {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext facesContext;

    private String username;
    private String password;

    public String login() {
        ExternalContext external = facesContext.getExternalContext();
        Password secret = new Password(password == null ? "" : password);
        password = null;
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, secret))
                        .newAuthentication(true));
        secret.clear();
        switch (status) {
            case SEND_CONTINUE:
                // The mechanism has already written the redirect to the page the user asked for.
                facesContext.responseComplete();
                return null;
            case SUCCESS:
                return "/keys.xhtml?faces-redirect=true";
            default:
                facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        "Login failed", "Wrong user name or password."));
                return null;
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
