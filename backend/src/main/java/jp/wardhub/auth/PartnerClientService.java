package jp.wardhub.auth;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import jp.wardhub.auth.PartnerClientViews.PartnerClientCredentials;
import jp.wardhub.auth.PartnerClientViews.PartnerClientInput;
import jp.wardhub.auth.PartnerClientViews.PartnerClientPage;
import jp.wardhub.auth.PartnerClientViews.PartnerClientView;
import jp.wardhub.organization.Office;
import jp.wardhub.platform.ETags;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.ProblemType;
import jp.wardhub.platform.audit.AuditLog;
import jp.wardhub.platform.idempotency.Idempotency;
import jp.wardhub.platform.idempotency.Idempotency.Created;
import jp.wardhub.platform.list.ListQuery;
import jp.wardhub.platform.retry.RetryOnConflict;

/**
 * 連携システムの管理: administrators register partner systems, rotate their secrets and revoke them. Secrets are made
 * here (never chosen by a person), shown once and stored as bcrypt hashes; rotation and revocation move the client's
 * token version on, so its earlier tokens are refused from the next request on.
 */
@ApplicationScoped
@RetryOnConflict
@Transactional(Transactional.TxType.SUPPORTS)
public class PartnerClientService {

    /** 発券: a kiosk issues numbered tickets for the one office it is registered for. */
    public static final String QUEUE_ISSUE = "queue:issue";

    /** The scopes a partner may be granted: what the API checks today. */
    public static final List<String> SCOPES = List.of("catalogue:read", "voices:write", QUEUE_ISSUE);

    public static final ProblemType CLIENT_ID_TAKEN = ProblemType.of("client-id-taken", 409,
            "この client_id は既に使われています", "Client id already in use");

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    Idempotency idempotency;

    @Inject
    Event<AccountChanged> accountChanged;

    public PartnerClientPage list(PageRequest page) {
        requireAdministrator();
        ListQuery.Page<PartnerClient> found = ListQuery.from("PartnerClient c").page(PartnerClient.class, "c.clientId",
                page);
        return new PartnerClientPage(found.map(PartnerClientService::view).rows(), page.page(), page.size(),
                found.total());
    }

    public PartnerClientView get(String clientId) {
        requireAdministrator();
        return view(find(clientId));
    }

    /**
     * Registers a client. An idempotent replay answers the client without its secret: the secret is never stored in
     * clear, not even in the idempotency record; whoever lost the first answer rotates the secret.
     */
    @Transactional
    public Created<PartnerClientCredentials> create(String idempotencyKey, @NotNull @Valid PartnerClientInput input) {
        requireAdministrator();
        List<String> scopes = checkedScopes(input.scopes());
        checkOffice(scopes, input.officeId());
        String[] secret = new String[1];
        Created<PartnerClientView> created = idempotency.once(idempotencyKey, "partner-client-create", input,
                PartnerClientView.class, () -> {
                    if (PartnerClient.findByIdOptional(input.clientId()).isPresent()) {
                        throw new ProblemException(CLIENT_ID_TAKEN,
                                "client_id " + input.clientId() + " は使用済みです (client id in use)");
                    }
                    PartnerClient client = new PartnerClient();
                    client.clientId = input.clientId();
                    client.name = input.name();
                    client.scopes = String.join(" ", scopes);
                    client.officeId = input.officeId();
                    client.createdAt = Instant.now();
                    secret[0] = newSecret();
                    client.secretHash = PasswordHashes.hash(secret[0]);
                    PartnerClientView view = audit.persist("partner-client", client, c -> c.clientId,
                            PartnerClientService::view);
                    return new Created<>(client.clientId, view, false);
                });
        return new Created<>(created.id(),
                PartnerClientCredentials.of(created.body(), created.replayed() ? null : secret[0]),
                created.replayed());
    }

    @Transactional
    public PartnerClientCredentials rotateSecret(String clientId, String ifMatch) {
        requireAdministrator();
        PartnerClient client = find(clientId);
        if (!client.active) {
            throw new ProblemException(ProblemType.CONFLICT, "失効した連携システムのシークレットは再発行できません (the client is revoked)");
        }
        ETags.require(ifMatch, client.version);
        PartnerClientView before = view(client);
        String secret = newSecret();
        client.secretHash = PasswordHashes.hash(secret);
        client.tokenVersion++;
        PartnerClient.getEntityManager().flush();
        PartnerClientView after = view(client);
        audit.record("rotate-secret", "partner-client", clientId, before, after);
        accountChanged.fire(AccountChanged.partner(clientId));
        return PartnerClientCredentials.of(after, secret);
    }

    /** Revocation is final (register a new client to start again); revoking a revoked client changes nothing. */
    @Transactional
    public PartnerClientView revoke(String clientId, String ifMatch) {
        requireAdministrator();
        PartnerClient client = find(clientId);
        ETags.require(ifMatch, client.version);
        if (!client.active) {
            return view(client);
        }
        PartnerClientView before = view(client);
        client.active = false;
        client.tokenVersion++;
        PartnerClient.getEntityManager().flush();
        PartnerClientView after = view(client);
        audit.record("revoke", "partner-client", clientId, before, after);
        accountChanged.fire(AccountChanged.partner(clientId));
        return after;
    }

    /** Each scope must be one the API knows; the error names the offending element. */
    private static List<String> checkedScopes(List<String> scopes) {
        for (int i = 0; i < scopes.size(); i++) {
            if (!SCOPES.contains(scopes.get(i))) {
                throw ProblemException.invalid("scopes[" + i + "]", "OneOf",
                        "使えるスコープは " + String.join(", ", SCOPES) + " です (unknown scope)");
            }
        }
        return scopes.stream().distinct().sorted().toList();
    }

    /** A kiosk is bound to one existing office; no other client is bound to any. */
    private static void checkOffice(List<String> scopes, Long officeId) {
        if (scopes.contains(QUEUE_ISSUE) && officeId == null) {
            throw ProblemException.invalid("officeId", "NotNull",
                    "queue:issue には発券する施設を指定してください (queue:issue needs the kiosk's office)");
        }
        if (!scopes.contains(QUEUE_ISSUE) && officeId != null) {
            throw ProblemException.invalid("officeId", "Null",
                    "施設を指定できるのは queue:issue の端末だけです (only a queue:issue kiosk is bound to an office)");
        }
        if (officeId != null && Office.findById(officeId) == null) {
            throw ProblemException.invalid("officeId", "Exists", "存在しない施設です (unknown office)");
        }
    }

    private void requireAdministrator() {
        if (!caller.get().is(Role.ADMIN)) {
            throw ProblemException.forbidden("連携システムを管理できるのは管理者だけです (only administrators manage partner clients)");
        }
    }

    /** 32 random bytes, URL-safe: well beyond guessing, and within bcrypt's 72-byte input. */
    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static PartnerClient find(String clientId) {
        return PartnerClient.<PartnerClient>findByIdOptional(clientId)
                .orElseThrow(() -> ProblemException.notFound("連携システム", "partner client", clientId));
    }

    static PartnerClientView view(PartnerClient c) {
        return new PartnerClientView(c.clientId, c.name, Arrays.asList(c.scopes.split(" ")), c.officeId, c.active,
                c.createdAt,
                c.version);
    }
}
