package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import id.go.jogjaprov.warta.kernel.WartaException;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Locale;

/**
 * Turns a business failure in any page action into a message on the same page (in its language),
 * and an item that is missing or not for this official into the 404 page, so that backing beans
 * stay free of try/catch. Other failures go to the container's error page.
 */
public class BusinessExceptionHandlerFactory extends ExceptionHandlerFactory {

  public BusinessExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
      var events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        ExceptionQueuedEvent event = events.next();
        WartaException business = businessCause(event.getContext().getException());
        if (business instanceof ItemNotFoundException) {
          // Not found, or not for this official: the same 404 page either way.
          notFound();
          events.remove();
        } else if (business != null) {
          FacesContext context = FacesContext.getCurrentInstance();
          Locale locale = PageMessages.locale();
          context.addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR, business.title(locale), business.message(locale)));
          context.validationFailed();
          context.renderResponse();
          events.remove();
        }
      }
      getWrapped().handle();
    }

    private static void notFound() {
      FacesContext context = FacesContext.getCurrentInstance();
      try {
        context.getExternalContext().responseSendError(404, null);
      } catch (java.io.IOException e) {
        throw new FacesException(e);
      }
      context.responseComplete();
    }

    private static WartaException businessCause(Throwable thrown) {
      for (Throwable t = thrown; t != null; t = t.getCause()) {
        if (t instanceof WartaException business) {
          return business;
        }
      }
      return null;
    }
  }
}
