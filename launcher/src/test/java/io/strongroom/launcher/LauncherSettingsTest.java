package io.strongroom.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LauncherSettingsTest {

    private static final List<String> PROPERTIES = List.of(LauncherSettings.WAR, LauncherSettings.HTTP_PORT,
            LauncherSettings.DATA_DIR, LauncherSettings.DB_URL, LauncherSettings.DB_PORT, LauncherSettings.REGION);

    @BeforeEach
    void clear() {
        PROPERTIES.forEach(System::clearProperty);
        System.setProperty(LauncherSettings.WAR, "app.war");
    }

    @AfterEach
    void restore() {
        PROPERTIES.forEach(System::clearProperty);
    }

    @Test
    void defaultsAreTheDesignDefaults() {
        assumeTrue(System.getenv(LauncherSettings.HTTP_PORT) == null && System.getenv(LauncherSettings.DATA_DIR) == null
                && System.getenv(LauncherSettings.DB_URL) == null, "the environment already configures Strongroom");
        LauncherSettings settings = LauncherSettings.read();

        assertEquals(8080, settings.httpPort());
        assertEquals(Path.of("data").toAbsolutePath(), settings.dataDir());
        assertTrue(settings.externalDbUrl().isEmpty());
        assertTrue(settings.embeddedDbPort().isEmpty());
        assertEquals(Path.of("app.war").toAbsolutePath(), settings.war());
    }

    @Test
    void systemPropertiesConfigureTheLauncher() {
        System.setProperty(LauncherSettings.HTTP_PORT, "9090");
        System.setProperty(LauncherSettings.DATA_DIR, "/srv/strongroom/../strongroom");
        System.setProperty(LauncherSettings.DB_URL, "jdbc:postgresql://db:5432/kms");
        System.setProperty(LauncherSettings.DB_PORT, "25432");

        LauncherSettings settings = LauncherSettings.read();

        assertEquals(9090, settings.httpPort());
        assertEquals(Path.of("/srv/strongroom"), settings.dataDir());
        assertEquals("jdbc:postgresql://db:5432/kms", settings.externalDbUrl().orElseThrow());
        assertEquals(25432, settings.embeddedDbPort().getAsInt());
    }

    @Test
    void aPortOutsideTheTcpRangeIsRefusedByName() {
        System.setProperty(LauncherSettings.HTTP_PORT, "80800");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, LauncherSettings::read);

        assertTrue(refused.getMessage().contains(LauncherSettings.HTTP_PORT), refused.getMessage());
    }

    @Test
    void theWarMustBeNamed() {
        System.clearProperty(LauncherSettings.WAR);

        assertThrows(IllegalArgumentException.class, LauncherSettings::read);
    }
}
