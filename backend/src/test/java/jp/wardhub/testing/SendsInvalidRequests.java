package jp.wardhub.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test (class or method) that sends requests the contract forbids on purpose, to check the problem answers:
 * {@link ContractValidation} then checks its responses against {@code openapi.yaml} but not its requests.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface SendsInvalidRequests {
}
