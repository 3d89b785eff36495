package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.archives.api.DestructionListDetails;
import id.go.jogjaprov.warta.archives.api.ExportedDocument;
import id.go.jogjaprov.warta.archives.api.KeptRecord;
import id.go.jogjaprov.warta.archives.api.RecordKeeping;
import id.go.jogjaprov.warta.archives.api.RecordQueue;
import id.go.jogjaprov.warta.archives.api.RecordTransfers;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.UnitPath;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The archivist's queues ({@code archive-keeping.xhtml?queue=}): records due for destruction,
 * transfer or appraisal under the JRA today, and legal holds; records due for destruction can be
 * proposed on a list for their agency's head. Holds ids and the page number, not records.
 */
@Named
@ViewScoped
public class ArchiveKeepingView implements Serializable {

  private static final int PAGE_SIZE = 50;

  @Inject RecordKeeping keeping;
  @Inject RecordTransfers transfers;

  private RecordQueue queue = RecordQueue.DUE_FOR_DESTRUCTION;
  private int page;
  private String agency;
  private String note;
  private transient Page<KeptRecord> records;

  public List<RecordQueue> getQueues() {
    return Arrays.asList(RecordQueue.values());
  }

  public Page<KeptRecord> getRecords() {
    if (records == null) {
      records = keeping.queue(queue, new PageRequest(page, PAGE_SIZE));
    }
    return records;
  }

  public boolean isProposing() {
    return queue == RecordQueue.DUE_FOR_DESTRUCTION;
  }

  public boolean isTransferring() {
    return queue == RecordQueue.DUE_FOR_TRANSFER;
  }

  /** Records can be ticked in the queues that lead somewhere: a destruction list, a transfer. */
  public boolean isChoosing() {
    return isProposing() || isTransferring();
  }

  /** Proposes the records ticked in the table ({@code chosen}) and opens the new list. */
  public String propose() {
    DestructionListDetails list = keeping.propose(agency(), chosen(), note);
    return "destruction-list.xhtml?faces-redirect=true&id=" + list.id();
  }

  /** Packs the records ticked in the table for the regional archives and sends the package. */
  public void transfer() throws IOException {
    ExportedDocument bag = transfers.pack(agency(), chosen());
    FacesContext faces = FacesContext.getCurrentInstance();
    var response = faces.getExternalContext();
    response.responseReset();
    FileDownload.headers(bag.fileName(), bag.mediaType()).forEach(response::setResponseHeader);
    response.setResponseContentLength(bag.content().length);
    response.getResponseOutputStream().write(bag.content());
    faces.responseComplete();
  }

  private UnitPath agency() {
    return UnitPath.of(agency == null ? "" : agency.strip());
  }

  /** The records ticked in the table. */
  private static List<UUID> chosen() {
    String[] chosen =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterValuesMap()
            .getOrDefault("chosen", new String[0]);
    try {
      return Arrays.stream(chosen).map(UUID::fromString).toList();
    } catch (IllegalArgumentException malformed) {
      throw new InvalidInputException("records", AppMessages.RECORD_IDS_REQUIRED);
    }
  }

  public void next() {
    page++;
    records = null;
  }

  public void previous() {
    page = Math.max(0, page - 1);
    records = null;
  }

  public String getQueue() {
    return queue.name();
  }

  public void setQueue(String queue) {
    this.queue =
        Arrays.stream(RecordQueue.values())
            .filter(q -> q.name().equals(queue))
            .findFirst()
            .orElse(RecordQueue.DUE_FOR_DESTRUCTION);
    records = null;
  }

  public int getPage() {
    return page;
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(String agency) {
    this.agency = agency;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
