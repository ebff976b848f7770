package id.tertib.domain.discipline;

import id.tertib.domain.DomainException;
import id.tertib.domain.Problem;
import java.util.Objects;

/** One member of an examination team; the NIP may be empty for someone from outside the office. */
public record TeamMember(String name, String nip, TeamRole role) {

    public TeamMember {
        Objects.requireNonNull(role, "role");
        name = name == null ? "" : name.trim();
        nip = nip == null ? "" : nip.trim();
        if (name.isEmpty()) {
            throw new DomainException(Problem.of("name", "discipline.team.nameRequired"));
        }
    }
}
