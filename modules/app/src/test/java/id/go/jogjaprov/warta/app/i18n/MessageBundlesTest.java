package id.go.jogjaprov.warta.app.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.go.jogjaprov.warta.kernel.MessageKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every sentence Warta says exists in Indonesian and in English, with the same arguments, and every
 * word a page asks for is in both page bundles. A key missing from a bundle would otherwise surface
 * only as a stack trace in front of a user.
 */
class MessageBundlesTest {

  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
  private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
  private static final Pattern ENUM_LABEL = Pattern.compile("msg\\['([A-Za-z]+)\\.'\\+=");
  private static final String PAGE_BUNDLE = "id/go/jogjaprov/warta/app/web/messages";

  @Test
  void everyModuleSpeaksBothLanguagesWithTheSameArguments() {
    List<Class<?>> enums = messageEnums();
    assertTrue(enums.size() >= 4, "message enums found: " + enums);
    List<String> problems = new ArrayList<>();
    for (Class<?> type : enums) {
      String bundle = type.getName().replace('.', '/');
      Properties indonesian = load(bundle + ".properties");
      Properties english = load(bundle + "_en.properties");
      Set<String> keys =
          Arrays.stream(type.getEnumConstants())
              .map(constant -> ((Enum<?>) constant).name())
              .collect(Collectors.toCollection(TreeSet::new));
      for (String key : keys) {
        String id = indonesian.getProperty(key);
        String en = english.getProperty(key);
        if (id == null || en == null) {
          problems.add(type.getSimpleName() + "." + key + " lacks " + (id == null ? "id" : "en"));
          continue;
        }
        if (!arguments(id).equals(arguments(en))) {
          problems.add(type.getSimpleName() + "." + key + " has other arguments in English");
        }
        for (String text : List.of(id, en)) {
          if (text.replace("''", "").contains("'")) {
            problems.add(type.getSimpleName() + "." + key + " has a single apostrophe: " + text);
          }
          new MessageFormat(text); // throws on a malformed pattern
        }
      }
      for (Properties texts : List.of(indonesian, english)) {
        texts.stringPropertyNames().stream()
            .filter(key -> !keys.contains(key))
            .forEach(key -> problems.add(type.getSimpleName() + " bundle has unused " + key));
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void aSentenceRendersInTheLanguageAskedForWithItsArgumentsFilledIn() {
    MessageKey sample =
        messageEnums().stream()
            .flatMap(type -> Arrays.stream(type.getEnumConstants()))
            .map(MessageKey.class::cast)
            .filter(key -> key.name().equals("FIELD_TOO_LONG"))
            .findFirst()
            .orElseThrow();
    String indonesian = sample.in(MessageKey.INDONESIAN, "Judul", 300);
    String english = sample.in(MessageKey.ENGLISH, "Title", 300);
    assertTrue(indonesian.contains("300") && indonesian.contains("Judul"), indonesian);
    assertTrue(english.contains("300") && english.contains("Title"), english);
    assertFalse(indonesian.equals(english));
  }

  @Test
  void everyWordAPageAsksForIsInBothPageBundles() throws IOException {
    Properties indonesian = load(PAGE_BUNDLE + "_id.properties");
    Properties english = load(PAGE_BUNDLE + "_en.properties");
    Properties fallback = load(PAGE_BUNDLE + ".properties");
    assertEquals(indonesian, fallback, "messages.properties is the Indonesian text");
    assertEquals(indonesian.stringPropertyNames(), english.stringPropertyNames());
    Set<String> asked = new TreeSet<>();
    Set<String> labelledEnums = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
        String text = Files.readString(page);
        Matcher key = PAGE_KEY.matcher(text);
        while (key.find()) {
          asked.add(key.group(1));
        }
        Matcher label = ENUM_LABEL.matcher(text);
        while (label.find()) {
          labelledEnums.add(label.group(1));
        }
      }
    }
    // A page that shows an enum by its label asks for every constant it may meet.
    Set<String> enumsFound = new TreeSet<>();
    for (JavaClass type : wartaClasses()) {
      if (type.isEnum() && labelledEnums.contains(type.getSimpleName())) {
        enumsFound.add(type.getSimpleName());
        for (Object constant : type.reflect().getEnumConstants()) {
          asked.add(type.getSimpleName() + "." + ((Enum<?>) constant).name());
        }
      }
    }
    assertEquals(labelledEnums, enumsFound, "enums the pages label");
    assertTrue(asked.size() > 100, "page keys found: " + asked.size());
    asked.removeAll(indonesian.stringPropertyNames());
    assertEquals(Set.of(), asked, "keys the pages ask for that the bundles lack");
  }

  private static JavaClasses wartaClasses() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("id.go.jogjaprov.warta");
  }

  private static List<Class<?>> messageEnums() {
    return wartaClasses().stream()
        .filter(JavaClass::isEnum)
        .filter(type -> type.isAssignableTo(MessageKey.class))
        .map(JavaClass::reflect)
        .collect(Collectors.toList());
  }

  private static Set<String> arguments(String text) {
    Set<String> found = new TreeSet<>();
    Matcher argument = ARGUMENT.matcher(text);
    while (argument.find()) {
      found.add(argument.group(1));
    }
    return found;
  }

  private static Properties load(String resource) {
    try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError("missing bundle " + resource);
      }
      Properties texts = new Properties();
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
