package id.go.jogjaprov.warta.workflow.internal.application;

import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseService;
import id.go.jogjaprov.warta.content.api.TextFingerprint;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import id.go.jogjaprov.warta.workflow.api.SealCheck;
import id.go.jogjaprov.warta.workflow.api.SealService;
import id.go.jogjaprov.warta.workflow.internal.domain.ApprovalSeal;
import id.go.jogjaprov.warta.workflow.internal.domain.ApprovalSeals;
import id.go.jogjaprov.warta.workflow.internal.domain.SealKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Verifies seals against Warta's key and against the release's text as it reads now. */
@ApplicationScoped
@Transactional
class DefaultSealService implements SealService {

  /** Seal ids are 22 characters of base64url; anything else is not worth a query. */
  private static final String SEAL_FORM = "[A-Za-z0-9_-]{22}";

  @Inject ApprovalSeals seals;
  @Inject SealKey key;
  @Inject ReleaseService releases;

  @Override
  public Optional<SealCheck> verify(String seal) {
    if (seal == null || !seal.matches(SEAL_FORM)) {
      return Optional.empty();
    }
    return seals.find(seal).flatMap(this::check);
  }

  private Optional<SealCheck> check(ApprovalSeal seal) {
    ReleaseDetails release;
    try {
      release = releases.get(seal.releaseId());
    } catch (ItemNotFoundException notReadable) {
      return Optional.empty();
    }
    return Optional.of(
        new SealCheck(
            seal.id(),
            seal.releaseId(),
            release.title(),
            seal.revision(),
            seal.approvers(),
            seal.approvedAt(),
            seal.textSha256(),
            seal.keyId(),
            seal.signatureHolds(key),
            seal.matches(TextFingerprint.of(release))));
  }

  @Override
  public Optional<String> sealOf(ReleaseId id) {
    return seals.of(id).stream().findFirst().map(ApprovalSeal::id);
  }

  @Override
  public String publicKeyPem() {
    return key.publicKeyPem();
  }
}
