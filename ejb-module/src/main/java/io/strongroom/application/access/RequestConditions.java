package io.strongroom.application.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The condition keys a request carries by itself, read from the service call's client request
 * object: its encryption context, and on CreateKey the key spec, usage and origin asked for.
 */
final class RequestConditions {

    private static final String CLIENT_PACKAGE = "io.strongroom.client";

    private RequestConditions() {
    }

    static Map<String, List<String>> of(String operation, Object[] arguments) {
        Map<String, List<String>> conditions = new HashMap<>();
        for (Object argument : arguments) {
            if (argument == null || !argument.getClass().getPackageName().equals(CLIENT_PACKAGE)) {
                continue;
            }
            if (invoke(argument, "encryptionContext") instanceof Map<?, ?> context && !context.isEmpty()) {
                List<String> keys = new ArrayList<>();
                context.forEach((key, value) -> {
                    conditions.put("kms:EncryptionContext:" + key, List.of(String.valueOf(value)));
                    keys.add(String.valueOf(key));
                });
                conditions.put("kms:EncryptionContextKeys", List.copyOf(new TreeSet<>(keys)));
            }
            if ("CreateKey".equals(operation)) {
                put(conditions, "kms:KeySpec", invoke(argument, "keySpec"), "SYMMETRIC_DEFAULT");
                put(conditions, "kms:KeyUsage", invoke(argument, "keyUsage"), "ENCRYPT_DECRYPT");
                put(conditions, "kms:KeyOrigin", invoke(argument, "origin"), "AWS_KMS");
            }
        }
        return conditions;
    }

    private static void put(Map<String, List<String>> conditions, String key, Object value, String fallback) {
        conditions.put(key, List.of(value instanceof String text ? text : fallback));
    }

    private static Object invoke(Object target, String accessor) {
        try {
            return target.getClass().getMethod(accessor).invoke(target);
        } catch (ReflectiveOperationException absent) {
            return null;
        }
    }
}
