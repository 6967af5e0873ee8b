package jp.wardhub.auth;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import jp.wardhub.auth.AuthViews.LoginRequest;
import jp.wardhub.auth.AuthViews.LoginResponse;
import jp.wardhub.auth.AuthViews.Me;
import jp.wardhub.auth.AuthViews.PasswordChange;
import jp.wardhub.auth.AuthViews.TokenResponse;
import jp.wardhub.organization.OrganizationService;
import jp.wardhub.organization.StaffService;
import jp.wardhub.organization.StaffService.Credentials;
import jp.wardhub.platform.Bilingual;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.ProblemType;

/** Sign-in for staff (password) and partner systems (client credentials), and who the caller is. */
@ApplicationScoped
public class AuthService {

    public static final ProblemType BAD_CREDENTIALS = ProblemType.of("bad-credentials", 401,
            "ユーザー名またはパスワードが違います", "Wrong username or password");
    public static final ProblemType INVALID_CLIENT = ProblemType.of("invalid-client", 401,
            "クライアント認証に失敗しました", "Client authentication failed");
    public static final ProblemType INVALID_SCOPE = ProblemType.of("invalid-scope", 400,
            "許可されていないスコープです", "Scope not granted to this client");

    private static final Logger LOG = Logger.getLogger(AuthService.class);

    @Inject
    StaffService staff;

    @Inject
    OrganizationService organization;

    @Inject
    LoginThrottle throttle;

    @Inject
    TokenIssuer tokens;

    @Inject
    CurrentCaller caller;

    public LoginResponse login(LoginRequest request, String clientAddress) {
        String throttled = LoginThrottle.staff(request.username());
        throttle.check(throttled, clientAddress);
        var account = staff.credentials(request.username());
        boolean matches = PasswordHashes.matches(request.password(),
                account.map(Credentials::passwordHash).orElse(null),
                "staff " + request.username());
        if (account.isEmpty() || !matches) {
            throttle.recordFailure(throttled, clientAddress);
            LOG.infof("sign-in refused for account '%s' from %s", request.username(), clientAddress);
            throw new ProblemException(BAD_CREDENTIALS,
                    Bilingual.of("ユーザー名またはパスワードが違います", "wrong username or password"));
        }
        throttle.recordSuccess(throttled, clientAddress);
        return signedIn(account.get());
    }

    private LoginResponse signedIn(Credentials c) {
        TokenIssuer.Issued issued = tokens.forStaff(c.username(), c.displayName(), c.role(), c.wardCode(),
                c.bureauCode(),
                c.sectionCode(), c.tokenVersion(), c.passwordChangeRequired());
        Me me = me(new Caller(c.username(), c.role(), c.wardCode(), c.bureauCode(), c.sectionCode(), Set.of()),
                c.displayName(),
                c.passwordChangeRequired());
        return new LoginResponse(issued.token(), "Bearer", issued.expiresIn(), me);
    }

    /**
     * The caller changes their own password. Wrong current passwords count as failed sign-ins (the same throttle), so
     * a stolen token cannot be used to guess the password. Every earlier token is refused afterwards; the answer
     * carries a new one.
     */
    public LoginResponse changePassword(PasswordChange request, String clientAddress) {
        Caller c = caller.get();
        if (c.is(Role.PARTNER)) {
            throw ProblemException.forbidden("連携システムにパスワードはありません (partner systems have no password)");
        }
        String throttled = LoginThrottle.staff(c.username());
        throttle.check(throttled, clientAddress);
        try {
            return signedIn(staff.changeOwnPassword(c.username(), request.currentPassword(), request.newPassword()));
        } catch (ProblemException e) {
            if (e.problemType() == StaffService.WRONG_PASSWORD) {
                throttle.recordFailure(throttled, clientAddress);
            }
            throw e;
        }
    }

    /** Throttled as staff sign-in is: per client id and address, per client id, per address. */
    public TokenResponse clientCredentials(String grantType, String clientId, String secret, String scope,
            String clientAddress) {
        if (!"client_credentials".equals(grantType)) {
            throw ProblemException.invalid("grant_type", "Value",
                    "client_credentials のみ対応しています", "only client_credentials is supported");
        }
        String throttled = LoginThrottle.client(clientId);
        throttle.check(throttled, clientAddress);
        PartnerClient client = clientId == null ? null : PartnerClient.findById(clientId);
        boolean matches = PasswordHashes.matches(secret, client != null ? client.secretHash : null,
                "client " + clientId);
        if (client == null || !client.active || !matches) {
            throttle.recordFailure(throttled, clientAddress);
            LOG.infof("client authentication refused for '%s' from %s", clientId, clientAddress);
            throw new ProblemException(INVALID_CLIENT,
                    Bilingual.of("client_id または client_secret が違います", "wrong client id or secret"));
        }
        throttle.recordSuccess(throttled, clientAddress);
        Set<String> granted = Set.of(client.scopes.split(" "));
        Set<String> asked = scope == null || scope.isBlank() ? granted
                : new LinkedHashSet<>(Arrays.asList(scope.trim().split(" +")));
        if (!granted.containsAll(asked)) {
            throw new ProblemException(INVALID_SCOPE, Bilingual.of("このクライアントに許可されたスコープ: " + client.scopes,
                    "the scopes granted to this client: " + client.scopes));
        }
        String scopes = String.join(" ", asked.stream().sorted().toList());
        TokenIssuer.Issued issued = tokens.forPartner(client.clientId, scopes, client.tokenVersion, client.officeId);
        return new TokenResponse(issued.token(), "Bearer", issued.expiresIn(), scopes);
    }

    public Me me() {
        Caller c = caller.get();
        String displayName = c.is(Role.PARTNER)
                ? PartnerClient.<PartnerClient>findByIdOptional(c.username()).map(p -> p.name).orElse(c.username())
                : staff.displayName(c.username()).orElse(c.username());
        boolean passwordChange = !c.is(Role.PARTNER)
                && staff.tokenState(c.username()).map(StaffService.TokenState::passwordChangeRequired).orElse(false);
        return me(c, displayName, passwordChange);
    }

    private Me me(Caller c, String displayName, boolean passwordChangeRequired) {
        return new Me(c.username(), displayName, c.role(), organization.wardRef(c.wardCode()).orElse(null),
                organization.bureauRef(c.bureauCode()).orElse(null),
                organization.sectionRef(c.sectionCode()).orElse(null),
                List.copyOf(new java.util.TreeSet<>(c.scopes())), passwordChangeRequired);
    }
}
