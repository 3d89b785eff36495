package id.go.jogjaprov.warta.content.internal.domain;

import id.go.jogjaprov.warta.content.api.ConsequenceTest;
import id.go.jogjaprov.warta.content.internal.ContentMessages;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.PlainText;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A recorded consequence test: every part required, the review date ahead. */
@Embeddable
public class ConsequenceRecord {

  static final int TEXT_MAX = 2000;

  @Column(name = "consequence_legal_ground")
  private String legalGround;

  @Column(name = "consequence_harm")
  private String harm;

  @Column(name = "consequence_public_interest")
  private String publicInterest;

  @Column(name = "consequence_officer")
  private String officer;

  @Column(name = "consequence_review_on")
  private LocalDate reviewOn;

  protected ConsequenceRecord() {}

  static ConsequenceRecord of(ConsequenceTest test, LocalDate today) {
    ConsequenceRecord record = new ConsequenceRecord();
    record.legalGround =
        PlainText.required(
            test.legalGround(),
            "consequenceTest.legalGround",
            ContentMessages.FIELD_LEGAL_GROUND,
            TEXT_MAX);
    record.harm =
        PlainText.required(
            test.harm(), "consequenceTest.harm", ContentMessages.FIELD_HARM, TEXT_MAX);
    record.publicInterest =
        PlainText.required(
            test.publicInterest(),
            "consequenceTest.publicInterest",
            ContentMessages.FIELD_PUBLIC_INTEREST,
            TEXT_MAX);
    if (test.officer() == null) {
      throw new InvalidInputException(
          "consequenceTest.officer", ContentMessages.CONSEQUENCE_OFFICER_REQUIRED);
    }
    record.officer = test.officer().value();
    if (test.reviewOn() == null || !test.reviewOn().isAfter(today)) {
      throw new InvalidInputException(
          "consequenceTest.reviewOn", ContentMessages.REVIEW_DATE_NOT_AFTER_TODAY);
    }
    record.reviewOn = test.reviewOn();
    return record;
  }

  /** Empty columns load as an absent record; present only when the test was recorded. */
  boolean isRecorded() {
    return legalGround != null;
  }

  ConsequenceTest view() {
    return new ConsequenceTest(legalGround, harm, publicInterest, new Username(officer), reviewOn);
  }
}
