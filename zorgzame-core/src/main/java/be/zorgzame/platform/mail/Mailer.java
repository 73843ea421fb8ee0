package be.zorgzame.platform.mail;

import be.zorgzame.platform.config.ZorgzameConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Collection;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends plain-text mail through the municipality's SMTP server, configured like everything else
 * (no server mail resource needed, so the same WAR mails on every server). Without a host, mail is off.
 */
@ApplicationScoped
public class Mailer {

    @Inject
    @ConfigProperty(name = ZorgzameConfig.MAIL_HOST)
    Optional<String> host;

    @Inject
    @ConfigProperty(name = ZorgzameConfig.MAIL_PORT, defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = ZorgzameConfig.MAIL_FROM, defaultValue = "zorgzame-buurten@localhost")
    String from;

    @Inject
    @ConfigProperty(name = ZorgzameConfig.MAIL_USERNAME)
    Optional<String> username;

    @Inject
    @ConfigProperty(name = ZorgzameConfig.MAIL_PASSWORD)
    Optional<String> password;

    @Inject
    @ConfigProperty(name = ZorgzameConfig.MAIL_STARTTLS, defaultValue = "false")
    boolean startTls;

    public boolean isEnabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public void send(Collection<String> to, String subject, String body) throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress(from));
        for (String address : to) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(address));
        }
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        message.setSentDate(new Date());
        Transport.send(message);
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        properties.put("mail.smtp.starttls.required", String.valueOf(startTls));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        if (username.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            return Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(username.get(), password.orElse(""));
                }
            });
        }
        return Session.getInstance(properties);
    }
}
