/**
 * Infrastructure: the crypto boundary (the only holder of plaintext key material and of the
 * root key), configuration, JPA repositories, Flyway start-up and the audit writer.
 */
package io.strongroom.infrastructure;
