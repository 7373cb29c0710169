package io.strongroom.it;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Brackets the whole test run: starts the embedded PostgreSQL before JUnit discovers any test class
 * and stops it after the last one. It has to come first because Arquillian resolves
 * {@code arquillian.xml}, whose Micro JVM options name the database, when its first test class
 * starts, before any {@code @Deployment} method runs. Registered through
 * {@code META-INF/services}; it lives only on the test class path, never in a deployment.
 */
public final class TestSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        TestDatabase.start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestDatabase.stop();
    }
}
