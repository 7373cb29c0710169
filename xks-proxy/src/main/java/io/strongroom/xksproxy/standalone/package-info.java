/**
 * The {@code bin/xks-proxy} command: a data dir with a JSON configuration file, PEM certificates
 * and the PKCS12 keystore, generated on first start so a user can try external key stores at once.
 */
package io.strongroom.xksproxy.standalone;
