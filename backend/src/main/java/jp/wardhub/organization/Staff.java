package jp.wardhub.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jp.wardhub.auth.Role;

/** 職員: a staff account, with its role and the ward or bureau (and section) it belongs to. */
@Entity
@Table(name = "staff")
public class Staff extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String username;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    @Column(name = "ward_code")
    public String wardCode;

    @Column(name = "bureau_code")
    public String bureauCode;

    @Column(name = "section_code")
    public String sectionCode;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(nullable = false)
    public boolean active = true;

    /** Incremented by every change to what the account's tokens may do; tokens carrying an older one are refused. */
    @Column(name = "token_version", nullable = false)
    public long tokenVersion;

    /** Set for the bootstrapped first administrator: it must choose its own password before anything else. */
    @Column(name = "password_change_required", nullable = false)
    public boolean passwordChangeRequired;

    @Version
    public long version;
}
