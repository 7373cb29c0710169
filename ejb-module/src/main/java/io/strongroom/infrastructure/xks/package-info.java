/**
 * The XKS proxy client (KMS-SPEC §5.1): HTTPS with the allowed TLS suites and configured trust
 * anchors, SigV4 with service {@code kms-xks-proxy}, the 250 ms call budget, and the mapping of
 * every proxy failure to a ConnectionErrorCode and to the calling operation's KMS exception.
 * Only ciphertext made by Strongroom's own key material ever travels to a proxy.
 */
package io.strongroom.infrastructure.xks;
