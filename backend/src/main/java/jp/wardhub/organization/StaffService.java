package jp.wardhub.organization;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.panache.common.Sort;
import jp.wardhub.auth.CurrentCaller;
import jp.wardhub.auth.Role;
import jp.wardhub.organization.OrganizationInputs.StaffInput;
import jp.wardhub.organization.OrganizationViews.StaffPage;
import jp.wardhub.organization.OrganizationViews.StaffView;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.ProblemType;
import jp.wardhub.platform.audit.AuditLog;
import jp.wardhub.platform.idempotency.Idempotency.Created;
import jp.wardhub.platform.retry.RetryOnConflict;

/** 職員アカウント: administrators manage accounts; sign-in reads them through {@link #credentials}. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@RetryOnConflict
public class StaffService {

    public static final ProblemType USERNAME_TAKEN = ProblemType.of(
            "username-taken", 409, "このユーザー名は既に使われています", "Username already in use");

    /** What sign-in needs of an account. */
    public record Credentials(String username, String displayName, Role role, String wardCode, String bureauCode,
            String sectionCode, String passwordHash) {
    }

    @Inject
    CurrentCaller caller;

    @Inject
    OrganizationService organization;

    @Inject
    AuditLog audit;

    public Optional<Credentials> credentials(String username) {
        return Staff.<Staff>find("username = ?1 and active = true", username).firstResultOptional()
                .map(s -> new Credentials(s.username, s.displayName, s.role, s.wardCode, s.bureauCode, s.sectionCode,
                        s.passwordHash));
    }

    public Optional<String> displayName(String username) {
        return Staff.<Staff>find("username", username).firstResultOptional().map(s -> s.displayName);
    }

    /** Usernames of the ward's active ward staff (WARD role): who is told about the ward's business. */
    public List<String> wardStaff(String wardCode) {
        return Staff.<Staff>list("wardCode = ?1 and role = ?2 and active = true", wardCode, Role.WARD).stream().map(s -> s.username).toList();
    }

    /** Usernames of the bureau's active HQ staff. */
    public List<String> bureauStaff(String bureauCode) {
        return Staff.<Staff>list("bureauCode = ?1 and role = ?2 and active = true", bureauCode, Role.HQ).stream().map(s -> s.username).toList();
    }

    /** Usernames of the section's active HQ staff: who handles what is assigned to the section. */
    public List<String> sectionStaff(String sectionCode) {
        return Staff.<Staff>list("sectionCode = ?1 and role = ?2 and active = true", sectionCode, Role.HQ).stream().map(s -> s.username).toList();
    }

    public StaffPage list(PageRequest page) {
        OrganizationPolicy.requireManager(caller.get());
        var query = Staff.<Staff>findAll(Sort.by("username")).page(page.page(), page.size());
        return new StaffPage(query.list().stream().map(StaffService::view).toList(), page.page(), page.size(), query.count());
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
        StaffView created = audit.persist("staff", staff, s -> s.id, StaffService::view);
        return new Created<>(Long.toString(created.id()), created, false);
    }

    @Transactional
    public StaffView update(long id, String ifMatch, @NotNull @Valid StaffInput input) {
        OrganizationPolicy.requireManager(caller.get());
        Staff staff = find(id);
        if (!staff.username.equals(input.username())) {
            throw ProblemException.invalid("username", "Immutable", "ユーザー名は変更できません (the username cannot change)");
        }
        return audit.change("staff", id, staff, staff.version, ifMatch, StaffService::view, s -> apply(s, input));
    }

    /** A ward role needs a ward; HQ staff need a bureau (and a section of it, if any); the rest need neither. */
    private void apply(Staff staff, StaffInput in) {
        switch (in.role()) {
            case WARD, FLOOR, LIAISON -> {
                if (!organization.wardExists(in.wardCode())) {
                    throw ProblemException.invalid("wardCode", "Exists", "区の職員には存在する区コードが必要です (ward roles need an existing ward)");
                }
                if (in.bureauCode() != null || in.sectionCode() != null) {
                    throw ProblemException.invalid("bureauCode", "Null", "区の職員に局は指定できません (ward roles have no bureau)");
                }
            }
            case HQ -> {
                if (organization.bureauRef(in.bureauCode()).isEmpty()) {
                    throw ProblemException.invalid("bureauCode", "Exists", "本庁職員には存在する局コードが必要です (HQ staff need an existing bureau)");
                }
                if (in.sectionCode() != null && !organization.sectionOf(in.sectionCode(), in.bureauCode())) {
                    throw ProblemException.invalid("sectionCode", "Exists", "その局の課ではありません (not a section of that bureau)");
                }
                if (in.wardCode() != null) {
                    throw ProblemException.invalid("wardCode", "Null", "本庁職員に区は指定できません (HQ staff have no ward)");
                }
            }
            case ADMIN -> {
                if (in.wardCode() != null || in.bureauCode() != null || in.sectionCode() != null) {
                    throw ProblemException.invalid("role", "Unaffiliated", "管理者に区・局は指定できません (administrators have no ward or bureau)");
                }
            }
            case PARTNER -> throw ProblemException.invalid("role", "StaffRole",
                    "連携システムは職員アカウントではありません (partner systems are clients, not staff)");
        }
        staff.displayName = in.displayName();
        staff.role = in.role();
        staff.wardCode = in.wardCode();
        staff.bureauCode = in.bureauCode();
        staff.sectionCode = in.sectionCode();
        staff.active = in.active();
        if (in.password() != null) {
            staff.passwordHash = BcryptUtil.bcryptHash(in.password());
        }
    }

    private static Staff find(long id) {
        return Staff.<Staff>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("職員", "staff", id));
    }

    private static StaffView view(Staff s) {
        return new StaffView(s.id, s.username, s.displayName, s.role, s.wardCode, s.bureauCode, s.sectionCode, s.active,
                s.version);
    }
}
