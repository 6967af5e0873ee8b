package jp.wardhub.platform;

import java.util.Locale;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Bean Validation writes its messages in the language the problem response will be in ({@link ProblemLanguage}),
 * decided from the same header by the same rule. Asked before Quarkus's own resolver (the priority), which matches
 * {@code Accept-Language} against the locales differently ({@code en-US} alone would stay Japanese, {@code *} would
 * be either).
 */
@Singleton
@Priority(100)
public class ProblemLocaleResolver implements LocaleResolver {

    @Inject
    CurrentVertxRequest request;

    @Override
    public Locale resolve(LocaleResolverContext context) {
        if (!Arc.container().requestContext().isActive()) {
            return null; // not a request (a job): the default locale, Japanese
        }
        RoutingContext rc = request.getCurrent();
        if (rc == null) {
            return null;
        }
        return ProblemLanguage.fromAcceptLanguage(rc.request().getHeader(ProblemLanguage.ACCEPT_LANGUAGE)).locale();
    }
}
