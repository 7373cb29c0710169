/**
 * The admin console: Faces backing beans, the console's login (Jakarta Security) and the small
 * helpers the screens share. Beans are thin: they hold screen state, call one application
 * service per action with a {@link io.strongroom.interfaces.console.ConsoleCaller console caller
 * context}, and turn {@link io.strongroom.client.KmsException} into Faces messages through
 * {@link io.strongroom.interfaces.console.ConsoleMessages}. No business rules live here.
 */
package io.strongroom.interfaces.console;
