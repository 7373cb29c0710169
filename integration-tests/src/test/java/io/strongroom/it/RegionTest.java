package io.strongroom.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a client-side test class that talks to the shared {@link RunningRegion} (and may read
 * {@link TestDatabase} directly).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RunningRegion.class)
public @interface RegionTest {
}
