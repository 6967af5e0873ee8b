package jp.wardhub.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;
import jp.wardhub.platform.list.Condition;

/** Who reads and keeps community projects, and that each list holds exactly the projects its reader may read. */
class ProjectPolicyTest {

    private static final String CHUO_WARD = "431010";
    private static final String KITA_WARD = "431052";
    private static final Caller ADMIN = new Caller("admin", Role.ADMIN, null, null, null, Set.of());
    private static final Caller HQ = new Caller("hq", Role.HQ, null, "policy", "ward-coordination", Set.of());
    private static final Caller CHUO = new Caller("chuo", Role.WARD, CHUO_WARD, null, null, Set.of());
    private static final Caller CHUO_LIAISON = new Caller("chuo-liaison", Role.LIAISON, CHUO_WARD, null, null,
            Set.of());
    private static final Caller CHUO_FLOOR = new Caller("chuo-floor", Role.FLOOR, CHUO_WARD, null, null, Set.of());
    private static final Caller PARTNER = new Caller("partner", Role.PARTNER, null, null, null, Set.of("open311"));

    private static final Condition PUBLIC_ONLY = Condition.of("p.visibility = :public", "public",
            ProjectVisibility.PUBLIC);

    @Test
    void hqAndAdministratorsReadEveryProject() {
        for (Caller c : List.of(ADMIN, HQ)) {
            assertTrue(ProjectPolicy.canRead(c, KITA_WARD, ProjectVisibility.INTERNAL));
            assertEquals(Condition.ALL, ProjectPolicy.readScope(c));
        }
    }

    @Test
    void wardStaffReadPublicProjectsAndTheirWardsInternalOnes() {
        for (Caller c : List.of(CHUO, CHUO_LIAISON)) {
            assertTrue(ProjectPolicy.canRead(c, KITA_WARD, ProjectVisibility.PUBLIC));
            assertTrue(ProjectPolicy.canRead(c, CHUO_WARD, ProjectVisibility.INTERNAL));
            assertFalse(ProjectPolicy.canRead(c, KITA_WARD, ProjectVisibility.INTERNAL));
            assertEquals(Condition.of("(p.visibility = :public or p.wardCode = :myWard)",
                    "public", ProjectVisibility.PUBLIC, "myWard", CHUO_WARD), ProjectPolicy.readScope(c));
        }
    }

    @Test
    void everyoneElseReadsPublicProjectsOnly() {
        for (Caller c : List.of(Caller.ANONYMOUS, PARTNER, CHUO_FLOOR)) {
            assertTrue(ProjectPolicy.canRead(c, CHUO_WARD, ProjectVisibility.PUBLIC));
            assertFalse(ProjectPolicy.canRead(c, CHUO_WARD, ProjectVisibility.INTERNAL));
            assertEquals(PUBLIC_ONLY, ProjectPolicy.readScope(c));
        }
    }

    @Test
    void theWardsWardStaffKeepItsProjectsAndTheAssignedLiaisonStaffTheirs() {
        assertTrue(ProjectPolicy.canKeep(CHUO, CHUO_WARD, Set.of()));
        assertTrue(ProjectPolicy.canKeep(CHUO_LIAISON, CHUO_WARD, Set.of("chuo-liaison")));
        assertFalse(ProjectPolicy.canKeep(CHUO_LIAISON, CHUO_WARD, Set.of("other-liaison")));
        assertFalse(ProjectPolicy.canReassign(CHUO_LIAISON, CHUO_WARD));
        assertFalse(ProjectPolicy.canKeep(HQ, CHUO_WARD, Set.of()));
        assertTrue(ProjectPolicy.canKeep(ADMIN, KITA_WARD, Set.of()));
    }
}
