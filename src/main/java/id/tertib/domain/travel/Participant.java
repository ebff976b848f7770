package id.tertib.domain.travel;

/**
 * One traveller of a Surat Tugas, in the letter's order (1 first): the days of travel paid and the daily allowance
 * (uang harian) in whole rupiah, taken from the year's standard cost table and stored as it was on the letter.
 */
public record Participant(long employeeId, int order, int days, long dailyAllowance) {

    /** Days times the daily allowance. */
    public long allowanceTotal() {
        return days * dailyAllowance;
    }
}
