package jp.wardhub.auth;

/**
 * Fired inside the transaction that changes what an account's tokens may do (role, ward, bureau, section, active
 * flag, password, client secret); once it commits, this replica forgets the account's cached token version so the
 * very next request sees the change.
 */
public record AccountChanged(String key) {

    public static AccountChanged staff(String username) {
        return new AccountChanged(AccountVersionCache.staffKey(username));
    }

    public static AccountChanged partner(String clientId) {
        return new AccountChanged(AccountVersionCache.partnerKey(clientId));
    }
}
