package be.zorgzame.checklist.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** A remark on an assessment, by staff or by a partner involved in the neighbourhood; a log, never changed. */
@Entity
@Table(name = "checklist_comment")
public class AssessmentComment {

    public static final int BODY_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "assessment_id", nullable = false)
    private Assessment assessment;

    @Column(nullable = false, length = BODY_LENGTH)
    private String body;

    @Column(name = "written_by", nullable = false, length = 100)
    private String writtenBy;

    /** In UTC. */
    @Column(name = "written_at", nullable = false)
    private LocalDateTime writtenAt;

    protected AssessmentComment() {
    }

    AssessmentComment(Assessment assessment, String body, String writtenBy) {
        this.assessment = Objects.requireNonNull(assessment);
        this.body = Objects.requireNonNull(body);
        this.writtenBy = Objects.requireNonNull(writtenBy);
        this.writtenAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public String getBody() {
        return body;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public LocalDateTime getWrittenAt() {
        return writtenAt;
    }
}
