package id.go.jogjaprov.warta.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The module rules, stated for any base package so that the same rules check Warta and, in the
 * fixture, prove that they fail when broken. A module is {@code <base>.<module>}, its public part
 * {@code <base>.<module>.api}, everything else of it internal.
 */
final class ModuleRules {

  private ModuleRules() {}

  /** No module reaches into another module's internals. */
  static List<ArchRule> internalsStayInside(String base, List<String> modules) {
    return modules.stream()
        .map(
            module ->
                (ArchRule)
                    noClasses()
                        .that()
                        .resideOutsideOfPackage(base + "." + module + "..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(base + "." + module + ".internal..")
                        .as("nothing outside '" + module + "' uses its internals"))
        .toList();
  }

  /** Modules depend on each other without cycles. */
  static ArchRule modulesAreFreeOfCycles(String base) {
    return slices().matching(base + ".(*)..").should().beFreeOfCycles();
  }

  /** A module's API speaks in plain types: no persistence, no faces, no PrimeFaces. */
  static ArchRule apisHoldNoFrameworkTypes(String base) {
    return noClasses()
        .that()
        .resideInAPackage(base + ".*.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.persistence..", "org.eclipse.persistence..", "jakarta.faces..", "org.primefaces..")
        .as("module APIs hold no persistence or UI types");
  }

  /** Faces and PrimeFaces belong to the web layer of the WAR only. */
  static ArchRule facesOnlyInTheWebLayer(String base) {
    return noClasses()
        .that()
        .resideOutsideOfPackage(base + ".app.web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.faces..", "org.primefaces..")
        .as("only the web layer uses Faces");
  }
}
