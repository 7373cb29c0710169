package io.strongroom.interfaces.api;

import io.strongroom.client.KmsError;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the operation an {@code X-Amz-Target} header names among the {@link KmsOperation} beans,
 * so the resource needs no list of operations.
 */
@ApplicationScoped
public class KmsOperations {

    static final String TARGET_PREFIX = "TrentService.";

    @Inject
    @Any
    private Instance<KmsOperation> operations;

    private final Map<String, KmsOperation> byName = new TreeMap<>();

    @PostConstruct
    void index() {
        for (KmsOperation operation : operations) {
            byName.put(operation.name(), operation);
        }
    }

    /**
     * @param target the X-Amz-Target header, may be null
     * @throws InvalidRequestException UnknownOperationException when absent or not a known operation
     */
    public KmsOperation forTarget(String target) {
        String trimmed = target == null ? "" : target.trim();
        KmsOperation operation = trimmed.startsWith(TARGET_PREFIX)
                ? byName.get(trimmed.substring(TARGET_PREFIX.length())) : null;
        if (operation == null) {
            throw new InvalidRequestException(KmsError.UnknownOperationException,
                    trimmed.isEmpty() ? "Missing X-Amz-Target header" : "Unknown operation '" + operationName(target) + "'");
        }
        return operation;
    }

    /**
     * The operation name for audit events: what follows {@code TrentService.}, kept short and
     * printable because it comes from the caller; "Unknown" when there is none.
     */
    public static String operationName(String target) {
        if (target == null) {
            return "Unknown";
        }
        String name = target.trim();
        if (name.startsWith(TARGET_PREFIX)) {
            name = name.substring(TARGET_PREFIX.length());
        }
        name = name.replaceAll("[^A-Za-z0-9_.-]", "");
        if (name.isEmpty()) {
            return "Unknown";
        }
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
