package id.go.jogjaprov.warta.kernel;

/**
 * The item does not exist, or the caller may not know that it exists: both answer alike so that a
 * refusal never confirms that a classified item is there.
 */
public class ItemNotFoundException extends WartaException {

  public ItemNotFoundException(String kind, Object id) {
    super(kind + " " + id + " tidak ditemukan.");
  }

  @Override
  public String title() {
    return "Tidak ditemukan";
  }
}
