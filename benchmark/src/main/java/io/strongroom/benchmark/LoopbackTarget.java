package io.strongroom.benchmark;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Refuses any endpoint that is not on this machine: a load test sends traffic only to
 * loopback addresses, never to a host someone else runs.
 */
public final class LoopbackTarget {

    private LoopbackTarget() {
    }

    /**
     * @return the endpoint unchanged when every address its host resolves to is loopback
     * @throws IllegalArgumentException otherwise
     */
    public static URI require(URI endpoint) {
        String host = endpoint.getHost();
        if (host == null) {
            throw new IllegalArgumentException("endpoint has no host: " + endpoint);
        }
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            for (InetAddress address : addresses) {
                if (!address.isLoopbackAddress()) {
                    throw new IllegalArgumentException("refusing non-loopback target " + host
                            + " (" + address.getHostAddress() + "): the benchmark only loads this machine");
                }
            }
            return endpoint;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve endpoint host " + host, e);
        }
    }
}
