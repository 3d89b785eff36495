package id.go.jogjaprov.warta.content.api;

/** Who journalists call about a release (narahubung): a name, and a telephone or e-mail. */
public record ContactPerson(String name, String phone, String email) {}
