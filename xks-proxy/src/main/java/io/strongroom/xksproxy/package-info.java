/**
 * A conformant XKS proxy (XKS proxy API v1) that Strongroom's users try external key stores with
 * before they own an HSM, and that Strongroom's tests and benchmark start in-process.
 *
 * <p>Entry point: {@link io.strongroom.xksproxy.XksProxyServer#start(XksProxyConfiguration)} with a
 * configuration built by {@link io.strongroom.xksproxy.XksProxyConfiguration#builder()}. The
 * {@code pki} package makes the certificates a test needs; {@code standalone} is the
 * {@code bin/xks-proxy} command. This module depends on no other Strongroom module.
 */
package io.strongroom.xksproxy;
