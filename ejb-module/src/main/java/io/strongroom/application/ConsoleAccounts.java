package io.strongroom.application;

import io.strongroom.infrastructure.crypto.PasswordHash;
import io.strongroom.persistence.ConsoleUserRecord;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** Console users: checks a password against its PBKDF2 hash and maps the user to its principal ARN. */
@Stateless
public class ConsoleAccounts {

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;

    /** @return the principal ARN of the user when the password is right, empty otherwise. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<String> verify(String username, char[] password) {
        if (username == null || username.isEmpty() || username.length() > 128 || password == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(ConsoleUserRecord.class, username))
                .filter(user -> PasswordHash.verify(password, user.getPasswordHash()))
                .map(ConsoleUserRecord::getPrincipalArn);
    }

    public void create(String username, String principalArn, char[] password) {
        em.persist(new ConsoleUserRecord(username, principalArn, PasswordHash.hash(password), Instant.now()));
    }

    /** Replaces the password of an existing console user; only the new hash is kept. */
    public void replacePassword(String username, char[] password) {
        em.find(ConsoleUserRecord.class, username).replacePasswordHash(PasswordHash.hash(password));
    }

    public void delete(String username) {
        em.remove(em.find(ConsoleUserRecord.class, username));
    }

    public boolean exists(String username) {
        return em.find(ConsoleUserRecord.class, username) != null;
    }
}
