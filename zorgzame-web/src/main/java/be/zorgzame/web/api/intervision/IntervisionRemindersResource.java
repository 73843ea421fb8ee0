package be.zorgzame.web.api.intervision;

import be.zorgzame.intervision.boundary.IntervisionReminderService;
import be.zorgzame.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;

/** Runs today's intervision mailing now, as the daily mailing does (for administrators). */
@Path("intervision/reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class IntervisionRemindersResource {

    @Inject
    IntervisionReminderService reminders;

    /** Answers how many mails went out. */
    @POST
    @Path("mail")
    public JsonObject mailReminders() {
        return Json.createObjectBuilder().add("mailed", reminders.mailDue(LocalDate.now())).build();
    }
}
