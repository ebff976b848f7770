package id.tertib.domain.discipline;

/** Members of the examination team for sedang and berat: the direct superior, the inspectorate and HR. */
public enum TeamRole {
    SUPERIOR,
    INSPECTORATE,
    HR
}
