package io.strongroom.interfaces.console;

import io.strongroom.application.ConsoleAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Checks console passwords against the accounts the application keeps (PBKDF2 hashes in the
 * database), so the console needs no realm configured in the server. A valid user is in the
 * {@value ConsoleSecurity#ADMIN} group, which {@code payara-web.xml} maps to the role.
 */
@ApplicationScoped
public class ConsoleIdentityStore implements IdentityStore {

    @Inject
    ConsoleAccounts accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        if (username == null || username.isBlank()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return accounts.verify(username, credential.getPassword().getValue())
                .map(arn -> new CredentialValidationResult(username, Set.of(ConsoleSecurity.ADMIN)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
