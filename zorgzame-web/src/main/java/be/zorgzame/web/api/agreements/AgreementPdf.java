package be.zorgzame.web.api.agreements;

import static be.zorgzame.web.api.PrintLayout.TEXT;
import static be.zorgzame.web.api.PrintLayout.TITLE;
import static be.zorgzame.web.api.PrintLayout.cell;
import static be.zorgzame.web.api.PrintLayout.date;
import static be.zorgzame.web.api.PrintLayout.headerCell;
import static be.zorgzame.web.api.PrintLayout.table;

import be.zorgzame.agreements.boundary.AgreementVersionView;
import be.zorgzame.agreements.boundary.BodyView;
import be.zorgzame.agreements.boundary.PartyView;
import be.zorgzame.agreements.boundary.SignOffView;
import be.zorgzame.agreements.entity.DecisionLevel;
import be.zorgzame.web.api.PrintLayout;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A version of an agreement as a printable document for a council or a partner's board: what was
 * agreed, the decision-rights matrix, the coordination structure, who answered, and a signature
 * place per party.
 */
final class AgreementPdf {

    private final AgreementVersionView version;
    private final PrintLayout layout;
    private final Document document = PrintLayout.a4();

    private AgreementPdf(AgreementVersionView version, Locale locale) {
        this.version = version;
        this.layout = new PrintLayout(locale);
    }

    static byte[] of(AgreementVersionView version, Locale locale) {
        return new AgreementPdf(version, locale).write();
    }

    private byte[] write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.getInstance(document, out);
        document.addTitle(version.title());
        document.open();
        document.add(new Paragraph(version.title(), TITLE));
        document.add(new Paragraph(version.neighbourhoodName() + " \u2013 " + layout.text("agreement.version") + " "
                + version.number() + " \u2013 " + layout.text("agreement.status." + version.status()), TEXT));
        general();
        parties();
        decisionRights();
        bodies();
        signOffs();
        document.add(new Paragraph(layout.text("agreement.printed", date(LocalDate.now())), TEXT));
        document.close();
        return out.toByteArray();
    }

    private void general() {
        PdfPTable table = table(new float[] {1, 3});
        layout.rowOf(table, "agreement.purpose", version.purpose());
        layout.rowOf(table, "agreement.validFrom", date(version.validFrom()));
        layout.rowOf(table, "agreement.validTo", date(version.validTo()));
        layout.rowOf(table, "agreement.reviewDate", date(version.reviewDate()));
        layout.rowOf(table, "agreement.escalationRoute", version.escalationRoute());
        document.add(table);
    }

    private void parties() {
        document.add(layout.headingOf("agreement.parties"));
        PdfPTable table = table(new float[] {2, 2, 3, 2, 2});
        layout.headerOf(table, "agreement.party", "agreement.roles", "agreement.tasks", "agreement.contactPerson",
                "agreement.contribution");
        for (PartyView party : version.parties()) {
            cell(table, party.organisationName());
            cell(table, party.roles().stream().map(r -> layout.text("agreement.role." + r)).collect(Collectors.joining(", ")));
            cell(table, party.tasks());
            cell(table, party.contactPersonName());
            cell(table, contributions(party));
        }
        document.add(table);
    }

    private String contributions(PartyView party) {
        List<String> parts = new ArrayList<>();
        if (party.hoursPerWeek() != null) {
            parts.add(layout.text("agreement.hoursPerWeek") + ": " + layout.number(party.hoursPerWeek()));
        }
        if (party.budgetPerYear() != null) {
            parts.add(layout.text("agreement.budgetPerYear") + ": " + layout.number(party.budgetPerYear()));
        }
        if (party.space() != null) {
            parts.add(layout.text("agreement.space") + ": " + party.space());
        }
        if (party.material() != null) {
            parts.add(layout.text("agreement.material") + ": " + party.material());
        }
        return String.join("\n", parts);
    }

    private void decisionRights() {
        if (version.decisionAreas().isEmpty()) {
            return;
        }
        document.add(layout.headingOf("agreement.decisionRights"));
        float[] widths = new float[version.decisionAreas().size() + 1];
        Arrays.fill(widths, 1);
        widths[0] = 2;
        PdfPTable table = table(widths);
        headerCell(table, layout.text("agreement.party"));
        version.decisionAreas().forEach(area -> headerCell(table, area));
        for (PartyView party : version.parties()) {
            cell(table, party.organisationName());
            Map<String, DecisionLevel> rights = party.decisionRights();
            version.decisionAreas().forEach(area -> cell(table, rights.containsKey(area)
                    ? layout.text("agreement.level." + rights.get(area)) : layout.text("agreement.none")));
        }
        document.add(table);
    }

    private void bodies() {
        if (version.bodies().isEmpty()) {
            return;
        }
        document.add(layout.headingOf("agreement.bodies"));
        Map<Long, String> names = version.parties().stream()
                .collect(Collectors.toMap(PartyView::organisationId, PartyView::organisationName));
        PdfPTable table = table(new float[] {2, 2, 2, 3});
        layout.headerOf(table, "agreement.body.name", "agreement.body.kind", "agreement.body.cadence", "agreement.body.members");
        for (BodyView body : version.bodies()) {
            cell(table, body.name());
            cell(table, layout.text("agreement.bodyKind." + body.kind()));
            cell(table, body.cadence());
            cell(table, body.memberOrganisationIds().stream().map(names::get).filter(Objects::nonNull)
                    .collect(Collectors.joining(", ")));
        }
        document.add(table);
    }

    /** Recorded answers where there are any, and a place to sign on paper for every party. */
    private void signOffs() {
        document.add(layout.headingOf("agreement.signOffs"));
        PdfPTable table = table(new float[] {2, 2, 3});
        for (PartyView party : version.parties()) {
            cell(table, layout.text("agreement.signature", party.organisationName()));
            SignOffView answer = version.signOffs().stream()
                    .filter(s -> s.organisationId() == party.organisationId()).findFirst().orElse(null);
            cell(table, answer == null ? "" : layout.text("agreement.decision." + answer.decision()) + "\n" + answer.signedBy()
                    + "\n" + date(answer.signedAt().toLocalDate()));
            table.addCell(PrintLayout.signaturePlace(48));
        }
        document.add(table);
    }
}
