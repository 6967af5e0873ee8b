package jp.wardhub.auth;

import java.util.Set;

/**
 * Who is calling, as the authorization rules see it: a plain value so the rules are pure functions, testable
 * without a request. {@link #ANONYMOUS} for callers without a token.
 */
public record Caller(String username, Role role, String wardCode, String bureauCode, String sectionCode,
        Set<String> scopes, Long officeId) {

    public static final Caller ANONYMOUS = new Caller("anonymous", null, null, null, null, Set.of());

    /** A caller not bound to one office: every staff account, and partner systems other than devices. */
    public Caller(String username, Role role, String wardCode, String bureauCode, String sectionCode,
            Set<String> scopes) {
        this(username, role, wardCode, bureauCode, sectionCode, scopes, null);
    }

    public boolean is(Role r) {
        return role == r;
    }

    public boolean isAnonymous() {
        return role == null;
    }

    public boolean belongsToWard(String ward) {
        return wardCode != null && wardCode.equals(ward);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    /** A device client (a kiosk) registered for this office. */
    public boolean isDeviceOf(long office) {
        return is(Role.PARTNER) && officeId != null && officeId == office;
    }
}
