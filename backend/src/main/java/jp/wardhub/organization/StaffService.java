package jp.wardhub.organization;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import jp.wardhub.auth.AccountChanged;
import jp.wardhub.auth.CurrentCaller;
import jp.wardhub.auth.LoginThrottle;
import jp.wardhub.auth.PasswordHashes;
import jp.wardhub.auth.Role;
import jp.wardhub.organization.OrganizationInputs.StaffInput;
import jp.wardhub.organization.OrganizationViews.StaffNameView;
import jp.wardhub.organization.OrganizationViews.StaffPage;
import jp.wardhub.organization.OrganizationViews.StaffPasswordReset;
import jp.wardhub.organization.OrganizationViews.StaffView;
import jp.wardhub.platform.ETags;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.ProblemType;
import jp.wardhub.platform.ReadableCodes;
import jp.wardhub.platform.audit.AuditLog;
import jp.wardhub.platform.idempotency.Idempotency.Created;
import jp.wardhub.platform.list.ListQuery;
import jp.wardhub.platform.retry.RetryOnConflict;

/** 職員アカウント: administrators manage accounts; sign-in reads them through {@link #credentials}. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@RetryOnConflict
public class StaffService {

    public static final ProblemType USERNAME_TAKEN = ProblemType.of(
            "username-taken", 409, "このユーザー名は既に使われています", "Username already in use");

    public static final ProblemType WRONG_PASSWORD = ProblemType.of("wrong-current-password", 400,
            "現在のパスワードが違います", "Current password is wrong");

    /** The shortest password an account may be given. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    /** What sign-in needs of an account. */
    public record Credentials(String username, String displayName, Role role, String wardCode, String bureauCode,
            String sectionCode, String passwordHash, long tokenVersion, boolean passwordChangeRequired) {
    }

    /** What the per-request token check needs of an account. */
    public record TokenState(long tokenVersion, boolean active, boolean passwordChangeRequired) {
    }

    @Inject
    CurrentCaller caller;

    @Inject
    OrganizationService organization;

    @Inject
    AuditLog audit;

    @Inject
    LoginThrottle throttle;

    @Inject
    Event<AccountChanged> accountChanged;

    public Optional<Credentials> credentials(String username) {
        return Staff.<Staff>find("username = ?1 and active = true", username).firstResultOptional()
                .map(StaffService::credentials);
    }

    private static Credentials credentials(Staff s) {
        return new Credentials(s.username, s.displayName, s.role, s.wardCode, s.bureauCode, s.sectionCode,
                s.passwordHash,
                s.tokenVersion, s.passwordChangeRequired);
    }

    public Optional<TokenState> tokenState(String username) {
        return Staff.<Staff>find("username", username).firstResultOptional()
                .map(s -> new TokenState(s.tokenVersion, s.active, s.passwordChangeRequired));
    }

    /**
     * The caller's own password change: the current password must match and the new one differ from it. The token
     * version moves on, so every token issued before (on any device) is refused; the caller gets fresh credentials.
     */
    @Transactional
    public Credentials changeOwnPassword(String username, String currentPassword, String newPassword) {
        Staff staff = Staff.<Staff>find("username = ?1 and active = true", username).firstResultOptional()
                .orElseThrow(() -> ProblemException.forbidden("職員アカウントではありません (not a staff account)"));
        if (!PasswordHashes.matches(currentPassword, staff.passwordHash, "staff " + username)) {
            throw new ProblemException(WRONG_PASSWORD, "現在のパスワードが違います (the current password is wrong)",
                    List.of(new jp.wardhub.platform.Problem.FieldError("currentPassword", "Matches",
                            "現在のパスワードが違います (wrong)")),
                    java.util.Map.of());
        }
        if (newPassword.equals(currentPassword)) {
            throw ProblemException.invalid("newPassword", "Different",
                    "現在と異なるパスワードにしてください (choose a different password)");
        }
        StaffView before = view(staff);
        staff.passwordHash = PasswordHashes.hash(newPassword);
        staff.passwordChangeRequired = false;
        staff.tokenVersion++;
        Staff.getEntityManager().flush();
        // The audit entry says that the password changed, never what it is (the view carries no hash).
        audit.record("password-change", "staff", staff.id, before, view(staff));
        accountChanged.fire(AccountChanged.staff(username));
        return credentials(staff);
    }

    /** Whether an active administrator exists: the first-administrator bootstrap stays idle when one does. */
    @Transactional
    public boolean activeAdministratorExists() {
        return Staff.count("role = ?1 and active = true", Role.ADMIN) > 0;
    }

    /**
     * Creates the first administrator from the operator's start-up settings, who must choose a new password at first
     * sign-in. An existing inactive administrator account of that name is reactivated instead (the operator locked
     * themselves out); an account of that name with another role is never turned into an administrator (false).
     * Audited as the system.
     */
    @Transactional
    public boolean bootstrapAdministrator(String username, String password) {
        Staff staff = Staff.<Staff>find("username", username).firstResult();
        if (staff != null && staff.role != Role.ADMIN) {
            return false;
        }
        StaffView before = staff == null ? null : view(staff);
        if (staff == null) {
            staff = new Staff();
            staff.username = username;
            staff.displayName = "管理者 (administrator)";
        }
        staff.role = Role.ADMIN;
        staff.wardCode = null;
        staff.bureauCode = null;
        staff.sectionCode = null;
        staff.active = true;
        staff.passwordHash = PasswordHashes.hash(password);
        staff.passwordChangeRequired = true;
        staff.tokenVersion++;
        staff.persistAndFlush();
        audit.recordAs("system", before == null ? "bootstrap-create" : "bootstrap-update", "staff", staff.id, before,
                view(staff));
        accountChanged.fire(AccountChanged.staff(username));
        return true;
    }

    public Optional<String> displayName(String username) {
        return Staff.<Staff>find("username", username).firstResultOptional().map(s -> s.displayName);
    }

    /** Usernames of the ward's active ward staff (WARD role): who is told about the ward's business. */
    public List<String> wardStaff(String wardCode) {
        return Staff.<Staff>list("wardCode = ?1 and role = ?2 and active = true", wardCode, Role.WARD).stream()
                .map(s -> s.username).toList();
    }

    /** Usernames of the bureau's active HQ staff. */
    public List<String> bureauStaff(String bureauCode) {
        return Staff.<Staff>list("bureauCode = ?1 and role = ?2 and active = true", bureauCode, Role.HQ).stream()
                .map(s -> s.username).toList();
    }

    /** Usernames of the section's active HQ staff: who handles what is assigned to the section. */
    public List<String> sectionStaff(String sectionCode) {
        return Staff.<Staff>list("sectionCode = ?1 and role = ?2 and active = true", sectionCode, Role.HQ).stream()
                .map(s -> s.username).toList();
    }

    /**
     * A member of staff as others see them when choosing whom to hand work to: a display name, never more of the
     * account.
     */
    public record Person(String username, String displayName, Role role, String wardCode, String bureauCode,
            String sectionCode) {
    }

    private static Person person(Staff s) {
        return new Person(s.username, s.displayName, s.role, s.wardCode, s.bureauCode, s.sectionCode);
    }

    /** The active account, if there is one. */
    public Optional<Person> activePerson(String username) {
        return Staff.<Staff>find("username = ?1 and active = true", username).firstResultOptional()
                .map(StaffService::person);
    }

    /**
     * Every active account that handles the work of a ward (WARD staff of a ward) or of an HQ section (HQ staff of a
     * section): the people work can be assigned to, in a stable order.
     */
    public List<Person> handlers() {
        return Staff.<Staff>list("active = true and (role = ?1 and wardCode is not null"
                + " or role = ?2 and sectionCode is not null) order by wardCode, bureauCode, sectionCode, displayName,"
                + " username", Role.WARD, Role.HQ).stream().map(StaffService::person).toList();
    }

    /** Display names of these accounts (active or not); an unknown username is left out. */
    public Map<String, String> displayNames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return Staff.<Staff>list("username in ?1", usernames).stream()
                .collect(Collectors.toMap(s -> s.username, s -> s.displayName, (a, b) -> a));
    }

    /** The staff list's filters; {@code null} means any. {@code q} is part of the username or the name. */
    public record Filter(String q, Role role, String wardCode, String bureauCode, Boolean active) {
    }

    public StaffPage list(Filter filter, PageRequest page) {
        OrganizationPolicy.requireManager(caller.get());
        ListQuery.Page<Staff> found = ListQuery.from("Staff s")
                .containing(filter.q(), "s.username", "s.displayName")
                .equal("s.role", filter.role())
                .equal("s.wardCode", filter.wardCode())
                .equal("s.bureauCode", filter.bureauCode())
                .equal("s.active", filter.active())
                .page(Staff.class, "s.username", page);
        var locked = throttle.locked(found.rows().stream().map(s -> LoginThrottle.staff(s.username)).toList());
        return new StaffPage(found.map(s -> view(s, locked.contains(LoginThrottle.staff(s.username)))).rows(),
                page.page(), page.size(), found.total());
    }

    /** The most login ids one request may name: a page of a list shows far fewer people. */
    public static final int MAX_NAMES = 100;

    /** The names of these accounts, for showing people instead of login ids; ids that are no account are left out. */
    public List<StaffNameView> names(List<String> usernames) {
        OrganizationPolicy.requireStaff(caller.get());
        List<String> wanted = usernames.stream().filter(u -> u != null && !u.isBlank()).map(String::strip)
                .distinct().toList();
        if (wanted.size() > MAX_NAMES) {
            throw ProblemException.invalid("username", "Size",
                    MAX_NAMES + " 件までです (at most " + MAX_NAMES + " login ids at once)");
        }
        if (wanted.isEmpty()) {
            return List.of();
        }
        return Staff.<Staff>list("username in ?1 order by username", wanted).stream()
                .map(s -> new StaffNameView(s.username, s.displayName, s.role, s.wardCode, s.bureauCode, s.sectionCode))
                .toList();
    }

    public StaffView get(long id) {
        OrganizationPolicy.requireManager(caller.get());
        return view(find(id));
    }

    @Transactional
    public Created<StaffView> create(@NotNull @Valid StaffInput input) {
        OrganizationPolicy.requireManager(caller.get());
        if (input.password() == null) {
            throw ProblemException.invalid("password", "NotBlank", "登録時は必須です (required on create)");
        }
        if (Staff.count("username", input.username()) > 0) {
            throw new ProblemException(USERNAME_TAKEN, "ユーザー名 " + input.username() + " は使用済みです (username in use)");
        }
        Staff staff = new Staff();
        staff.username = input.username();
        apply(staff, input);
        StaffView created = audit.persist("staff", staff, s -> s.id, this::view);
        return new Created<>(Long.toString(created.id()), created, false);
    }

    @Transactional
    public StaffView update(long id, String ifMatch, @NotNull @Valid StaffInput input) {
        OrganizationPolicy.requireManager(caller.get());
        Staff staff = find(id);
        if (!staff.username.equals(input.username())) {
            throw ProblemException.invalid("username", "Immutable", "ユーザー名は変更できません (the username cannot change)");
        }
        return audit.change("staff", id, staff, staff.version, ifMatch, this::view, s -> apply(s, input));
    }

    /**
     * Clears the account's failed sign-ins from every address, so that its owner can sign in again at once; audited
     * with the lock before and after. It changes no field of the account, so it needs no If-Match and may be repeated.
     */
    @Transactional
    public StaffView unlock(long id) {
        OrganizationPolicy.requireManager(caller.get());
        Staff staff = find(id);
        StaffView before = view(staff);
        throttle.unlock(LoginThrottle.staff(staff.username));
        StaffView after = view(staff, false);
        audit.record("unlock", "staff", id, before, after);
        return after;
    }

    /**
     * Gives the account a temporary password made here (never chosen by a person), shown in this answer only, which
     * its owner must change at the next sign-in. Clears the sign-in lock too (an owner who forgot the password is
     * usually locked out) and refuses the account's earlier tokens. Audited without the password.
     */
    @Transactional
    public StaffPasswordReset resetPassword(long id, String ifMatch) {
        OrganizationPolicy.requireManager(caller.get());
        Staff staff = find(id);
        ETags.require(ifMatch, staff.version);
        StaffView before = view(staff);
        String temporary = temporaryPassword();
        staff.passwordHash = PasswordHashes.hash(temporary);
        staff.passwordChangeRequired = true;
        staff.tokenVersion++;
        Staff.getEntityManager().flush();
        throttle.unlock(LoginThrottle.staff(staff.username));
        StaffView after = view(staff, false);
        audit.record("reset-password", "staff", id, before, after);
        accountChanged.fire(AccountChanged.staff(staff.username));
        return new StaffPasswordReset(after, temporary);
    }

    /** Four groups of four (about 79 bits), in lower case, which is quicker to type. */
    static String temporaryPassword() {
        return ReadableCodes.next(4, 4).toLowerCase(Locale.ROOT);
    }

    /** A ward role needs a ward; HQ staff need a bureau (and a section of it, if any); the rest need neither. */
    private void apply(Staff staff, StaffInput in) {
        switch (in.role()) {
            case WARD, FLOOR, LIAISON -> {
                if (!organization.wardExists(in.wardCode())) {
                    throw ProblemException.invalid("wardCode", "Exists",
                            "区の職員には存在する区コードが必要です (ward roles need an existing ward)");
                }
                if (in.bureauCode() != null || in.sectionCode() != null) {
                    throw ProblemException.invalid("bureauCode", "Null", "区の職員に局は指定できません (ward roles have no bureau)");
                }
            }
            case HQ -> {
                if (organization.bureauRef(in.bureauCode()).isEmpty()) {
                    throw ProblemException.invalid("bureauCode", "Exists",
                            "本庁職員には存在する局コードが必要です (HQ staff need an existing bureau)");
                }
                if (in.sectionCode() != null && !organization.sectionOf(in.sectionCode(), in.bureauCode())) {
                    throw ProblemException.invalid("sectionCode", "Exists",
                            "その局の課ではありません (not a section of that bureau)");
                }
                if (in.wardCode() != null) {
                    throw ProblemException.invalid("wardCode", "Null", "本庁職員に区は指定できません (HQ staff have no ward)");
                }
            }
            case ADMIN -> {
                if (in.wardCode() != null || in.bureauCode() != null || in.sectionCode() != null) {
                    throw ProblemException.invalid("role", "Unaffiliated",
                            "管理者に区・局は指定できません (administrators have no ward or bureau)");
                }
            }
            case PARTNER -> throw ProblemException.invalid("role", "StaffRole",
                    "連携システムは職員アカウントではありません (partner systems are clients, not staff)");
        }
        boolean tokensAffected = staff.role != in.role() || !java.util.Objects.equals(staff.wardCode, in.wardCode())
                || !java.util.Objects.equals(staff.bureauCode, in.bureauCode())
                || !java.util.Objects.equals(staff.sectionCode, in.sectionCode()) || staff.active != in.active()
                || in.password() != null;
        staff.displayName = in.displayName();
        staff.role = in.role();
        staff.wardCode = in.wardCode();
        staff.bureauCode = in.bureauCode();
        staff.sectionCode = in.sectionCode();
        staff.active = in.active();
        if (in.password() != null) {
            staff.passwordHash = PasswordHashes.hash(in.password());
        }
        if (tokensAffected && staff.id != null) {
            // Tokens already issued name the old role, ward, bureau or section, or belong to a deactivated account or
            // an old password: move the version on so they are refused from the next request on.
            staff.tokenVersion++;
            accountChanged.fire(AccountChanged.staff(staff.username));
        }
    }

    private static Staff find(long id) {
        return Staff.<Staff>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("職員", "staff", id));
    }

    private StaffView view(Staff s) {
        return view(s, throttle.isLocked(LoginThrottle.staff(s.username)));
    }

    private static StaffView view(Staff s, boolean locked) {
        return new StaffView(s.id, s.username, s.displayName, s.role, s.wardCode, s.bureauCode, s.sectionCode, s.active,
                locked, s.passwordChangeRequired, s.version);
    }
}
