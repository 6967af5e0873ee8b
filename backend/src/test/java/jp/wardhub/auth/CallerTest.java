package jp.wardhub.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void anonymousHasNoRoleWardOrScope() {
        assertTrue(Caller.ANONYMOUS.isAnonymous());
        assertFalse(Caller.ANONYMOUS.belongsToWard("431010"));
        assertFalse(Caller.ANONYMOUS.hasScope("voices:write"));
    }

    @Test
    void wardStaffBelongToTheirWardOnly() {
        Caller chuo = new Caller("chuo", Role.WARD, "431010", null, null, Set.of());
        assertTrue(chuo.belongsToWard("431010"));
        assertFalse(chuo.belongsToWard("431052"));
        assertTrue(chuo.is(Role.WARD));
    }
}
