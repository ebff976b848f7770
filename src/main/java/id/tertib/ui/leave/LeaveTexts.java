package id.tertib.ui.leave;

import id.tertib.domain.leave.LeaveBalance;
import id.tertib.domain.leave.LeaveRules;
import id.tertib.ui.common.UiContext;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Leave in words: the names of the kinds, and why a balance is what it is (which rule values were used). */
final class LeaveTexts {

    private static final Map<String, String> TYPE_KEYS = Map.of(
            LeaveRules.CT, "leave.type.CT", LeaveRules.CB, "leave.type.CB", LeaveRules.CS, "leave.type.CS",
            LeaveRules.CM, "leave.type.CM", LeaveRules.CAP, "leave.type.CAP", LeaveRules.CLTN, "leave.type.CLTN",
            LeaveRules.CBS, "leave.type.CBS");

    private final UiContext ctx;

    LeaveTexts(UiContext ctx) {
        this.ctx = ctx;
    }

    /** "Cuti tahunan" for CT; the code itself for a code this version does not know. */
    String typeName(String code) {
        String key = TYPE_KEYS.get(code);
        return key == null ? code : ctx.t(key);
    }

    /** "CT — Cuti tahunan". */
    String type(String code) {
        return code + " — " + typeName(code);
    }

    /** The lines under a balance that say where each figure came from. */
    List<String> basis(LeaveBalance b) {
        LeaveBalance.Basis basis = b.basis();
        LeaveRules r = basis.rules();
        List<String> lines = new ArrayList<>();
        if (basis.serviceStart().isPresent() && !basis.serviceMonthKnown()) {
            lines.add(ctx.t("leave.basis.servicePppk", basis.serviceStart().get().getYear(),
                    basis.entitledFrom().orElseThrow().getYear()));
        } else if (basis.serviceStart().isPresent()) {
            String since = DateTimeFormatter.ofPattern("MMMM uuuu", ctx.i18n().locale()).format(basis.serviceStart().get());
            lines.add(ctx.t("leave.basis.service", since, r.annualServiceYears(),
                    basis.entitledFrom().orElseThrow()));
        } else {
            lines.add(ctx.t("leave.basis.serviceUnknown"));
        }
        lines.add(ctx.t("leave.basis.rules", r.annualDays(), r.maxAnnualTotal(), r.maxAnnualTotalAfterUnusedYears()));
        if (basis.opening().isPresent()) {
            lines.add(ctx.t("leave.basis.opening", basis.opening().get().carriedOver(),
                    basis.opening().get().takenBefore()));
        } else if (b.year() <= basis.registerFrom()) {
            lines.add(ctx.t("leave.basis.registerStart", basis.registerFrom()));
        } else {
            lines.add(ctx.t("leave.basis.carried", basis.unusedLastYear(), b.year() - 1, basis.totalCap()));
        }
        if (basis.takenWithoutRequest() > 0) {
            lines.add(ctx.t("leave.basis.withoutRequest", basis.takenWithoutRequest()));
        }
        lines.add(r.cutiBersamaReducesAnnual() ? ctx.t("leave.basis.cutiBersamaReduces", basis.cutiBersamaDeducted())
                : ctx.t("leave.basis.cutiBersamaKept"));
        if (basis.longLeaveYear() && r.longLeaveVoidsAnnual()) {
            lines.add(ctx.t("leave.basis.longLeave"));
        }
        return lines;
    }
}
