package id.go.jogjaprov.warta.content.internal.domain;

import id.go.jogjaprov.warta.content.api.ContactPerson;
import id.go.jogjaprov.warta.content.api.ReleaseMetadata;
import id.go.jogjaprov.warta.content.internal.ContentMessages;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.KernelMessages;
import id.go.jogjaprov.warta.kernel.PlainText;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The rules for what a release says about itself: tags, contact person, permanent address. */
final class Metadata {

  static final int MAX_TAGS = 15;
  static final int TAG_MAX = 40;

  private static final Pattern PHONE = Pattern.compile("[0-9+() .-]{6,30}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String CODE_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";

  private Metadata() {}

  /** Tags in one spelling (lower case, single spaces), each once, at most fifteen. */
  static TreeSet<String> tags(List<String> given) {
    TreeSet<String> tags = new TreeSet<>();
    for (String tag : given == null ? List.<String>of() : given) {
      String text = PlainText.optional(tag, "tags", ContentMessages.FIELD_TAG, TAG_MAX);
      if (text != null) {
        tags.add(ReleaseMetadata.tagSpelling(text));
      }
    }
    if (tags.size() > MAX_TAGS) {
      throw new InvalidInputException("tags", ContentMessages.TOO_MANY_TAGS, MAX_TAGS);
    }
    return tags;
  }

  /** A contact person with a name and a way to reach them, each checked. */
  static Optional<ContactPerson> contact(Optional<ContactPerson> given) {
    if (given.isEmpty()) {
      return Optional.empty();
    }
    ContactPerson contact = given.get();
    String name =
        PlainText.optional(contact.name(), "contact.name", ContentMessages.FIELD_CONTACT_NAME, 200);
    String phone =
        PlainText.optional(
            contact.phone(), "contact.phone", ContentMessages.FIELD_CONTACT_PHONE, 30);
    String email =
        PlainText.optional(
            contact.email(), "contact.email", ContentMessages.FIELD_CONTACT_EMAIL, 200);
    if (name == null && phone == null && email == null) {
      return Optional.empty();
    }
    if (name == null) {
      throw new InvalidInputException(
          "contact.name", KernelMessages.FIELD_REQUIRED, ContentMessages.FIELD_CONTACT_NAME);
    }
    if (phone == null && email == null) {
      throw new InvalidInputException("contact.phone", ContentMessages.CONTACT_PHONE_OR_EMAIL);
    }
    if (phone != null && !PHONE.matcher(phone).matches()) {
      throw new InvalidInputException("contact.phone", ContentMessages.CONTACT_PHONE_INVALID);
    }
    if (email != null && !EMAIL.matcher(email).matches()) {
      throw new InvalidInputException("contact.email", ContentMessages.CONTACT_EMAIL_INVALID);
    }
    return Optional.of(new ContactPerson(name, phone, email));
  }

  /**
   * A permanent address from the title: lower-case ASCII words joined by hyphens, then a random
   * code, so that the address says nothing about other releases with the same title.
   */
  static String slug(String title) {
    String ascii =
        Normalizer.normalize(title, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    if (ascii.length() > 80) {
      ascii = ascii.substring(0, 80).replaceAll("-[^-]*$", "");
    }
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
    }
    return (ascii.isEmpty() ? "rilis" : ascii) + "-" + code;
  }
}
