package id.go.jogjaprov.warta.archfixture.beta.api;

import jakarta.faces.model.SelectItem;

public interface BetaView {
  SelectItem choice();
}
