package jp.wardhub.platform;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where residents and partners reach WardHub from outside ({@code wardhub.public-url}, e.g.
 * {@code https://wardhub.city.example.jp}): the base of every absolute link the app hands out (e-mails, the Atom
 * feed, Open311's media_url), which a request behind a proxy cannot tell.
 */
@ApplicationScoped
public class PublicSite {

    private final String url;

    PublicSite(@ConfigProperty(name = "wardhub.public-url") String url) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** {@code path} (starting with a slash) as an absolute URL. */
    public String link(String path) {
        return url + path;
    }

    public String url() {
        return url;
    }
}
