package jp.wardhub.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.JsonValidationReportFormat;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter.OpenApiValidationException;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Every REST Assured call of every test is checked against the committed {@code openapi.yaml}: the request (unless
 * the test is marked {@link SendsInvalidRequests}) and the response — an undeclared status, a missing required field,
 * a field the schema does not declare or a value of the wrong type fails the test that made the call. Registered for
 * every {@code @QuarkusTest} through Quarkus's test callbacks ({@code META-INF/services}), which run in the class
 * loader of the test and so configure the REST Assured the test uses.
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback, QuarkusTestAfterEachCallback {

    private static final Path SPEC = Path.of("../openapi.yaml");

    /** What the API serves outside the contract: health, metrics, the OpenAPI document itself, the SPA's files. */
    private static final String CONTRACT_PREFIX = "/api/";

    private static final String OPENAPI_30 = asOpenApi30(SPEC);

    /*
     * A call without a token is how a test checks the 401 of a secured operation; the check of its answer still holds
     * that 401 to the contract.
     */
    private static final OpenApiInteractionValidator FULL = validator(LevelResolver.create()
            .withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE));
    private static final OpenApiInteractionValidator RESPONSES_ONLY = validator(LevelResolver.create()
            .withLevel("validation.request", ValidationReport.Level.IGNORE));

    /**
     * {@code -Dcontract.survey=<file>}: write every breach to the file instead of failing, to see all of them in one
     * run of the suite.
     */
    private static final String SURVEY = System.getProperty("contract.survey", "");

    private static volatile OpenApiInteractionValidator current;
    private static volatile String currentTest = "";

    static {
        RestAssured.filters(new Filter() {
            @Override
            public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                    FilterContext ctx) {
                OpenApiInteractionValidator validation = current;
                if (validation == null || !URI.create(request.getURI()).getPath().startsWith(CONTRACT_PREFIX)) {
                    return ctx.next(request, response);
                }
                if (request.getAuthenticationScheme() instanceof PreemptiveOAuth2HeaderScheme oauth2) {
                    // REST Assured writes this header after the filters ran; written now, the contract check sees it
                    request.auth().none();
                    request.header("Authorization", "Bearer " + oauth2.getAccessToken());
                }
                if (!request.getFormParams().isEmpty()) {
                    // the validator reads bodies only: send the form as the body it stands for
                    Map<String, String> form = new LinkedHashMap<>(request.getFormParams());
                    form.keySet().forEach(request::removeFormParam);
                    if (request.getContentType() == null) {
                        request.contentType("application/x-www-form-urlencoded");
                    }
                    request.body(form.entrySet().stream()
                            .map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
                            .collect(Collectors.joining("&")));
                }
                if (!request.getMultiPartParams().isEmpty()) {
                    // the validator cannot read a multipart body (it sees none): the answer is still checked
                    validation = RESPONSES_ONLY;
                }
                Request sent = withQueryOf(RestAssuredRequest.of(request), request.getURI());
                Response answer = ctx.next(request, response);
                ValidationReport report = validation.validate(sent, RestAssuredResponse.of(answer));
                if (report.hasErrors()) {
                    if (SURVEY.isEmpty()) {
                        throw new OpenApiValidationException(report);
                    }
                    survey(report);
                }
                return answer;
            }
        });
    }

    /**
     * The request with the query parameters of its full URI: the REST Assured adapter sees only those given with
     * {@code queryParam}, not those written into the path ({@code get("/voices/stats?groupBy=type")}).
     */
    private static Request withQueryOf(Request sent, String uri) {
        String query = URI.create(uri).getRawQuery();
        SimpleRequest.Builder copy = new SimpleRequest.Builder(sent.getMethod(), sent.getPath());
        sent.getHeaders().forEach((name, values) -> copy.withHeader(name, List.copyOf(values)));
        sent.getRequestBody().ifPresent(copy::withBody);
        if (query != null && !query.isEmpty()) {
            Map<String, List<String>> params = new LinkedHashMap<>();
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
            params.forEach(copy::withQueryParam);
        }
        return copy.build();
    }

    public static boolean surveying() {
        return !SURVEY.isEmpty();
    }

    public static synchronized void survey(ValidationReport report) {
        String line = "{\"test\":\"" + currentTest + "\",\"report\":"
                + JsonValidationReportFormat.getInstance().apply(report).replace('\n', ' ') + "}\n";
        try {
            Files.writeString(Path.of(SURVEY), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static OpenApiInteractionValidator validator(LevelResolver.Builder levels) {
        return OpenApiInteractionValidator
                .createForInlineApiSpecification(OPENAPI_30)
                .withLevelResolver(levels.build())
                .build();
    }

    /**
     * The contract in OpenAPI 3.0 words, which is what the validator reads (it takes a 3.1 {@code type: [string, "null"]}
     * for no type at all): a nullable type or reference becomes {@code nullable: true}, a list of schema examples its
     * first one.
     */
    public static String asOpenApi30(Path spec) {
        try {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
            ObjectNode root = (ObjectNode) yaml.readTree(spec.toFile());
            root.put("openapi", "3.0.3");
            downgrade(root);
            return yaml.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void downgrade(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.get("type") instanceof ArrayNode types) {
                List<String> named = new ArrayList<>();
                types.forEach(t -> named.add(t.asText()));
                if (named.remove("null")) {
                    object.put("nullable", true);
                }
                if (named.size() == 1) {
                    object.put("type", named.get(0));
                } else {
                    object.remove("type");
                }
            }
            if (object.get("anyOf") instanceof ArrayNode anyOf && anyOf.size() == 2
                    && anyOf.get(1).path("type").asText().equals("null")) { // a nullable reference
                object.remove("anyOf");
                object.putArray("allOf").add(anyOf.get(0));
                object.put("nullable", true);
            }
            if (object.get("examples") instanceof ArrayNode examples) {
                object.remove("examples");
                if (!examples.isEmpty()) {
                    object.set("example", examples.get(0));
                }
            }
            object.forEach(ContractValidation::downgrade);
        } else if (node instanceof ArrayNode array) {
            array.forEach(ContractValidation::downgrade);
        }
    }

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        boolean invalidOnPurpose = Stream
                .concat(Stream.of(context.getTestMethod(), context.getTestInstance().getClass()),
                        context.getOuterInstances().stream().map(Object::getClass))
                .anyMatch(ContractValidation::marked);
        current = invalidOnPurpose ? RESPONSES_ONLY : FULL;
        currentTest = context.getTestInstance().getClass().getSimpleName() + "." + context.getTestMethod().getName();
    }

    @Override
    public void afterEach(QuarkusTestMethodContext context) {
        current = null;
    }

    private static boolean marked(AnnotatedElement element) {
        return element.isAnnotationPresent(SendsInvalidRequests.class);
    }
}
