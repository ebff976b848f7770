package id.tertib.domain.attendance;

import id.tertib.domain.DomainException;
import id.tertib.domain.Problem;
import java.time.LocalDate;
import java.util.Objects;

/** A day off set by the yearly joint decree (SKB 3 Menteri): a national holiday or a cuti bersama day. */
public record Holiday(LocalDate date, String name, HolidayKind kind) {

    public enum HolidayKind {
        NATIONAL,
        CUTI_BERSAMA
    }

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new DomainException(Problem.of("name", "calendar.holidayNameRequired", date));
        }
        name = name.trim();
    }
}
