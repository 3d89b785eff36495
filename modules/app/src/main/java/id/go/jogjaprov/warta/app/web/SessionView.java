package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.kernel.UnitPath;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.stream.Collectors;

/** Who is signed in, for the page header. */
@Named
@RequestScoped
public class SessionView {

  @Inject CurrentOfficial currentOfficial;

  public Official getOfficial() {
    return currentOfficial.get();
  }

  public String getUnits() {
    return getOfficial().units().stream()
        .map(UnitPath::name)
        .sorted()
        .collect(Collectors.joining(", "));
  }
}
