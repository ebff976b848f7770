package id.tertib.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The unit hierarchy (dinas/badan > bidang/bagian > seksi/subbagian), with cycle checks. */
public final class UnitTree {

    private final Map<Long, Unit> byId = new HashMap<>();
    private final Map<Long, List<Unit>> children = new HashMap<>();
    private final List<Unit> roots = new ArrayList<>();

    public UnitTree(List<Unit> units) {
        units.forEach(u -> byId.put(u.id(), u));
        Comparator<Unit> byCode = Comparator.comparing(Unit::code);
        for (Unit u : units) {
            if (u.parentId() == null || !byId.containsKey(u.parentId())) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        }
        roots.sort(byCode);
        children.values().forEach(list -> list.sort(byCode));
    }

    public List<Unit> roots() {
        return List.copyOf(roots);
    }

    public List<Unit> childrenOf(long id) {
        return List.copyOf(children.getOrDefault(id, List.of()));
    }

    public Optional<Unit> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The unit and all units below it, in tree order. */
    public Set<Long> selfAndDescendants(long id) {
        Set<Long> result = new LinkedHashSet<>();
        ArrayDeque<Long> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            long next = todo.pop();
            if (result.add(next)) {
                childrenOf(next).forEach(c -> todo.push(c.id()));
            }
        }
        return result;
    }

    /** Depth from the root: 0 dinas/badan, 1 bidang/bagian, 2 seksi/subbagian. */
    public int depth(long id) {
        int depth = 0;
        Unit u = byId.get(id);
        while (u != null && u.parentId() != null && depth <= byId.size()) {
            u = byId.get(u.parentId());
            depth++;
        }
        return depth;
    }

    /** Path of names from the root down to the unit, e.g. "Dinas X › Bidang Y › Seksi Z". */
    public String path(long id) {
        List<String> names = new ArrayList<>();
        Unit u = byId.get(id);
        while (u != null && names.size() <= byId.size()) {
            names.add(0, u.name());
            u = u.parentId() == null ? null : byId.get(u.parentId());
        }
        return String.join(" › ", names);
    }

    /** True when making {@code newParentId} the parent of {@code unitId} would close a loop. */
    public boolean wouldCreateCycle(long unitId, Long newParentId) {
        return newParentId != null && selfAndDescendants(unitId).contains(newParentId);
    }

    /** Every unit in depth-first order, each with its depth, for lists and combo boxes. */
    public List<Unit> depthFirst() {
        List<Unit> out = new ArrayList<>();
        ArrayDeque<Unit> todo = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            todo.push(roots.get(i));
        }
        Set<Long> seen = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            Unit u = todo.pop();
            if (!seen.add(u.id())) {
                continue;
            }
            out.add(u);
            List<Unit> kids = childrenOf(u.id());
            for (int i = kids.size() - 1; i >= 0; i--) {
                todo.push(kids.get(i));
            }
        }
        return out;
    }

    /**
     * Finds a loop in parent links given by code (as in an import file merged with stored units).
     * Returns the codes on the first loop found, empty when there is none.
     */
    public static List<String> findCycle(Map<String, String> parentByCode) {
        Set<String> cleared = new java.util.HashSet<>();
        for (String start : parentByCode.keySet()) {
            List<String> path = new ArrayList<>();
            Set<String> onPath = new java.util.HashSet<>();
            String current = start;
            while (current != null && !cleared.contains(current)) {
                if (!onPath.add(current)) {
                    return List.copyOf(path.subList(path.indexOf(current), path.size()));
                }
                path.add(current);
                current = parentByCode.get(current);
            }
            cleared.addAll(path);
        }
        return List.of();
    }
}
