-- Kumamoto City counter services in English (手続きの英語の説明): the description, what to bring, fee note and
-- processing time of the 30 procedures residents come to the ward counters for most - residence and family register
-- certificates, moving in, out and within the city, household changes, birth, marriage, divorce and death
-- registrations, seal registration, the My Number Card, tax certificates, National Health Insurance, the National
-- Pension, the child allowance, children's medical subsidies and the maternal and child health handbook.
-- Translated from the Japanese texts of V2_1__kumamoto_counter.sql, in plain English for residents from abroad, with
-- the Japanese names of documents and systems beside the English where residents will meet them. Fees, rules and
-- sample marks are those of the Japanese; the other procedures have no English yet and show their Japanese text.
-- Portable SQL (MariaDB 10.11, MySQL 8.4, H2 in MariaDB mode).

UPDATE service_procedure SET
    description_en = 'A document certifying the address, name, date of birth, relationship to the head of household and other details recorded in the Basic Resident Register. You can request it for everyone in the household or only some members; ask for your registered domicile (honseki) and the head of the family register (hittosha), or your My Number, to be shown only when you need them. It can be requested by the person themselves or someone in the same household, and also by a representative with a letter of authorisation (ininjo). (Sample: Kumamoto City''s actual practice may differ.)',
    what_to_bring_en = 'Proof of identity, such as a My Number Card (マイナンバーカード), driver''s licence or passport. A representative brings a letter of authorisation (ininjo) and their own proof of identity.',
    fee_note_en = '¥300 per copy (sample). ¥200 per copy at a convenience store (sample).',
    processing_time_en = 'Issued the same day'
WHERE code = 'juminhyo-copy';

UPDATE service_procedure SET
    description_en = 'Certifies the entries of everyone recorded in a family register (koseki). It is used, for example, to apply for a passport or for inheritance procedures. It can be requested by the person recorded in it, their spouse, or their direct relatives (parents, grandparents, children, grandchildren) and the like; anyone else needs a letter of authorisation (ininjo) or a legitimate reason. (Sample: Kumamoto City''s actual practice may differ.)',
    what_to_bring_en = 'Proof of identity, such as a My Number Card (マイナンバーカード), driver''s licence or passport. A representative brings a letter of authorisation (ininjo) and their own proof of identity.',
    fee_note_en = '¥450 per copy (sample)',
    processing_time_en = 'Issued the same day'
WHERE code = 'koseki-zenbu';

UPDATE service_procedure SET
    description_en = 'Certifies the entries of only the people you choose among those recorded in a family register (koseki). It can be requested by the person recorded in it, their spouse, or their direct relatives (parents, grandparents, children, grandchildren) and the like; anyone else needs a letter of authorisation (ininjo) or a legitimate reason. (Sample: Kumamoto City''s actual practice may differ.)',
    what_to_bring_en = 'Proof of identity, such as a My Number Card (マイナンバーカード), driver''s licence or passport. A representative brings a letter of authorisation (ininjo) and their own proof of identity.',
    fee_note_en = '¥450 per copy (sample)',
    processing_time_en = 'Issued the same day'
WHERE code = 'koseki-kojin';

UPDATE service_procedure SET
    description_en = 'A document certifying your history of addresses, which is kept together with the family register (koseki) by the municipality of your registered domicile (honseki). It is used to show how your past and present addresses connect, for example for inheritance, property registration or vehicle procedures. Only for people whose registered domicile is in Kumamoto City. (Sample: Kumamoto City''s actual practice may differ.)',
    what_to_bring_en = 'Proof of identity, such as a My Number Card (マイナンバーカード), driver''s licence or passport. A representative brings a letter of authorisation (ininjo) and their own proof of identity.',
    fee_note_en = '¥300 per copy (sample)',
    processing_time_en = 'Issued the same day'
WHERE code = 'koseki-fuhyo';

