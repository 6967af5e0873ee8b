package jp.wardhub.auth;

import java.time.Duration;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Issues the short-lived RS256 JWTs that staff and partner systems present as bearer tokens. */
@ApplicationScoped
public class Tokens {

    static final String WARD = "ward";
    static final String BUREAU = "bureau";
    static final String SECTION = "section";
    static final String SCOPE = "scope";
    static final String NAME = "name";

    @ConfigProperty(name = "wardhub.auth.staff-token-lifetime")
    Duration staffLifetime;

    @ConfigProperty(name = "wardhub.auth.partner-token-lifetime")
    Duration partnerLifetime;

    public record Issued(String token, long expiresIn) {
    }

    Issued forStaff(String username, String displayName, Role role, String ward, String bureau, String section) {
        JwtClaimsBuilder claims = Jwt.upn(username).subject(username).groups(Set.of(role.name())).claim(NAME, displayName);
        if (ward != null) {
            claims.claim(WARD, ward);
        }
        if (bureau != null) {
            claims.claim(BUREAU, bureau);
        }
        if (section != null) {
            claims.claim(SECTION, section);
        }
        return new Issued(claims.expiresIn(staffLifetime).sign(), staffLifetime.toSeconds());
    }

    Issued forPartner(String clientId, String scopes) {
        String token = Jwt.upn(clientId).subject(clientId).groups(Set.of(Role.PARTNER.name())).claim(SCOPE, scopes)
                .expiresIn(partnerLifetime).sign();
        return new Issued(token, partnerLifetime.toSeconds());
    }
}
