package id.tertib.store;

import id.tertib.domain.Employee;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Gender;
import id.tertib.domain.Golongan;
import id.tertib.domain.PersonName;
import id.tertib.domain.PositionKind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/** Test data and raw SQL access that bypasses the repositories. */
final class StoreFixtures {

    private StoreFixtures() {
    }

    static Employee budi(long unitId) {
        return new Employee(0, "198609262015051001", new PersonName("Ir.", "Budi Santoso", "S.T."), Gender.MALE,
                LocalDate.of(1986, 9, 26), EmploymentStatus.PNS, Golongan.III_B, "Pranata Komputer",
                PositionKind.FUNGSIONAL, unitId, "1001", true);
    }

    static Employee siti(long unitId) {
        return new Employee(0, "199203152022212005", new PersonName("", "Siti Rahma", ""), Gender.FEMALE,
                LocalDate.of(1992, 3, 15), EmploymentStatus.PPPK, Golongan.PPPK_IX, "", PositionKind.PELAKSANA,
                unitId, null, true);
    }

    /** A plain sqlite-jdbc connection to the file, as another tool would open it. */
    static Connection raw(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    static void execute(Path file, String... statements) throws SQLException {
        try (Connection c = raw(file); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
