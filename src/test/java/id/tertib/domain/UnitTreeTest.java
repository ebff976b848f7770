package id.tertib.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitTreeTest {

    // Dinas (1) > Bidang A (2) > Seksi A1 (4), Seksi A2 (5); Dinas > Bidang B (3) > Seksi B1 (6)
    private static final Unit DINAS = new Unit(1, "DIN", "Dinas", null);
    private static final Unit BID_A = new Unit(2, "A", "Bidang A", 1L);
    private static final Unit BID_B = new Unit(3, "B", "Bidang B", 1L);
    private static final Unit SEK_A1 = new Unit(4, "A.1", "Seksi A1", 2L);
    private static final Unit SEK_A2 = new Unit(5, "A.2", "Seksi A2", 2L);
    private static final Unit SEK_B1 = new Unit(6, "B.1", "Seksi B1", 3L);

    // Given out of order on purpose: the tree sorts by code.
    private final UnitTree tree = new UnitTree(List.of(SEK_B1, SEK_A2, BID_B, SEK_A1, BID_A, DINAS));

    @Test
    void selfAndDescendantsOfABidangAreItAndItsSeksi() {
        assertThat(tree.selfAndDescendants(2)).containsExactlyInAnyOrder(2L, 4L, 5L);
        assertThat(tree.selfAndDescendants(1)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(tree.selfAndDescendants(6)).containsExactly(6L);
    }

    @Test
    void depthCountsLevelsFromTheRoot() {
        assertThat(tree.depth(1)).isZero();
        assertThat(tree.depth(3)).isEqualTo(1);
        assertThat(tree.depth(5)).isEqualTo(2);
    }

    @Test
    void pathNamesTheUnitsFromTheRootDown() {
        assertThat(tree.path(5)).isEqualTo("Dinas › Bidang A › Seksi A2");
        assertThat(tree.path(1)).isEqualTo("Dinas");
    }

    @Test
    void rootsAndChildrenAreSortedByCode() {
        assertThat(tree.roots()).containsExactly(DINAS);
        assertThat(tree.childrenOf(1)).containsExactly(BID_A, BID_B);
        assertThat(tree.childrenOf(2)).containsExactly(SEK_A1, SEK_A2);
        assertThat(tree.childrenOf(4)).isEmpty();
    }

    @Test
    void movingAUnitUnderItselfOrItsDescendantWouldCloseALoop() {
        assertThat(tree.wouldCreateCycle(1, 4L)).as("dinas under its own grandchild").isTrue();
        assertThat(tree.wouldCreateCycle(2, 5L)).as("bidang under its own seksi").isTrue();
        assertThat(tree.wouldCreateCycle(2, 2L)).as("bidang under itself").isTrue();
    }

    @Test
    void movingAUnitElsewhereIsFine() {
        assertThat(tree.wouldCreateCycle(2, 3L)).as("bidang under its sibling").isFalse();
        assertThat(tree.wouldCreateCycle(4, 6L)).as("seksi under a cousin").isFalse();
        assertThat(tree.wouldCreateCycle(4, 3L)).as("seksi to the other bidang").isFalse();
        assertThat(tree.wouldCreateCycle(2, null)).as("bidang made a root").isFalse();
    }

    @Test
    void depthFirstListsEachParentBeforeItsChildren() {
        assertThat(tree.depthFirst()).containsExactly(DINAS, BID_A, SEK_A1, SEK_A2, BID_B, SEK_B1);
    }

    @Test
    void aUnitWhoseParentIsMissingIsShownAsARoot() {
        UnitTree orphaned = new UnitTree(List.of(new Unit(7, "X", "Orphan", 99L), DINAS));

        assertThat(orphaned.roots()).extracting(Unit::code).containsExactly("DIN", "X");
        assertThat(orphaned.depthFirst()).hasSize(2);
    }

    @Test
    void findCycleFindsATwoUnitLoop() {
        Map<String, String> parents = new HashMap<>();
        parents.put("A", "B");
        parents.put("B", "A");
        parents.put("C", null);

        assertThat(UnitTree.findCycle(parents)).containsExactlyInAnyOrder("A", "B");
    }

    @Test
    void findCycleReportsOnlyTheLoopNotTheUnitsLeadingIntoIt() {
        Map<String, String> parents = new LinkedHashMap<>();
        parents.put("D", "C");
        parents.put("C", "A");
        parents.put("A", "B");
        parents.put("B", "A");

        assertThat(UnitTree.findCycle(parents)).containsExactlyInAnyOrder("A", "B");
    }

    @Test
    void findCycleFindsAUnitThatIsItsOwnParent() {
        Map<String, String> parents = new HashMap<>();
        parents.put("ROOT", null);
        parents.put("X", "X");

        assertThat(UnitTree.findCycle(parents)).containsExactly("X");
    }

    @Test
    void aChainWithoutALoopHasNoCycle() {
        Map<String, String> parents = new HashMap<>();
        parents.put("DIN", null);
        parents.put("BID", "DIN");
        parents.put("SEK", "BID");
        parents.put("SEK2", "BID");
        parents.put("ELSEWHERE", "NOT.IN.MAP");

        assertThat(UnitTree.findCycle(parents)).isEmpty();
    }
}
