/**
 * Authentication of API callers: AWS Signature Version 4 verification of signed HTTP requests and
 * the service that resolves the signing access key. The verification itself is pure logic (no
 * HTTP or container types) so that it can be checked against the published AWS test vectors.
 */
package io.strongroom.application.auth;