UPDATE service_procedure SET
    description_en = 'Since 1 March 2024, you can request family register certificates and certificates of closed registers (joseki) at the family register counter of your nearest municipality, wherever in Japan your registered domicile (honseki) is. They can be requested by the person themselves, their spouse and their direct relatives (parents, grandparents, children, grandchildren), who must come to the counter in person. Requests by mail or through a representative, and some family registers that have not been computerised, are not covered. (Sample: Kumamoto City''s actual practice may differ.)',
    what_to_bring_en = 'Proof of identity with a photo, such as a My Number Card (マイナンバーカード), driver''s licence or passport',
    fee_note_en = 'Family register certificate ¥450; certificate of a closed or pre-revision family register (joseki / kaisei genkoseki) ¥750 (sample)',
    processing_time_en = 'Same day to a few days (depending on the inquiry to the municipality of your registered domicile)'
WHERE code = 'koseki-koiki';

UPDATE service_procedure SET
    description_en = 'The notification you make when you move to Kumamoto City from another municipality. Make it within 14 days of starting to live here. You need the moving-out certificate (tenshutsu shomeisho) issued by the municipality of your previous address (if you gave notice of moving out with your My Number Card (マイナンバーカード), bring the card).',
    what_to_bring_en = 'The moving-out certificate (tenshutsu shomeisho), or, if you gave notice of moving out with a My Number Card, the My Number Cards of everyone in the household; proof of identity, such as a My Number Card (マイナンバーカード), driver''s licence or passport. Moving in from abroad: your passport and a copy of the family register supplementary record (koseki no fuhyo).',
    fee_note_en = 'Free',
    processing_time_en = 'Same day'
WHERE code = 'tennyu';

UPDATE service_procedure SET
    description_en = 'The notification you make when you move from Kumamoto City to another municipality or abroad. Make it from about 14 days before your planned moving date until 14 days after you move. If you have a My Number Card (マイナンバーカード), you can give notice online through Mynaportal (マイナポータル); in that case no moving-out certificate (tenshutsu shomeisho) is issued.',
    what_to_bring_en = 'Proof of identity, such as a My Number Card (マイナンバーカード), driver''s licence or passport; your eligibility certificates (shikaku kakuninsho) for National Health Insurance, long-term care insurance and the like, if you have them. A representative brings a letter of authorisation (ininjo) and their own proof of identity.',
    fee_note_en = 'Free',
    processing_time_en = 'Same day'
WHERE code = 'tenshutsu';

UPDATE service_procedure SET
    description_en = 'The notification you make when your address changes within Kumamoto City (including a move to another ward). Make it within 14 days of moving. The address on the My Number Cards (マイナンバーカード) of the people in your household is changed at the same time.',
    what_to_bring_en = 'Proof of identity, such as a My Number Card (マイナンバーカード), driver''s licence or passport; the My Number Cards of everyone in the household who has one. A representative brings a letter of authorisation (ininjo) and their own proof of identity.',
    fee_note_en = 'Free',
    processing_time_en = 'Same day'
WHERE code = 'tenkyo';

UPDATE service_procedure SET
    description_en = 'The notification you make when, without changing address, you change the head of household, split a household (setai bunri) or join two households into one (setai gappei). Make it within 14 days of the change.',
    what_to_bring_en = 'Proof of identity, such as a My Number Card (マイナンバーカード), driver''s licence or passport. A representative brings a letter of authorisation (ininjo) and their own proof of identity.',
    fee_note_en = 'Free',
    processing_time_en = 'Same day'
WHERE code = 'setai-henko';

UPDATE service_procedure SET
    description_en = 'The registration you make when a child is born. File it within 14 days, counting the day of birth (within 3 months if the child was born abroad), with the municipality of the parents'' registered domicile (honseki) or address, or of the place of birth. You need the birth certificate (shussho shomeisho) filled in by the doctor or midwife.',
    what_to_bring_en = 'The birth registration form with the birth certificate filled in; the Maternal and Child Health Handbook (boshi kenko techo); proof of identity of the person filing',
    fee_note_en = 'Free',
    processing_time_en = 'Accepted the same day (entered in the family register a few days later)'
WHERE code = 'shussho';

UPDATE service_procedure SET
    description_en = 'The registration you make when you marry. The marriage becomes legally valid on the day the registration is accepted. It needs the signatures of two adult witnesses. Since 1 March 2024, as a rule you no longer need to attach a copy of the family register (koseki tohon).',
    what_to_bring_en = 'The marriage registration form signed by two witnesses; proof of identity of the person filing',
    fee_note_en = 'Free',
    processing_time_en = 'Accepted the same day (entered in the family register a few days later)'
