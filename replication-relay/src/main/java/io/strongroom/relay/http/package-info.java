/**
 * How the relay serves HTTP: routing by destination region, bounded bodies, forwarding to the
 * regions, the hostile mode's holds, the recording and the size-only log. Public for
 * {@link io.strongroom.relay.ReplicationRelay}'s sake only; nothing here is API.
 */
package io.strongroom.relay.http;
