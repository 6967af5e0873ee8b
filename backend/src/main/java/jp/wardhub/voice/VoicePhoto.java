package jp.wardhub.voice;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * 写真: a photo a resident sent with a voice, as re-encoded on arrival (only the pixels are kept: no EXIF, no location,
 * no camera). Kept in the database beside the voice, so every replica serves it and a voice never lacks its photos.
 */
@Entity
@Table(name = "voice_photo")
public class VoicePhoto extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "voice_id", nullable = false)
    public Long voiceId;

    /** 1, 2 or 3, in the order the resident sent them. */
    @Column(nullable = false)
    public int position;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(nullable = false)
    public int width;

    @Column(nullable = false)
    public int height;

    /** Chosen by staff at publication to be shown with the published voice; never otherwise public. */
    @Column(nullable = false)
    public boolean published;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;
}
