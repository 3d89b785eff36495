package id.go.jogjaprov.warta.kernel;

/** The request is malformed or incomplete; nothing was changed. */
public class InvalidInputException extends WartaException {

  public InvalidInputException(String message) {
    super(message);
  }

  @Override
  public String title() {
    return "Masukan tidak sah";
  }
}
