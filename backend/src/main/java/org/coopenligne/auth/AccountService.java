package org.coopenligne.auth;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coopenligne.auth.AccountDtos.OneTimePasswordView;
import org.coopenligne.auth.AccountDtos.StaffAccountCreate;
import org.coopenligne.auth.AccountDtos.StaffAccountCreated;
import org.coopenligne.auth.AccountDtos.StaffAccountUpdate;
import org.coopenligne.auth.AccountDtos.StaffAccountView;
import org.coopenligne.common.audit.AuditAction;
import org.coopenligne.common.audit.AuditService;
import org.coopenligne.common.security.Access;
import org.coopenligne.common.security.Role;
import org.coopenligne.common.PageView;
import org.coopenligne.common.error.Problem;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.cooperative.CooperativeService;
import org.coopenligne.cooperative.CooperativeSummary;
import org.coopenligne.cooperative.CooperativeView;
import org.coopenligne.department.DepartmentService;
import org.coopenligne.department.DepartmentView;
import org.coopenligne.mail.MailService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accounts: staff give a mandataire a one-time password (a forgotten password); the national admin manages the
 * staff accounts of every department. A one-time password is answered once and stored hashed only.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    @Inject UserAccountRepository accounts;
    @Inject AuthService auth;
    @Inject PasswordHasher hasher;
    @Inject CooperativeService cooperatives;
    @Inject DepartmentService departments;
    @Inject Access access;
    @Inject AuditService audit;
    @Inject MailService mail;
    @Inject org.hibernate.StatelessSession statelessSession;

    @ConfigProperty(name = "coop.public-url")
    String publicUrl;

    /** For the import: the logins that start with a prefix ("038-"), lower case. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Set<String> loginsStartingWith(String prefix) {
        return new java.util.HashSet<>(accounts.getEntityManager()
                .createQuery("select a.login from UserAccount a where a.login like ?1", String.class)
                .setParameter(1, prefix.toLowerCase(Locale.ROOT) + "%").getResultList());
    }

    /**
     * For the import: the mandataire account of each new cooperative of a department, in one JDBC batch through the transaction's
     * stateless session. Its login is the cooperative's code; its initial password "coop" + number is public, so it
     * is not hashed and must be changed at the first login (see {@link AuthService}).
     */
    public void createMandataires(long departmentId, List<CooperativeSummary> cooperatives) {
        statelessSession.setJdbcBatchSize(Math.max(1, cooperatives.size()));
        List<UserAccount> created = new java.util.ArrayList<>(cooperatives.size());
        for (CooperativeSummary coop : cooperatives) {
            UserAccount a = new UserAccount();
            a.login = coop.code().toLowerCase(Locale.ROOT);
            a.role = Role.MANDATAIRE;
            String name = coop.mandataireName() != null ? coop.mandataireName() : "Mandataire " + coop.schoolName();
            a.displayName = name.length() <= 120 ? name : name.substring(0, 120);
            a.departmentId = departmentId;
            a.cooperativeId = coop.id();
            a.passwordHash = null;
            a.mustChangePassword = true;
            created.add(a);
        }
        statelessSession.insertMultiple(created);
    }

    /** Staff of the cooperative's department (or the admin) reset its mandataire's password; emailed to the mandataire. */
    public OneTimePasswordView resetMandatairePassword(long cooperativeId) {
        CooperativeView coop = cooperatives.find(cooperativeId)
                .orElseThrow(() -> ProblemException.notFound("Cette coopérative n'existe pas."));
        access.requireDepartment(coop.departmentId());
        UserAccount account = accounts.findMandataireOf(cooperativeId)
                .orElseThrow(() -> ProblemException.notFound("Cette coopérative n'a pas de compte."));
        String password = auth.resetToOneTimePassword(account, "Réinitialisation par " + access.current().login());
        String department = departments.find(coop.departmentId()).map(DepartmentView::name).orElse("Votre OCCE");
        String to = coop.mandataireEmail() != null && !coop.mandataireEmail().isBlank() ? coop.mandataireEmail() : coop.schoolEmail();
        mail.queue(new MailService.Outgoing("PASSWORD_RESET", coop.departmentId(), coop.id(), to,
                "Votre mot de passe provisoire pour la coopérative " + coop.code(),
                "Bonjour" + (coop.mandataireName() == null ? "" : " " + coop.mandataireName()) + ",\n\n" + department
                        + " a réinitialisé le mot de passe de la coopérative " + coop.code() + " (" + coop.schoolName() + ", " + coop.city()
                        + ").\n\nVotre identifiant : " + coop.code() + "\nVotre mot de passe provisoire : " + password
                        + "\n\nConnectez-vous sur " + publicUrl + "/ : il vous sera demandé de choisir votre propre mot de passe.\n"
                        + "Si vous n'avez rien demandé, contactez " + department + ".\n\n" + department + "\n"));
        return new OneTimePasswordView(account.id, account.login.toUpperCase(Locale.ROOT), account.displayName, password,
                to == null || to.isBlank() ? null : to.trim());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<StaffAccountView> staffOf(String departmentCode, int page, int size) {
        requireAdmin();
        DepartmentView d = department(departmentCode);
        var query = accounts.find("departmentId = ?1 and role = ?2", Sort.by("login"), d.id(), Role.STAFF);
        List<StaffAccountView> items = query.page(page, size).stream().map(a -> view(a, d.code())).toList();
        return PageView.of(items, page, size, query.count());
    }

    public StaffAccountCreated createStaff(String departmentCode, StaffAccountCreate request) {
        requireAdmin();
        DepartmentView d = department(departmentCode);
        String login = AuthService.canonicalLogin(request.login());
        if (accounts.findByLogin(login).isPresent()) {
            String message = "L'identifiant « " + login + " » est déjà utilisé : choisissez-en un autre.";
            throw new ProblemException(409, "login-taken", "Conflit", message, List.of(new Problem.Violation("login", message)));
        }
        String password = OneTimePasswords.generate();
        UserAccount a = new UserAccount();
        a.login = login;
        a.role = Role.STAFF;
        a.displayName = request.displayName().trim();
        a.departmentId = d.id();
        a.passwordHash = hasher.hash(password);
        a.mustChangePassword = true;
        a.persist();
        accounts.flush();
        StaffAccountView view = view(a, d.code());
        audit.record(new AuditService.Change(AuditAction.STAFF_ACCOUNT_CREATED, "UserAccount", a.id, d.id(), null, null,
                Map.of("login", a.login, "displayName", a.displayName)));
        return new StaffAccountCreated(view, new OneTimePasswordView(a.id, a.login, a.displayName, password, null));
    }

    public StaffAccountView updateStaff(long accountId, StaffAccountUpdate request) {
        requireAdmin();
        UserAccount a = staffAccount(accountId);
        if (a.version != request.version()) {
            throw ProblemException.staleVersion();
        }
        Map<String, Object> before = Map.of("displayName", a.displayName, "enabled", a.enabled);
        boolean disabling = a.enabled && !request.enabled();
        a.displayName = request.displayName().trim();
        a.enabled = request.enabled();
        if (disabling) {
            a.tokenGeneration++; // its sessions end now, on every replica
        }
        accounts.flush();
        audit.record(new AuditService.Change(disabling ? AuditAction.STAFF_ACCOUNT_DISABLED : AuditAction.STAFF_ACCOUNT_UPDATED, "UserAccount", a.id,
                a.departmentId, null, before, Map.of("displayName", a.displayName, "enabled", a.enabled)));
        return view(a, departments.find(a.departmentId).map(DepartmentView::code).orElse(null));
    }

    public OneTimePasswordView resetStaffPassword(long accountId) {
        requireAdmin();
        UserAccount a = staffAccount(accountId);
        String password = auth.resetToOneTimePassword(a, "Réinitialisation par " + access.current().login());
        return new OneTimePasswordView(a.id, a.login, a.displayName, password, null);
    }

    private UserAccount staffAccount(long accountId) {
        return accounts.findByIdOptional(accountId).filter(a -> a.role == Role.STAFF)
                .orElseThrow(() -> ProblemException.notFound("Ce compte du personnel n'existe pas."));
    }

    private DepartmentView department(String code) {
        return departments.findByCode(code)
                .orElseThrow(() -> ProblemException.notFound("Aucun département n'a le code « " + code + " »."));
    }

    private void requireAdmin() {
        if (!access.current().isAdmin()) {
            throw ProblemException.forbidden("Seule l'administration nationale gère les comptes du personnel.");
        }
    }

    private static StaffAccountView view(UserAccount a, String departmentCode) {
        return new StaffAccountView(a.id, a.login, a.displayName, departmentCode, a.enabled, a.mustChangePassword, a.lastLoginAt,
                a.passwordChangedAt, a.version);
    }
}
