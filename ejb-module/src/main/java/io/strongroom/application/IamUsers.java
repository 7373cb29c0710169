package io.strongroom.application;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.persistence.IamUserRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.regex.Pattern;

/**
 * The user-name rule and the "no such user" answer shared by the IAM services (users and
 * policies, access keys, console logins), so each states them the same way.
 */
@ApplicationScoped
public class IamUsers {

    /** The user created at first start; it holds the console's and the API's first credentials. */
    public static final String BOOTSTRAP_ADMINISTRATOR = "admin";

    private static final Pattern NAME = Pattern.compile("[\\w+=,.@-]{1,64}");

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;
    @Inject
    private RegionIdentity region;

    /** @return the user's ARN; ValidationException naming userName when the name breaks IAM's rule */
    public String arnOf(String userName) {
        if (userName == null || !NAME.matcher(userName).matches()) {
            throw KmsException.validation("userName", "Member must satisfy regular expression pattern: [\\w+=,.@-]{1,64}");
        }
        return region.userArn(userName);
    }

    /** @return the ARN of a user that exists; NotFoundException otherwise */
    public String existing(String userName) {
        String arn = arnOf(userName);
        if (em.find(IamUserRecord.class, userName) == null) {
            throw new KmsException(KmsError.NotFoundException, "The user with name " + userName + " cannot be found.");
        }
        return arn;
    }
}
