package jp.wardhub.platform;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jp.wardhub.platform.retry.DatabaseFailures;
import jp.wardhub.platform.retry.RetryOnConflictInterceptor;

/**
 * Turns every failure into an RFC 9457 problem response. Known failures get their own type and a fixed, safe
 * message; anything else is logged with the request id and answered with a generic 500.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Seconds a client should wait before retrying when the database is unreachable. */
    private static final String SERVICE_UNAVAILABLE_RETRY_AFTER = "5";
    /** Bean Validation's node for a constraint on a container's elements, which is no part of the field's name. */
    private static final Pattern CONTAINER_ELEMENT = Pattern.compile("\\.<[a-z ]+>");

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        Response.ResponseBuilder builder = respond(e.problemType(), e.detail(), e.errors(), uri, headers);
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        // Bean Validation wrote its messages in the language ProblemLocaleResolver chose, the same as the response's
        List<ProblemException.FieldProblem> errors = e.getConstraintViolations().stream()
                .map(ProblemMappers::fieldError)
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        Bilingual detail = Bilingual.of(summary(errors, Bilingual::ja), summary(errors, Bilingual::en));
        return respond(ProblemType.VALIDATION, detail, errors, uri, headers).build();
    }

    private static String summary(List<ProblemException.FieldProblem> errors,
            java.util.function.Function<Bilingual, String> language) {
        return errors.stream().map(fe -> fe.field() + ": " + language.apply(fe.message()))
                .collect(Collectors.joining("; "));
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri, HttpHeaders headers) {
        String field = path(e);
        return invalid(field, "UnknownProperty", Bilingual.of("未知の項目です", "unknown property"), uri, headers);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri, HttpHeaders headers) {
        String field = path(e);
        if (e.getTargetType() != null && e.getTargetType().isEnum()) {
            String allowed = Arrays.stream(e.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return invalid(field, "Enum", Bilingual.of("次のいずれかを指定してください: " + allowed, "one of: " + allowed), uri,
                    headers);
        }
        return invalid(field, "Type", Bilingual.of("値の形式が正しくありません", "wrong format"), uri, headers);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        if (e.getPath().isEmpty()) {
            return malformed(uri, headers);
        }
        return invalid(path(e), "Type", Bilingual.of("値の型が正しくありません", "wrong type of value"), uri, headers);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return malformed(uri, headers);
    }

    private static Response malformed(UriInfo uri, HttpHeaders headers) {
        return respond(ProblemType.MALFORMED, Bilingual.of("本文を JSON として読めません", "the body is not valid JSON"),
                List.of(), uri, headers).build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemType.NOT_FOUND, Bilingual.of("このパスにはリソースがありません", "no resource at this path"),
                List.of(), uri, headers).build();
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri, HttpHeaders headers) {
        Response.ResponseBuilder builder = respond(ProblemType.METHOD_NOT_ALLOWED,
                Bilingual.of("このパスでは使えないメソッドです", "method not allowed here"), List.of(), uri, headers);
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemType.NOT_ACCEPTABLE,
                Bilingual.of("application/json で応答します", "this resource answers in application/json"), List.of(), uri,
                headers).build();
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                Bilingual.of("Content-Type: application/json で送ってください", "send Content-Type: application/json"),
                List.of(), uri, headers).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 400 -> ProblemType.MALFORMED;
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            default -> status >= 500 ? ProblemType.INTERNAL
                    : ProblemType.of("http-" + status, status, "リクエストを処理できません", "Request failed");
        };
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        Bilingual detail = status == 400 ? Bilingual.of("リクエストを読めません", "the request could not be read") : null;
        return respond(type, detail, List.of(), uri, headers).build();
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemType.UNAUTHORIZED,
                Bilingual.of("有効なトークンがありません。サインインしてください", "missing, expired or invalid token"), List.of(), uri,
                headers).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemType.FORBIDDEN, Bilingual.of("この操作を行う権限がありません", "your role may not do this"), List.of(),
                uri, headers).build();
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response staleWrite(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemType.PRECONDITION_FAILED,
                Bilingual.of("他の人が同時に更新しました。読み直してから更新してください", "concurrent update; reload and retry"), List.of(),
                uri, headers).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        if (DatabaseFailures.isConnectionFailure(e)) {
            // the database is unreachable: say so and when to come back, without a stack trace per request
            LOG.warnf("database unavailable: %s", e.toString());
            return respond(DatabaseFailures.SERVICE_UNAVAILABLE, Bilingual.of(
                    "データベースに接続できません。しばらく待ってから再送してください。Idempotency-Key 付きの登録は同じキーで再送すれば 1 件です",
                    "the database cannot be reached; retry later, with the same Idempotency-Key for creates"),
                    List.of(), uri, headers).header(HttpHeaders.RETRY_AFTER, SERVICE_UNAVAILABLE_RETRY_AFTER).build();
        }
        ProblemException integrity = Integrity.of(e);
        if (integrity != null) {
            LOG.warn("a database constraint refused a write the service did not check: " + integrity.getMessage(), e);
            return problem(integrity, uri, headers);
        }
        if (DatabaseFailures.isTransientConflict(e)) {
            // a conflict outside any retried transaction (or one that escaped it): the caller may simply try again
            LOG.warnf("write conflict: %s", e.toString());
            ProblemException conflict = RetryOnConflictInterceptor.writeConflict();
            return problem(conflict, uri, headers);
        }
        if (clientWentAway(e)) {
            // the client closed the connection before the answer was written (a load test stopping, a tab closed):
            // nothing failed on our side, and no one will read the answer
            LOG.debugf("client closed the connection: %s", e.toString());
            return respond(ProblemType.INTERNAL, Bilingual.of("接続が切れました", "the connection was closed"), List.of(),
                    uri, headers).build();
        }
        if (isDataException(e)) {
            LOG.warn("write refused by the database for a value out of range", e);
            return respond(ProblemType.VALIDATION,
                    Bilingual.of("保存できる範囲を超える値があります", "a value is out of the range that can be stored"), List.of(),
                    uri, headers).build();
        }
        LOG.error("unexpected failure", e);
        return respond(ProblemType.INTERNAL,
                Bilingual.of("要求を処理できませんでした。requestId を添えて管理者に連絡してください",
                        "the request could not be processed; please quote the requestId to the administrator"),
                List.of(), uri, headers).build();
    }

    static boolean clientWentAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.nio.channels.ClosedChannelException
                    || t instanceof io.vertx.core.http.HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    /** A value the database cannot store (SQLState class 22: a date or number out of range, text too long). */
    static boolean isDataException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.DataException
                    || t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    private static Response invalid(String field, String rule, Bilingual message, UriInfo uri, HttpHeaders headers) {
        Bilingual detail = Bilingual.of(field + ": " + message.ja(), field + ": " + message.en());
        return respond(ProblemType.VALIDATION, detail, List.of(new ProblemException.FieldProblem(field, rule, message)),
                uri, headers).build();
    }

    /**
     * The problem response in the caller's language ({@link ProblemLanguage}), saying which in
     * {@code Content-Language}; {@code uri} and {@code headers} may be null (a call outside a request).
     */
    static Response.ResponseBuilder respond(ProblemType type, Bilingual detail,
            List<ProblemException.FieldProblem> errors, UriInfo uri, HttpHeaders headers) {
        String path = uri == null ? null : uri.getRequestUri().getRawPath();
        ProblemLanguage language = ProblemLanguage.forRequest(path,
                headers == null ? null : headers.getHeaderString(ProblemLanguage.ACCEPT_LANGUAGE));
        Problem body = body(type, detail, errors, path, RequestIds.current(), language);
        Response.ResponseBuilder builder = Response.status(type.status()).type(Problems.MEDIA_TYPE).entity(body);
        language.contentLanguage().ifPresent(tag -> builder.header(HttpHeaders.CONTENT_LANGUAGE, tag)
                .header(HttpHeaders.VARY, ProblemLanguage.ACCEPT_LANGUAGE));
        return builder;
    }

    static Problem body(ProblemType type, Bilingual detail, List<ProblemException.FieldProblem> errors,
            String instance, String requestId, ProblemLanguage language) {
        String title = language == ProblemLanguage.EN ? type.titleEn() : type.title();
        List<Problem.FieldError> fieldErrors = errors == null || errors.isEmpty() ? null
                : errors.stream().map(e -> e.in(language)).toList();
        return new Problem(type.type(), title, type.titleEn(), type.status(),
                detail == null ? null : detail.in(language),
                instance, requestId, fieldErrors);
    }

    private static ProblemException.FieldProblem fieldError(ConstraintViolation<?> v) {
        String rule = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return new ProblemException.FieldProblem(fieldName(v.getPropertyPath()), rule, Bilingual.split(v.getMessage()));
    }

    /**
     * {@code create.input.sections[0].code} → {@code sections[0].code}; {@code list.size} → {@code size}: the name the
     * caller sent, without the Java method and body parameter.
     */
    private static String fieldName(Path path) {
        String full = path.toString();
        String method = null;
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                method = node.getName();
            } else if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            }
        }
        if (method == null || parameter == null) {
            return full;
        }
        String prefix = method + "." + parameter;
        String field = full.equals(prefix) ? parameter : full.substring(Math.min(full.length(), prefix.length() + 1));
        return CONTAINER_ELEMENT.matcher(field).replaceAll(""); // activityAreas[0].<list element> → activityAreas[0]
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
