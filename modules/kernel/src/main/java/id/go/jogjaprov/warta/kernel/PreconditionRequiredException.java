package id.go.jogjaprov.warta.kernel;

/** A change must say which version it was made to, and did not; nothing was changed. */
public class PreconditionRequiredException extends WartaException {

  public PreconditionRequiredException(String message) {
    super(message);
  }

  @Override
  public String title() {
    return "Versi yang diubah tidak disebut";
  }
}
