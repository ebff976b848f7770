package id.tertib.app;

import id.tertib.domain.EmployeeDraft;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Gender;
import id.tertib.domain.PositionKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic, fictional office: one dinas with six bidang (incl. the Sekretariat) and twelve
 * seksi/subbagian, and its staff with Indonesian names and plausible NIPs. The same seed always gives the
 * same office. Dates are drawn relative to a fixed year so the output does not change with the calendar.
 */
final class DemoOffice {

    /** A unit to create; {@code parentIndex} points into the unit list, -1 for the root. */
    record DemoUnit(String code, String name, int parentIndex) {
    }

    /** An employee to create, in the unit at {@code unitIndex}. */
    record DemoEmployee(EmployeeDraft draft, int unitIndex) {
    }

    static final int ANCHOR_YEAR = 2025;

    /** A demo account; {@code unitIndex} points into {@link #UNITS}, -1 for none. */
    record DemoAccount(String name, String fullName, id.tertib.domain.Role role, int unitIndex) {
    }

    /** One account per role, so a new user can try each view (README lists them). */
    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Administrator Demo", id.tertib.domain.Role.ADMINISTRATOR, -1),
            new DemoAccount("hr", "Petugas Kepegawaian Demo", id.tertib.domain.Role.HR_OFFICER, -1),
            new DemoAccount("kasi", "Kasi Pengembangan Aplikasi", id.tertib.domain.Role.SECTION_HEAD, 12),
            new DemoAccount("viewer", "Pemantau Bidang IKP", id.tertib.domain.Role.VIEWER, 2));

    static final List<DemoUnit> UNITS = List.of(
            new DemoUnit("DKI", "Dinas Komunikasi dan Informatika Kabupaten Sukamaju", -1),
            new DemoUnit("SET", "Sekretariat", 0),
            new DemoUnit("IKP", "Bidang Informasi dan Komunikasi Publik", 0),
            new DemoUnit("APT", "Bidang Aplikasi Informatika", 0),
            new DemoUnit("INF", "Bidang Infrastruktur TIK", 0),
            new DemoUnit("SAN", "Bidang Persandian dan Keamanan Informasi", 0),
            new DemoUnit("STA", "Bidang Statistik", 0),
            new DemoUnit("SET.UK", "Subbagian Umum dan Kepegawaian", 1),
            new DemoUnit("SET.PK", "Subbagian Perencanaan dan Keuangan", 1),
            new DemoUnit("IKP.PIP", "Seksi Pengelolaan Informasi Publik", 2),
            new DemoUnit("IKP.KP", "Seksi Komunikasi Publik", 2),
            new DemoUnit("APT.LEG", "Seksi Layanan E-Government", 3),
            new DemoUnit("APT.PA", "Seksi Pengembangan Aplikasi", 3),
            new DemoUnit("INF.JI", "Seksi Jaringan dan Infrastruktur", 4),
            new DemoUnit("INF.PDC", "Seksi Pusat Data", 4),
            new DemoUnit("SAN.PS", "Seksi Persandian", 5),
            new DemoUnit("SAN.KI", "Seksi Keamanan Informasi", 5),
            new DemoUnit("STA.SS", "Seksi Statistik Sektoral", 6),
            new DemoUnit("STA.PD", "Seksi Pengelolaan Data", 6));

    private static final String[] MALE = {"Agus", "Ahmad", "Andi", "Arif", "Bambang", "Bayu", "Budi", "Dedi",
        "Dimas", "Eko", "Fajar", "Galih", "Hadi", "Hendra", "Imam", "Iwan", "Joko", "Rizky", "Rudi", "Slamet",
        "Teguh", "Wahyu", "Yusuf", "Ilham", "Rahmat", "Dodi", "Asep", "Ujang", "Made", "Nyoman", "Putu", "Taufik"};
    private static final String[] FEMALE = {"Anisa", "Ayu", "Dewi", "Dian", "Endang", "Fitri", "Indah", "Lestari",
        "Maya", "Nur", "Nurul", "Putri", "Ratna", "Rina", "Sari", "Siti", "Sri", "Wulan", "Yuni", "Rahma", "Intan",
        "Kartika", "Mega", "Novi", "Tuti", "Wati", "Ketut", "Nining", "Eneng", "Yanti"};
    private static final String[] MALE_LAST = {"Santoso", "Wibowo", "Saputra", "Hidayat", "Pratama", "Nugroho",
        "Setiawan", "Kurniawan", "Siregar", "Nasution", "Harahap", "Lubis", "Simanjuntak", "Hasibuan", "Permana",
        "Gunawan", "Rahman", "Syahputra", "Wijaya", "Susanto", "Hartono", "Purnomo", "Firmansyah", "Ramadhan",
        "Maulana", "Hakim", "Sudrajat", "Daeng", "Pangaribuan", "Sembiring"};
    private static final String[] FEMALE_LAST = {"Lestari", "Wulandari", "Rahmawati", "Handayani", "Puspitasari",
        "Kusumawati", "Safitri", "Anggraini", "Permatasari", "Sulistyowati", "Nuraini", "Yuliani", "Setyaningsih",
        "Rahayu", "Susanti", "Siregar", "Nasution", "Lubis", "Purba", "Ginting"};
    private static final String[] DEGREE = {"S.Kom.", "S.E.", "S.H.", "S.Sos.", "S.T.", "S.Si.", "S.IP.", "S.Ak.",
        "S.I.Kom.", "S.Stat."};
    private static final String[] MASTER = {"M.Si.", "M.T.", "M.M.", "M.Kom.", "M.A.P."};
    private static final String[][] FUNCTIONAL = {{"Pranata Komputer Ahli Pertama", "III/a"},
        {"Pranata Komputer Ahli Muda", "III/c"}, {"Pranata Hubungan Masyarakat Ahli Muda", "III/d"},
        {"Statistisi Ahli Pertama", "III/b"}, {"Sandiman Ahli Pertama", "III/b"}, {"Arsiparis Terampil", "II/c"},
        {"Analis Kebijakan Ahli Muda", "III/c"}, {"Pranata Komputer Terampil", "II/d"}};
    private static final String[][] PELAKSANA = {{"Pengadministrasi Umum", "II/b"},
        {"Pengelola Keuangan", "III/a"}, {"Pengolah Data", "II/c"}, {"Pengelola Layanan Informasi", "III/a"},
        {"Operator Jaringan", "II/d"}, {"Pengemudi", "II/a"}, {"Pengadministrasi Kepegawaian", "III/b"}};
    private static final String[] PPPK_GOLONGAN = {"V", "VII", "IX", "X"};

    private final Random random;
    private final Set<String> numbers = new HashSet<>();

    DemoOffice(long seed) {
        this.random = new Random(seed);
    }

    /** Generates {@code count} employees: heads of every unit first, then staff spread over the seksi. */
    List<DemoEmployee> employees(int count) {
        List<DemoEmployee> out = new ArrayList<>();
        for (int i = 0; i < UNITS.size() && out.size() < count; i++) {
            out.add(head(i));
        }
        int seksiFrom = 7;
        while (out.size() < count) {
            int unit = seksiFrom + random.nextInt(UNITS.size() - seksiFrom);
            out.add(staff(unit));
        }
        return out;
    }

    private DemoEmployee head(int unitIndex) {
        String unitName = UNITS.get(unitIndex).name();
        if (unitIndex == 0) {
            return new DemoEmployee(pns(55, "IV/c", "Kepala Dinas", PositionKind.JPT_PRATAMA, true), unitIndex);
        }
        if (unitIndex <= 6) {
            String title = unitIndex == 1 ? "Sekretaris" : "Kepala " + unitName;
            return new DemoEmployee(pns(48, "IV/b", title, PositionKind.ADMINISTRATOR, true), unitIndex);
        }
        String title = "Kepala " + unitName;
        return new DemoEmployee(pns(42, random.nextBoolean() ? "III/d" : "IV/a", title, PositionKind.PENGAWAS, false),
                unitIndex);
    }

    private DemoEmployee staff(int unitIndex) {
        int roll = random.nextInt(100);
        if (roll < 22) {
            return new DemoEmployee(pppk(), unitIndex);
        }
        if (roll < 28) {
            return new DemoEmployee(cpns(), unitIndex);
        }
        String[] job = roll < 60 ? FUNCTIONAL[random.nextInt(FUNCTIONAL.length)]
                : PELAKSANA[random.nextInt(PELAKSANA.length)];
        PositionKind kind = roll < 60 ? PositionKind.FUNGSIONAL : PositionKind.PELAKSANA;
        return new DemoEmployee(pns(28 + random.nextInt(25), job[1], job[0], kind, false), unitIndex);
    }

    private EmployeeDraft pns(int age, String golongan, String position, PositionKind kind, boolean senior) {
        Gender gender = random.nextInt(100) < 55 ? Gender.MALE : Gender.FEMALE;
        LocalDate birth = birthDate(age);
        int ageAtAppointment = 22 + random.nextInt(Math.max(1, Math.min(10, age - 23)));
        LocalDate appointment = birth.plusYears(ageAtAppointment).withDayOfMonth(1);
        if (appointment.getYear() > ANCHOR_YEAR - 1) {
            appointment = LocalDate.of(ANCHOR_YEAR - 1, 1 + random.nextInt(12), 1);
        }
        String number = unique(String.format("%s%04d%02d%c", compact(birth), appointment.getYear(),
                appointment.getMonthValue(), gender.nipDigit()));
        return draft(number, gender, EmploymentStatus.PNS, golongan, position, kind, senior);
    }

    private EmployeeDraft cpns() {
        Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        LocalDate birth = birthDate(23 + random.nextInt(6));
        String number = unique(String.format("%s%04d%02d%c", compact(birth), ANCHOR_YEAR, 1 + random.nextInt(6),
                gender.nipDigit()));
        String[] job = random.nextBoolean() ? new String[] {"Pranata Komputer Ahli Pertama", "III/a"}
                : new String[] {"Pengadministrasi Umum", "II/a"};
        PositionKind kind = job[1].equals("III/a") ? PositionKind.FUNGSIONAL : PositionKind.PELAKSANA;
        return draft(number, gender, EmploymentStatus.CPNS, job[1], job[0], kind, false);
    }

    /** NI PPPK in the common shape: birth date, year of appointment, "21", gender digit, sequence. */
    private EmployeeDraft pppk() {
        Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        LocalDate birth = birthDate(25 + random.nextInt(20));
        String number = unique(String.format("%s%04d21%c", compact(birth), 2021 + random.nextInt(4), gender.nipDigit()));
        boolean functional = random.nextBoolean();
        String position = functional ? "Pranata Komputer Ahli Pertama" : "Pengelola Layanan Operasional";
        return draft(number, gender, EmploymentStatus.PPPK, PPPK_GOLONGAN[random.nextInt(PPPK_GOLONGAN.length)],
                position, functional ? PositionKind.FUNGSIONAL : PositionKind.PELAKSANA, false);
    }

    private EmployeeDraft draft(String number, Gender gender, EmploymentStatus status, String golongan,
            String position, PositionKind kind, boolean senior) {
        String first = pick(gender == Gender.MALE ? MALE : FEMALE);
        String last = pick(gender == Gender.MALE ? MALE_LAST : FEMALE_LAST);
        String name = random.nextInt(10) == 0 ? first : first + " " + last;
        String back = "";
        if (!golongan.startsWith("II/") && kind != PositionKind.PELAKSANA || senior) {
            back = pick(DEGREE) + (senior || random.nextInt(4) == 0 ? ", " + pick(MASTER) : "");
        } else if (random.nextInt(3) == 0) {
            back = "A.Md.";
        }
        String front = senior && random.nextInt(3) == 0 ? (random.nextBoolean() ? "Dr." : "Ir.") : "";
        return new EmployeeDraft(0, number, front, name, back, gender, null, status, golongan, position, kind, null,
                null, true);
    }

    private LocalDate birthDate(int age) {
        return LocalDate.of(ANCHOR_YEAR - age, 1, 1).plusDays(random.nextInt(365));
    }

    /** Appends a sequence number that makes the NIP unique in the office. */
    private String unique(String prefix15) {
        // Real sequences are small numbers; widen the range only when a large office runs out of them.
        String number;
        int attempts = 0;
        do {
            number = prefix15 + String.format("%03d", 1 + random.nextInt(attempts++ < 20 ? 20 : 999));
        } while (!numbers.add(number));
        return number;
    }

    private static String compact(LocalDate date) {
        return String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
