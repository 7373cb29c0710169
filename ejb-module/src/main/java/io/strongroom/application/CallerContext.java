package io.strongroom.application;

/**
 * Who is calling and from where, carried into every service call so that the audit event of the
 * call names the principal, the request id and the source address.
 *
 * @param principalArn  IAM-style ARN of the authenticated caller
 * @param requestId     the id returned to the caller (x-amzn-RequestId on the JSON API)
 * @param sourceAddress remote address of the caller, or "internal"
 * @param channel       interface the call came through: "api", "console" or "ejb"
 */
public record CallerContext(String principalArn, String requestId, String sourceAddress, String channel) {
}
