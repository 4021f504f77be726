package org.jiqitong.notification.internal;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the e-mail outbox through SMTP ({@code spring.mail.*}); without a configured server mails wait in the
 * outbox. A mail is marked sent when the server took it; a failure is retried (up to 10 attempts) with the error
 * kept. Should the process die between the server's acceptance and the mark, that one mail is sent again: the
 * inbox message itself is exactly once, e-mail at least once.
 */
@Component
@org.springframework.context.annotation.Profile("!cli")
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final Inbox inbox;
    private final ObjectProvider<JavaMailSender> sender;
    private final TransactionTemplate tx;
    private final String from;
    private final String publicUrl;

    Mailer(Inbox inbox, ObjectProvider<JavaMailSender> sender, TransactionTemplate tx,
            @Value("${jiqitong.mail.from:noreply@jiqitong.local}") String from,
            @Value("${jiqitong.public-url:http://localhost:8080}") String publicUrl) {
        this.inbox = inbox;
        this.sender = sender;
        this.tx = tx;
        this.from = from;
        this.publicUrl = publicUrl;
    }

    @Scheduled(fixedDelayString = "${jiqitong.mail.outbox-interval:PT5S}")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "notification-mail-outbox", lockAtLeastFor = "PT1S")
    void sendPending() {
        org.jiqitong.shared.ScheduledRuns.count("notification-mail-outbox");
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            return;
        }
        int sent;
        do {
            sent = tx.execute(status -> {
                var batch = inbox.pendingMail(50);
                for (Inbox.Mail mail : batch) {
                    try {
                        smtp.send(message(smtp, mail));
                        inbox.mailSent(mail.messageId());
                    } catch (Exception e) {
                        log.warn("e-mail for message {} to {} failed: {}", mail.messageId(), mail.recipient(), e.toString());
                        inbox.mailFailed(mail.messageId(), e.toString());
                    }
                }
                return batch.size();
            });
        } while (sent == 50);
    }

    private MimeMessage message(JavaMailSender smtp, Inbox.Mail mail) throws jakarta.mail.MessagingException {
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject("【济企通】" + mail.subject());
        StringBuilder text = new StringBuilder(mail.body()).append("\n\n符合的条件:\n");
        mail.reasons().forEach(r -> text.append("· ").append(r).append('\n'));
        text.append("\n查看详情与申报:").append(publicUrl).append("/my/inbox\n")
                .append("不想再收到此类邮件?请在“消息设置”中修改:").append(publicUrl).append("/my/inbox/settings\n");
        helper.setText(text.toString());
        return message;
    }
}
