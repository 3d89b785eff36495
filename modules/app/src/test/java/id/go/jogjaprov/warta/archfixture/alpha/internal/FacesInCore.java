package id.go.jogjaprov.warta.archfixture.alpha.internal;

import jakarta.faces.context.FacesContext;

public class FacesInCore {
  public boolean inFaces() {
    return FacesContext.getCurrentInstance() != null;
  }
}