WHERE code = 'konin';

UPDATE service_procedure SET
    description_en = 'For a divorce by agreement (kyogi rikon), the divorce takes effect when this registration is made (two adult witnesses are needed). For a divorce by mediation, adjudication or court judgment, file it within 10 days of the day it was settled or became final, with a certified copy of the mediation record or similar. If you have a child who is a minor, decide which parent will have parental authority (shinkensha) and write it on the form.',
    what_to_bring_en = 'The divorce registration form; proof of identity of the person filing. For a divorce by mediation, adjudication or court judgment, also a certified copy of the record or judgment and the certificate that it is final.',
    fee_note_en = 'Free',
    processing_time_en = 'Accepted the same day (entered in the family register a few days later)'
WHERE code = 'rikon';

UPDATE service_procedure SET
    description_en = 'The registration made when a family member or someone else dies. File it within 7 days of learning of the death (within 3 months if the person died abroad). You need the death certificate (shibo shindansho, or the postmortem report, shitai kenansho) filled in by a doctor; funeral companies often file it on the family''s behalf. The application for a cremation permit is made at the same time.',
    what_to_bring_en = 'The death registration form with the death certificate filled in; proof of identity of the person filing',
    fee_note_en = 'Free',
    processing_time_en = 'Accepted the same day'
WHERE code = 'shibo';

UPDATE service_procedure SET
    description_en = 'Registers your official seal (jitsuin), which is used for example to register real estate or a car. Anyone aged 15 or over who is registered as a resident of Kumamoto City can register one seal. If you come in person with proof of identity with a photo, it is registered on the spot; otherwise it is registered at a later date, after confirmation with a letter of inquiry (shokaisho). (Sample: Kumamoto City''s actual practice may differ.)',
    what_to_bring_en = 'The seal (hanko) to register; proof of identity with a photo, such as a My Number Card (マイナンバーカード) or driver''s licence',
    fee_note_en = 'Free (sample)',
    processing_time_en = 'Same day (at a later date when confirmed with a letter of inquiry)'
WHERE code = 'inkan-toroku';

UPDATE service_procedure SET
    description_en = 'Certifies the impression of your registered seal (jitsuin). At the counter you must show your seal registration card (inkan torokusho); with the card, a representative can also request it. If you have a My Number Card (マイナンバーカード), you can also get it at a convenience store or at the automatic certificate kiosk. (Sample: Kumamoto City''s actual practice may differ.)',
    what_to_bring_en = 'Seal registration card (inkan torokusho). At a convenience store or the kiosk: your My Number Card (マイナンバーカード)',
    fee_note_en = '¥300 per copy (sample). ¥200 per copy at a convenience store (sample).',
    processing_time_en = 'Issued the same day'
WHERE code = 'inkan-shomei';

UPDATE service_procedure SET
    description_en = 'Apply for a My Number Card (マイナンバーカード). You can apply by smartphone or computer, by mail, or at a photo booth in town. At the counter, staff help you fill in the application and take your photo. It takes about one month from the application until the notice that your card is ready. (Sample: Kumamoto City''s actual practice may differ.)',
    what_to_bring_en = 'Proof of identity, such as a My Number Card (マイナンバーカード), driver''s licence or passport; your notification of individual number (kojin bango tsuchisho) or application form, if you have one',
    fee_note_en = 'Free for a first application',
    processing_time_en = 'About 1 month until the notice that the card is ready'
WHERE code = 'mynumber-shinsei';

UPDATE service_procedure SET
    description_en = 'Collect the My Number Card (マイナンバーカード) you applied for at the counter. When the notice of issue (a postcard) arrives, book an appointment and come in person. You set your PINs when you receive the card, so decide them beforehand. (Sample: Kumamoto City''s actual practice may differ.)',
    what_to_bring_en = 'The notice of issue (postcard); your notification card (tsuchi kado) or notification of individual number (kojin bango tsuchisho), if you have one; proof of identity, such as a My Number Card (マイナンバーカード), driver''s licence or passport; your Basic Resident Register card (juki kado), if you have one',
    fee_note_en = 'Free for the first card',
    processing_time_en = 'By appointment (sample)'
