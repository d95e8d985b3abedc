package no.arbeidoghelse.kunnskapsbase.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list answer: {@code {"items": [...], "total": N, "page": 1, "size": 20}}. */
public record Page<T>(List<T> items, long total, int page, int size) {

  public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
    return new Page<>(items, total, request.page(), request.size());
  }

  public <R> Page<R> map(Function<? super T, R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), total, page, size);
  }
}
