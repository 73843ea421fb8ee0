package be.zorgzame.demo;

import be.zorgzame.checklist.boundary.AssessmentInput;
import be.zorgzame.checklist.boundary.AssessmentService;
import be.zorgzame.checklist.boundary.CatalogueService;
import be.zorgzame.checklist.boundary.EvidenceLinkInput;
import be.zorgzame.checklist.boundary.MeetingPlaceInput;
import be.zorgzame.checklist.boundary.MeetingPlaceService;
import be.zorgzame.checklist.entity.AssessmentStatus;
import be.zorgzame.checklist.entity.EvidenceTarget;
import be.zorgzame.checklist.entity.PlaceSetting;
import be.zorgzame.mandates.boundary.MandateService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * The policy checklist of the demo: Rabot's neighbourhood house as a meeting place, and a few assessments
 * of Gent (the linchpin, with the coordinator's mandate as evidence) and of Zorgzaam Rabot.
 */
@ApplicationScoped
public class ChecklistDemo {

    @Inject
    CatalogueService catalogue;

    @Inject
    AssessmentService assessments;

    @Inject
    MeetingPlaceService meetingPlaces;

    @Inject
    MandateService mandates;

    void load(long rabot, long ldc, String gent) {
        long house = meetingPlaces.create(new MeetingPlaceInput("Buurthuis De Rabotter", "Rabotstraat", "1", "9000", gent, rabot,
                PlaceSetting.BOTH, true, ldc, "Gelijkvloers, rolstoeltoegankelijk; tuin met verharde paden",
                "Elke werkdag van 9 tot 17 uur, 's avonds voor buurtgroepen op afspraak", null)).id();
        long coordinatorMandate = mandates.list(rabot).get(0).id();
        LocalDate reviewOn = LocalDate.of(2026, 9, 30);
        assess("BELEIDSAANBEVELINGEN", "LOK-4", gent, null, AssessmentStatus.IN_PROGRESS, reviewOn,
                "Coördinator in Rabot met mandaat; nog geen spilfiguur in de andere buurten.",
                List.of(new EvidenceLinkInput(EvidenceTarget.MANDATE, coordinatorMandate, "Mandaat van de buurtwerker van LDC De Rabotter")));
        assess("BELEIDSAANBEVELINGEN", "VL-6", gent, null, AssessmentStatus.REALISED, reviewOn,
                "Buurthuis met tuin, binnen en buiten te gebruiken.",
                List.of(new EvidenceLinkInput(EvidenceTarget.MEETING_PLACE, house, null)));
        assess("BELEIDSAANBEVELINGEN", "LOK-1", gent, null, AssessmentStatus.PLANNED, reviewOn, null, List.of());
        assess("TOETSINGSKADER", "DOEL-3", null, rabot, AssessmentStatus.REALISED, reviewOn,
                "Maandelijkse buurtbabbels en een jaarlijks buurtfeest.", List.of());
        assess("BOUWSTENEN", "BS-5", null, rabot, AssessmentStatus.IN_PROGRESS, LocalDate.of(2026, 6, 30),
                "Omgevingsanalyse klaar; bevraging van de bewoners loopt.", List.of());
    }

    private void assess(String frameworkCode, String itemCode, String nisCode, Long neighbourhood, AssessmentStatus status,
                        LocalDate nextReviewOn, String evidence, List<EvidenceLinkInput> links) {
        long framework = catalogue.frameworks().stream().filter(f -> f.code().equals(frameworkCode)).findFirst().orElseThrow().id();
        long item = catalogue.items(framework).stream().filter(i -> i.code().equals(itemCode)).findFirst().orElseThrow().id();
        assessments.create(new AssessmentInput(item, nisCode, neighbourhood, status, "Dienst Welzijn", null, nextReviewOn, evidence,
                null, links, null));
    }
}
