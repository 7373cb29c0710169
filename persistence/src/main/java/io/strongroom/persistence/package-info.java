/**
 * JPA entities mapped onto the tables of the Flyway migrations. Entities hold state only; the
 * rules about that state live in the EJB module's domain. Columns named *Sealed hold AES-GCM
 * ciphertext under the region root key, never plaintext.
 */
package io.strongroom.persistence;
