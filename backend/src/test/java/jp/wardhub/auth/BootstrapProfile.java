package jp.wardhub.auth;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A fresh installation: the schema and the city's data without the demo accounts (so no administrator exists), started
 * with the first-administrator variables set.
 */
public class BootstrapProfile implements QuarkusTestProfile {

    public static final String USERNAME = "first-admin";
    public static final String PASSWORD = "bootstrap-secret-1234";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.flyway.locations", "db/migration,db/vendor/mariadb,db/city/kumamoto",
                "wardhub.bootstrap.admin-username", USERNAME,
                "wardhub.bootstrap.admin-password", PASSWORD);
    }
}
