package jp.wardhub.voice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * 個人情報: the resident's name and contact details for one voice, kept apart from it. Read only through
 * {@link VoiceService#personalData}, which lets in the staff who handle the voice and audits every read.
 */
@Entity
@Table(name = "voice_personal_data")
public class VoicePersonalData extends PanacheEntityBase {

    @Id
    @Column(name = "voice_id")
    public Long voiceId;

    public String name;

    public String address;

    public String phone;

    public String email;

    @Column(name = "consent_to_contact", nullable = false)
    public boolean consentToContact;
}
