package id.go.jogjaprov.warta.app;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR exactly as the build packaged it, and where the test Payara serves it. */
final class WartaDeployment {

  private WartaDeployment() {}

  static WebArchive war() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("warta.war")));
  }

  /** Arquillian's injected URL lacks the context root; the WAR is served at /warta. */
  static String baseUrl() {
    return "http://127.0.0.1:" + System.getProperty("warta.it.http.port", "8280") + "/warta";
  }
}
