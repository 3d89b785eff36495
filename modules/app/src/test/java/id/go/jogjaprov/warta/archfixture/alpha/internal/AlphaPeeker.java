package id.go.jogjaprov.warta.archfixture.alpha.internal;

import id.go.jogjaprov.warta.archfixture.beta.internal.BetaSecret;

public class AlphaPeeker {
  public String peek() {
    return BetaSecret.value();
  }
}
