package id.go.jogjaprov.warta.app.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import id.go.jogjaprov.warta.archfixture.alpha.api.AlphaRecord;
import id.go.jogjaprov.warta.archfixture.alpha.internal.AlphaPeeker;
import id.go.jogjaprov.warta.archfixture.alpha.internal.FacesInCore;
import id.go.jogjaprov.warta.archfixture.beta.api.BetaService;
import id.go.jogjaprov.warta.archfixture.beta.api.BetaView;
import id.go.jogjaprov.warta.archfixture.beta.internal.BetaSecret;
import id.go.jogjaprov.warta.archfixture.beta.internal.BetaUsesGammaPort;
import id.go.jogjaprov.warta.archfixture.gamma.api.GammaPort;
import id.go.jogjaprov.warta.archfixture.gamma.internal.domain.RepositoryInDomain;
import id.go.jogjaprov.warta.archfixture.gamma.internal.infrastructure.NativeQueryRepository;
import id.go.jogjaprov.warta.archfixture.gamma.internal.infrastructure.SelfBindingRepository;
import id.go.jogjaprov.warta.archfixture.gamma.internal.infrastructure.UnfilteredEntity;
import id.go.jogjaprov.warta.content.api.ReleasePublication;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fails the build when a module reaches into another's internals, when modules form a cycle, when
 * framework types leak into an API, or when an entity escapes the access rule. Each rule is also
 * run against the one fixture class that breaks it, so a rule that could never fail is caught too.
 */
class ArchitectureTest {

  private static final String WARTA = "id.go.jogjaprov.warta";
  private static final String FIXTURE = "id.go.jogjaprov.warta.archfixture";

  private static final JavaClasses WARTA_CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(WARTA);

  @ParameterizedTest
  @ValueSource(strings = {"kernel", "access", "content", "workflow", "archives", "app"})
  void modulesUseEachOthersApisOnly(String module) {
    ModuleRules.internalsStayInside(WARTA, module).check(WARTA_CLASSES);
  }

  @Test
  void onlyTheWorkflowMovesAReleaseThroughReviewAndPublication() {
    ModuleRules.portOnlyFor(WARTA, ReleasePublication.class.getName(), "content", "workflow")
        .check(WARTA_CLASSES);
  }

  @Test
  void thePortRuleCatchesAnotherModuleUsingThePort() {
    fails(
        ModuleRules.portOnlyFor(FIXTURE, GammaPort.class.getName(), "gamma", "alpha"),
        BetaUsesGammaPort.class);
  }

  @Test
  void modulesAreFreeOfCycles() {
    ModuleRules.modulesAreFreeOfCycles(WARTA).check(WARTA_CLASSES);
  }

  @Test
  void apisHoldNoFrameworkTypes() {
    ModuleRules.apisHoldNoFrameworkTypes(WARTA).check(WARTA_CLASSES);
  }

  @Test
  void facesIsUsedOnlyInTheWebLayer() {
    ModuleRules.facesOnlyInTheWebLayer(WARTA).check(WARTA_CLASSES);
  }

  @Test
  void everyEntityIsFilteredAndIsolatedFromTheSharedCache() {
    ModuleRules.entitiesAreFilteredAndIsolated(WARTA).check(WARTA_CLASSES);
  }

  @Test
  void onlyRepositoriesUseTheEntityManager() {
    ModuleRules.entityManagerOnlyInInfrastructure(WARTA).check(WARTA_CLASSES);
  }

  @Test
  void theReadScopeIsBoundInOnePlace() {
    ModuleRules.readScopeIsBoundInOnePlace(WARTA).check(WARTA_CLASSES);
  }

  @Test
  void noNativeQueryTouchesProtectedTables() {
    ModuleRules.noNativeQueries(WARTA).check(WARTA_CLASSES);
  }

  @Test
  void everyPersistenceUnitRegistersTheReadScopeBinding() throws Exception {
    var units = PersistenceUnits.onTheClasspath();
    assertEquals(java.util.Set.of("content", "workflow", "archives"), units.keySet());
    units.forEach(
        (unit, listener) ->
            assertEquals(
                "id.go.jogjaprov.warta.access.internal.persistence.ReadScopeBinding",
                listener,
                unit));
  }

  @Test
  void theBindingRuleCatchesARepositoryBindingItself() {
    fails(ModuleRules.readScopeIsBoundInOnePlace(FIXTURE), SelfBindingRepository.class);
  }

  @Test
  void theNativeQueryRuleCatchesNativeSql() {
    fails(ModuleRules.noNativeQueries(FIXTURE), NativeQueryRepository.class);
  }

  @Test
  void theInternalsRuleCatchesAModuleReachingIntoAnother() {
    fails(ModuleRules.internalsStayInside(FIXTURE, "beta"), AlphaPeeker.class, BetaSecret.class);
  }

  @Test
  void theCycleRuleCatchesTwoModulesUsingEachOther() {
    fails(
        ModuleRules.modulesAreFreeOfCycles(FIXTURE),
        AlphaPeeker.class,
        BetaSecret.class,
        BetaService.class,
        AlphaRecord.class);
  }

  @Test
  void theApiRuleCatchesAPersistenceTypeInAnApi() {
    fails(ModuleRules.apisHoldNoFrameworkTypes(FIXTURE), AlphaRecord.class);
  }

  @Test
  void theApiRuleCatchesAFacesTypeInAnApi() {
    fails(ModuleRules.apisHoldNoFrameworkTypes(FIXTURE), BetaView.class);
  }

  @Test
  void theFacesRuleCatchesFacesOutsideTheWebLayer() {
    fails(ModuleRules.facesOnlyInTheWebLayer(FIXTURE), FacesInCore.class);
  }

  @Test
  void theEntityRuleCatchesAnUnfilteredEntity() {
    fails(ModuleRules.entitiesAreFilteredAndIsolated(FIXTURE), UnfilteredEntity.class);
  }

  @Test
  void theEntityManagerRuleCatchesPersistenceOutsideInfrastructure() {
    fails(ModuleRules.entityManagerOnlyInInfrastructure(FIXTURE), RepositoryInDomain.class);
  }

  private static void fails(ArchRule rule, Class<?>... offenders) {
    JavaClasses classes = new ClassFileImporter().importClasses(List.of(offenders));
    assertThrows(AssertionError.class, () -> rule.check(classes));
  }
}
