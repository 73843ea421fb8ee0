package be.zorgzame.web.api.checklist;

import static be.zorgzame.web.api.Fixtures.id;
import static be.zorgzame.web.api.Fixtures.neighbourhoodIn;
import static be.zorgzame.web.api.Fixtures.neighbourhoodOfGent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.web.api.Api;
import be.zorgzame.web.api.Deployments;
import be.zorgzame.web.api.Mailboxes;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Review reminders of the policy checklist, mailed to the policy mailboxes set in the failsafe environment
 * of the POM (one for every municipality, two of its own for Antwerpen). Each test assesses priorities of
 * a fresh neighbourhood with an owner of its own, and finds its mail by that owner.
 */
@ExtendWith(ArquillianExtension.class)
class ChecklistReviewMailIT {

    private static final String PATH = "api/checklist";
    private static final LocalDate TODAY = LocalDate.now();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String EVERY_MUNICIPALITY = "beleid@gemeenten.example";
    private static final Set<String> ANTWERPEN = Set.of("beleid@antwerpen.example", "welzijn@antwerpen.example");

    /** The SMTP server the module under test mails to (see it.mail.port in the POM). */
    @RegisterExtension
    static final GreenMailExtension MAIL = Mailboxes.smtpServer();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar();
    }

    /** A mail as sent; GreenMail holds a copy per recipient, alike but for the mailbox. */
    private record Mail(String messageId, Set<String> to, String subject, String body) {
    }

    private Api as(String user) {
        return Api.as(base, user);
    }

    private long priority(String itemCode) {
        long framework = id(Api.array(as("gemeente").get(PATH + "/frameworks")).getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("code").equals("TOETSINGSKADER")).findFirst().orElseThrow());
        return id(Api.array(as("gemeente").get(PATH + "/frameworks/" + framework + "/items")).getValuesAs(JsonObject.class)
                .stream().filter(i -> i.getString("code").equals(itemCode)).findFirst().orElseThrow());
    }

    /** Assesses the priority for the neighbourhood with that owner and review date; answers the assessment's id. */
    private long assessed(Api api, String itemCode, long neighbourhood, String owner, LocalDate nextReviewOn) {
        HttpResponse<String> created = api.post(PATH + "/assessments", "{\"itemId\":" + priority(itemCode) + ",\"neighbourhoodId\":"
                + neighbourhood + ",\"status\":\"PLANNED\",\"owner\":\"" + owner + "\",\"nextReviewOn\":\"" + nextReviewOn + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return id(Api.object(created));
    }

    private int mailing() {
        HttpResponse<String> mailed = as("admin").post(PATH + "/reviews/mail", "{}");
        assertEquals(200, mailed.statusCode(), mailed.body());
        return Api.object(mailed).getInt("mailed");
    }

    private static List<Mail> mailsAbout(String owner) {
        return Arrays.stream(MAIL.getReceivedMessages()).map(ChecklistReviewMailIT::read)
                .filter(mail -> mail.body().contains(owner)).distinct().toList();
    }

    private static Mail read(MimeMessage message) {
        try {
            Set<String> to = Arrays.stream(message.getAllRecipients()).map(Address::toString).collect(Collectors.toSet());
            return new Mail(message.getMessageID(), to, message.getSubject(), (String) message.getContent());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aReviewWithinTheWindowIsMailedOnceToThePolicyMailboxAndOneFarAheadIsNot() {
        String owner = "Dienst Welzijn " + UUID.randomUUID();
        String later = "Dienst Later " + UUID.randomUUID();
        long neighbourhood = neighbourhoodOfGent(as("gemeente"), "Herzieningsbuurt", Map.of());
        LocalDate reviewOn = TODAY.plusDays(10);
        long due = assessed(as("gemeente"), "DOEL-1", neighbourhood, owner, reviewOn);
        assessed(as("gemeente"), "DOEL-2", neighbourhood, later, TODAY.plusDays(200));

        assertTrue(mailing() >= 1);
        assertEquals(0, mailing(), "nothing twice");

        List<Mail> mails = mailsAbout(owner);
        assertEquals(1, mails.size());
        Mail mail = mails.get(0);
        assertEquals(Set.of(EVERY_MUNICIPALITY), mail.to());
        assertTrue(mail.subject().startsWith("Beleidschecklist Gent, buurt Herzieningsbuurt ") && mail.subject()
                .endsWith(": herziening van DOEL-1 op " + DATE.format(reviewOn)), mail.subject());
        for (String part : List.of("Toetsingskader", "DOEL-1 \u201eKwaliteitsvol leven\u201d", "Status: Gepland",
                "Trekker: " + owner, "checklist/assessment.xhtml?id=" + due)) {
            assertTrue(mail.body().contains(part), part + " in " + mail.body());
        }
        assertEquals(List.of(), mailsAbout(later), "a review beyond the window is not announced yet");
    }

    @Test
    void aPassedReviewGetsTheOverdueMailOnceAtTheMunicipalitysOwnMailboxes() {
        String owner = "Stad Antwerpen " + UUID.randomUUID();
        long neighbourhood = neighbourhoodIn("11002", as("admin"), "Buurt Kiel", Map.of());
        LocalDate reviewOn = TODAY.minusDays(1);
        assessed(as("admin"), "DOEL-3", neighbourhood, owner, reviewOn);

        mailing();
        mailing();

        List<Mail> mails = mailsAbout(owner);
        assertEquals(1, mails.size());
        assertEquals(ANTWERPEN, mails.get(0).to());
        assertTrue(mails.get(0).subject().endsWith(": herziening van DOEL-3 was voorzien op " + DATE.format(reviewOn)),
                mails.get(0).subject());
        assertTrue(mails.get(0).body().contains("is nog niet vastgelegd"), mails.get(0).body());
    }

    @Test
    void onlyAdministratorsRunTheMailing() {
        assertEquals(403, as("gemeente").post(PATH + "/reviews/mail", "{}").statusCode());
        assertEquals(403, as("partner").post(PATH + "/reviews/mail", "{}").statusCode());
    }
}
