package id.go.jogjaprov.warta.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that needs a Payara that has served nothing before it (say, one that has not yet
 * fetched Keycloak's keys) gets one of its own instead of the shared one ({@link
 * OnePayaraForTheRun}); it stops after the class.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface OwnPayara {}
