package id.go.jogjaprov.warta.kernel;

/**
 * The change was made to a version of the item that is no longer the current one: someone saved in
 * the meantime. Nothing was changed; the caller reads the current version and decides.
 */
public class StaleVersionException extends RuleViolationException {

  public StaleVersionException(String message) {
    super(message);
  }

  @Override
  public String title() {
    return "Sudah diubah orang lain";
  }
}
