package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.access.api.AuditAction;
import id.go.jogjaprov.warta.access.api.AuditEntry;
import id.go.jogjaprov.warta.access.api.AuditQuery;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.access.api.ChainVerification;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** The auditor's page: filter the trail, export it, verify its chain. */
@Named
@ViewScoped
public class AuditView implements Serializable {

  static final int LIMIT = 500;

  @Inject AuditTrail trail;

  private String actor;
  private AuditAction action;
  private String item;
  private List<AuditEntry> entries;
  private ChainVerification verification;

  @PostConstruct
  void load() {
    filter();
  }

  public void filter() {
    entries = trail.search(new AuditQuery(
        Optional.ofNullable(actor).filter(a -> !a.isBlank()),
        Optional.ofNullable(action),
        Optional.ofNullable(item).filter(i -> !i.isBlank()),
        Optional.empty(), Optional.empty(), LIMIT));
  }

  public void verify() {
    verification = trail.verify();
  }

  public AuditAction[] getActions() { return AuditAction.values(); }
  public String getActor() { return actor; }
  public void setActor(String actor) { this.actor = actor; }
  public AuditAction getAction() { return action; }
  public void setAction(AuditAction action) { this.action = action; }
  public String getItem() { return item; }
  public void setItem(String item) { this.item = item; }
  public List<AuditEntry> getEntries() { return entries; }
  public ChainVerification getVerification() { return verification; }
}
