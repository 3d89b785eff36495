package id.go.jogjaprov.warta.access.internal.keycloak;

import id.go.jogjaprov.warta.access.api.AccountId;
import id.go.jogjaprov.warta.access.api.Contact;
import id.go.jogjaprov.warta.access.api.Contacts;
import id.go.jogjaprov.warta.access.api.Role;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** Contacts read with the directory service account (view-users, query-groups). */
@ApplicationScoped
class KeycloakContacts implements Contacts {

  /** A group's members are read a page at a time; a unit has far fewer. */
  private static final int MEMBERS_MAX = 500;

  @Inject KeycloakAdminConnection keycloak;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "warta.directory.contacts-for", defaultValue = "PT1M")
  Duration keepFor;

  private record Remembered<T>(T value, Instant until) {}

  private final Map<String, Remembered<?>> remembered = new ConcurrentHashMap<>();

  @Override
  public List<Contact> holding(Role role, UnitPath unit) {
    return remember(
        "holding " + role + " " + unit,
        () -> {
          RealmResource realm = keycloak.realm();
          String group;
          try {
            group = realm.getGroupByPath(unit.value()).getId();
          } catch (NotFoundException noSuchUnit) {
            return List.of();
          }
          return realm.groups().group(group).members(0, MEMBERS_MAX, false).stream()
              .filter(user -> Boolean.TRUE.equals(user.isEnabled()))
              .filter(
                  user ->
                      realm.users().get(user.getId()).roles().realmLevel().listEffective().stream()
                          .map(RoleRepresentation::getName)
                          .anyMatch(role.roleName()::equals))
              .map(KeycloakContacts::contact)
              .toList();
        });
  }

  @Override
  public Optional<Contact> of(Username username) {
    return remember(
        "user " + username.value(),
        () ->
            keycloak.realm().users().search(username.value(), true).stream()
                .filter(user -> Boolean.TRUE.equals(user.isEnabled()))
                .findFirst()
                .map(KeycloakContacts::contact));
  }

  @SuppressWarnings("unchecked")
  private <T> T remember(String key, Supplier<T> lookUp) {
    Instant now = clock.instant();
    Remembered<?> known = remembered.get(key);
    if (known != null && now.isBefore(known.until())) {
      return (T) known.value();
    }
    T value = lookUp.get();
    remembered.put(key, new Remembered<>(value, now.plus(keepFor)));
    return value;
  }

  private static Contact contact(UserRepresentation user) {
    Optional<String> language =
        Optional.ofNullable(user.getAttributes())
            .map(attributes -> attributes.get("locale"))
            .filter(values -> !values.isEmpty())
            .map(values -> values.get(0));
    return new Contact(
        new AccountId(user.getId()),
        new Username(user.getUsername()),
        Optional.ofNullable(user.getEmail()).filter(email -> !email.isBlank()),
        language);
  }
}
