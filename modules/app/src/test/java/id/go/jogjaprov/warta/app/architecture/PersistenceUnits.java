package id.go.jogjaprov.warta.app.architecture;

import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The persistence units the WAR carries (every module's META-INF/persistence.xml) and their session
 * listener.
 */
final class PersistenceUnits {

  private PersistenceUnits() {}

  /**
   * Unit name → the value of its {@code eclipselink.session-event-listener} property ("" if none).
   */
  static Map<String, String> onTheClasspath() throws Exception {
    Map<String, String> units = new TreeMap<>();
    for (URL url :
        Collections.list(
            PersistenceUnits.class.getClassLoader().getResources("META-INF/persistence.xml"))) {
      try (InputStream in = url.openStream()) {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList found =
            factory.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "persistence-unit");
        for (int i = 0; i < found.getLength(); i++) {
          Element unit = (Element) found.item(i);
          units.put(unit.getAttribute("name"), listenerOf(unit));
        }
      }
    }
    return units;
  }

  private static String listenerOf(Element unit) {
    NodeList properties = unit.getElementsByTagNameNS("*", "property");
    for (int i = 0; i < properties.getLength(); i++) {
      Element property = (Element) properties.item(i);
      if (property.getAttribute("name").equals("eclipselink.session-event-listener")) {
        return property.getAttribute("value");
      }
    }
    return "";
  }
}
