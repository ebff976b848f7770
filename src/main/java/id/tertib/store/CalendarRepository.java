package id.tertib.store;

import id.tertib.domain.attendance.Holiday;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** The working calendar: the years that are set, and their holidays and cuti bersama. */
public final class CalendarRepository {

    private static final RowMapper<Holiday> MAPPER = (rs, ctx) -> new Holiday(LocalDate.parse(rs.getString("date")),
            rs.getString("name"), Holiday.HolidayKind.valueOf(rs.getString("kind")));

    private final Handle handle;

    CalendarRepository(Handle handle) {
        this.handle = handle;
    }

    public List<Integer> years() {
        return handle.createQuery("SELECT year FROM calendar_year ORDER BY year").mapTo(Integer.class).list();
    }

    public void addYear(int year) {
        handle.createUpdate("INSERT INTO calendar_year (year) SELECT :year WHERE NOT EXISTS "
                + "(SELECT 1 FROM calendar_year WHERE year = :year)").bind("year", year).execute();
    }

    public List<Holiday> holidays(int year) {
        return handle.createQuery("SELECT date, name, kind FROM holiday WHERE date >= :from AND date < :to ORDER BY date")
                .bind("from", LocalDate.of(year, 1, 1).toString()).bind("to", LocalDate.of(year + 1, 1, 1).toString())
                .map(MAPPER).list();
    }

    public List<Holiday> all() {
        return handle.createQuery("SELECT date, name, kind FROM holiday ORDER BY date").map(MAPPER).list();
    }

    public Optional<Holiday> find(LocalDate date) {
        return handle.createQuery("SELECT date, name, kind FROM holiday WHERE date = :date")
                .bind("date", date.toString()).map(MAPPER).findOne();
    }

    public void insert(Holiday h) {
        handle.createUpdate("INSERT INTO holiday (date, name, kind) VALUES (:date, :name, :kind)")
                .bind("date", h.date().toString()).bind("name", h.name()).bind("kind", h.kind().name()).execute();
    }

    public void delete(LocalDate date) {
        handle.createUpdate("DELETE FROM holiday WHERE date = :date").bind("date", date.toString()).execute();
    }

    public void update(Holiday h) {
        handle.createUpdate("UPDATE holiday SET name = :name, kind = :kind WHERE date = :date")
                .bind("date", h.date().toString()).bind("name", h.name()).bind("kind", h.kind().name()).execute();
    }
}
