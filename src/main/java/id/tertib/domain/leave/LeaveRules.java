package id.tertib.domain.leave;

import id.tertib.domain.DomainException;
import id.tertib.domain.Gender;
import id.tertib.domain.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The limits a leave request is checked against, with the defaults of PP 11/2017 as amended by PP 17/2020 (articles in
 * brackets). Every number is configurable: offices read the regulation differently and it changes.
 *
 * @param annualDays                     annual leave (CT) per year, in working days (art. 311: 12)
 * @param annualServiceYears             years of service before annual leave (art. 311: 1)
 * @param maxAnnualTotal                 a year's entitlement plus what is carried over from the year before
 *                                       (art. 313(1): 18, i.e. at most 6 days carried)
 * @param maxAnnualTotalAfterUnusedYears the same when no annual leave was taken in the two years before
 *                                       (art. 313(2): 24)
 * @param longLeaveServiceYears          years of service before long leave, CB (art. 316: 5)
 * @param longLeaveMonths                longest long leave (art. 316: 3 months)
 * @param sickLeaveMonths                longest sick leave, CS, in one request (1 year, extendable by 6 months: 18;
 *                                       verify)
 * @param maternityMonths                longest maternity leave, CM (3 months)
 * @param importantReasonMonths          longest leave for an important reason, CAP (1 month)
 * @param unpaidServiceYears             years of service before unpaid leave, CLTN (5)
 * @param unpaidMonths                   longest unpaid leave, CLTN (3 years: 36)
 * @param longLeaveVoidsAnnual           no annual leave in a year in which long leave starts (art. 316(3): yes)
 * @param cutiBersamaReducesAnnual       cuti bersama days are taken off the year's annual leave; PP 11/2017 art.
 *                                       333(2) says they are not (the old PP 24/1976 practice did), so: no
 */
