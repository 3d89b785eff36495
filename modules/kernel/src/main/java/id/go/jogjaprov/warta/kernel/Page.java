package id.go.jogjaprov.warta.kernel;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and the size of the whole list, both counted over what the caller may see: a
 * total never counts an item the caller may not read.
 */
public record Page<T>(List<T> items, long total, PageRequest request) {

  public Page {
    items = List.copyOf(items);
  }

  /** A page cut from a list held whole in memory (short lists only). */
  public static <T> Page<T> of(List<T> all, PageRequest request) {
    int from = (int) Math.min(all.size(), (long) request.offset());
    int to = Math.min(all.size(), from + request.size());
    return new Page<>(all.subList(from, to), all.size(), request);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), total, request);
  }

  public boolean hasNext() {
    return (long) request.offset() + items.size() < total;
  }

  /** The number of the last page (0 for an empty list). */
  public int lastPage() {
    return total == 0 ? 0 : (int) ((total - 1) / request.size());
  }
}
