package id.go.jogjaprov.warta.workflow.internal.infrastructure;

import id.go.jogjaprov.warta.access.api.Contact;
import id.go.jogjaprov.warta.kernel.MessageKey;
import id.go.jogjaprov.warta.workflow.internal.WorkflowMessages;
import id.go.jogjaprov.warta.workflow.internal.domain.Notice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * E-mail through the office's SMTP server ({@code warta.mail.host}, {@code warta.mail.port}, {@code
 * warta.mail.from}); without a host, Warta tells officials in their inbox only. A message names a
 * release's title only when it is Biasa (the notice keeps no other), and otherwise only links to
 * it: classified words never travel by e-mail.
 */
@ApplicationScoped
public class NoticeMail {

  @Inject
  @ConfigProperty(name = "warta.mail.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "warta.mail.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(
      name = "warta.mail.from",
      defaultValue = "Warta Humas DIY <warta@jogjaprov.go.id>")
  String from;

  @Inject
  @ConfigProperty(name = "warta.public-url")
  String publicUrl;

  public void send(Contact to, Notice notice) {
    if (host.isEmpty() || to.email().isEmpty()) {
      return;
    }
    Locale locale =
        MessageKey.firstSpoken(
            to.language().map(tag -> List.of(Locale.forLanguageTag(tag))).orElse(List.of()));
    String what = subjectOf(notice).in(locale);
    String subject = "[Warta] " + what + notice.title().map(title -> ": " + title).orElse("");
    String link =
        publicUrl
            + (publicUrl.endsWith("/") ? "" : "/")
            + "app/release.xhtml?id="
            + notice.releaseId();
    String body =
        (notice.title().isPresent()
                ? WorkflowMessages.MAIL_BODY
                : WorkflowMessages.MAIL_BODY_CLASSIFIED)
            .in(locale, what, link, notice.actor().value());
    try {
      Properties settings = new Properties();
      settings.put("mail.smtp.host", host.get());
      settings.put("mail.smtp.port", Integer.toString(port));
      settings.put("mail.smtp.connectiontimeout", "10000");
      settings.put("mail.smtp.timeout", "10000");
      MimeMessage message = new MimeMessage(Session.getInstance(settings));
      message.setFrom(new InternetAddress(from));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(to.email().get()));
      message.setSubject(subject, "UTF-8");
      message.setText(body, "UTF-8");
      Transport.send(message);
    } catch (MessagingException e) {
      throw new IllegalStateException("The notice could not be e-mailed", e);
    }
  }

  private static WorkflowMessages subjectOf(Notice notice) {
    return switch (notice.kind()) {
      case REVIEW_REQUESTED -> WorkflowMessages.NOTICE_REVIEW_REQUESTED;
      case SECOND_APPROVAL_REQUESTED -> WorkflowMessages.NOTICE_SECOND_APPROVAL_REQUESTED;
      case CHANGES_REQUESTED -> WorkflowMessages.NOTICE_CHANGES_REQUESTED;
      case REJECTED -> WorkflowMessages.NOTICE_REJECTED;
      case PUBLISHED -> WorkflowMessages.NOTICE_PUBLISHED;
      case DUE_SOON -> WorkflowMessages.NOTICE_DUE_SOON;
      case OVERDUE -> WorkflowMessages.NOTICE_OVERDUE;
    };
  }
}
