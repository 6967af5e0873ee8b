package jp.wardhub.platform;

/**
 * The terms of everything the city publishes as open data (オープンデータ): CC BY 4.0, as the national government's
 * standard terms of use recommend, so that anyone may copy, adapt and reuse it, commercially too, naming the source.
 */
public final class OpenData {

    public static final String LICENSE = "CC BY 4.0";
    public static final String LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/deed.ja";
    /** For the description of every open-data endpoint. */
    public static final String TERMS = "ライセンス: " + LICENSE + " (" + LICENSE_URL
            + ")。出典を示せば、複製・加工・再配布・商用利用ができる。 Licence: " + LICENSE + ".";

    private OpenData() {
    }
}
