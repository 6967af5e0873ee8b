package jp.wardhub.voice;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jp.wardhub.platform.AtomFeed;
import jp.wardhub.platform.PublicSite;
import jp.wardhub.proposal.PublicProposalService;

/**
 * 新着の公表: one Atom feed of what was published for residents, the published voices and the published answers to
 * ward proposals, newest first. Entry ids are tag URIs (RFC 4151) under the public site's host, so they stay the same
 * whichever replica answers.
 */
@Path("/api/v1")
@Tag(name = "public-voices")
@RunOnVirtualThread
public class PublicFeedResource {

    /** Entries in the feed: a reader polls it, so the newest are enough. */
    static final int ENTRIES = 50;
    /** The year in the tag URIs' authority (RFC 4151: a date the name was held; fixed, so that ids never change). */
    static final String TAG_YEAR = "2026";

    @Inject
    PublicVoiceService voices;

    @Inject
    PublicProposalService proposals;

    @Inject
    PublicSite site;

    @GET
    @Path("/public/feed.atom")
    @Produces(AtomFeed.MEDIA_TYPE)
    @Operation(summary = "新着の公表 (Atom)",
            description = "公表された区民の声と、公開された区提案の局の回答の新しい " + ENTRIES
                    + " 件 (公表・公開の新しい順)。各エントリーは区民の声の公表・区提案の結果のページへリンクする。id は tag: URI。 The newest published voices and published proposal answers as an Atom feed, newest first.")
    @APIResponse(responseCode = "200", description = "Atom フィード (the feed)")
    public String getPublicFeed() {
        String site = this.site.url();
        String authority = "tag:" + URI.create(site).getHost() + "," + TAG_YEAR;
        String idAuthority = authority.substring("tag:".length());
        List<AtomFeed.Entry> entries = new ArrayList<>(voices.feedEntries(ENTRIES, site, idAuthority));
        entries.addAll(proposals.feedEntries(ENTRIES, site, idAuthority));
        entries.sort(Comparator.comparing(AtomFeed.Entry::updated).reversed().thenComparing(AtomFeed.Entry::id));
        return AtomFeed.write(authority + ":feed", "区政ハブ 新着の公表 (WardHub: new publications)", "区政ハブ (WardHub)",
                site + "/api/v1/public/feed.atom", site + "/published-voices",
                entries.subList(0, Math.min(ENTRIES, entries.size())));
    }
}
