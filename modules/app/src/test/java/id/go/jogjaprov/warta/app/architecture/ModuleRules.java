package id.go.jogjaprov.warta.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module and data-layer rules, stated for any base package so that the same rules check Warta
 * and, on the fixture, prove that each can fail. A module is {@code <base>.<module>}, its public
 * part {@code <base>.<module>.api}, everything else of it internal.
 */
final class ModuleRules {

  private ModuleRules() {}

  /** Nothing outside a module uses that module's internals. */
  static ArchRule internalsStayInside(String base, String module) {
    return noClasses()
        .that()
        .resideOutsideOfPackage(base + "." + module + "..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(base + "." + module + ".internal..")
        .as("nothing outside '" + module + "' uses its internals");
  }

  /**
   * A port of {@code owner}'s API that only {@code user} may use: content's publication port, for
   * the approval workflow alone, so that no other module moves a release past review.
   */
  static ArchRule portOnlyFor(String base, String port, String owner, String user) {
    return noClasses()
        .that()
        .resideOutsideOfPackages(base + "." + owner + "..", base + "." + user + "..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName(port)
        .as(port + " is used by '" + user + "' alone");
  }

  /** Modules depend on each other without cycles. */
  static ArchRule modulesAreFreeOfCycles(String base) {
    return slices().matching(base + ".(*)..").should().beFreeOfCycles();
  }

  /** A module's API speaks in plain types: no persistence and no UI types. */
  static ArchRule apisHoldNoFrameworkTypes(String base) {
    return noClasses()
        .that()
        .resideInAPackage(base + ".*.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.persistence..",
            "org.eclipse.persistence..",
            "jakarta.faces..",
            "org.primefaces..")
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

  /**
   * Every entity is read under the access rule (ADR 2) and kept out of the shared cache, which
   * would answer from memory without it.
   */
  static ArchRule entitiesAreFilteredAndIsolated(String base) {
    return classes()
        .that()
        .resideInAPackage(base + "..")
        .and()
        .areAnnotatedWith("jakarta.persistence.Entity")
        .should()
        .beAnnotatedWith("org.eclipse.persistence.annotations.AdditionalCriteria")
        .andShould()
        .beAnnotatedWith(ISOLATED_CACHE)
        .as("entities carry @AdditionalCriteria and @Cache(isolation = ISOLATED)");
  }

  /** Only repositories (internal.infrastructure) touch the entity manager. */
  static ArchRule entityManagerOnlyInInfrastructure(String base) {
    return noClasses()
        .that()
        .resideInAPackage(base + "..")
        .and()
        .resideOutsideOfPackage("..internal.infrastructure..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("jakarta.persistence.EntityManager")
        .as("only internal.infrastructure uses the EntityManager");
  }

  /**
   * The read rule's parameters are bound in one place, the access module's session listener
   * (ReadScopeBinding): no repository binds them itself, however it spells it.
   */
  static ArchRule readScopeIsBoundInOnePlace(String base) {
    return noClasses()
        .that()
        .resideInAPackage(base + "..")
        .and()
        .resideOutsideOfPackage(base + ".access.internal.persistence..")
        .should()
        .callMethodWhere(
            JavaCall.Predicates.target(
                    HasOwner.Predicates.With.owner(
                        HasName.Predicates.name("jakarta.persistence.EntityManager")
                            .or(HasName.Predicates.name("org.eclipse.persistence.sessions.Session"))
                            .or(HasName.Predicates.name(base + ".access.api.ReadScope"))))
                .and(
                    JavaCall.Predicates.target(
                        HasName.Predicates.nameMatching("setProperty|applyTo"))))
        .as("only the access module's ReadScopeBinding binds the read rule's parameters");
  }

  /** Native SQL bypasses the additional criteria: protected tables are read through JPQL only. */
  static ArchRule noNativeQueries(String base) {
    return noClasses()
        .that()
        .resideInAPackage(base + "..")
        .should()
        .callMethodWhere(
            JavaCall.Predicates.target(
                    HasOwner.Predicates.With.owner(
                        HasName.Predicates.name("jakarta.persistence.EntityManager")))
                .and(JavaCall.Predicates.target(HasName.Predicates.name("createNativeQuery"))))
        .as("no native queries through the entity manager");
  }

  private static final DescribedPredicate<JavaAnnotation<?>> ISOLATED_CACHE =
      new DescribedPredicate<>("@Cache(isolation = ISOLATED)") {
        @Override
        public boolean test(JavaAnnotation<?> annotation) {
          return annotation
                  .getRawType()
                  .getName()
                  .equals("org.eclipse.persistence.annotations.Cache")
              && annotation
                  .get("isolation")
                  .filter(JavaEnumConstant.class::isInstance)
                  .map(value -> ((JavaEnumConstant) value).name().equals("ISOLATED"))
                  .orElse(false);
        }
      };
}
