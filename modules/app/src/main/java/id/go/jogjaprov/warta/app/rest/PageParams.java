package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.PageRequest;
import jakarta.ws.rs.QueryParam;

/**
 * The paging parameters every list endpoint takes, {@code page} (from 0) and {@code size}. Read as
 * text so that {@code size=abc} is a 400 naming the parameter rather than the 404 JAX-RS answers
 * for a number it cannot convert.
 */
public class PageParams {

  @QueryParam("page")
  String page;

  @QueryParam("size")
  String size;

  PageRequest request() {
    return new PageRequest(number(page, "page", 0), number(size, "size", PageRequest.DEFAULT_SIZE));
  }

  static int number(String value, String parameter, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(parameter, AppMessages.INTEGER_REQUIRED, parameter);
    }
  }
}
