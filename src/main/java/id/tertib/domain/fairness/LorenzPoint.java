package id.tertib.domain.fairness;

/** A point of a Lorenz curve: the poorest {@code population} part of people hold {@code share} of the total. */
public record LorenzPoint(double population, double share) {
}
