package jp.wardhub.counter;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jp.wardhub.platform.Csv;

@Path("/api/v1")
@Tag(name = "open-data", description = "オープンデータ (open data)")
@RunOnVirtualThread
public class OpenDataResource {

    public static final String JSON_LD = "application/ld+json";
    /** Lower server preference than JSON, so that a caller accepting anything keeps getting JSON. */
    private static final String JSON_LD_SECOND_CHOICE = "application/ld+json;qs=0.5";

    @Inject
    OpenDataService openData;

    @GET
    @Path("/open-data/public-facilities.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "公共施設一覧 (CSV)",
            description = "デジタル庁の推奨データセット「公共施設一覧」の項目順。UTF-8 (BOM つき)。 Offices as the standard public-facilities data set, UTF-8 with BOM.")
    @APIResponse(responseCode = "200", description = "CSV")
    public String getPublicFacilitiesCsv() {
        return openData.publicFacilities();
    }

    @GET
    @Path("/open-data/procedures.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "手続きの一覧 (CSV)", description = "手続きの案内の全件。UTF-8 (BOM つき)。 The procedure catalogue as CSV.")
    @APIResponse(responseCode = "200", description = "CSV")
    public String getProceduresCsv() {
        return openData.procedures();
    }

    @GET
    @Path("/open-data/availability.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "取扱い一覧 (CSV)",
            description = "手続き × 場所の取扱い。UTF-8 (BOM つき)。 The availability of every procedure at every place.")
    @APIResponse(responseCode = "200", description = "CSV")
    public String getAvailabilityCsv() {
        return openData.availability();
    }

    @GET
    @Path("/offices/{id}")
    @Produces(JSON_LD_SECOND_CHOICE)
    @Operation(summary = "施設を schema.org JSON-LD で見る",
            description = "Accept: application/ld+json のとき。GovernmentOffice と OpeningHoursSpecification。 The office as schema.org GovernmentOffice.")
    @APIResponse(responseCode = "200", description = "JSON-LD")
    public RestResponse<Map<String, Object>> getOfficeLinkedData(@Parameter(example = "2") @PathParam("id") long id) {
        OpenDataService.LinkedData office = openData.governmentOffice(id);
        // The type is set here, else the qs preference above leaks into Content-Type. The ETag is the office's
        // version, as on its JSON; weak, as the two representations are equivalent rather than byte-equal.
        return RestResponse.ResponseBuilder.ok(office.body()).type(JSON_LD)
                .tag(new EntityTag(Long.toString(office.version()), true)).header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .build();
    }
}
