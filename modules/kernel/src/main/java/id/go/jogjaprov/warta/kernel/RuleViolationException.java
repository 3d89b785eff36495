package id.go.jogjaprov.warta.kernel;

/**
 * The action conflicts with the item's current state (e.g. approving a release that is not under
 * review, or saving over a newer version).
 */
public class RuleViolationException extends WartaException {

  public RuleViolationException(String message) {
    super(message);
  }

  @Override
  public String title() {
    return "Bertentangan dengan keadaan saat ini";
  }
}
