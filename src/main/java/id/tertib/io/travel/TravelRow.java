package id.tertib.io.travel;

import id.tertib.domain.travel.TravelKind;
import java.time.LocalDate;
import java.util.List;

/**
 * One Surat Tugas as a travel file lists it. {@code row} is the row number a spreadsheet shows (header = 1);
 * {@code province} is "" when the destination names a city only; {@code nips} are the travellers in the file's order,
 * 18 digits each (spaces removed); {@code allowancePerDay} is whole rupiah. Whether the NIPs belong to people of the
 * office, and whether the number is already stored, is for the use case.
 */
public record TravelRow(int row, String number, LocalDate date, String purpose, String city, String province,
        TravelKind kind, LocalDate depart, LocalDate returns, List<String> nips, long allowancePerDay) {

    public TravelRow {
        nips = List.copyOf(nips);
    }
}
