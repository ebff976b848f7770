package id.tertib.ui.travel;

import id.tertib.domain.Employee;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One row of the form's traveller table. The days follow the trip's length until the user types other days;
 * the daily allowance is empty (null) until known.
 */
final class Traveller {

    final Employee employee;
    final IntegerProperty days = new SimpleIntegerProperty();
    final ObjectProperty<Long> allowance = new SimpleObjectProperty<>();
    /** True once the user typed the days: from then on they no longer follow the trip's dates. */
    boolean daysTyped;

    Traveller(Employee employee, int days, Long allowance) {
        this.employee = employee;
        this.days.set(days);
        this.allowance.set(allowance);
    }

    /** The properties whose change changes the draft. */
    Observable[] watched() {
        return new Observable[] {days, allowance};
    }

    long total() {
        return allowance.get() == null ? 0 : days.get() * allowance.get();
    }
}
