package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.workflow.api.SealCheck;
import id.go.jogjaprov.warta.workflow.api.SealService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** The public verification page of an approval seal. */
@Named
@RequestScoped
public class SealVerificationView {

  @Inject SealService seals;

  private String seal;
  private Optional<SealCheck> check = Optional.empty();

  public void load() {
    check = seals.verify(seal);
  }

  public Optional<SealCheck> getCheck() {
    return check;
  }

  /** The approvers, the first approval first. */
  public String getApprovers() {
    return check.map(found -> String.join(", ", found.approvedBy())).orElse("");
  }

  public String getSeal() {
    return seal;
  }

  public void setSeal(String seal) {
    this.seal = seal;
  }
}
