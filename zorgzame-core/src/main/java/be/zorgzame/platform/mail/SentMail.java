package be.zorgzame.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A reminder mailed about one object for one due date, kept so that it is not mailed again. */
@Entity
@Table(name = "sent_mail")
@NamedQuery(name = "SentMail.count", query = "SELECT COUNT(m) FROM SentMail m WHERE m.subjectType = :subjectType"
        + " AND m.subjectId = :subjectId AND m.kind = :kind AND m.dueOn = :dueOn")
public class SentMail {

    static final int RECIPIENTS_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_type", nullable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "kind", nullable = false, length = 40)
    private String kind;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "recipients", nullable = false, length = RECIPIENTS_LENGTH)
    private String recipients;

    @Column(name = "sent_at", nullable = false)
    private LocalDateTime sentAt;

    protected SentMail() {
    }

    SentMail(String subjectType, long subjectId, String kind, LocalDate dueOn, String recipients) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.kind = kind;
        this.dueOn = dueOn;
        this.recipients = recipients.length() > RECIPIENTS_LENGTH ? recipients.substring(0, RECIPIENTS_LENGTH) : recipients;
        this.sentAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    /** Puts this in the place of an erased person's address among the recipients (GDPR erasure). */
    public void forgetRecipient(String address, String replacement) {
        String forgotten = recipients.replace(address, replacement);
        this.recipients = forgotten.length() > RECIPIENTS_LENGTH ? forgotten.substring(0, RECIPIENTS_LENGTH) : forgotten;
    }
}
