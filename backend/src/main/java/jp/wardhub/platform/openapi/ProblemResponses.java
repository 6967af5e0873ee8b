package jp.wardhub.platform.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import jp.wardhub.platform.ProblemType;
import jp.wardhub.platform.Problems;
import jp.wardhub.platform.RequestLine;
import jp.wardhub.platform.retry.DatabaseFailures;

/**
 * Documents the problem responses that the platform gives for every operation, so no resource has to repeat them:
 * 400 for a body, a query or a path parameter, 401/403 everywhere (a token that is sent must be valid, even on a public
 * operation, and its holder may have to change the password first), 404 under a path parameter, 412/428 for If-Match
 * updates, 413/415 for bodies, 409 for a signed-in write (a conflict that outlasted the retries; on a versioned
 * record also an action its workflow does not allow in the record's state), and 406, 414, 431,
 * 500 and 503 (the database unreachable) everywhere. Responses a resource declares itself are left as they are.
 * An operation that declares no security is public and says so with an empty {@code security} list. Under
 * {@code /open311/} the same errors come in GeoReport v2's own format (a JSON list of {@code Open311Error}, or
 * {@code <errors><error>…} under a {@code .xml} path), as {@code jp.wardhub.voice.Open311ErrorFormat} answers them.
 * <p>
 * Each of these responses is written once, under {@code components/responses} ({@code ValidationProblem},
 * {@code Open311NotFoundErrorXml}, …), and operations refer to it: written out in each of ~1,800 places they made
 * half of the document, which the application reads and writes again at every start.
 */
