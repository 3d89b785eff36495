package id.go.jogjaprov.warta.archfixture.beta.internal;

public class BetaSecret {
  public static String value() {
    return "secret";
  }
}
