package id.go.jogjaprov.warta.kernel;

/**
 * Which page of a list to answer: pages count from 0; a page holds at most {@link #MAX_SIZE} items,
 * so that no list is ever cut silently.
 */
public record PageRequest(int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 200;

  /** Far beyond any list Warta holds, and small enough that the offset never overflows. */
  public static final int MAX_PAGE = 1_000_000;

  public PageRequest {
    if (page < 0 || page > MAX_PAGE) {
      throw new InvalidInputException("page", KernelMessages.PAGE_OUT_OF_RANGE, MAX_PAGE);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidInputException("size", KernelMessages.SIZE_OUT_OF_RANGE, MAX_SIZE);
    }
  }

  public static PageRequest first(int size) {
    return new PageRequest(0, size);
  }

  /** The position of the page's first item in the whole list. */
  public int offset() {
    return page * size;
  }
}
