package jp.wardhub.proposal;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jp.wardhub.platform.ETags;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.Responses;
import jp.wardhub.platform.idempotency.Idempotency;
import jp.wardhub.proposal.ConsultationInputs.ConsultationInput;
import jp.wardhub.proposal.ConsultationInputs.ReportInput;
import jp.wardhub.proposal.ConsultationInputs.ResponseInput;
import jp.wardhub.proposal.ConsultationViews.ConsultationPage;
import jp.wardhub.proposal.ConsultationViews.ConsultationView;
import jp.wardhub.proposal.ConsultationViews.ReportView;
import jp.wardhub.proposal.ConsultationViews.ResponseView;

@Path("/api/v1/consultations")
@Tag(name = "consultations",
        description = "事前協議: 本庁の局が事業の前に関係する区へ協議し、区が回答し、局が進捗を報告する (prior consultation of wards by HQ, and progress reports)")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
@Authenticated
@SecurityRequirement(name = "bearer")
public class ConsultationResource {

    private static final String KEY_DOC = "再送しても 1 回だけ登録するためのキー (retry-safe create key)";

    @Inject
    ConsultationService consultations;

    @GET
    @Operation(summary = "事前協議を探す",
            description = "本庁職員には自局の協議、区職員には自区あての協議、管理者にはすべて。期限の遅い順。 HQ staff see their bureau's, ward staff those addressed to their ward, administrators all; latest deadline first.")
    @APIResponse(responseCode = "200", description = "事前協議の一覧 (a page of consultations)")
    public ConsultationPage listConsultations(@BeanParam ConsultationQuery query,
            @Parameter(example = "0") @QueryParam("page") String page,
            @Parameter(example = "20") @QueryParam("size") String size) {
        return consultations.list(query.filter(), PageRequest.of(page, size));
    }

    @POST
    @RolesAllowed({ "ADMIN", "HQ" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "事前協議を始める",
            description = "本庁職員 (自局として) と管理者。協議先の区の職員に通知する。 HQ staff for their own bureau, and administrators; the addressed wards' staff are notified.")
    @APIResponse(responseCode = "201", description = "始めた事前協議 (the consultation)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConsultationView.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key が別の内容で使用済み (key reused with another body)")
    public RestResponse<ConsultationView> openConsultation(
            @Parameter(in = ParameterIn.HEADER, description = KEY_DOC, example = "5d2c41f0-consultation-001")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            ConsultationInput input) {
        return Responses.created("/api/v1/consultations", consultations.open(input, idempotencyKey));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "事前協議を 1 件見る",
            description = "協議先の区の回答と進捗報告つき。 With the wards' answers and the progress reports.")
    @APIResponse(responseCode = "200", description = "事前協議 (the consultation)")
    public RestResponse<ConsultationView> getConsultation(@Parameter(example = "1") @PathParam("id") long id) {
        return Responses.ok(consultations.get(id));
    }

    @POST
    @RolesAllowed("WARD")
    @Path("/{id}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "事前協議に区として回答する",
            description = "協議先の区の区職員のみ、期限の日まで。最初の回答は If-Match なしで 201。回答し直すと前の回答を置き換える (If-Match に前の回答の ETag が必要: ないと 428、古いと 412)。 Staff of an addressed ward, until the deadline. The first answer needs no If-Match (201); answering again replaces it and needs the ETag of the answer it replaces.")
    @APIResponse(responseCode = "201", description = "区の回答 (the ward's first answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ResponseView.class)))
    @APIResponse(responseCode = "200", description = "置き換えた回答 (the replaced answer)")
    @APIResponse(responseCode = "409", description = "回答期限を過ぎた (the deadline has passed)")
    public RestResponse<ResponseView> respondToConsultation(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER,
                    description = "置き換える回答の ETag。最初の回答では送らない (the ETag of the answer being replaced; not sent with the first answer)",
                    example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            ResponseInput input) {
        ConsultationService.Answered answered = consultations.respond(id, ifMatch, input);
        ResponseView response = answered.response();
        if (answered.created()) {
            return RestResponse.ResponseBuilder.<ResponseView>created(
                    URI.create("/api/v1/consultations/" + id + "/responses/" + response.ward().code()))
                    .entity(response).tag(ETags.of(response.version())).build();
        }
        return Responses.ok(response);
    }

    @GET
    @Path("/{id}/responses/{ward}")
    @Operation(summary = "区の回答を見る",
            description = "ETag は回答し直すときの If-Match に使う。 Its ETag is the If-Match for answering again.")
    @APIResponse(responseCode = "200", description = "区の回答 (the ward's answer)")
    public RestResponse<ResponseView> getConsultationResponse(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(example = "431010") @PathParam("ward") String ward) {
        return Responses.ok(consultations.response(id, ward));
    }

    @POST
    @RolesAllowed({ "ADMIN", "HQ" })
    @Path("/{id}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "進捗を報告する",
            description = "協議した局の職員と管理者。協議先の区の職員に通知し、その区だけが読める。 The consulting bureau's staff and administrators; the addressed wards are notified and only they read it.")
    @APIResponse(responseCode = "201", description = "進捗報告 (the report)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key が別の内容で使用済み (key reused with another body)")
    public RestResponse<ReportView> reportOnConsultation(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, description = KEY_DOC, example = "5d2c41f0-report-001")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            ReportInput input) {
        return Responses.created("/api/v1/consultations/" + id + "/reports",
                consultations.report(id, input, idempotencyKey));
    }

    @GET
    @Path("/{id}/reports/{reportId}")
    @Operation(summary = "進捗報告を 1 件見る",
            description = "協議した局と協議先の区だけが読める。 Only the consulting bureau and the addressed wards read it.")
    @APIResponse(responseCode = "200", description = "進捗報告 (the report)")
    public RestResponse<ReportView> getConsultationReport(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(example = "2") @PathParam("reportId") long reportId) {
        return Responses.ok(consultations.report(id, reportId));
    }
}
