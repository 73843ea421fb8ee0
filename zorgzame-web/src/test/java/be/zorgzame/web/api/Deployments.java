package be.zorgzame.web.api;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR exactly as built and shipped, for black-box tests. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive shippedWar() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("zorgzame.war")));
    }
}
