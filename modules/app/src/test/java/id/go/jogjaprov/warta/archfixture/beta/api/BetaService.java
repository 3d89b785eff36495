package id.go.jogjaprov.warta.archfixture.beta.api;

import id.go.jogjaprov.warta.archfixture.alpha.api.AlphaRecord;

public interface BetaService {
  AlphaRecord find();
}
