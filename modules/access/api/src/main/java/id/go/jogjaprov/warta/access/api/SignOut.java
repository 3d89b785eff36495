package id.go.jogjaprov.warta.access.api;

import java.net.URI;

/** Ends the caller's single sign-on session, not just the local one. */
public interface SignOut {

  /**
   * Ends the local session and answers where to send the browser so that the identity provider ends
   * its session too and then returns the browser to {@code returnTo}.
   */
  URI signOut(URI returnTo);
}
