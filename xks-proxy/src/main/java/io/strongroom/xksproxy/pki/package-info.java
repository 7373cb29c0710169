/**
 * Certificates for the proxy and for tests that talk to it: a CA, server certificates for chosen
 * names, addresses and validity windows (so a test can present an expired certificate or one for
 * the wrong host), client certificates for mTLS, PEM files, and TLS contexts limited to the
 * protocols and suites the XKS specification allows. EC P-256 keys throughout.
 */
package io.strongroom.xksproxy.pki;
