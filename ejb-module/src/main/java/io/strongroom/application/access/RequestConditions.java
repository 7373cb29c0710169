package io.strongroom.application.access;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The condition keys a request carries by itself, read from the service call's client request
 * object: its encryption context, on CreateKey the key spec, usage, origin and Regionality asked for, and on
 * the import operations the wrapping algorithm and spec, expiration model and ValidTo.
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
                boolean multiRegion = Boolean.TRUE.equals(invoke(argument, "multiRegion"));
                conditions.put("kms:MultiRegion", List.of(String.valueOf(multiRegion)));
                if (multiRegion) {
                    conditions.put("kms:MultiRegionKeyType", List.of("PRIMARY"));
                }
            }
            if ("GetParametersForImport".equals(operation)) {
                putIfSet(conditions, "kms:WrappingAlgorithm", invoke(argument, "wrappingAlgorithm"));
                putIfSet(conditions, "kms:WrappingKeySpec", invoke(argument, "wrappingKeySpec"));
            }
            if ("ImportKeyMaterial".equals(operation)) {
                Object validTo = invoke(argument, "validTo");
                Object model = invoke(argument, "expirationModel");
                // Epoch seconds, as AWS gives it: policies written from the AWS docs compare it with
                // Numeric operators ("NumericLessThanEquals": {"kms:ValidTo": "1546257599.0"}); Date ones accept it too.
                putIfSet(conditions, "kms:ValidTo", validTo instanceof Instant instant ? epochSeconds(instant) : null);
                // The model in force when the request leaves it out (KMS-SPEC §2.4).
                putIfSet(conditions, "kms:ExpirationModel", model != null ? model
                        : validTo != null ? "KEY_MATERIAL_EXPIRES" : "KEY_MATERIAL_DOES_NOT_EXPIRE");
            }
        }
        return conditions;
    }

    private static String epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9))
                .stripTrailingZeros().toPlainString();
    }

    private static void put(Map<String, List<String>> conditions, String key, Object value, String fallback) {
        conditions.put(key, List.of(value instanceof String text ? text : fallback));
    }

    private static void putIfSet(Map<String, List<String>> conditions, String key, Object value) {
        if (value instanceof String text) {
            conditions.put(key, List.of(text));
        }
    }

    private static Object invoke(Object target, String accessor) {
        try {
            return target.getClass().getMethod(accessor).invoke(target);
        } catch (ReflectiveOperationException absent) {
            return null;
        }
    }
}
