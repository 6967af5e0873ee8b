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
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder builder = respond(e.problemType(), e.getMessage(), e.errors(), uri);
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(ProblemMappers::fieldError)
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = errors.stream().map(fe -> fe.field() + ": " + fe.message()).collect(Collectors.joining("; "));
        return respond(ProblemType.VALIDATION, detail, errors, uri).build();
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        String field = path(e);
        return invalid(field, "UnknownProperty", "未知の項目です (unknown property)", uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        String field = path(e);
        if (e.getTargetType() != null && e.getTargetType().isEnum()) {
            String allowed = Arrays.stream(e.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return invalid(field, "Enum", "次のいずれかを指定してください: " + allowed + " (one of: " + allowed + ")", uri);
        }
        return invalid(field, "Type", "値の形式が正しくありません (wrong format)", uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        if (e.getPath().isEmpty()) {
            return malformed(uri);
        }
        return invalid(path(e), "Type", "値の型が正しくありません (wrong type of value)", uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return malformed(uri);
    }

    private static Response malformed(UriInfo uri) {
        return respond(ProblemType.MALFORMED, "本文を JSON として読めません (the body is not valid JSON)", List.of(), uri).build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return respond(ProblemType.NOT_FOUND, "このパスにはリソースがありません (no resource at this path)", List.of(), uri).build();
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        Response.ResponseBuilder builder = respond(ProblemType.METHOD_NOT_ALLOWED,
                "このパスでは使えないメソッドです (method not allowed here)", List.of(), uri);
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return respond(ProblemType.NOT_ACCEPTABLE,
                "application/json で応答します (this resource answers in application/json)", List.of(), uri).build();
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e, UriInfo uri) {
        return respond(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "Content-Type: application/json で送ってください (send Content-Type: application/json)", List.of(), uri)
                .build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
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
        String detail = status == 400 ? "リクエストを読めません (the request could not be read)" : null;
        return respond(type, detail, List.of(), uri).build();
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return respond(ProblemType.UNAUTHORIZED,
                "有効なトークンがありません。サインインしてください (missing, expired or invalid token)", List.of(), uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "この操作を行う権限がありません (your role may not do this)", List.of(), uri).build();
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response staleWrite(RuntimeException e, UriInfo uri) {
        return respond(ProblemType.PRECONDITION_FAILED,
                "他の人が同時に更新しました。読み直してから更新してください (concurrent update; reload and retry)", List.of(), uri).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseFailures.isConnectionFailure(e)) {
            // the database is unreachable: say so and when to come back, without a stack trace per request
            LOG.warnf("database unavailable: %s", e.toString());
            return respond(DatabaseFailures.SERVICE_UNAVAILABLE,
                    "データベースに接続できません。しばらく待ってから再送してください。Idempotency-Key 付きの登録は同じキーで再送すれば 1 件です (the database cannot be reached; retry later, with the same Idempotency-Key for creates)",
                    List.of(), uri).header(HttpHeaders.RETRY_AFTER, SERVICE_UNAVAILABLE_RETRY_AFTER).build();
        }
        ProblemException integrity = Integrity.of(e);
        if (integrity != null) {
            LOG.warn("a database constraint refused a write the service did not check: " + integrity.getMessage(), e);
            return problem(integrity, uri);
        }
        if (DatabaseFailures.isTransientConflict(e)) {
            // a conflict outside any retried transaction (or one that escaped it): the caller may simply try again
            LOG.warnf("write conflict: %s", e.toString());
            ProblemException conflict = RetryOnConflictInterceptor.writeConflict();
            return problem(conflict, uri);
        }
        if (clientWentAway(e)) {
            // the client closed the connection before the answer was written (a load test stopping, a tab closed):
            // nothing failed on our side, and no one will read the answer
            LOG.debugf("client closed the connection: %s", e.toString());
            return respond(ProblemType.INTERNAL, "接続が切れました (the connection was closed)", List.of(), uri).build();
        }
        if (isDataException(e)) {
            LOG.warn("write refused by the database for a value out of range", e);
            return respond(ProblemType.VALIDATION, "保存できる範囲を超える値があります (a value is out of the range that can be stored)",
                    List.of(), uri).build();
        }
        LOG.error("unexpected failure", e);
        return respond(ProblemType.INTERNAL, "要求を処理できませんでした。requestId を添えて管理者に連絡してください (please quote the requestId)",
                List.of(), uri).build();
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

    private static Response invalid(String field, String rule, String message, UriInfo uri) {
        return respond(ProblemType.VALIDATION, field + ": " + message,
                List.of(new Problem.FieldError(field, rule, message)), uri).build();
    }

    static Response.ResponseBuilder respond(ProblemType type, String detail, List<Problem.FieldError> errors,
            UriInfo uri) {
        Problem body = body(type, detail, errors, uri == null ? null : uri.getRequestUri().getRawPath());
        return Response.status(type.status()).type(Problems.MEDIA_TYPE).entity(body);
    }

    static Problem body(ProblemType type, String detail, List<Problem.FieldError> errors, String instance) {
        return new Problem(type.type(), type.title(), type.titleEn(), type.status(), detail, instance,
                RequestIds.current(), errors == null || errors.isEmpty() ? null : errors);
    }

    private static Problem.FieldError fieldError(ConstraintViolation<?> v) {
        String rule = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return new Problem.FieldError(fieldName(v.getPropertyPath()), rule, v.getMessage());
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
