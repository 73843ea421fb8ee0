package be.zorgzame.agreements.control;

import be.zorgzame.agreements.entity.BodyKind;
import java.util.List;
import java.util.Locale;

/**
 * The starting point the toolbox suggests for "building an organisation structure" (theme G): the
 * decision areas partners usually need to settle, a steering group, a core team and a neighbourhood
 * meeting, and an escalation route. In Dutch, French or English; users adapt it to their neighbourhood.
 */
public record AgreementTemplate(String title, String purpose, List<String> decisionAreas, List<Body> bodies,
                                String escalationRoute) {

    /** A body the template proposes. */
    public record Body(String name, BodyKind kind, String cadence) {
    }

    public static AgreementTemplate in(Locale locale, String neighbourhoodName) {
        return switch (locale.getLanguage()) {
            case "fr" -> new AgreementTemplate("Structure organisationnelle – " + neighbourhoodName,
                    "Des accords clairs sur les rôles, les pouvoirs de décision et la répartition des tâches entre"
                            + " l'administration locale, ses services et les partenaires locaux, pour que personne ne perde"
                            + " de temps à en référer à sa propre organisation.",
                    List.of("Budget et moyens", "Actions et activités dans le quartier", "Personnel et heures",
                            "Communication vers les habitants et les partenaires", "Nouveaux partenaires",
                            "Partage de données et vie privée"),
                    List.of(new Body("Groupe de pilotage", BodyKind.STEERING_GROUP, "chaque trimestre"),
                            new Body("Équipe centrale", BodyKind.CORE_TEAM, "chaque mois"),
                            new Body("Concertation de quartier", BodyKind.NEIGHBOURHOOD_MEETING,
                                    "deux fois par an, ouverte aux habitants")),
                    "Équipe centrale → groupe de pilotage → collège des bourgmestre et échevins");
            case "en" -> new AgreementTemplate("Organisation structure – " + neighbourhoodName,
                    "Clear agreements on roles, decision rights and the division of tasks between the local government,"
                            + " its services and the local partners, so that nobody loses time referring back to their own"
                            + " organisation.",
                    List.of("Budget and resources", "Actions and activities in the neighbourhood", "Staff and hours",
                            "Communication to residents and partners", "Bringing in new partners", "Data sharing and privacy"),
                    List.of(new Body("Steering group", BodyKind.STEERING_GROUP, "every quarter"),
                            new Body("Core team", BodyKind.CORE_TEAM, "every month"),
                            new Body("Neighbourhood meeting", BodyKind.NEIGHBOURHOOD_MEETING, "twice a year, open to residents")),
                    "Core team → steering group → college of mayor and aldermen");
            default -> new AgreementTemplate("Organisatiestructuur " + neighbourhoodName,
                    "Duidelijke afspraken over rollen, beslissingsbevoegdheden en taakverdeling tussen het lokaal bestuur,"
                            + " de interne diensten en de lokale partners, zodat niemand tijd verliest met terugkoppelen naar"
                            + " de eigen organisatie.",
                    List.of("Budget en middelen", "Acties en activiteiten in de buurt", "Inzet van personeel en uren",
                            "Communicatie naar bewoners en partners", "Nieuwe partners betrekken",
                            "Gegevens delen en privacy"),
                    List.of(new Body("Stuurgroep", BodyKind.STEERING_GROUP, "elk kwartaal"),
                            new Body("Kernteam", BodyKind.CORE_TEAM, "maandelijks"),
                            new Body("Buurtoverleg", BodyKind.NEIGHBOURHOOD_MEETING, "twee keer per jaar, open voor bewoners")),
                    "Kernteam → stuurgroep → college van burgemeester en schepenen");
        };
    }
}
