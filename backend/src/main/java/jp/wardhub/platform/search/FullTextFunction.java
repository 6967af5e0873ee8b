package jp.wardhub.platform.search;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * {@code fulltext_match(column, terms)} in HQL: MariaDB's and MySQL's {@code MATCH … AGAINST} in boolean mode. Written
 * as a plain {@code MATCH} compared with zero, the database answers it from the full-text index; wrapped in anything
 * else (a cast, HQL's untyped {@code sql()}), it reads every row.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class FullTextFunction implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        functions.getFunctionRegistry()
                .patternDescriptorBuilder("fulltext_match", "match(?1) against(?2 in boolean mode)")
                .setExactArgumentCount(2)
                .setInvariantType(functions.getTypeConfiguration().getBasicTypeRegistry()
                        .resolve(StandardBasicTypes.DOUBLE))
                .register();
    }
}
