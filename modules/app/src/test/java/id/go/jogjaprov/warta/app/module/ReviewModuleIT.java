package id.go.jogjaprov.warta.app.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.jogjaprov.warta.access.api.AccountId;
import id.go.jogjaprov.warta.access.api.Clearance;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.access.api.Role;
import id.go.jogjaprov.warta.content.api.ConsequenceTest;
import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseDraft;
import id.go.jogjaprov.warta.content.api.ReleaseService;
import id.go.jogjaprov.warta.content.api.ReleaseStatus;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.NotPermittedException;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import id.go.jogjaprov.warta.workflow.api.ReviewDecision;
import id.go.jogjaprov.warta.workflow.api.ReviewService;
import jakarta.inject.Inject;
import java.io.File;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The review flow through the modules' services alone, in the container, without HTTP: the WAR as
 * built, with the caller set by the test and the events the modules fire recorded.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewModuleIT {

  private static final UnitPath HUMAS = UnitPath.of("/Pemda DIY/Diskominfo DIY/Bidang Humas");

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("warta.war")))
        .addClasses(ActingOfficial.class, RecordedEvents.class);
  }

  @Inject ActingOfficial caller;
  @Inject ReleaseService releases;
  @Inject ReviewService reviews;
  @Inject RecordedEvents events;

  private static Official official(String name, Role role) {
    return new Official(
        true,
        new Username(name),
        new AccountId("module-test-" + name),
        Set.of(role),
        Clearance.upTo(Classification.RAHASIA),
        Set.of(HUMAS));
  }

  @Test
  void aDraftIsSubmittedRefusedToItsAuthorApprovedByAHeadAndPublishedOnce() {
    Official author = official("penulis.modul", Role.STAFF);
    Official head = official("kepala.modul", Role.DEPARTMENT_HEAD);
    caller.actAs(author);
    ReleaseDetails draft =
        releases.create(
            new ReleaseDraft(
                ReleaseType.NEWS,
                "Uji modul",
                "Teras.",
                "<p>Isi uji modul.</p>",
                Classification.BIASA,
                Optional.of(HUMAS),
                null,
                null,
                null,
                null,
                null,
                null));
    assertEquals(1, events.savedOf(draft.id()).size(), "content tells the workflow of the save");
    assertEquals(ReleaseStatus.IN_REVIEW, reviews.submit(draft.id()).status());
    assertThrows(
        NotPermittedException.class,
        () -> reviews.decide(draft.id(), ReviewDecision.APPROVE, null),
        "staff never decide, least of all on their own text");

    caller.actAs(head);
    ReleaseDetails published = reviews.decide(draft.id(), ReviewDecision.APPROVE, null);
    assertEquals(ReleaseStatus.PUBLISHED, published.status());
    assertEquals(1, events.publicationsOf(draft.id()), "published exactly once");
    assertEquals(1, published.revision(), "exactly the approved revision");
  }

  @Test
  void aRahasiaReleaseIsPublishedOnlyAfterTheAgencyHeadsSecondApproval() {
    Official author = official("penulis.modul2", Role.DEPARTMENT_HEAD);
    Official head = official("kepala.modul2", Role.DEPARTMENT_HEAD);
    Official agencyHead = official("kadis.modul2", Role.AGENCY_HEAD);
    caller.actAs(author);
    ReleaseDetails draft =
        releases.create(
            new ReleaseDraft(
                ReleaseType.NEWS,
                "Uji modul rahasia",
                "Teras.",
                "<p>Isi rahasia uji modul.</p>",
                Classification.RAHASIA,
                Optional.of(HUMAS),
                null,
                null,
                new ConsequenceTest(
                    "Pasal 17 huruf b UU 14/2008",
                    "Dapat menghambat proses yang sedang berjalan.",
                    "Kepentingan publik terlayani setelah proses selesai.",
                    new Username("penulis.modul2"),
                    LocalDate.now().plusYears(1)),
                null,
                null,
                null));
    reviews.submit(draft.id());
    caller.actAs(head);
    assertEquals(
        ReleaseStatus.AWAITING_AGENCY_HEAD,
        reviews.decide(draft.id(), ReviewDecision.APPROVE, null).status());
    assertEquals(0, events.publicationsOf(draft.id()), "not before the second approval");
    caller.actAs(agencyHead);
    assertEquals(
        ReleaseStatus.PUBLISHED, reviews.decide(draft.id(), ReviewDecision.APPROVE, null).status());
    assertEquals(1, events.publicationsOf(draft.id()));
  }
}
