package id.go.jogjaprov.warta.access.api;

/** Whether officials can sign in right now (the identity provider answers). */
public interface SignInStatus {

  boolean available();
}
