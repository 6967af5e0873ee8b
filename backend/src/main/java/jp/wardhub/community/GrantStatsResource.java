package jp.wardhub.community;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jp.wardhub.community.CommunityViews.StatsView;
import jp.wardhub.platform.Csv;

@Path("/api/v1/community/grants")
@Tag(name = "grants", description = "補助金の交付状況 (grant statistics): 申請・交付決定・精算・予算の使用率")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
@Authenticated
@SecurityRequirement(name = "bearer")
public class GrantStatsResource {

    @Inject
    GrantStatsService stats;

    @GET
    @Path("/stats")
    @Operation(summary = "補助金の交付状況を集計する",
            description = "制度別・区別 (全市の制度は city)・年度別に、申請件数 (下書きを除く)、交付決定件数と額、精算額、予算と使用額・使用率。管理者・本庁職員・区職員・地域担当職員。 Applications, grants, settled amounts, budget and budget used, by programme, ward or fiscal year.")
    @APIResponse(responseCode = "200", description = "集計 (the figures)")
    public StatsView getGrantStats(@BeanParam GrantStatsQuery query) {
        return stats.stats(query.filter());
    }

    @GET
    @Path("/export.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "申請と交付の一覧を CSV で出力する",
            description = "下書きを除く申請を 1 行ずつ (UTF-8, BOM 付き)。団体の連絡先は含まない。区職員・地域担当職員は自分の区の団体・制度の申請だけ。"
                    + GrantStatsService.EXPORT_MAX_ROWS
                    + " 件まで。 One row per application (drafts excluded), never a contact; ward staff get their ward's.")
    @APIResponse(responseCode = "200", description = "CSV")
    @APIResponse(responseCode = "422", description = "件数が多すぎる (too many rows: narrow the filters)")
    public RestResponse<String> exportGrantsCsv(@BeanParam GrantQuery query) {
        return Csv.attachment(stats.exportCsv(query.filter()), "grants.csv");
    }
}