WHERE code = 'mynumber-kofu';

UPDATE service_procedure SET
    description_en = 'The two electronic certificates on a My Number Card (マイナンバーカード), for signatures and for user authentication, expire on your fifth birthday after the date of issue. When you receive the expiry notice, you can renew them from 3 months before they expire. Come in person.',
    what_to_bring_en = 'Your My Number Card (マイナンバーカード); the expiry notice, if you have received it',
    fee_note_en = 'Free',
    processing_time_en = 'Same day'
WHERE code = 'denshi-shomei-koshin';

UPDATE service_procedure SET
    description_en = 'Reset your PINs when you have forgotten them, or when the card is locked after several wrong entries in a row. Come in person with your My Number Card (マイナンバーカード). Depending on conditions, the PIN of the signature certificate can also be reset at a convenience store. (Sample: Kumamoto City''s actual practice may differ.)',
    what_to_bring_en = 'Your My Number Card (マイナンバーカード); proof of identity, such as a My Number Card, driver''s licence or passport',
    fee_note_en = 'Free',
    processing_time_en = 'Same day'
WHERE code = 'mynumber-pin';

UPDATE service_procedure SET
    description_en = 'Certifies the income and the tax amounts on which your municipal and prefectural inhabitant taxes are based. It is for people who lived in Kumamoto City on 1 January of that fiscal year; certificates for the new fiscal year are issued from around June each year. (Sample: Kumamoto City''s actual practice may differ.)',
    what_to_bring_en = 'Proof of identity, such as a My Number Card (マイナンバーカード), driver''s licence or passport. A representative brings a letter of authorisation (ininjo) and their own proof of identity.',
    fee_note_en = '¥300 per copy (sample). ¥200 per copy at a convenience store (sample).',
    processing_time_en = 'Issued the same day'
WHERE code = 'shotoku-kazei';

UPDATE service_procedure SET
    description_en = 'Certifies that you are not taxed for municipal and prefectural inhabitant taxes, together with your income. It is asked for when applying for various benefits and reductions. If you have not declared your income, you need to declare it first. (Sample: Kumamoto City''s actual practice may differ.)',
    what_to_bring_en = 'Proof of identity, such as a My Number Card (マイナンバーカード), driver''s licence or passport. A representative brings a letter of authorisation (ininjo) and their own proof of identity.',
    fee_note_en = '¥300 per copy (sample)',
    processing_time_en = 'Issued the same day'
WHERE code = 'hikazei';

UPDATE service_procedure SET
    description_en = 'Certifies your payments of municipal taxes and that you have no unpaid taxes. It is asked for, for example, when applying to take part in public tenders or for a loan. Right after a payment it can take time to confirm it, so bring your receipt. (Sample: Kumamoto City''s actual practice may differ.)',
    what_to_bring_en = 'Proof of identity, such as a My Number Card (マイナンバーカード), driver''s licence or passport; your receipt, if you have just paid. A representative brings a letter of authorisation (ininjo) and their own proof of identity.',
    fee_note_en = '¥300 per copy (sample)',
    processing_time_en = 'Issued the same day'
WHERE code = 'nozei';

UPDATE service_procedure SET
    description_en = 'Notify us that you are joining when you leave your employer''s health insurance, or when you move in from outside the city (if you are not covered by another health insurance). Your coverage goes back to the day this happened, and premiums are charged from that month. Notify us within 14 days.',
    what_to_bring_en = 'If you left a job, the certificate of loss of health insurance coverage (shikaku soshitsu shomeisho); proof of identity, such as a My Number Card (マイナンバーカード), driver''s licence or passport; something showing your My Number',
    fee_note_en = 'Free',
    processing_time_en = 'Same day'
WHERE code = 'kokuho-kanyu';

UPDATE service_procedure SET
    description_en = 'When you join your employer''s health insurance, for example, you need to notify us that you are leaving National Health Insurance. You are not taken off it automatically, so notify us within 14 days.',
    what_to_bring_en = 'Something showing your coverage under your employer''s health insurance; your National Health Insurance eligibility certificate (shikaku kakuninsho), if you have one; proof of identity, such as a My Number Card (マイナンバーカード), driver''s licence or passport',
    fee_note_en = 'Free',
    processing_time_en = 'Same day'