public class ProblemResponses implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String OPEN311_ERROR_REF = "#/components/schemas/Open311Error";
    private static final String RESPONSES = "#/components/responses/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> {
                    document(openAPI, path, method, operation);
                    declareETags(openAPI, operation);
                }));
    }

    /** A 200 or 201 whose body is one versioned record carries that version as its ETag. */
    private static void declareETags(OpenAPI openAPI, Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        for (String status : List.of("200", "201")) {
            APIResponse response = operation.getResponses().getAPIResponse(status);
            if (response == null || response.getContent() == null) {
                continue;
            }
            MediaType json = response.getContent().getMediaType("application/json");
            String ref = json == null || json.getSchema() == null ? null : json.getSchema().getRef();
            if (ref == null || !isVersioned(openAPI, ref.substring(ref.lastIndexOf('/') + 1))) {
                continue;
            }
            response.addHeader("ETag", OASFactory.createHeader()
                    .description("版 (version) を表す ETag。更新時に If-Match で送り返す (send it back in If-Match)")
                    .schema(OASFactory.createSchema().addType(SchemaType.STRING)).example("\"3\""));
        }
    }

    private static boolean isVersioned(OpenAPI openAPI, String schemaName) {
        var schemas = openAPI.getComponents() == null ? null : openAPI.getComponents().getSchemas();
        var schema = schemas == null ? null : schemas.get(schemaName);
        return schema != null && schema.getProperties() != null && schema.getProperties().containsKey("version");
    }

    private void document(OpenAPI openAPI, String path, PathItem.HttpMethod method, Operation operation) {
        Map<String, ProblemType> add = new LinkedHashMap<>();
        List<Parameter> params = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean hasQuery = params.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        boolean hasBody = operation.getRequestBody() != null;
        boolean ifMatch = params.stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (operation.getSecurity() == null) {
            operation.setSecurity(new ArrayList<>()); // say "no token needed" explicitly: security: []
        }
        if (hasBody || hasQuery || path.contains("{")) {
            add.put("400", ProblemType.VALIDATION);
        }
        // a token that is sent must be valid, and its holder may first have to change the password, public or not
        add.put("401", ProblemType.UNAUTHORIZED);
        add.put("403", ProblemType.FORBIDDEN);
        if (path.contains("{")) {
            add.put("404", ProblemType.NOT_FOUND);
        }
        add.put("406", ProblemType.NOT_ACCEPTABLE);
        if (ifMatch) {
            add.put("412", ProblemType.PRECONDITION_FAILED);
            add.put("428", ProblemType.PRECONDITION_REQUIRED);
        }
        boolean signedInWrite = secured && method != PathItem.HttpMethod.GET;
        if (signedInWrite && !ifMatch) {
            add.put("409", DatabaseFailures.WRITE_CONFLICT);
        }
        if (hasBody) {
            add.put("413", ProblemType.PAYLOAD_TOO_LARGE);
            add.put("415", ProblemType.UNSUPPORTED_MEDIA_TYPE);
        }
        add.put("414", RequestLine.URI_TOO_LONG);
        add.put("431", RequestLine.HEADERS_TOO_LARGE);
        add.put("500", ProblemType.INTERNAL);
        add.put("503", DatabaseFailures.SERVICE_UNAVAILABLE);

        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (Map.Entry<String, ProblemType> e : add.entrySet()) {
            if (responses.hasAPIResponse(e.getKey())) {
                continue;
            }
            ProblemType type = e.getValue();
            responses.addAPIResponse(e.getKey(), isOpen311(path)
                    ? shared(openAPI, "Open311" + name(type) + "Error" + (path.endsWith(".xml") ? "Xml" : ""),
                            () -> open311Error(type, path))
                    : shared(openAPI, name(type) + "Problem", () -> problem(type)));
        }
        if (signedInWrite && ifMatch && !responses.hasAPIResponse("409")) {
            // a versioned record's write: its workflow may not allow it in the record's state
            responses.addAPIResponse("409", shared(openAPI, name(ProblemType.ILLEGAL_TRANSITION) + "Problem",
                    () -> problem(ProblemType.ILLEGAL_TRANSITION).description(
                            "この状態ではその操作はできない、または同時の更新と衝突した (not allowed in the current state, or a conflict"
                                    + " with concurrent writes that outlasted the retries)")));
        }
        // an error a resource documents in words only (409 この状態ではできない ...) still answers with a problem body
        responses.getAPIResponses().forEach((status, response) -> {
            if (response.getRef() == null && response.getContent() == null
                    && (status.startsWith("4") || status.startsWith("5"))) {
                response.setContent(isOpen311(path) ? open311ErrorContent(path, null)
                        : OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE,
                                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
            }
        });
    }

    /** A reference to the shared response of that name, which is written the first time it is asked for. */
    private static APIResponse shared(OpenAPI openAPI, String name, Supplier<APIResponse> response) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Map<String, APIResponse> existing = openAPI.getComponents().getResponses();
        if (existing == null || !existing.containsKey(name)) {
            openAPI.getComponents().addResponse(name, response.get());
        }
        return OASFactory.createAPIResponse().ref(RESPONSES + name);
    }

    /** The problem type's name as a schema name: {@code …/problems/uri-too-long} → {@code UriTooLong}. */
    private static String name(ProblemType type) {
        String slug = type.type().getPath().substring(type.type().getPath().lastIndexOf('/') + 1);
        StringBuilder name = new StringBuilder();
        for (String word : slug.split("-")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    /** A problem response of the given type, with an example body. */
    public static APIResponse problem(ProblemType type) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.type().toString());
        example.put("title", type.title());
        example.put("titleEn", type.titleEn());
        example.put("status", type.status());
        example.put("requestId", "3f1c2a7e-1b2d-4c5e-9f00-123456789abc");
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                .example(example);
        Content content = OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE, media);
        return OASFactory.createAPIResponse().description(type.title() + " (" + type.titleEn() + ")").content(content);
    }

    private static boolean isOpen311(String path) {
        return path.startsWith("/open311/");
    }

    /** The error of the given type in GeoReport v2's format, JSON or XML as the path's extension says. */
    private static APIResponse open311Error(ProblemType type, String path) {
        String description = type.title() + " (" + type.titleEn() + ")";
        return OASFactory.createAPIResponse().description(description)
                .content(open311ErrorContent(path, Map.entry(type.status(), description)));
    }

    private static Content open311ErrorContent(String path, Map.Entry<Integer, String> example) {
        boolean xml = path.endsWith(".xml");
        org.eclipse.microprofile.openapi.models.media.Schema list = OASFactory.createSchema().addType(SchemaType.ARRAY)
                .items(OASFactory.createSchema().ref(OPEN311_ERROR_REF));
        MediaType media = OASFactory.createMediaType().schema(list);
        if (xml) {
            list.xml(OASFactory.createXML().name("errors").wrapped(true));
        }
        if (example != null) {
            // the same example for both: an XML example is the body's structure, which the xml names above map
            media.example(List.of(open311ErrorExample(example.getKey(), example.getValue())));
        }
        return OASFactory.createContent().addMediaType(xml ? "application/xml" : "application/json", media);
    }

    private static Map<String, Object> open311ErrorExample(int code, String description) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("description", description);
        return error;
    }
}
