package be.zorgzame.web.api;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/** The in-memory SMTP server the module under test mails to, for the integration tests that check mail. */
public final class Mailboxes {

    private Mailboxes() {
    }

    /**
     * GreenMail on {@code it.mail.port} (set by the POM, where the module under test is told the same port),
     * kept for the whole test class so that a test sees only what it mailed by filtering, not by timing.
     */
    public static GreenMailExtension smtpServer() {
        return new GreenMailExtension(new ServerSetup(Integer.getInteger("it.mail.port", 42525), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);
    }
}
