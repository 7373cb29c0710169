/**
 * AWS Signature Version 4 verification as an XKS proxy needs it: header-form signatures with the
 * service {@code kms-xks-proxy}, the configured region, the signed headers the client chose, the
 * SHA-256 of the body, a five-minute clock skew and a constant-time comparison.
 */
package io.strongroom.xksproxy.sigv4;
