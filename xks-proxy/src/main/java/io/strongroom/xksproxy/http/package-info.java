/**
 * The XKS proxy API v1 over HTTP: routing by URI prefix, SigV4 authentication, request validation,
 * the four operations, compact single-line JSON replies and errors with the specification's names
 * and statuses, and the live state the server's runtime controls change.
 */
package io.strongroom.xksproxy.http;
