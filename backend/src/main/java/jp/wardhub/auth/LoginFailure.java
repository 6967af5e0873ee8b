package jp.wardhub.auth;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One failed sign-in: the account it was for ({@code staff:<username>} or {@code client:<client id>}) and the client
 * address it came from. Kept in the database, not in memory, so that the limits hold across replicas.
 */
@Entity
@Table(name = "login_failure")
public class LoginFailure extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String account;

    @Column(nullable = false)
    public String address;

    @Column(name = "failed_at", nullable = false)
    public Instant failedAt;
}
