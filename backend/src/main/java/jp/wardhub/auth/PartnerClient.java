package jp.wardhub.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** 連携システム: a partner system that signs in with OAuth2 client credentials; its secret is stored hashed. */
@Entity
@Table(name = "partner_client")
public class PartnerClient extends PanacheEntityBase {

    @Id
    @Column(name = "client_id")
    public String clientId;

    @Column(nullable = false)
    public String name;

    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    /** Space-separated OAuth2 scopes this client may ask for, e.g. {@code voices:write catalogue:read}. */
    @Column(nullable = false)
    public String scopes;

    /** The office a device client (a kiosk with {@code queue:issue}) is registered for; null for other clients. */
    @Column(name = "office_id")
    public Long officeId;

    /** False once revoked: its tokens are refused and it cannot get new ones. */
    @Column(nullable = false)
    public boolean active = true;

    /** Incremented by rotation and revocation; tokens carrying an older one are refused. */
    @Column(name = "token_version", nullable = false)
    public long tokenVersion;

    @Column(name = "created_at")
    public java.time.Instant createdAt;

    @jakarta.persistence.Version
    public long version;
}
