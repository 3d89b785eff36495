package id.go.jogjaprov.warta.app.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fails the build when a module reaches into another's internals, when modules form a cycle, or
 * when framework types leak into an API. Each rule is also run against a fixture that breaks it,
 * so that a rule which could never fail is caught too.
 */
class ArchitectureTest {

  private static final String WARTA = "id.go.jogjaprov.warta";
  private static final List<String> MODULES = List.of("kernel", "access", "content", "workflow", "archives", "app");
  private static final String FIXTURE = "id.go.jogjaprov.warta.archfixture";

  private static final JavaClasses WARTA_CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(WARTA);

  private static final JavaClasses FIXTURE_CLASSES = new ClassFileImporter().importPackages(FIXTURE);

  @Test
  void wartaModulesUseEachOthersApisOnly() {
    ModuleRules.internalsStayInside(WARTA, MODULES).forEach(rule -> rule.check(WARTA_CLASSES));
  }

  @Test
  void wartaModulesAreFreeOfCycles() {
    ModuleRules.modulesAreFreeOfCycles(WARTA).check(WARTA_CLASSES);
  }

  @Test
  void wartaApisHoldNoFrameworkTypes() {
    ModuleRules.apisHoldNoFrameworkTypes(WARTA).check(WARTA_CLASSES);
  }

  @Test
  void wartaUsesFacesOnlyInTheWebLayer() {
    ModuleRules.facesOnlyInTheWebLayer(WARTA).check(WARTA_CLASSES);
  }

  @Test
  void theInternalsRuleCatchesAModuleReachingIntoAnother() {
    List<ArchRule> rules = ModuleRules.internalsStayInside(FIXTURE, List.of("alpha", "beta"));
    assertThrows(AssertionError.class, () -> rules.forEach(rule -> rule.check(FIXTURE_CLASSES)));
  }

  @Test
  void theCycleRuleCatchesTwoModulesUsingEachOther() {
    assertThrows(AssertionError.class, () -> ModuleRules.modulesAreFreeOfCycles(FIXTURE).check(FIXTURE_CLASSES));
  }

  @Test
  void theApiRuleCatchesAPersistenceTypeInAnApi() {
    assertThrows(AssertionError.class, () -> ModuleRules.apisHoldNoFrameworkTypes(FIXTURE).check(FIXTURE_CLASSES));
  }

  @Test
  void theFacesRuleCatchesFacesOutsideTheWebLayer() {
    assertThrows(AssertionError.class, () -> ModuleRules.facesOnlyInTheWebLayer(FIXTURE).check(FIXTURE_CLASSES));
  }
}
