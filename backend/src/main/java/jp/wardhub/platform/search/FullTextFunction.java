package jp.wardhub.platform.search;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * {@code fulltext_match(column, terms)} in HQL: MariaDB's and MySQL's {@code MATCH … AGAINST} in boolean mode. Written
 * as a plain {@code MATCH} compared with zero, the database answers it from the full-text index; wrapped in anything
 * else (a cast, HQL's untyped {@code sql()}), it reads every row.
 *
 * <p>The embedded H2 database of the dev run and the demo build has no such index (db/vendor/h2): there every document
 * matches, and the list's check of the text itself decides, as it does on MariaDB.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class FullTextFunction implements FunctionContributor {

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String databaseKind;

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        functions.getFunctionRegistry()
                .patternDescriptorBuilder("fulltext_match", "h2".equals(databaseKind)
                        ? "case when ?2 is null then 1.0 else 1.0 end"
                        : "match(?1) against(?2 in boolean mode)")
                .setExactArgumentCount(2)
                .setInvariantType(functions.getTypeConfiguration().getBasicTypeRegistry()
                        .resolve(StandardBasicTypes.DOUBLE))
                .register();
    }
}
