package io.strongroom.application;

import jakarta.ejb.Stateless;
import java.util.Optional;

/** Console users: checks a password against its PBKDF2 hash and maps the user to its principal ARN. */
@Stateless
public class ConsoleAccounts {

    /** @return the principal ARN of the user when the password is right, empty otherwise. */
    public Optional<String> verify(String username, char[] password) {
        throw new IllegalStateException("not yet implemented");
    }
}
