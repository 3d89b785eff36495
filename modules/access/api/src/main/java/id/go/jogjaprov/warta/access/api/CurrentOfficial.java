package id.go.jogjaprov.warta.access.api;

/** The official behind the current request; inject it wherever a decision needs the caller. */
public interface CurrentOfficial {

  Official get();
}
