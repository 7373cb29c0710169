/**
 * What enterprise Java applications put on their classpath: the remote business interface,
 * its serializable request and response types, and the error family. No logic lives here.
 */
package io.strongroom.client;
