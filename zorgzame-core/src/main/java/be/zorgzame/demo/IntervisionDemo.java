package be.zorgzame.demo;

import be.zorgzame.intervision.entity.GroupMember;
import be.zorgzame.intervision.entity.IntervisionGroup;
import be.zorgzame.intervision.entity.IntervisionMethod;
import be.zorgzame.intervision.entity.IntervisionSession;
import be.zorgzame.intervision.entity.NoteKind;
import be.zorgzame.intervision.entity.Registration;
import be.zorgzame.intervision.entity.SessionKind;
import be.zorgzame.intervision.entity.SessionNote;
import be.zorgzame.neighbourhoods.entity.Neighbourhood;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The intervision of the demo: a group led by the regional support user with the two partner users as
 * members who accepted its agreement, a session two months ago both attended (with a case and an action
 * point), and the next one in three weeks with the incident method. Written directly, as the services act
 * only for the group's own facilitator and members, never for the system.
 */
@ApplicationScoped
public class IntervisionDemo {

    @PersistenceContext
    EntityManager em;

    void load(long rabot) {
        Neighbourhood neighbourhood = em.find(Neighbourhood.class, rabot);
        IntervisionGroup group = new IntervisionGroup("Intervisie buurtwerkers Gent", "regio");
        group.setDescription("Buurtwerkers en vrijwilligers uit Gentse zorgzame buurten leren van elkaars casussen.");
        group.setMaxMembers(10);
        group.setConfidentialityText("Wat in de groep gedeeld wordt, blijft in de groep. Casussen worden anoniem"
                + " ingebracht; niemand neemt namen of herkenbare details mee naar buiten.");
        group.setReminders(30, 14, true);
        em.persist(group);
        GroupMember pieter = member(group, "partner", "Pieter Partner (demo, LDC De Rabotter)", neighbourhood);
        GroupMember chris = member(group, "comite", "Chris Comité (demo, Buurtcomité Rabot-Blaisantvest)", neighbourhood);

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        IntervisionSession held = session(group, today.minusMonths(2), "Vereenzaming bij oudere buren signaleren");
        held.setMethod(em.find(IntervisionMethod.class, "QUESTIONS_HOUR"));
        held.setCaseBringer(pieter);
        em.persist(held);
        for (GroupMember member : new GroupMember[] {pieter, chris}) {
            Registration registration = new Registration(held, member);
            registration.setAttended(true);
            em.persist(registration);
        }
        em.persist(new SessionNote(held, NoteKind.CASE_DESCRIPTION,
                "Een buurvrouw komt niet meer naar de buurtbabbels; haar dochter woont ver weg.", "partner"));
        em.persist(new SessionNote(held, NoteKind.ACTION_POINT,
                "Pieter vraagt de thuisverpleging om een signaal als een vaste bezoeker wegvalt.", "regio"));

        IntervisionSession next = session(group, today.plusWeeks(3), "Samenwerken met de school");
        next.setMethod(em.find(IntervisionMethod.class, "INCIDENT"));
        next.setCaseBringer(chris);
        em.persist(next);
        em.persist(new Registration(next, pieter));
    }

    private GroupMember member(IntervisionGroup group, String username, String name, Neighbourhood neighbourhood) {
        GroupMember member = new GroupMember(group, username, name, LocalDate.now().minusMonths(6));
        member.setNeighbourhood(neighbourhood);
        member.accept();
        em.persist(member);
        return member;
    }

    private IntervisionSession session(IntervisionGroup group, LocalDate day, String theme) {
        IntervisionSession session = new IntervisionSession(group, SessionKind.INTERVISION);
        session.setTime(day.atTime(LocalTime.of(13, 30)), day.atTime(LocalTime.of(15, 0)));
        session.setPlace("Buurthuis De Rabotter, Rabotstraat 1, 9000 Gent");
        session.setTheme(theme);
        session.setCapacity(10);
        return session;
    }
}
