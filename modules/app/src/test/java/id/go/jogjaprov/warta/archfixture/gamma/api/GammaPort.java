package id.go.jogjaprov.warta.archfixture.gamma.api;

/** A port of gamma's that only alpha may use. */
public interface GammaPort {
  void move(String id);
}
