package id.tertib.ui.fairness;

import id.tertib.app.FairnessService;
import id.tertib.app.I18n;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Golongan;
import id.tertib.domain.PositionKind;
import id.tertib.domain.Unit;
import id.tertib.ui.common.TaskExecutor;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The fairness screen's state: the filters, whether they make a query, the running analysis and its report. The
 * golongan choices follow the chosen status's scale (PNS I/a..IV/e, PPPK I..XVII); a golongan that does not fit the
 * new scale is cleared. Tested without a robot: it needs no window, only a task executor and the analysis.
 */
public final class FairnessViewModel {

    private final TaskExecutor tasks;
    private final Function<FairnessService.Query, FairnessService.Report> analysis;
    private final Function<Throwable, String> describe;
    private final I18n i18n;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>(this, "unit");
    private final ObjectProperty<EmploymentStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<Golongan> lowest = new SimpleObjectProperty<>(this, "lowest");
    private final ObjectProperty<Golongan> highest = new SimpleObjectProperty<>(this, "highest");
    private final ObjectProperty<PositionKind> positionKind = new SimpleObjectProperty<>(this, "positionKind");
    private final ObjectProperty<Measure> measure = new SimpleObjectProperty<>(this, "measure", Measure.TRIPS);
    private final ObservableList<Golongan> golonganChoices = FXCollections.observableArrayList();
    private final StringBinding problem;
    private final BooleanBinding valid;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<FairnessService.Report> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");

    /**
     * @param analysis runs the query (off the FX thread, through {@code tasks})
     * @param describe turns a failure into the message the user reads
     */
    public FairnessViewModel(TaskExecutor tasks, Function<FairnessService.Query, FairnessService.Report> analysis,
            Function<Throwable, String> describe, I18n i18n) {
        this.tasks = tasks;
        this.analysis = analysis;
        this.describe = describe;
        this.i18n = i18n;
        golonganChoices.setAll(Golongan.forStatus(EmploymentStatus.PNS));
        status.addListener((o, a, s) -> followScale(s));
        problem = Bindings.createStringBinding(this::check, from, to, lowest, highest);
        valid = Bindings.createBooleanBinding(() -> problem.get().isEmpty(), problem);
    }

    /** The last 12 calendar months up to {@code today} (this month included), for {@code own} unit (null: all). */
    public void defaults(LocalDate today, Unit own) {
        from.set(today.withDayOfMonth(1).minusMonths(11));
        to.set(today);
        unit.set(own);
        status.set(null);
        lowest.set(null);
        highest.set(null);
        positionKind.set(null);
    }

    private void followScale(EmploymentStatus s) {
        List<Golongan> scale = List.of(Golongan.forStatus(s == null ? EmploymentStatus.PNS : s));
        if (lowest.get() != null && !scale.contains(lowest.get())) {
            lowest.set(null);
        }
        if (highest.get() != null && !scale.contains(highest.get())) {
            highest.set(null);
        }
        if (!golonganChoices.equals(scale)) {
            golonganChoices.setAll(scale);
        }
    }

    private String check() {
        if (from.get() == null || to.get() == null) {
            return i18n.get("fairness.view.periodRequired");
        }
        if (from.get().isAfter(to.get())) {
            return i18n.get("fairness.view.periodOrder", from.get(), to.get());
        }
        if (lowest.get() != null && highest.get() != null && lowest.get().compareTo(highest.get()) > 0) {
            return i18n.get("fairness.view.golonganOrder", lowest.get().code(), highest.get().code());
        }
        return "";
    }

    /** The query the filters make; only meaningful while {@link #validProperty()} holds. */
    public FairnessService.Query query() {
        Unit u = unit.get();
        return new FairnessService.Query(from.get(), to.get(), u == null ? null : u.id(), lowest.get(), highest.get(),
                positionKind.get(), status.get());
    }

    /** Runs the analysis in the background; the report (or the failure) arrives on the FX thread. */
    public void analyse() {
        if (!valid.get() || running.get()) {
            return;
        }
        FairnessService.Query query = query();
        running.set(true);
        failure.set("");
        tasks.run(() -> analysis.apply(query), r -> {
            running.set(false);
            report.set(r);
        }, e -> {
            running.set(false);
            failure.set(describe.apply(e));
        });
    }

    /** Shows a report made elsewhere (a test's hand-made one, say). */
    public void show(FairnessService.Report r) {
        report.set(r);
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<Unit> unitProperty() {
        return unit;
    }

    public ObjectProperty<EmploymentStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<Golongan> lowestProperty() {
        return lowest;
    }

    public ObjectProperty<Golongan> highestProperty() {
        return highest;
    }

    public ObjectProperty<PositionKind> positionKindProperty() {
        return positionKind;
    }

    public ObjectProperty<Measure> measureProperty() {
        return measure;
    }

    /** The golongan scale of the chosen status (PNS when none is chosen). */
    public ObservableList<Golongan> golonganChoices() {
        return FXCollections.unmodifiableObservableList(golonganChoices);
    }

    /** What is wrong with the filters, empty when they make a query. */
    public ObservableStringValue problemProperty() {
        return problem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FairnessService.Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Why the last analysis failed, empty after a success. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }
}
