/**
 * The key domain: the key aggregate and its state machine, key identifiers, the ciphertext
 * format and the encryption context. No infrastructure or UI code here, and no plaintext key
 * material: that stays inside the crypto boundary.
 */
package io.strongroom.domain;
