package jp.wardhub.voice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import jp.wardhub.platform.PublicSite;
import jp.wardhub.platform.audit.AuditLog;
import jp.wardhub.platform.mail.MailSender;

/**
 * E-mail to a resident who sent a voice through the public form and left an address: the receipt (with the access
 * code, the one time it travels), and notices when the voice is answered and when it is published. Composed in the
 * transaction that made the change, sent only after it commits through {@link MailSender} (which tries again); a mail
 * server that still fails costs the mail (logged), never the change. Only voices sent through the public form are
 * mailed: the others have no access code to follow them with, and staff reach those residents themselves.
 */
@ApplicationScoped
public class ResidentMail {

    private static final Logger LOG = Logger.getLogger(ResidentMail.class);

    /** A mail to send once the transaction commits. */
    record Outgoing(String to, String subject, String text, String reference) {
    }

    @Inject
    Event<Outgoing> outgoing;

    @Inject
    MailSender mailer;

    @Inject
    AuditLog audit;

    @ConfigProperty(name = "wardhub.city.name-ja")
    String city;

    @Inject
    PublicSite site;

    /** 受付のお知らせ: the reference and the access code. */
    @Transactional(Transactional.TxType.MANDATORY)
    void receipt(Voice v, String email, String accessCode) {
        String subject = "【" + city + "】区民の声を受け付けました " + v.reference + " (We received your voice)";
        String text = """
                区民の声をお寄せいただき、ありがとうございます。次のとおり受け付けました。

                受付番号: %s
                照会コード: %s
                受付日: %s
                回答予定日: %s

                受付番号と照会コードで、対応の状況と回答をご覧いただけます。照会コードはこのメールにだけ記載しています。
                大切に保管してください。
                %s

                ---
                Thank you for your voice. Reference: %s, access code: %s. Follow it at the address above with both.
                This mail was sent automatically; please do not reply to it.
                """.formatted(v.reference, accessCode, v.receivedOn, v.dueOn, statusUrl(v), v.reference, accessCode);
        outgoing.fire(new Outgoing(email, subject, text, v.reference));
    }

    /** 回答のお知らせ, when the resident left an address. */
    @Transactional(Transactional.TxType.MANDATORY)
    void answered(Voice v) {
        notice(v, "区民の声 " + v.reference + " に回答しました", "Your voice " + v.reference + " was answered",
                "お寄せいただいた声に回答しました。受付番号と照会コードで回答をご覧いただけます。",
                "Your voice was answered: open the address above with your reference and access code.");
    }

    /** 公表のお知らせ, when the resident left an address. */
    @Transactional(Transactional.TxType.MANDATORY)
    void published(Voice v) {
        notice(v, "区民の声 " + v.reference + " を公表しました", "Your voice " + v.reference + " was published",
                "お寄せいただいた声と回答を、個人が特定されない形で公表しました。",
                "Your voice and its answer were published on the city's site, without anything that identifies you.");
    }

    private void notice(Voice v, String subjectJa, String subjectEn, String bodyJa, String bodyEn) {
        if (v.accessCodeHash == null) {
            return;
        }
        VoicePersonalData data = VoicePersonalData.findById(v.id);
        if (data == null || data.email == null) {
            return;
        }
        audit.recordAs("system", "read-personal-data-for-mail", VoiceService.ENTITY, v.id, null, null);
        String subject = "【" + city + "】" + subjectJa + " (" + subjectEn + ")";
        String text = """
                %s

                受付番号: %s
                %s

                ---
                %s
                This mail was sent automatically; please do not reply to it.
                """.formatted(bodyJa, v.reference, statusUrl(v), bodyEn);
        outgoing.fire(new Outgoing(data.email, subject, text, v.reference));
    }

    private String statusUrl(Voice v) {
        return site.link("/voice-status?reference=" + v.reference);
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outgoing mail) {
        mailer.send(mail.to(), mail.subject(), mail.text()).subscribe().with(
                ok -> LOG.debugf("mail for voice %s sent", mail.reference()),
                failure -> LOG.warnf("mail for voice %s not sent: %s", mail.reference(), failure.toString()));
    }
}
