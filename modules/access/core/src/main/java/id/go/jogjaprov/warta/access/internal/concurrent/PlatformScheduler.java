package id.go.jogjaprov.warta.access.internal.concurrent;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The platform's default scheduled executor, looked up rather than injected: Payara takes a
 * {@code @Resource} of this type in a library jar for a text entry and fails the deployment.
 */
public final class PlatformScheduler {

  private static final String NAME = "java:comp/DefaultManagedScheduledExecutorService";

  private PlatformScheduler() {}

  public static ManagedScheduledExecutorService lookup() throws NamingException {
    return InitialContext.doLookup(NAME);
  }
}
