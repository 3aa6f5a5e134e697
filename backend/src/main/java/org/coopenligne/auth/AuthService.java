package org.coopenligne.auth;

import org.coopenligne.common.security.Role;
import org.coopenligne.common.security.CurrentAccount;
import org.coopenligne.common.security.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.coopenligne.common.audit.AuditAction;
import org.coopenligne.common.audit.AuditService;
import org.coopenligne.auth.AuthDtos.CooperativeRef;
import org.coopenligne.auth.AuthDtos.DepartmentRef;
import org.coopenligne.auth.AuthDtos.MeView;
import org.coopenligne.auth.AuthDtos.SessionView;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.common.error.Problem;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.common.error.TooManyAttemptsException;
import org.coopenligne.cooperative.CooperativeService;
import org.coopenligne.department.DepartmentService;

@ApplicationScoped
@Transactional
public class AuthService {

    static final String BAD_CREDENTIALS = "Identifiant ou mot de passe incorrect.";

    @Inject org.coopenligne.common.observability.PlatformMetrics metrics;
    @Inject UserAccountRepository accounts;
    @Inject PasswordHasher hasher;
    @Inject LoginThrottle throttle;
    @Inject TokenService tokens;
    @Inject Access access;
    @Inject AuditService audit;
    @Inject DepartmentService departments;
    @Inject CooperativeService cooperatives;
    @Inject Clock clock;

    /** The password departments hand out: "coop" + the cooperative's number. Public knowledge. */
    public static String initialPassword(String login) {
        int dash = login.indexOf('-');
        return dash < 0 ? null : "coop" + login.substring(dash + 1);
    }

    public static String canonicalLogin(String login) {
        return login.trim().toLowerCase(Locale.ROOT);
    }

    /** Throttles before hashing: a locked login or address costs no hash. Failures are counted in their own transaction. */
    public SessionView login(String rawLogin, String password, String clientAddress) {
        String login = canonicalLogin(rawLogin);
        Optional<Duration> locked = throttle.lockedFor(List.of(LoginThrottle.loginKey(login), LoginThrottle.addressKey(clientAddress)));
        if (locked.isPresent()) {
            metrics.loginThrottled();
            throw new TooManyAttemptsException(Math.max(1, locked.get().toSeconds()));
        }
        Optional<UserAccount> found = accounts.findByLogin(login).filter(a -> a.enabled);
        if (found.isEmpty()) {
            hasher.verifyNothing(password);
            throttle.recordFailure(login, clientAddress);
            throw unauthorized();
        }
        UserAccount account = found.get();
        if (!matches(account, password)) {
            throttle.recordFailure(login, clientAddress);
            throw unauthorized();
        }
        throttle.recordSuccess(login);
        account.lastLoginAt = clock.instant();
        audit.recordAs(account.login, account.role.group, new AuditService.Change(AuditAction.LOGIN, "UserAccount", account.id,
                account.departmentId, account.cooperativeId, null, Map.of("address", clientAddress)));
        return session(account);
    }

    public SessionView changePassword(String currentPassword, String newPassword, String clientAddress) {
        CurrentAccount current = access.current();
        UserAccount account = accounts.findById(current.id());
        Optional<Duration> locked = throttle.lockedFor(List.of(LoginThrottle.loginKey(account.login)));
        if (locked.isPresent()) {
            metrics.loginThrottled();
            throw new TooManyAttemptsException(Math.max(1, locked.get().toSeconds()));
        }
        if (!matches(account, currentPassword)) {
            throttle.recordFailure(account.login, clientAddress);
            throw ProblemException.invalidField("currentPassword", "Le mot de passe actuel est incorrect.");
        }
        List<String> problems = PasswordPolicy.problems(newPassword, account.login, initialPassword(account.login));
        if (currentPassword.equals(newPassword)) {
            problems = new java.util.ArrayList<>(problems);
            problems.add("Le nouveau mot de passe doit être différent de l'actuel.");
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(400, "weak-password", "Mot de passe refusé", String.join(" ", problems),
                    problems.stream().map(p -> new Problem.Violation("newPassword", p)).toList());
        }
        boolean wasInitial = account.mustChangePassword;
        account.passwordHash = hasher.hash(newPassword);
        account.mustChangePassword = false;
        account.passwordChangedAt = clock.instant();
        account.tokenGeneration++;
        audit.record(new AuditService.Change(AuditAction.PASSWORD_CHANGED, "UserAccount", account.id, account.departmentId,
                account.cooperativeId, Map.of("mustChangePassword", wasInitial), Map.of("mustChangePassword", false)));
        return session(account);
    }

    /**
     * Gives a cooperative's account a new one-time password (a new mandataire, or a forgotten password): every
     * older session ends, and the password must be changed at the next login. Answers the password, to hand over once.
     */
    public String resetToOneTimePassword(long cooperativeId, String reason) {
        UserAccount account = accounts.findMandataireOf(cooperativeId)
                .orElseThrow(() -> ProblemException.notFound("Cette coopérative n'a pas de compte."));
        return resetToOneTimePassword(account, reason);
    }

    /** The same for any account (a staff account, reset by the admin). */
    public String resetToOneTimePassword(UserAccount account, String reason) {
        String password = OneTimePasswords.generate();
        account.passwordHash = hasher.hash(password);
        account.mustChangePassword = true;
        account.passwordChangedAt = clock.instant();
        account.tokenGeneration++;
        audit.record(new AuditService.Change(AuditAction.PASSWORD_RESET, "UserAccount", account.id, account.departmentId,
                account.cooperativeId, null, Map.of("mustChangePassword", true, "reason", reason)));
        return password;
    }

    /** Ends every session of the account: tokens issued before now are refused, on every replica. */
    public void logout() {
        CurrentAccount current = access.current();
        UserAccount account = accounts.findById(current.id());
        account.tokenGeneration++;
        audit.record(new AuditService.Change(AuditAction.LOGOUT, "UserAccount", account.id, account.departmentId,
                account.cooperativeId, null, null));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MeView me() {
        return view(accounts.findById(access.current().id()));
    }

    private boolean matches(UserAccount account, String password) {
        if (account.passwordHash == null) {
            String initial = initialPassword(account.login);
            return account.role == Role.MANDATAIRE && initial != null && PasswordHasher.sameText(initial, password);
        }
        return hasher.verify(password, account.passwordHash);
    }

    private SessionView session(UserAccount account) {
        TokenService.IssuedToken token = tokens.issue(account);
        return new SessionView(token.token(), token.expiresAt(), view(account));
    }

    private MeView view(UserAccount a) {
        DepartmentRef dept = a.departmentId == null ? null : departments.find(a.departmentId)
                .map(d -> new DepartmentRef(d.id(), d.code(), d.name())).orElse(null);
        CooperativeRef coop = a.cooperativeId == null ? null : cooperatives.find(a.cooperativeId)
                .map(c -> new CooperativeRef(c.id(), c.code(), c.schoolName(), c.city())).orElse(null);
        return new MeView(a.id, a.login, a.role.group, a.displayName, a.mustChangePassword, dept, coop,
                SchoolYears.current(clock).label());
    }

    private static ProblemException unauthorized() {
        return new ProblemException(401, "bad-credentials", "Connexion refusée", BAD_CREDENTIALS, null);
    }
}
