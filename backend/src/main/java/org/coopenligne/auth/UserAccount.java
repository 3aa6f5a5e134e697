package org.coopenligne.auth;

import org.coopenligne.common.security.Role;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A login. A mandataire's account is bound to one cooperative, a staff account to one department;
 * the national admin has neither.
 */
@Entity
@Table(name = "user_account")
public class UserAccount extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, unique = true, length = 60)
    public String login;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Role role;

    @Column(name = "display_name", nullable = false, length = 120)
    public String displayName;

    @Column(name = "department_id")
    public Long departmentId;

    @Column(name = "cooperative_id")
    public Long cooperativeId;

    /**
     * The bcrypt hash; null while the account still has the department's initial password
     * ("coop" + the cooperative's number), which is public and so costs no hash to store.
     */
    @Column(name = "password_hash", length = 100)
    public String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    public boolean mustChangePassword;

    /** Raised by a logout or a password change: tokens carrying a lower generation are refused. */
    @Column(name = "token_generation", nullable = false)
    public int tokenGeneration;

    @Column(name = "password_changed_at")
    public Instant passwordChangedAt;

    @Column(name = "last_login_at")
    public Instant lastLoginAt;

    @Column(nullable = false)
    public boolean enabled = true;

    @Version
    public int version;
}
