package be.zorgzame.privacy.boundary;

import be.zorgzame.agreements.entity.AgreementStatus;
import be.zorgzame.mandates.entity.MandateFunction;
import be.zorgzame.mandates.entity.MandateStatus;
import be.zorgzame.partners.boundary.AffiliationView;
import be.zorgzame.partners.entity.LegalBasis;
import be.zorgzame.platform.audit.AuditAction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything the module holds about one contact person (GDPR art. 15): the person with every affiliation,
 * the agreement parties they are contact person for, the mandates they hold with their feedback moments,
 * the mails sent to their address, the audit trail about them, who read their data, and their erasure.
 */
public record DataSubjectReport(LocalDateTime producedAt, String producedBy, Subject person,
                                List<ContactRole> agreementContacts, List<MandateHeld> mandates,
                                List<Feedback> feedback, List<MailSent> mails, List<AuditItem> auditTrail,
                                List<PersonAccessView> accessLog, Erasure erasure) {

    /** The person's own record. */
    public record Subject(long id, String name, String email, String phone, String source, LegalBasis legalBasis,
                          List<AffiliationView> affiliations) {
    }

    /** A party to an agreement version that names the person as its contact. */
    public record ContactRole(long agreementId, int versionNumber, String title, String neighbourhoodName,
                              String organisationName, AgreementStatus status) {
    }

    /** A mandate the person holds or held. */
    public record MandateHeld(long mandateId, int edition, MandateStatus status, MandateFunction function,
                              String employerName, String grantingOrganisationName, List<String> neighbourhoods,
                              LocalDate validFrom, LocalDate validTo) {
    }

    /** A feedback moment logged on one of their mandates. */
    public record Feedback(long mandateId, LocalDate heldOn, String note, String loggedBy, LocalDateTime loggedAt) {
    }

    /** A reminder mailed to their address. */
    public record MailSent(String subjectType, long subjectId, String kind, LocalDate dueOn, LocalDateTime sentAt) {
    }

    /** An entry of the audit trail about the person or one of their affiliations. */
    public record AuditItem(long id, LocalDateTime occurredAt, String actor, String entityType, String entityId,
                            AuditAction action, String changes) {
    }

    /** That the person was erased; {@code null} in the report while they were not. */
    public record Erasure(String erasedBy, LocalDateTime erasedAt, String reason) {
    }
}
