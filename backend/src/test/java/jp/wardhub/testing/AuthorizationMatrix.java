package jp.wardhub.testing;

import static jp.wardhub.testing.Accounts.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Authorization as a matrix: every write × anonymous and every demo account, each expecting success when the rules
 * allow it and otherwise the refusal they give. A feature's test lists its writes and who may make each one.
 */
public final class AuthorizationMatrix {

    private AuthorizationMatrix() {
    }

    /** A write: how to make it with a caller's request, and the accounts allowed to. */
    public record Write(String name, Function<RequestSpecification, Response> call, List<String> allowed) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static List<String> only(String... who) {
        return Arrays.asList(who);
    }

    /** Anonymous gets 401, an allowed account any 2xx (written 200), any other account 403. */
    public static Stream<Arguments> cases(List<Write> writes, List<String> accounts) {
        return cases(writes, accounts, (write, who) -> 403);
    }

    /** As {@link #cases(List, List)}, with the refusal an account gets decided by {@code refusal} (e.g. 404 when blind). */
    public static Stream<Arguments> cases(List<Write> writes, List<String> accounts,
            BiFunction<Write, String, Integer> refusal) {
        List<Arguments> cases = new ArrayList<>();
        for (Write w : writes) {
            cases.add(Arguments.of(w, null, 401));
            for (String who : accounts) {
                cases.add(Arguments.of(w, who, w.allowed().contains(who) ? 200 : refusal.apply(w, who)));
            }
        }
        return cases.stream();
    }

    /** Makes the write as {@code who}; 200 expects any success (200 or 201), other statuses exactly. */
    public static void check(Write write, String who, int expected) {
        int status = write.call().apply(as(who)).then().extract().statusCode();
        if (expected == 200) {
            assertTrue(status == 200 || status == 201, write + " as " + who + " gave " + status);
        } else {
            assertEquals(expected, status, write + " as " + who);
        }
    }
}
