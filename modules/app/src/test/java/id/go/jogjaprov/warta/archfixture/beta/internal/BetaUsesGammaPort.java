package id.go.jogjaprov.warta.archfixture.beta.internal;

import id.go.jogjaprov.warta.archfixture.gamma.api.GammaPort;

/** Breaks the port rule: beta is not the module gamma's port is for. */
public class BetaUsesGammaPort {
  public void misuse(GammaPort port) {
    port.move("x");
  }
}
