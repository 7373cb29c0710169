/**
 * Application services: one {@code @Stateless} bean per capability, one method per operation.
 * They load aggregates through repositories, call the crypto boundary for anything touching key
 * material, and record the audit event of each call. No HTTP, Faces or JPA query code here
 * beyond the repository calls.
 */
package io.strongroom.application;
