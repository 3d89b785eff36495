package id.go.jogjaprov.warta.archfixture.alpha.api;

import jakarta.faces.context.FacesContext;
import jakarta.persistence.Entity;

@Entity
public class AlphaRecord {
  public boolean inFaces() {
    return FacesContext.getCurrentInstance() != null;
  }
}
