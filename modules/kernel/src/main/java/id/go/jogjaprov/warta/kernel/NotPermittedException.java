package id.go.jogjaprov.warta.kernel;

/** The caller may see the item but may not do this to it (e.g. approve their own draft). */
public class NotPermittedException extends WartaException {

  public NotPermittedException(String message) {
    super(message);
  }

  @Override
  public String title() {
    return "Tidak diizinkan";
  }
}
