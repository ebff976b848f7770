package id.tertib.ui.employees;

import id.tertib.domain.DomainException;
import id.tertib.domain.Employee;
import id.tertib.domain.EmployeeDraft;
import id.tertib.domain.EmployeeRules;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Gender;
import id.tertib.domain.Golongan;
import id.tertib.domain.Nip;
import id.tertib.domain.PositionKind;
import id.tertib.domain.Problem;
import id.tertib.domain.Unit;
import id.tertib.ui.common.UiContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The employee form's state and validation. Errors are checked by the domain rules as the user types and
 * shown beside each field the user has touched: a text field once the user leaves it (so the form does not
 * jump while typing), a choice at once. On save every field's error shows and nothing is stored while any
 * remains. A valid PNS NIP fills birth date and gender when they are still empty.
 */
public final class EmployeeFormModel {

    static final List<String> FIELDS = List.of("nip", "frontTitle", "name", "backTitle", "status", "gender",
            "birthDate", "appointedOn", "golongan", "positionName", "positionKind", "unit", "pin");

    final StringProperty number = new SimpleStringProperty("");
    final StringProperty frontTitle = new SimpleStringProperty("");
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty backTitle = new SimpleStringProperty("");
    final ObjectProperty<EmploymentStatus> status = new SimpleObjectProperty<>(EmploymentStatus.PNS);
    final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> birthDate = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> appointedOn = new SimpleObjectProperty<>();
    final ObjectProperty<Golongan> golongan = new SimpleObjectProperty<>();
    final StringProperty positionName = new SimpleStringProperty("");
    final ObjectProperty<PositionKind> positionKind = new SimpleObjectProperty<>();
    final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    final StringProperty pin = new SimpleStringProperty("");
    final BooleanProperty active = new SimpleBooleanProperty(true);

    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper editingExisting = new ReadOnlyBooleanWrapper(false);
    private final Set<String> touched = new HashSet<>();
    private final UiContext ctx;
    private long id;
    private boolean loading;

    EmployeeFormModel(UiContext ctx) {
        this.ctx = ctx;
        for (Observable typed : List.of(number, frontTitle, name, backTitle, positionName, pin)) {
            typed.addListener(o -> {
                if (!loading) {
                    validate();
                }
            });
        }
        watch("status", status);
        watch("gender", gender);
        watch("birthDate", birthDate);
        watch("appointedOn", appointedOn);
        watch("golongan", golongan);
        watch("positionKind", positionKind);
        watch("unit", unit);
        number.addListener((o, a, b) -> fillFromNip());
        status.addListener((o, a, b) -> {
            if (golongan.get() != null && b != null && !golongan.get().fits(b)) {
                golongan.set(null);
            }
        });
    }

    private void watch(String field, Observable property) {
        property.addListener(o -> {
            if (!loading) {
                touched.add(field);
                validate();
            }
        });
    }

    /** The user left a text field: from now on its error shows. */
    void touch(String field) {
        if (touched.add(field)) {
            validate();
        }
    }

    private void fillFromNip() {
        if (loading || status.get() == EmploymentStatus.PPPK) {
            return;
        }
        try {
            Nip nip = Nip.parse(number.get(), LocalDate.now());
            if (birthDate.get() == null) {
                birthDate.set(nip.birthDate());
            }
            if (gender.get() == null) {
                gender.set(nip.gender());
            }
        } catch (DomainException e) {
            // The error is shown by validate(); nothing to fill from an invalid NIP.
        }
    }

    /** Empties the form for a new employee, placed in {@code defaultUnit} when given. */
    void clear(Unit defaultUnit) {
        loading = true;
        id = 0;
        number.set("");
        frontTitle.set("");
        name.set("");
        backTitle.set("");
        status.set(EmploymentStatus.PNS);
        gender.set(null);
        birthDate.set(null);
        appointedOn.set(null);
        golongan.set(null);
        positionName.set("");
        positionKind.set(null);
        unit.set(defaultUnit);
        pin.set("");
        active.set(true);
        loading = false;
        touched.clear();
        errors.clear();
        editingExisting.set(false);
    }

    void load(Employee e, Unit employeeUnit) {
        loading = true;
        id = e.id();
        number.set(e.number());
        frontTitle.set(e.name().frontTitle());
        name.set(e.name().name());
        backTitle.set(e.name().backTitle());
        status.set(e.status());
        gender.set(e.gender());
        birthDate.set(e.birthDate());
        appointedOn.set(e.appointedOn());
        golongan.set(e.golongan());
        positionName.set(e.positionName());
        positionKind.set(e.positionKind());
        unit.set(employeeUnit);
        pin.set(e.pin() == null ? "" : e.pin());
        active.set(e.active());
        loading = false;
        touched.clear();
        errors.clear();
        editingExisting.set(true);
    }

    EmployeeDraft draft() {
        return new EmployeeDraft(id, number.get(), frontTitle.get(), name.get(), backTitle.get(), gender.get(),
                birthDate.get(), status.get(), golongan.get() == null ? "" : golongan.get().code(), positionName.get(),
                positionKind.get(), unit.get() == null ? null : unit.get().id(), pin.get(), active.get(),
                appointedOn.get());
    }

    /** Checks the form; returns true when valid. Errors show only for touched fields. */
    boolean validate() {
        List<Problem> problems = new java.util.ArrayList<>(ctx.tertib().employees().validate(draft()));
        // The form asks for the TMT PPPK where the NI cannot give the year; an import may leave it for later.
        EmployeeRules.appointmentMissing(draft()).ifPresent(problems::add);
        errors.clear();
        for (Problem p : problems) {
            if (touched.contains(p.field())) {
                errors.putIfAbsent(p.field(), ctx.i18n().text(p));
            }
        }
        return problems.isEmpty();
    }

    /** Saves when valid; otherwise shows every error and stores nothing. */
    void save(Consumer<Employee> onSaved) {
        touched.addAll(FIELDS);
        if (!validate()) {
            return;
        }
        EmployeeDraft draft = draft();
        ctx.tasks().run(() -> ctx.tertib().employees().save(draft), saved -> {
            loading = true;
            id = saved.id();
            loading = false;
            editingExisting.set(true);
            onSaved.accept(saved);
        }, error -> showSaveError(error));
    }

    private void showSaveError(Throwable error) {
        if (error instanceof id.tertib.app.AppException app
                && app.problems().stream().allMatch(p -> p.field() != null && FIELDS.contains(p.field()))) {
            app.problems().forEach(p -> errors.put(p.field(), ctx.i18n().text(p)));
            return;
        }
        ctx.showFailure("employee.saveFailed", error);
    }

    ObservableMap<String, String> errors() {
        return errors;
    }

    long id() {
        return id;
    }

    ReadOnlyBooleanProperty editingExistingProperty() {
        return editingExisting.getReadOnlyProperty();
    }
}
