package be.zorgzame.intervision.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A well-known way to run an intervision session (the incident method, short one-hour forms), with its
 * phases. Seeded by migration in three languages and only read by the module.
 */
@Entity
@Table(name = "intervision_method")
@NamedQuery(name = "IntervisionMethod.findAll", query = "SELECT m FROM IntervisionMethod m ORDER BY m.sortOrder")
public class IntervisionMethod {

    @Id
    @Column(length = 30)
    private String code;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "name_nl", nullable = false)
    private String nameNl;

    @Column(name = "name_fr", nullable = false)
    private String nameFr;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "summary_nl", nullable = false)
    private String summaryNl;

    @Column(name = "summary_fr", nullable = false)
    private String summaryFr;

    @Column(name = "summary_en", nullable = false)
    private String summaryEn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "intervision_method_step", joinColumns = @JoinColumn(name = "method_code"))
    @OrderBy("sortOrder")
    private List<MethodStep> steps = new ArrayList<>();

    public String getCode() {
        return code;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String name(String language) {
        return Languages.pick(language, nameNl, nameFr, nameEn);
    }

    public String summary(String language) {
        return Languages.pick(language, summaryNl, summaryFr, summaryEn);
    }

    public List<MethodStep> getSteps() {
        return List.copyOf(steps);
    }
}
