package id.go.jogjaprov.warta.app;

import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * The integration test classes that call Warta from outside share one Payara Micro for the whole
 * run: it starts with the first of them and stops after the last test, instead of once per class
 * (about 25 s each on a 2-core machine). A class with a deployment of its own (in-container tests)
 * or marked {@link OwnPayara} still gets a Payara of its own: the shared one stops first, as both
 * listen on the same port, and the next sharing class starts it again.
 */
public final class OnePayaraForTheRun implements LoadableExtension {

  /** The name {@link WartaIT} gives its deployment; the only one that is shared. */
  static final String SHARED = "shared-warta";

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(SharedDeployment.class);
  }

  /** Lets the first deployment of the shared WAR through and answers the later ones with it. */
  public static final class SharedDeployment {

    @Inject private Instance<TestClass> testClass;

    private Container running;
    private DeploymentDescription runningDescription;

    public void deploy(@Observes EventContext<DeployDeployment> context)
        throws DeploymentException {
      Deployment deployment = context.getEvent().getDeployment();
      if (!isShared(deployment)) {
        stopShared();
        context.proceed();
      } else if (running == null) {
        context.proceed();
        if (deployment.isDeployed()) {
          running = context.getEvent().getContainer();
          runningDescription = deployment.getDescription();
        }
      } else {
        deployment.deployed();
      }
    }

    public void undeploy(@Observes EventContext<UnDeployDeployment> context) {
      Deployment deployment = context.getEvent().getDeployment();
      if (isShared(deployment)) {
        deployment.undeployed(); // the Payara keeps running for the next class
      } else {
        context.proceed();
      }
    }

    public void stopAfterTheLastTest(@Observes AfterSuite event) throws DeploymentException {
      stopShared();
    }

    private boolean isShared(Deployment deployment) {
      return SHARED.equals(deployment.getDescription().getName())
          && !testClass.get().isAnnotationPresent(OwnPayara.class);
    }

    private void stopShared() throws DeploymentException {
      if (running != null) {
        running.getDeployableContainer().undeploy(runningDescription.getArchive());
        running = null;
        runningDescription = null;
      }
    }
  }
}
