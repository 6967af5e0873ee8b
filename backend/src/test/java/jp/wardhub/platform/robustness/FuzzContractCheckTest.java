package jp.wardhub.platform.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The fuzz test holds every answer to the contract, not only to "no 5xx". */
class FuzzContractCheckTest {

    private static FuzzRequest get(String path) {
        FuzzRequest request = new FuzzRequest(
                new ApiSpec.Operation("getMe", "GET", "/api/v1/me", List.of(), java.util.Map.of(), false, true), 0);
        request.path = path;
        return request;
    }

    @Test
    void anAnswerMissingARequiredFieldBreaksTheContract() {
        List<String> breaches = ApiFuzzTest.breachesOfContract(get("/api/v1/me"),
                new ApiFuzzTest.Result(200, "application/json", "{\"username\":\"chuo\"}", 1));
        assertTrue(breaches.stream().anyMatch(b -> b.contains("displayName")), breaches.toString());
    }

    @Test
    void anUndeclaredStatusBreaksTheContract() {
        List<String> breaches = ApiFuzzTest.breachesOfContract(get("/api/v1/me"),
                new ApiFuzzTest.Result(418, "application/problem+json",
                        "{\"type\":\"about:blank\",\"title\":\"x\",\"titleEn\":\"x\",\"status\":418}", 1));
        assertTrue(!breaches.isEmpty(), breaches.toString());
    }

    @Test
    void aProblemAnswerThatMatchesItsDeclarationIsFine() {
        assertEquals(List.of(), ApiFuzzTest.breachesOfContract(get("/api/v1/me"), new ApiFuzzTest.Result(401,
                "application/problem+json",
                "{\"type\":\"https://wardhub.city/problems/unauthorized\",\"title\":\"x\",\"titleEn\":\"x\",\"status\":401,\"requestId\":\"r\"}",
                1)));
    }
}
