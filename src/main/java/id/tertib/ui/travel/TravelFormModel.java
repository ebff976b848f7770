package id.tertib.ui.travel;

import id.tertib.app.AppException;
import id.tertib.app.TravelService;
import id.tertib.domain.Employee;
import id.tertib.domain.Problem;
import id.tertib.domain.Unit;
import id.tertib.domain.travel.Participant;
import id.tertib.domain.travel.SuratTugas;
import id.tertib.domain.travel.TravelKind;
import id.tertib.ui.common.FormField;
import id.tertib.ui.common.UiContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The Surat Tugas form's state: the letter's fields, its travellers in order, and what the service says about the
 * draft as the user fills it in (problems beside the fields, conflicts, the people passed over) and who could go
 * next. Field names are the {@link TravelService.Draft} component names, as the service's problems name them. A
 * field's problem shows once the user has touched it; on save every problem shows.
 */
public final class TravelFormModel {

    static final List<String> FIELDS = List.of("number", "date", "unitId", "basis", "purpose", "city", "province",
            "kind", "depart", "returns", "transport", "budgetAccount", "issuer", "participants");
    /** Where problems without a field (or with one the form does not show) are listed. */
    static final String GENERAL = "";

    final StringProperty number = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    final StringProperty basis = new SimpleStringProperty("");
    final StringProperty purpose = new SimpleStringProperty("");
    final StringProperty city = new SimpleStringProperty("");
    final StringProperty province = new SimpleStringProperty("");
    final ObjectProperty<TravelKind> kind = new SimpleObjectProperty<>(TravelKind.LUAR_KOTA);
    final ObjectProperty<LocalDate> depart = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> returns = new SimpleObjectProperty<>();
    final StringProperty transport = new SimpleStringProperty("");
    final StringProperty budgetAccount = new SimpleStringProperty("");
    final StringProperty issuer = new SimpleStringProperty("");
    final ObservableList<Traveller> travellers = FXCollections.observableArrayList(Traveller::watched);

    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ObservableList<TravelService.ConflictEntry> conflicts = FXCollections.observableArrayList();
    private final ObservableList<TravelService.Candidate> passedOver = FXCollections.observableArrayList();
    private final ObservableList<TravelService.Candidate> candidates = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper candidatesHint = new ReadOnlyStringWrapper("");
    private final Set<String> touched = new HashSet<>();
    private final UiContext ctx;
    private final ConflictTexts conflictTexts;
    private final LatestQuestion<TravelService.Check> checker;
    private final LatestQuestion<Ranked> ranker;
    private long id;
    private boolean loading;
    private int lastLength;

    /** Candidates ranked for one unit and stretch of days; an answer for other inputs is stale. */
    private record Window(long unitId, LocalDate depart, LocalDate returns, long tripId) {
    }

    private record Ranked(Window window, List<TravelService.Candidate> candidates) {
    }

    TravelFormModel(UiContext ctx) {
        this.ctx = ctx;
        this.conflictTexts = new ConflictTexts(ctx.i18n());
        this.checker = new LatestQuestion<>(ctx.tasks(), this::checkQuestion, this::show,
                e -> errors.put(GENERAL, ctx.describe(e)));
        this.ranker = new LatestQuestion<>(ctx.tasks(), this::rankQuestion, this::showCandidates, e -> {
            candidates.clear();
            candidatesHint.set(ctx.describe(e));
        });
        for (Observable typed : List.of(number, basis, purpose, city, province, transport, budgetAccount, issuer)) {
            typed.addListener(o -> changed());
        }
        watch("date", date);
        watch("kind", kind);
        watch("unitId", unit);
        watch("depart", depart);
        watch("returns", returns);
        travellers.addListener((javafx.collections.ListChangeListener<Traveller>) c -> {
            if (!loading) {
                touched.add("participants");
                changed();
            }
        });
        depart.addListener((o, a, d) -> {
            if (!loading && d != null && (returns.get() == null || returns.get().isBefore(d))) {
                returns.set(d);
            }
        });
        unit.addListener(o -> refreshCandidates());
        depart.addListener(o -> datesChanged());
        returns.addListener(o -> datesChanged());
        candidatesHint.set(ctx.t("travel.candidates.needInput"));
    }

    private void watch(String field, Observable property) {
        property.addListener(o -> {
            if (!loading) {
                touched.add(field);
                changed();
            }
        });
    }

    private void changed() {
        if (!loading) {
            checker.ask();
        }
    }

    /** The user left a typed field: from now on its problem shows. */
    void touch(String field) {
        if (touched.add(field)) {
            checker.ask();
        }
    }

    // ---- the letter ----

