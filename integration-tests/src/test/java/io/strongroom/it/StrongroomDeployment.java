package io.strongroom.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment builder of the Arquillian tests: the real Payara Micro WAR
 * ({@code micro/target/strongroom.war}, exactly what operators run) plus the test classes that run
 * inside it. Tests never assemble a partial application, so what they exercise is what ships.
 */
public final class StrongroomDeployment {

    private StrongroomDeployment() {
    }

    /**
     * @param inContainerClasses test classes (and their helpers) that execute inside Payara Micro
     */
    public static WebArchive create(Class<?>... inContainerClasses) {
        // Reached from @Deployment, which runs in the test JVM before Micro starts.
        TestDatabase.start();
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "strongroom.war")
                .importFrom(TestRegion.microWar().toFile())
                .as(WebArchive.class);
        war.addClasses(inContainerClasses);
        return war;
    }
}
