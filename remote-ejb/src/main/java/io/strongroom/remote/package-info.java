/**
 * Remote EJB facades for Java applications that call a region over IIOP. They exist only in the
 * EAR for Payara Server (Payara Micro has no IIOP and refuses {@code @Remote} beans), so they live
 * in a module of their own. A facade authenticates the caller, builds the
 * {@link io.strongroom.application.CallerContext} and delegates; it holds no logic.
 */
package io.strongroom.remote;