    /** Empties the form for a new letter of {@code defaultUnit}, dated {@code today}. */
    void clear(Unit defaultUnit, LocalDate today) {
        loading = true;
        id = 0;
        for (StringProperty s : List.of(number, basis, purpose, city, province, transport, budgetAccount, issuer)) {
            s.set("");
        }
        date.set(today);
        unit.set(defaultUnit);
        kind.set(TravelKind.LUAR_KOTA);
        depart.set(null);
        returns.set(null);
        travellers.clear();
        lastLength = 0;
        loading = false;
        touched.clear();
        errors.clear();
        conflicts.clear();
        passedOver.clear();
        refreshCandidates();
    }

    /** Shows a stored letter; {@code unitOfTrip} is its issuing unit as the unit choices hold it. */
    void load(TravelService.Entry entry, Unit unitOfTrip) {
        SuratTugas t = entry.trip();
        Map<Long, Employee> people = entry.travellers().stream()
                .collect(Collectors.toMap(Employee::id, Function.identity(), (a, b) -> a));
        loading = true;
        id = t.id();
        number.set(t.number());
        date.set(t.date());
        unit.set(unitOfTrip);
        basis.set(nonNull(t.basis()));
        purpose.set(nonNull(t.purpose()));
        city.set(nonNull(t.city()));
        province.set(nonNull(t.province()));
        kind.set(t.kind());
        depart.set(t.depart());
        returns.set(t.returns());
        transport.set(nonNull(t.transport()));
        budgetAccount.set(nonNull(t.budgetAccount()));
        issuer.set(nonNull(t.issuer()));
        lastLength = tripLength();
        List<Traveller> rows = new ArrayList<>();
        t.participants().stream().sorted(java.util.Comparator.comparingInt(Participant::order)).forEach(p -> {
            Employee e = people.get(p.employeeId());
            if (e != null) {
                Traveller row = new Traveller(e, p.days(), p.dailyAllowance());
                row.daysTyped = p.days() != lastLength;
                rows.add(row);
            }
        });
        travellers.setAll(rows);
        loading = false;
        touched.clear();
        errors.clear();
        checker.ask();
        refreshCandidates();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    long id() {
        return id;
    }

    /** Calendar days from departure to return, both counted; 0 while the dates are missing or reversed. */
    int tripLength() {
        LocalDate d = depart.get();
        LocalDate r = returns.get();
        return d == null || r == null || r.isBefore(d) ? 0 : (int) ChronoUnit.DAYS.between(d, r) + 1;
    }

    private void datesChanged() {
        int length = tripLength();
        if (!loading && length != lastLength) {
            for (Traveller t : travellers) {
                if (!t.daysTyped) {
                    t.days.set(length);
                }
            }
        }
        lastLength = length;
        refreshCandidates();
    }

    TravelService.Draft draft() {
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < travellers.size(); i++) {
            Traveller t = travellers.get(i);
            participants.add(new Participant(t.employee.id(), i + 1, t.days.get(),
                    t.allowance.get() == null ? 0 : t.allowance.get()));
        }
        return new TravelService.Draft(id, number.get().trim(), date.get(), unit.get() == null ? 0 : unit.get().id(),
                basis.get().trim(), purpose.get().trim(), city.get().trim(), province.get().trim(), kind.get(),
                depart.get(), returns.get(), transport.get().trim(), budgetAccount.get().trim(), issuer.get().trim(),
                participants);
    }

    // ---- travellers ----

    boolean isChosen(long employeeId) {
        return travellers.stream().anyMatch(t -> t.employee.id() == employeeId);
    }

    /**
     * Adds {@code e} at the end: days as long as the trip, the daily allowance of the traveller before (the same
     * table row of the standard costs, usually) or empty. False when already travelling on this letter.
     */
    boolean add(Employee e) {
        if (e == null || isChosen(e.id())) {
            return false;
        }
        Long allowance = travellers.isEmpty() ? null : travellers.get(travellers.size() - 1).allowance.get();
        travellers.add(new Traveller(e, tripLength(), allowance));
        return true;
    }

    /** Moves row {@code index} one place up (-1) or down (+1); the order is the letter's order. */
    boolean move(int index, int by) {
        int to = index + by;
        if (index < 0 || index >= travellers.size() || to < 0 || to >= travellers.size()) {
            return false;
        }
        Traveller t = travellers.get(index);
        List<Traveller> rows = new ArrayList<>(travellers);
        rows.remove(index);
        rows.add(to, t);
        travellers.setAll(rows);
        return true;
    }

    void remove(int index) {
        if (index >= 0 && index < travellers.size()) {
            travellers.remove(index);
        }
    }

    /** The user typed the days of a traveller: they stop following the trip's length. */
    void setDays(Traveller t, int days) {
        t.daysTyped = true;
        t.days.set(days);
    }

    long allowanceTotal() {
        return travellers.stream().mapToLong(Traveller::total).sum();
    }

    // ---- what the service says ----

    private Callable<TravelService.Check> checkQuestion() {
        TravelService.Draft d = draft();
        return () -> ctx.tertib().travel().check(d);
    }

