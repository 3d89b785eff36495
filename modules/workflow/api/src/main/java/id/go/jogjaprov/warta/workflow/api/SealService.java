package id.go.jogjaprov.warta.workflow.api;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import java.util.Optional;

/**
 * Approval seals: every final approval is signed with Warta's key over the approved text's SHA-256,
 * the approvers and the time. A seal is read like its release: by anyone once the release is
 * public, otherwise by those who may read the release; an unknown seal and one the caller may not
 * see answer alike (empty).
 */
public interface SealService {

  /** Checks the seal against its signature and against the release's text now. */
  Optional<SealCheck> verify(String seal);

  /** The seal of the release's newest approval, if it has one the caller may see. */
  Optional<String> sealOf(ReleaseId id);

  /** Warta's public key for seals, as PEM, for verifying a seal without Warta. */
  String publicKeyPem();
}
