package io.strongroom.application;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.application.access.AccessControl;
import io.strongroom.application.access.AccessScope;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;

/**
 * Audits every failed service call: the failure rolls back the call's transaction, so its event
 * is written through the group-commit writer instead, before the error reaches the caller.
 * The operation name is the method name in AWS form (encrypt → Encrypt).
 */
public class AuditedFailures {

    private static final String CLIENT_PACKAGE = "io.strongroom.client";

    @Inject
    private AuditLog auditLog;
    @Inject
    private AccessControl accessControl;

    /** Timers have no caller: they run with system access, explicitly. */
    @AroundTimeout
    public Object asSystem(InvocationContext invocation) throws Exception {
        return AccessScope.asSystem(operationName(invocation.getMethod()), invocation::proceed);
    }

    @AroundInvoke
    public Object auditFailure(InvocationContext invocation) throws Exception {
        CallerContext caller = Arrays.stream(invocation.getParameters())
                .filter(CallerContext.class::isInstance).map(CallerContext.class::cast).findFirst().orElse(null);
        // Every service call runs in its caller's access scope: keys it resolves are authorized there.
        try (AccessScope.Handle scope = accessControl.enter(caller, operationName(invocation.getMethod()),
                invocation.getParameters())) {
            return invocation.proceed();
        } catch (Exception failure) {
            if (caller != null) {
                String outcome = failure instanceof KmsException kms ? kms.error().name()
                        : KmsError.KMSInternalException.name();
                auditLog.recordDurably(AuditEvent.of(caller, operationName(invocation.getMethod()),
                        keyReference(invocation.getMethod(), invocation.getParameters()), outcome));
            }
            throw failure;
        }
    }

    static String operationName(Method method) {
        String name = method.getName();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * The resource the caller named: a String parameter named keyId (or customKeyStoreId, for the
     * custom key store operations), or the keyId() of a client request type.
     */
    private static String keyReference(Method method, Object[] arguments) {
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            if (argument instanceof String text
                    && ("keyId".equals(parameters[i].getName()) || "customKeyStoreId".equals(parameters[i].getName()))) {
                return text;
            }
            if (argument != null && argument.getClass().getPackageName().equals(CLIENT_PACKAGE)) {
                try {
                    Object value = argument.getClass().getMethod("keyId").invoke(argument);
                    if (value instanceof String text) {
                        return text;
                    }
                } catch (ReflectiveOperationException noKeyId) {
                    // a request without a key reference
                }
            }
        }
        return null;
    }
}