    private void show(TravelService.Check check) {
        Map<String, String> shown = new HashMap<>();
        for (Problem p : check.problems()) {
            String field = fieldOf(p);
            if (touched.contains(field)) {
                shown.putIfAbsent(field, ctx.i18n().text(p));
            }
        }
        errors.keySet().retainAll(shown.keySet());
        errors.putAll(shown);
        conflicts.setAll(check.conflicts());
        passedOver.setAll(check.passedOver());
    }

    /** The form field a problem belongs to; the general line for none or one the form does not show. */
    static String fieldOf(Problem p) {
        String f = p.field();
        if ("unit".equals(f)) {
            return "unitId";
        }
        if (f != null && f.startsWith("participants")) {
            return "participants"; // "participants[2]" and the like
        }
        return f != null && FIELDS.contains(f) ? f : GENERAL;
    }

    private void refreshCandidates() {
        if (loading) {
            return;
        }
        Optional<Window> w = window();
        if (w.isEmpty()) {
            candidates.clear();
            candidatesHint.set(ctx.t("travel.candidates.needInput"));
            return;
        }
        ranker.ask();
    }

    private Optional<Window> window() {
        if (unit.get() == null || tripLength() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Window(unit.get().id(), depart.get(), returns.get(), id));
    }

    private Callable<Ranked> rankQuestion() {
        Optional<Window> asked = window();
        return () -> asked.map(w -> new Ranked(w, ctx.tertib().travel().candidates(w.unitId(), w.depart(),
                w.returns(), w.tripId()))).orElse(null);
    }

    private void showCandidates(Ranked r) {
        if (r == null || !window().equals(Optional.of(r.window()))) {
            return; // the unit or the dates changed while the list was being ranked
        }
        candidates.setAll(r.candidates());
        candidatesHint.set(r.candidates().isEmpty() ? ctx.t("travel.candidates.none") : "");
    }

    // ---- saving ----

    /**
     * Saves after a last check: problems stop it and show beside their fields; conflicts and passing over better
     * placed people each need a reason, asked in a dialog (cancelling the dialog saves nothing).
     */
    void save(Consumer<SuratTugas> onSaved) {
        touched.addAll(FIELDS);
        touched.add(GENERAL);
        TravelService.Draft d = draft();
        ctx.tasks().run(() -> ctx.tertib().travel().check(d), check -> {
            show(check);
            if (!check.ok()) {
                return;
            }
            Optional<String> conflictReason = check.conflicts().isEmpty() ? Optional.of("")
                    : askReason("travel.conflictReasonTitle", ctx.t("travel.conflictReasonMessage",
                            bullets(check.conflicts().stream().map(conflictTexts::describe).toList())));
            if (conflictReason.isEmpty()) {
                return;
            }
            Optional<String> rotationReason = check.passedOver().isEmpty() ? Optional.of("")
                    : askReason("travel.rotationReasonTitle", ctx.t("travel.rotationReasonMessage",
                            bullets(check.passedOver().stream().map(this::passedOverLine).toList())));
            if (rotationReason.isEmpty()) {
                return;
            }
            ctx.tasks().run(() -> ctx.tertib().travel().save(d, conflictReason.get(), rotationReason.get()), saved -> {
                id = saved.id();
                onSaved.accept(saved);
            }, this::saveFailed);
        }, this::saveFailed);
    }

    private Optional<String> askReason(String titleKey, String message) {
        return ctx.dialogs().askFields(ctx.t(titleKey), message,
                List.of(FormField.text("reason", ctx.t("travel.reason"), "", true)))
                .map(answers -> answers.getOrDefault("reason", "").trim())
                .filter(reason -> !reason.isEmpty());
    }

    private static String bullets(List<String> lines) {
        return lines.stream().map(l -> "• " + l).collect(Collectors.joining("\n"));
    }

    /** "Siti Aminah (peringkat 1: 0 perjalanan, 0 hari)". */
    String passedOverLine(TravelService.Candidate c) {
        return ctx.t("travel.passedOverLine", c.employee().name().full(), c.rank(), c.trips(), c.days());
    }

    private void saveFailed(Throwable error) {
        if (error instanceof AppException app && !app.problems().isEmpty()) {
            Map<String, String> shown = new HashMap<>();
            app.problems().forEach(p -> shown.merge(fieldOf(p), ctx.i18n().text(p), (a, b) -> a + "\n" + b));
            errors.putAll(shown);
            return;
        }
        ctx.showFailure("travel.saveFailed", error);
    }

    // ---- read by the view ----

    ObservableMap<String, String> errors() {
        return errors;
    }

    ObservableList<TravelService.ConflictEntry> conflicts() {
        return conflicts;
    }

    ObservableList<TravelService.Candidate> passedOver() {
        return passedOver;
    }

    ObservableList<TravelService.Candidate> candidates() {
        return candidates;
    }

    ReadOnlyStringProperty candidatesHintProperty() {
        return candidatesHint.getReadOnlyProperty();
    }

    ConflictTexts conflictTexts() {
        return conflictTexts;
    }
}
