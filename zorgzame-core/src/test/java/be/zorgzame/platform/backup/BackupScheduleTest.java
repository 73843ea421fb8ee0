package be.zorgzame.platform.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.ScheduleExpression;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackupScheduleTest {

    @Test
    void aTimeAloneIsEveryDay() {
        ScheduleExpression expression = BackupSchedule.parse("02:00").orElseThrow().expression();

        assertEquals("*", expression.getDayOfWeek());
        assertEquals("2", expression.getHour());
        assertEquals("0", expression.getMinute());
        assertEquals("0", expression.getSecond());
    }

    @Test
    void daysMayComeBeforeTheTime() {
        assertEquals(Optional.of(new BackupSchedule("Mon-Fri", LocalTime.of(22, 30))), BackupSchedule.parse(" Mon-Fri  22:30 "));
    }

    @Test
    void offMeansNoSchedule() {
        assertEquals(Optional.empty(), BackupSchedule.parse("OFF"));
    }

    @Test
    void anythingElseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BackupSchedule.parse("daily"));
        assertThrows(IllegalArgumentException.class, () -> BackupSchedule.parse("Sun at 02:00"));
    }
}