WHERE code = 'kokuho-dattai';

UPDATE service_procedure SET
    description_en = 'Since 2 December 2024, new health insurance cards (hokensho) are no longer issued. People who cannot use a My Number Card as their health insurance card (マイナ保険証), among others, receive an eligibility certificate (shikaku kakuninsho) instead. If it is lost or damaged, apply for a new one. (Sample: Kumamoto City''s actual practice may differ.)',
    what_to_bring_en = 'Proof of identity, such as a My Number Card (マイナンバーカード), driver''s licence or passport',
    fee_note_en = 'Free',
    processing_time_en = 'Same day'
WHERE code = 'kokuho-shikaku';

UPDATE service_procedure SET
    description_en = 'When you leave your company or stop being your spouse''s dependant, for example, notify us to become a category 1 insured person (dai 1 go hihokensha). If you left a job, notify us within 14 days. When you turn 20, the Japan Pension Service sends you a notice about joining.',
    what_to_bring_en = 'Your basic pension number notice (kiso nenkin bango tsuchisho) or pension book (nenkin techo); a document showing the day you left your job; proof of identity, such as a My Number Card (マイナンバーカード), driver''s licence or passport',
    fee_note_en = 'Free',
    processing_time_en = 'Accepted the same day'
WHERE code = 'nenkin-kanyu';

UPDATE service_procedure SET
    description_en = 'If your income is low and paying the contributions is financially difficult, you can apply to have them waived or postponed. If you lost your job, a special rule lets your application be assessed without counting your own income. You can also apply online through Mynaportal (マイナポータル).',
    what_to_bring_en = 'Your basic pension number notice (kiso nenkin bango tsuchisho) or pension book (nenkin techo); if you lost your job, your separation notice (rishokuhyo) or employment insurance eligibility card (koyo hoken jukyu shikakusha sho); proof of identity, such as a My Number Card (マイナンバーカード), driver''s licence or passport',
    fee_note_en = 'Free',
    processing_time_en = 'About 2 to 3 months until you are told the result (by the Japan Pension Service)'
WHERE code = 'nenkin-menjo';

UPDATE service_procedure SET
    description_en = 'Paid to people raising children up to high-school age. If you apply within 15 days from the day after a birth or moving in, it is paid from the month after the month of the birth or move. Public servants apply at their workplace.',
    what_to_bring_en = 'Something showing the claimant''s health insurance coverage; the details of a bank account in the claimant''s name for the payments; proof of identity, such as a My Number Card (マイナンバーカード), driver''s licence or passport',
    fee_note_en = 'Free',
    processing_time_en = 'After review, about 1 month until the notice of approval'
WHERE code = 'jido-teate';

UPDATE service_procedure SET
    description_en = 'Pays the part of your children''s medical costs that you would otherwise pay yourself. When you apply after a birth or moving in, you receive an eligibility certificate (jukyu shikakusho) to show at the hospital or clinic reception. The ages covered and whether you pay anything depend on the city''s scheme. (Sample: Kumamoto City''s actual practice may differ.)',
    what_to_bring_en = 'Something showing the child''s health insurance coverage; proof of identity, such as a My Number Card (マイナンバーカード), driver''s licence or passport',
    fee_note_en = 'Free',
    processing_time_en = 'Issued the same day (sample)'
WHERE code = 'kodomo-iryo';

UPDATE service_procedure SET
    description_en = 'When you learn you are pregnant, notify us of the pregnancy and receive the Maternal and Child Health Handbook (boshi kenko techo), the vouchers for prenatal check-ups and other materials. A public health nurse or other staff member will talk with you about life during pregnancy and raising your child. (Sample: Kumamoto City''s actual practice may differ.)',
    what_to_bring_en = 'The pregnancy notification form (also available at the counter); proof of identity, such as a My Number Card (マイナンバーカード), driver''s licence or passport; something showing your My Number',
    fee_note_en = 'Free',
    processing_time_en = 'Issued the same day'
WHERE code = 'boshi-techo';
