package jp.wardhub.auth;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Issues the short-lived RS256 JWTs that staff and partner systems present as bearer tokens, and reads their claims. */
@ApplicationScoped
public class TokenIssuer {

    static final String WARD = "ward";
    static final String BUREAU = "bureau";
    static final String SECTION = "section";
    static final String SCOPE = "scope";
    /** The office a device client (a kiosk) is registered for. */
    static final String OFFICE = "office";
    static final String NAME = "name";
    /** The account's token version when the token was issued; a later change to the account refuses the token. */
    static final String VERSION = "ver";
    /** Present (true) while the account must choose a new password before doing anything else. */
    static final String PASSWORD_CHANGE = "pwd_change";

    @ConfigProperty(name = "wardhub.auth.staff-token-lifetime")
    Duration staffLifetime;

    @ConfigProperty(name = "wardhub.auth.partner-token-lifetime")
    Duration partnerLifetime;

    public record Issued(String token, long expiresIn) {
    }

    Issued forStaff(String username, String displayName, Role role, String ward, String bureau, String section,
            long tokenVersion, boolean passwordChange) {
        JwtClaimsBuilder claims = Jwt.upn(username).subject(username).groups(Set.of(role.name()))
                .claim(NAME, displayName)
                .claim(VERSION, tokenVersion);
        if (ward != null) {
            claims.claim(WARD, ward);
        }
        if (bureau != null) {
            claims.claim(BUREAU, bureau);
        }
        if (section != null) {
            claims.claim(SECTION, section);
        }
        if (passwordChange) {
            claims.claim(PASSWORD_CHANGE, true);
        }
        return new Issued(claims.expiresIn(staffLifetime).sign(), staffLifetime.toSeconds());
    }

    Issued forPartner(String clientId, String scopes, long tokenVersion, Long officeId) {
        JwtClaimsBuilder claims = Jwt.upn(clientId).subject(clientId).groups(Set.of(Role.PARTNER.name()))
                .claim(SCOPE, scopes).claim(VERSION, tokenVersion);
        if (officeId != null) {
            claims.claim(OFFICE, officeId);
        }
        return new Issued(claims.expiresIn(partnerLifetime).sign(), partnerLifetime.toSeconds());
    }

    /** The token's one role, or null when it has none, several, or one this server does not know. */
    static Role roleOf(JsonWebToken jwt) {
        Set<String> groups = jwt.getGroups();
        if (groups == null || groups.size() != 1) {
            return null;
        }
        String name = groups.iterator().next();
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    /** Tokens issued before versions existed carry none: they count as version 0, every account's first. */
    static long versionOf(JsonWebToken jwt) {
        Object claim = jwt.getClaim(VERSION);
        if (claim instanceof Number n) {
            return n.longValue();
        }
        if (claim instanceof jakarta.json.JsonNumber n) {
            return n.longValue();
        }
        return claim == null ? 0 : -1;
    }

    /** The office a device token is bound to, or null for every other token. */
    static Long officeOf(JsonWebToken jwt) {
        Object claim = jwt.getClaim(OFFICE);
        if (claim instanceof Number n) {
            return n.longValue();
        }
        return claim instanceof jakarta.json.JsonNumber n ? n.longValue() : null;
    }

    static boolean passwordChangeRequired(JsonWebToken jwt) {
        Object claim = jwt.getClaim(PASSWORD_CHANGE);
        return claim instanceof Boolean b ? b
                : claim instanceof jakarta.json.JsonValue v && v == jakarta.json.JsonValue.TRUE;
    }
}