public record LeaveRules(int annualDays, int annualServiceYears, int maxAnnualTotal, int maxAnnualTotalAfterUnusedYears,
        int longLeaveServiceYears, int longLeaveMonths, int sickLeaveMonths, int maternityMonths,
        int importantReasonMonths, int unpaidServiceYears, int unpaidMonths, boolean longLeaveVoidsAnnual,
        boolean cutiBersamaReducesAnnual) {

    public static final String CT = "CT";
    public static final String CB = "CB";
    public static final String CS = "CS";
    public static final String CM = "CM";
    public static final String CAP = "CAP";
    public static final String CLTN = "CLTN";
    public static final String CBS = "CBS";
    /** The kinds of leave the register keeps (the leave codes of {@code AttendanceCodes}). */
    public static final List<String> CODES = List.of(CT, CB, CS, CM, CAP, CLTN, CBS);
    /** PPPK (PP 49/2018): annual, sick, maternity leave and cuti bersama only. */
    public static final Set<String> PPPK_CODES = Set.of(CT, CS, CM, CBS);

    /** PP 11/2017 as amended by PP 17/2020. */
    public static final LeaveRules PP_11_2017 = new LeaveRules(12, 1, 18, 24, 5, 3, 18, 3, 1, 5, 36, true, false);

    public LeaveRules {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> numbers = numbers(annualDays, annualServiceYears, maxAnnualTotal,
                maxAnnualTotalAfterUnusedYears, longLeaveServiceYears, longLeaveMonths, sickLeaveMonths,
                maternityMonths, importantReasonMonths, unpaidServiceYears, unpaidMonths);
        numbers.forEach((name, value) -> {
            boolean month = name.endsWith("Months");
            if (value < (month ? 1 : 0) || value > 366) {
                problems.add(Problem.of(name, "leave.ruleRange", value, month ? 1 : 0, 366));
            }
        });
        if (maxAnnualTotal < annualDays) {
            problems.add(Problem.of("maxAnnualTotal", "leave.ruleTotalBelowYear", maxAnnualTotal, annualDays));
        }
        if (maxAnnualTotalAfterUnusedYears < maxAnnualTotal) {
            problems.add(Problem.of("maxAnnualTotalAfterUnusedYears", "leave.ruleTotalsOrder",
                    maxAnnualTotalAfterUnusedYears, maxAnnualTotal));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
    }

    private static Map<String, Integer> numbers(int... v) {
        String[] names = {"annualDays", "annualServiceYears", "maxAnnualTotal", "maxAnnualTotalAfterUnusedYears",
            "longLeaveServiceYears", "longLeaveMonths", "sickLeaveMonths", "maternityMonths", "importantReasonMonths",
            "unpaidServiceYears", "unpaidMonths"};
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], v[i]);
        }
        return m;
    }

    /** Every value by name, for storing and for the audit trail. */
    public Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        numbers(annualDays, annualServiceYears, maxAnnualTotal, maxAnnualTotalAfterUnusedYears, longLeaveServiceYears,
                longLeaveMonths, sickLeaveMonths, maternityMonths, importantReasonMonths, unpaidServiceYears,
                unpaidMonths).forEach((k, v) -> m.put(k, String.valueOf(v)));
        m.put("longLeaveVoidsAnnual", String.valueOf(longLeaveVoidsAnnual));
        m.put("cutiBersamaReducesAnnual", String.valueOf(cutiBersamaReducesAnnual));
        return m;
    }

    /** Reads what {@link #toMap} wrote; a value missing (stored by an older version) or unreadable takes the default. */
    public static LeaveRules fromMap(Map<String, String> m) {
        LeaveRules d = PP_11_2017;
        return new LeaveRules(num(m, "annualDays", d.annualDays), num(m, "annualServiceYears", d.annualServiceYears),
                num(m, "maxAnnualTotal", d.maxAnnualTotal),
                num(m, "maxAnnualTotalAfterUnusedYears", d.maxAnnualTotalAfterUnusedYears),
                num(m, "longLeaveServiceYears", d.longLeaveServiceYears), num(m, "longLeaveMonths", d.longLeaveMonths),
                num(m, "sickLeaveMonths", d.sickLeaveMonths), num(m, "maternityMonths", d.maternityMonths),
                num(m, "importantReasonMonths", d.importantReasonMonths),
                num(m, "unpaidServiceYears", d.unpaidServiceYears), num(m, "unpaidMonths", d.unpaidMonths),
                bool(m, "longLeaveVoidsAnnual", d.longLeaveVoidsAnnual),
                bool(m, "cutiBersamaReducesAnnual", d.cutiBersamaReducesAnnual));
    }

    private static int num(Map<String, String> m, String key, int fallback) {
        try {
            return m.containsKey(key) ? Integer.parseInt(m.get(key).trim()) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static boolean bool(Map<String, String> m, String key, boolean fallback) {
        String v = m.get(key);
        return v == null ? fallback : Boolean.parseBoolean(v.trim());
    }

    /** Years of service a kind of leave needs (0: none). */
    public int minServiceYears(String code) {
        return switch (code) {
            case CT -> annualServiceYears;
            case CB -> longLeaveServiceYears;
            case CLTN -> unpaidServiceYears;
            default -> 0;
        };
    }

    /** Longest period of one request in calendar months; 0 when only the balance (CT) or nothing (CBS) limits it. */
    public int maxMonths(String code) {
        return switch (code) {
            case CB -> longLeaveMonths;
            case CS -> sickLeaveMonths;
            case CM -> maternityMonths;
            case CAP -> importantReasonMonths;
            case CLTN -> unpaidMonths;
            default -> 0;
        };
    }

    /**
     * Everything wrong with a request, apart from the annual balance ({@link #checkBalance}): dates in order, a kind
     * the register keeps and the person may take, years of service on the first day, longest period, at least one
     * working day ({@code request.workingDays()} must be counted), annual leave inside one year, and no overlap with
     * another requested or approved leave of the same person ({@code others} may hold anyone's requests).
     */
    public List<Problem> check(LeaveRequest request, Applicant who, Collection<LeaveRequest> others) {
        List<Problem> problems = new ArrayList<>();
        LocalDate from = request.from();
        LocalDate to = request.to();
        String code = request.code();
        if (to.isBefore(from)) {
            problems.add(Problem.of("to", "leave.datesOrder", from, to));
            return problems;
        }
        if (!CODES.contains(code)) {
            problems.add(Problem.of("code", "leave.codeUnknown", code));
            return problems;
        }
        boolean kindAllowed = who.status().isPns() || PPPK_CODES.contains(code);
        if (!kindAllowed) {
            problems.add(Problem.of("code", "leave.notForPppk", code));
        }
        if (CM.equals(code) && who.gender() != Gender.FEMALE) {
            problems.add(Problem.of("code", "leave.maternityWomenOnly"));
        }
        int years = minServiceYears(code);
        if (years > 0 && kindAllowed) { // a kind the person may not take at all needs no "not yet" beside it
            who.serviceComplete(years).filter(from::isBefore).ifPresent(complete ->
                    problems.add(Problem.of("from", "leave.notEligible", code, years, complete)));
        }
        int months = maxMonths(code);
        if (months > 0) {
            LocalDate last = from.plusMonths(months).minusDays(1);
            if (to.isAfter(last)) {
                problems.add(Problem.of("to", "leave.tooLong", code, months, last));
            }
        }
        if (CT.equals(code) && from.getYear() != to.getYear()) {
            problems.add(Problem.of("to", "leave.annualOneYear", from.getYear()));
        }
        if (request.workingDays() == 0) {
            problems.add(Problem.of("to", "leave.noWorkingDays", from, to));
        }
        for (LeaveRequest o : others) {
            if (o.id() != request.id() && o.employeeId() == request.employeeId() && o.status().isActive()
                    && request.overlaps(o.from(), o.to())) {
                problems.add(Problem.of("from", "leave.overlap", o.code(), o.from(), o.to()));
            }
        }
        return problems;
    }

    /** Annual leave must fit in what is {@code available} in its year (see {@link LeaveBalance}). */
    public List<Problem> checkBalance(LeaveRequest request, int available) {
        if (CT.equals(request.code()) && request.workingDays() > available) {
            return List.of(Problem.of("to", "leave.overBalance", request.workingDays(), Math.max(0, available),
                    request.from().getYear()));
        }
        return List.of();
    }
}
