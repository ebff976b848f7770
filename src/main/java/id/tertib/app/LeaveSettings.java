package id.tertib.app;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import com.google.gson.JsonParseException;
import id.tertib.domain.DomainException;
import id.tertib.domain.leave.LeaveRules;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * The office's leave rules and the first year it keeps leave in Tertib, stored as settings. Rules are kept as named
 * values, so a value added by a later version takes its default in an older database.
 */
final class LeaveSettings {

    static final String RULES = "office.leaveRules";
    static final String REGISTER_FROM = "office.leaveRegisterFrom";
    private static final Gson GSON = new Gson();

    private LeaveSettings() {
    }

    static LeaveRules rules(Work w) {
        return w.settings().get(RULES).map(LeaveSettings::parse).map(m -> {
            try {
                return LeaveRules.fromMap(m);
            } catch (DomainException storedValuesNoLongerValid) {
                return LeaveRules.PP_11_2017;
            }
        }).orElse(LeaveRules.PP_11_2017);
    }

    static void saveRules(Work w, LeaveRules rules) {
        w.settings().put(RULES, GSON.toJson(rules.toMap()));
    }

    /**
     * The first year whose leave Tertib holds completely: before it, carry-over is only what HR enters as an opening
     * balance. Until the office records its first leave, it is this year.
     */
    static int registerFrom(Work w, Clock clock) {
        return w.settings().get(REGISTER_FROM).map(v -> {
            try {
                return Integer.parseInt(v.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(LocalDate.now(clock).getYear());
    }

    /** Fixes the register's first year at the first leave recorded, so that later years do not move it. */
    static void startRegister(Work w, Clock clock) {
        if (w.settings().get(REGISTER_FROM).isEmpty()) {
            w.settings().put(REGISTER_FROM, String.valueOf(LocalDate.now(clock).getYear()));
        }
    }

    static void saveRegisterFrom(Work w, int year) {
        w.settings().put(REGISTER_FROM, String.valueOf(year));
    }

    private static Map<String, String> parse(String json) {
        try {
            Map<String, String> m = GSON.fromJson(json, new TypeToken<Map<String, String>>() { }.getType());
            return m == null ? Map.of() : m;
        } catch (JsonParseException e) {
            return Map.of();
        }
    }
}
