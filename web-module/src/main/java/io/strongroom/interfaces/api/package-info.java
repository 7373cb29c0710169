/**
 * The AWS KMS JSON 1.1 protocol ("TrentService") over JAX-RS: one thin resource that
 * authenticates the SigV4 signature and dispatches on {@code X-Amz-Target} to one class per
 * operation, which maps JSON to the client request records and calls the application services.
 * No business rules live here: fields the services validate are passed through unchanged.
 */
package io.strongroom.interfaces.api;
