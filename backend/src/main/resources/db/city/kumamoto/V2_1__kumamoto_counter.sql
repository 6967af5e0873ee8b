-- Kumamoto City counter services (窓口): sections the catalogue needs, the four non-office channels, procedure
-- categories, 87 procedures, the availability of every procedure at each office or channel (1173 rows), opening
-- hours of all 30 offices and 4 channels with weekend openings, a temporary closure and shortened hours, and the
-- shared Q&A (Q&A・マニュアル).
-- SAMPLE DATA FOR A DEMONSTRATION, not the city's official records: fees, places, hours and conditions are
-- illustrative unless stated otherwise; descriptions resting on unverified facts say 「サンプル」.
-- Japanese public holidays and the year-end closure (12/29-1/3) are computed by the application, not stored here.
-- search_text columns hold jp.wardhub.platform.SearchText.of(...) of the listed fields. Portable SQL (MariaDB 10.11,
-- MySQL 8.4, H2 in MariaDB mode). Generated; office ids 1-30 are those inserted by V1_1__kumamoto_organization.sql.

-- Sections the catalogue needs beyond V1_1.
INSERT INTO section (code, bureau_code, name_ja, name_en, sort_order) VALUES
    ('health-promotion', 'health-welfare', '健康づくり推進課', 'Health Promotion Section', 4),
    ('animal-welfare', 'health-welfare', '動物愛護センター', 'Animal Welfare Centre', 5),
    ('property-tax', 'finance', '資産税課', 'Property Tax Section', 2),
    ('childcare', 'children', '保育幼稚園課', 'Childcare and Kindergarten Section', 2);

-- Channels: places that are not offices.
INSERT INTO channel (code, kind, name_ja, name_kana, name_en, description, requirements, url, closed_on_holidays, closed_year_end, sort_order) VALUES
    ('convenience-store', 'CONVENIENCE_STORE', 'コンビニ交付', 'こんびにこうふ', 'Convenience store issuance', '全国の対応するコンビニエンスストアなどのマルチコピー機で、マイナンバーカードを使って証明書を取得できます。12月29日から1月3日までと、機器の保守の日は利用できません。取得できる証明書と手数料はサンプルです。', 'マイナンバーカード（利用者証明用電子証明書の暗証番号・数字4桁が必要）', 'https://www.lg-waps.go.jp/', FALSE, TRUE, 1),
    ('online', 'ONLINE', 'マイナポータル・電子申請', 'まいなぽーたるでんししんせい', 'Online (Mynaportal and e-applications)', 'マイナポータルや市の電子申請システムから、24時間オンラインで申請できます。システムの保守の時間を除きます。申請の受付は24時間ですが、審査や交付は開庁日に行います。', 'マイナンバーカードとスマートフォンまたはパソコン（手続きにより異なります）', 'https://myna.go.jp/', FALSE, FALSE, 2),
    ('mail', 'MAIL', '郵送', 'ゆうそう', 'By mail', '証明書の請求や一部の届出・申請は郵送でできます。郵便はいつでも受け付けますが、処理は開庁日（平日8時30分から17時15分）に行い、返送まで1週間程度かかります（サンプル）。', '請求書・申請書、本人確認書類の写し、手数料分の定額小為替、切手を貼った返信用封筒', NULL, TRUE, TRUE, 3),
    ('kiosk', 'KIOSK', '証明書自動交付機', 'しょうめいしょじどうこうふき', 'Automatic certificate kiosk', '中央区役所に設置した自動交付機で、住民票の写し・印鑑登録証明書・所得課税証明書を取得できます。平日は19時まで、土曜日は9時から17時まで利用できます（設置場所・時間はサンプル）。', 'マイナンバーカード（利用者証明用電子証明書の暗証番号が必要）', NULL, TRUE, TRUE, 4);

INSERT INTO procedure_category (code, name_ja, name_en, sort_order) VALUES
    ('registry', '住民票・戸籍の証明', 'Resident and family register certificates', 1),
    ('moving', '転入・転出・転居（住所の異動）', 'Moving in, out and within the city', 2),
    ('family-register', '戸籍の届出（出生・婚姻・死亡など）', 'Family register filings (birth, marriage, death)', 3),
    ('seal', '印鑑登録', 'Seal registration', 4),
    ('my-number', 'マイナンバーカード', 'My Number card', 5),
    ('tax', '税の証明・市税', 'Tax certificates and municipal taxes', 6),
    ('health-insurance', '国民健康保険・後期高齢者医療', 'National Health Insurance and late-stage elderly medical care', 7),
    ('pension', '国民年金', 'National Pension', 8),
    ('child', '子育て・児童手当', 'Child-rearing and child allowances', 9),
    ('maternal', '母子保健', 'Maternal and child health', 10),
    ('health', '健康・予防接種・検診', 'Health, vaccinations and screening', 11),
    ('long-term-care', '介護保険', 'Long-term care insurance', 12),
    ('welfare', '福祉・障がい', 'Welfare and disabilities', 13),
    ('animals', '動物（犬の登録など）', 'Animals (dog registration)', 14),
    ('disaster', '災害（り災証明など）', 'Disasters (damage certificates)', 15),
    ('waste', 'ごみ・環境', 'Waste and environment', 16),
    ('community', '地域・市民活動', 'Community and civic activities', 17);

-- Procedures. search_text = SearchText.of(name_ja, name_kana, name_en, keywords).
INSERT INTO service_procedure (code, category_code, name_ja, name_kana, name_en, keywords, description, what_to_bring, fee_yen, fee_note, processing_time, owner_section_code, legal_basis, status, search_text) VALUES
    ('juminhyo-copy', 'registry', '住民票の写し', 'じゅうみんひょうのうつし', 'Copy of the residence record (juminhyo)', '住民票 住民票謄本 住民票抄本 世帯全員 住所証明 証明書', '住民基本台帳に記録された住所・氏名・生年月日・世帯主との続柄などを証明する書類です。世帯全員または一部の方の分を請求でき、本籍・筆頭者やマイナンバーの記載は必要な場合だけ指定します。本人または同一世帯の方のほか、委任状を持った代理人も請求できます。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '本人確認書類（マイナンバーカード、運転免許証、パスポートなど）。代理人の場合は委任状と代理人の本人確認書類。', 300, '1通300円（サンプル）。コンビニ交付は1通200円（サンプル）。', '即日交付', 'ward-administration', '住民基本台帳法第12条', 'ACTIVE', '住民票の写し|じゅうみんひょうのうつし|copyoftheresidencerecord(juminhyo)|住民票住民票謄本住民票抄本世帯全員住所証明証明書|'),
    ('juminhyo-kisai', 'registry', '住民票記載事項証明書', 'じゅうみんひょうきさいじこうしょうめいしょ', 'Certificate of residence record entries', '記載事項証明 住民票 勤務先 年金 住所証明', '勤務先や年金の手続きなどで提出先が指定した様式に、住民票に記載された事項を証明するものです。提出先の様式があればお持ちください。市の様式で発行することもできます。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '本人確認書類（マイナンバーカード、運転免許証、パスポートなど）、提出先指定の様式（ある場合）。代理人の場合は委任状と代理人の本人確認書類。', 300, '1通300円（サンプル）', '即日交付', 'ward-administration', '住民基本台帳法第12条', 'ACTIVE', '住民票記載事項証明書|じゅうみんひょうきさいじこうしょうめいしょ|certificateofresidencerecordentries|記載事項証明住民票勤務先年金住所証明|'),
    ('koseki-zenbu', 'registry', '戸籍全部事項証明書（戸籍謄本）', 'こせきぜんぶじこうしょうめいしょ こせきとうほん', 'Certificate of all entries in the family register (koseki tohon)', '戸籍謄本 謄本 戸籍 全部事項 戸籍証明 パスポート 相続', '戸籍に記録されている全員の事項を証明します。パスポートの申請や相続の手続きなどで使われます。請求できるのは本人・配偶者・直系の親族などで、それ以外の方は委任状や正当な理由が必要です。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '本人確認書類（マイナンバーカード、運転免許証、パスポートなど）。代理人の場合は委任状と代理人の本人確認書類。', 450, '1通450円（サンプル）', '即日交付', 'ward-administration', '戸籍法第10条、第10条の2', 'ACTIVE', '戸籍全部事項証明書(戸籍謄本)|こせきぜんぶじこうしょうめいしょこせきとうほん|certificateofallentriesinthefamilyregister(kosekitohon)|戸籍謄本謄本戸籍全部事項戸籍証明ぱすぽーと相続|'),
    ('koseki-kojin', 'registry', '戸籍個人事項証明書（戸籍抄本）', 'こせきこじんじこうしょうめいしょ こせきしょうほん', 'Certificate of individual entries in the family register (koseki shohon)', '戸籍抄本 抄本 戸籍 個人事項 戸籍証明', '戸籍に記録されている方のうち、指定した方の事項だけを証明します。請求できるのは本人・配偶者・直系の親族などで、それ以外の方は委任状や正当な理由が必要です。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '本人確認書類（マイナンバーカード、運転免許証、パスポートなど）。代理人の場合は委任状と代理人の本人確認書類。', 450, '1通450円（サンプル）', '即日交付', 'ward-administration', '戸籍法第10条、第10条の2', 'ACTIVE', '戸籍個人事項証明書(戸籍抄本)|こせきこじんじこうしょうめいしょこせきしょうほん|certificateofindividualentriesinthefamilyregister(kosekishohon)|戸籍抄本抄本戸籍個人事項戸籍証明|'),
    ('koseki-fuhyo', 'registry', '戸籍の附票の写し', 'こせきのふひょうのうつし', 'Copy of the family register supplementary record (koseki no fuhyo)', '附票 住所の履歴 住所履歴 戸籍附票', '本籍地で戸籍と一緒に管理されている住所の履歴を証明する書類です。相続や登記、自動車の手続きなどで住所のつながりを確認するときに使われます。本籍が熊本市にある方が対象です。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '本人確認書類（マイナンバーカード、運転免許証、パスポートなど）。代理人の場合は委任状と代理人の本人確認書類。', 300, '1通300円（サンプル）', '即日交付', 'ward-administration', '住民基本台帳法第20条', 'ACTIVE', '戸籍の附票の写し|こせきのふひょうのうつし|copyofthefamilyregistersupplementaryrecord(kosekinofuhyo)|附票住所の履歴住所履歴戸籍附票|'),
    ('joseki', 'registry', '除籍・改製原戸籍の証明書', 'じょせき かいせいげんこせきのしょうめいしょ', 'Certificate of a closed or pre-revision family register (joseki / kaisei genkoseki)', '除籍謄本 原戸籍 はらこせき 改製原戸籍謄本 相続 出生から死亡まで', '婚姻・死亡などで全員が除かれた戸籍（除籍）や、法改正で作り直される前の戸籍（改製原戸籍）の証明書です。相続の手続きで出生から死亡までの戸籍をそろえるときによく使われます。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '本人確認書類（マイナンバーカード、運転免許証、パスポートなど）。代理人の場合は委任状と代理人の本人確認書類。', 750, '1通750円（サンプル）', '即日交付（古い戸籍は確認に時間がかかる場合があります）', 'ward-administration', '戸籍法第12条の2', 'ACTIVE', '除籍改製原戸籍の証明書|じょせきかいせいげんこせきのしょうめいしょ|certificateofaclosedorpre-revisionfamilyregister(joseki/kaiseigenkoseki)|除籍謄本原戸籍はらこせき改製原戸籍謄本相続出生から死亡まで|'),
    ('koseki-koiki', 'registry', '戸籍証明書の広域交付', 'こせきしょうめいしょのこういきこうふ', 'Wide-area issuance of family register certificates', '広域交付 本籍地以外 戸籍謄本 他市町村 遠い 本籍', '2024年3月1日から、本籍地が全国どこにあっても、最寄りの市区町村の戸籍の窓口で戸籍証明書・除籍証明書を請求できるようになりました。請求できるのは本人・配偶者・直系の親族で、窓口に本人が来る必要があります。郵送や代理人による請求、一部のコンピュータ化されていない戸籍は対象外です。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '顔写真付きの本人確認書類（マイナンバーカード、運転免許証、パスポートなど）', 450, '戸籍証明書450円、除籍・改製原戸籍証明書750円（サンプル）', '即日〜数日（本籍地への照会の状況によります）', 'ward-administration', '戸籍法第120条の2', 'ACTIVE', '戸籍証明書の広域交付|こせきしょうめいしょのこういきこうふ|wide-areaissuanceoffamilyregistercertificates|広域交付本籍地以外戸籍謄本他市町村遠い本籍|'),
    ('mibun-shomei', 'registry', '身分証明書', 'みぶんしょうめいしょ', 'Certificate of legal capacity (mibun shomeisho)', '身元証明 破産 後見 本籍地 許認可 就職', '破産手続開始の決定を受けていないことなどを本籍地の市区町村が証明するもので、許認可の申請や就職の際に求められます。本籍が熊本市にある方が対象です。運転免許証などの身分証明書とは異なります。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '本人確認書類（マイナンバーカード、運転免許証、パスポートなど）。代理人の場合は委任状と代理人の本人確認書類。', 300, '1通300円（サンプル）', '即日交付', 'ward-administration', NULL, 'ACTIVE', '身分証明書|みぶんしょうめいしょ|certificateoflegalcapacity(mibunshomeisho)|身元証明破産後見本籍地許認可就職|'),
    ('juri-shomei', 'registry', '届書の受理証明書', 'とどけしょのじゅりしょうめいしょ', 'Certificate of acceptance of a filing', '受理証明 婚姻届受理証明書 出生届 記念 上質紙', '婚姻届・出生届などの届書を受理したことを証明します。戸籍に記録される前に届出の事実を証明したいときに使います。届出をした市区町村で請求できます。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '本人確認書類（マイナンバーカード、運転免許証、パスポートなど）。', 350, '1通350円、上質紙の婚姻届受理証明書は1通1,400円（サンプル）', '即日交付', 'ward-administration', '戸籍法第48条', 'ACTIVE', '届書の受理証明書|とどけしょのじゅりしょうめいしょ|certificateofacceptanceofafiling|受理証明婚姻届受理証明書出生届記念上質紙|'),
    ('shien-sochi', 'registry', '住民票の写し等の交付制限（DV等支援措置）の申出', 'じゅうみんひょうのうつしとうのこうふせいげん でぃーぶいとうしえんそちのもうしで', 'Request to restrict issuance of residence records (support for victims of domestic violence and stalking)', 'DV 支援措置 ストーカー 児童虐待 交付制限 閲覧制限 加害者', 'ドメスティック・バイオレンス、ストーカー行為、児童虐待などの被害を受けている方が、加害者による住民票の写しや戸籍の附票の写しの請求を制限するための申出です。警察や配偶者暴力相談支援センターなどの意見を確認したうえで支援措置を行います。まずは窓口でご相談ください。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '本人確認書類（マイナンバーカード、運転免許証、パスポートなど）、警察などの相談機関の意見（窓口で確認します）', NULL, '無料', '相談機関の意見確認後（数日〜2週間程度）', 'ward-administration', '住民基本台帳法第12条第6項、住民基本台帳事務処理要領', 'ACTIVE', '住民票の写し等の交付制限(dv等支援措置)の申出|じゅうみんひょうのうつしとうのこうふせいげんでぃーぶいとうしえんそちのもうしで|requesttorestrictissuanceofresidencerecords(supportforvictimsofdomesticviolenceandstalking)|dv支援措置すとーかー児童虐待交付制限閲覧制限加害者|');
INSERT INTO service_procedure (code, category_code, name_ja, name_kana, name_en, keywords, description, what_to_bring, fee_yen, fee_note, processing_time, owner_section_code, legal_basis, status, search_text) VALUES
    ('tennyu', 'moving', '転入届', 'てんにゅうとどけ', 'Moving-in notification (from another municipality)', '引越し 引っ越し 転入 住所変更 住所異動 市外から 転入手続き', '市外から熊本市に引っ越してきたときの届出です。住み始めた日から14日以内に届け出てください。前の住所地で交付された転出証明書が必要です（マイナンバーカードを使って転出届をした方はカードを持参してください）。', '転出証明書（マイナンバーカードで転出届をした方は世帯全員のマイナンバーカード）、本人確認書類（マイナンバーカード、運転免許証、パスポートなど）。国外からの転入はパスポートと戸籍の附票の写し。', NULL, '無料', '即日', 'ward-administration', '住民基本台帳法第22条', 'ACTIVE', '転入届|てんにゅうとどけ|moving-innotification(fromanothermunicipality)|引越し引っ越し転入住所変更住所異動市外から転入手続き|'),
    ('tenshutsu', 'moving', '転出届', 'てんしゅつとどけ', 'Moving-out notification (to another municipality)', '引越し 引っ越し 転出証明書 市外へ 海外転出 住所変更 引越しワンストップ', '熊本市から市外や国外へ引っ越すときの届出です。引越し予定日のおおむね14日前から、引越し後14日以内に届け出ます。マイナンバーカードをお持ちの方はマイナポータルからオンラインで届け出ることができ、その場合は転出証明書の交付はありません。', '本人確認書類（マイナンバーカード、運転免許証、パスポートなど）、国民健康保険・介護保険などの資格確認書（お持ちの方）。代理人の場合は委任状と代理人の本人確認書類。', NULL, '無料', '即日', 'ward-administration', '住民基本台帳法第24条', 'ACTIVE', '転出届|てんしゅつとどけ|moving-outnotification(toanothermunicipality)|引越し引っ越し転出証明書市外へ海外転出住所変更引越しわんすとっぷ|'),
    ('tenkyo', 'moving', '転居届', 'てんきょとどけ', 'Change-of-address notification (within the city)', '引越し 引っ越し 市内転居 住所変更 区をまたぐ 区間異動', '熊本市内で住所が変わったとき（区をまたぐ引越しも含みます）の届出です。引越し後14日以内に届け出てください。同じ世帯の方のマイナンバーカードの住所変更も同時に行います。', '本人確認書類（マイナンバーカード、運転免許証、パスポートなど）、世帯全員のマイナンバーカード（お持ちの方）。代理人の場合は委任状と代理人の本人確認書類。', NULL, '無料', '即日', 'ward-administration', '住民基本台帳法第23条', 'ACTIVE', '転居届|てんきょとどけ|change-of-addressnotification(withinthecity)|引越し引っ越し市内転居住所変更区をまたぐ区間異動|'),
    ('setai-henko', 'moving', '世帯変更届', 'せたいへんこうとどけ', 'Change of household composition', '世帯分離 世帯合併 世帯主変更 世帯主 世帯', '住所は変わらずに、世帯主を変更したり、世帯を分けたり（世帯分離）、一緒にしたり（世帯合併）するときの届出です。変更があった日から14日以内に届け出てください。', '本人確認書類（マイナンバーカード、運転免許証、パスポートなど）。代理人の場合は委任状と代理人の本人確認書類。', NULL, '無料', '即日', 'ward-administration', '住民基本台帳法第25条', 'ACTIVE', '世帯変更届|せたいへんこうとどけ|changeofhouseholdcomposition|世帯分離世帯合併世帯主変更世帯主世帯|');
INSERT INTO service_procedure (code, category_code, name_ja, name_kana, name_en, keywords, description, what_to_bring, fee_yen, fee_note, processing_time, owner_section_code, legal_basis, status, search_text) VALUES
    ('shussho', 'family-register', '出生届', 'しゅっしょうとどけ', 'Birth registration', '赤ちゃん 出産 出生 生まれた 命名 名前 しゅっせいとどけ', '子どもが生まれたときの届出です。生まれた日を含めて14日以内（国外で生まれた場合は3か月以内）に、父母の本籍地・住所地または出生地の市区町村へ届け出ます。医師や助産師が記入した出生証明書が必要です。', '出生届（出生証明書の記入済みのもの）、母子健康手帳、届出人の本人確認書類', NULL, '無料', '即日受付（戸籍への記録は数日後）', 'ward-administration', '戸籍法第49条', 'ACTIVE', '出生届|しゅっしょうとどけ|birthregistration|赤ちゃん出産出生生まれた命名名前しゅっせいとどけ|'),
    ('konin', 'family-register', '婚姻届', 'こんいんとどけ', 'Marriage registration', '結婚 入籍 婚姻 結婚届 証人', '結婚するときの届出です。届出が受理された日から法律上の婚姻が成立します。成人2人の証人の署名が必要です。2024年3月1日からは、原則として戸籍謄本の添付が不要になりました。', '婚姻届（証人2人の署名のあるもの）、届出人の本人確認書類', NULL, '無料', '即日受付（戸籍への記録は数日後）', 'ward-administration', '民法第739条、戸籍法第74条', 'ACTIVE', '婚姻届|こんいんとどけ|marriageregistration|結婚入籍婚姻結婚届証人|'),
    ('rikon', 'family-register', '離婚届', 'りこんとどけ', 'Divorce registration', '離婚 協議離婚 調停離婚 裁判離婚 親権 不受理申出', '協議離婚の場合は、届出によって離婚が成立します（成人2人の証人が必要です）。調停・審判・裁判による離婚は、成立・確定の日から10日以内に調停調書などの謄本を添えて届け出ます。未成年の子がいる場合は親権者を決めて記入します。', '離婚届、届出人の本人確認書類、調停・審判・裁判による場合は調書や判決の謄本と確定証明書', NULL, '無料', '即日受付（戸籍への記録は数日後）', 'ward-administration', '民法第763条、第765条、戸籍法第76条、第77条', 'ACTIVE', '離婚届|りこんとどけ|divorceregistration|離婚協議離婚調停離婚裁判離婚親権不受理申出|'),
    ('shibo', 'family-register', '死亡届', 'しぼうとどけ', 'Death registration', '死亡 亡くなった 葬儀 火葬 おくやみ 死亡診断書', 'ご家族などが亡くなったときの届出です。死亡の事実を知った日から7日以内（国外で亡くなった場合は3か月以内）に届け出ます。医師が記入した死亡診断書（死体検案書）が必要で、葬祭業者が届出を代行することも多くあります。火葬許可の申請も同時に行います。', '死亡届（死亡診断書の記入済みのもの）、届出人の本人確認書類', NULL, '無料', '即日受付', 'ward-administration', '戸籍法第86条', 'ACTIVE', '死亡届|しぼうとどけ|deathregistration|死亡亡くなった葬儀火葬おくやみ死亡診断書|'),
    ('kaso-kyoka', 'family-register', '火葬許可の申請', 'かそうきょかのしんせい', 'Application for a cremation permit', '火葬許可証 埋葬許可証 死亡届 葬儀 斎場', '死亡届と同時に申請し、火葬許可証の交付を受けます。火葬は、原則として死亡後24時間を経過しないと行えません。火葬許可証は火葬後に埋葬許可証として使いますので、大切に保管してください。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '火葬許可申請書、死亡届、申請者の本人確認書類', NULL, '無料（サンプル）', '即日', 'ward-administration', '墓地、埋葬等に関する法律第3条、第5条', 'ACTIVE', '火葬許可の申請|かそうきょかのしんせい|applicationforacremationpermit|火葬許可証埋葬許可証死亡届葬儀斎場|'),
    ('yoshi-engumi', 'family-register', '養子縁組届', 'ようしえんぐみとどけ', 'Adoption registration', '養子 縁組 養親 連れ子 特別養子', '養子縁組をするときの届出です。成人2人の証人が必要です。未成年者を養子とする場合は、原則として家庭裁判所の許可が必要です（自分や配偶者の直系卑属を養子とする場合を除きます）。', '養子縁組届（証人2人の署名のあるもの）、届出人の本人確認書類、家庭裁判所の許可書の謄本（必要な場合）', NULL, '無料', '即日受付（戸籍への記録は数日後）', 'ward-administration', '民法第798条、第799条、戸籍法第66条', 'ACTIVE', '養子縁組届|ようしえんぐみとどけ|adoptionregistration|養子縁組養親連れ子特別養子|'),
    ('tenseki', 'family-register', '転籍届', 'てんせきとどけ', 'Transfer of registered domicile (honseki)', '本籍 本籍地変更 本籍を移す 戸籍', '本籍を移すときの届出です。熊本市内で本籍を移す場合も、他の市区町村へ移す場合も届出が必要です。戸籍の筆頭者とその配偶者が届け出ます。', '転籍届、届出人の本人確認書類', NULL, '無料', '即日受付（戸籍への記録は数日後）', 'ward-administration', '戸籍法第108条', 'ACTIVE', '転籍届|てんせきとどけ|transferofregistereddomicile(honseki)|本籍本籍地変更本籍を移す戸籍|');
INSERT INTO service_procedure (code, category_code, name_ja, name_kana, name_en, keywords, description, what_to_bring, fee_yen, fee_note, processing_time, owner_section_code, legal_basis, status, search_text) VALUES
    ('inkan-toroku', 'seal', '印鑑登録', 'いんかんとうろく', 'Seal registration', '実印 印鑑 登録 はんこ ハンコ 印鑑登録証 カード', '不動産の登記や自動車の登録などで使う実印を登録します。熊本市に住民登録のある15歳以上の方が、1人1個登録できます。本人が顔写真付きの本人確認書類を持参すればその場で登録でき、それ以外の場合は照会書による確認を経て後日の登録となります。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '登録する印鑑、顔写真付きの本人確認書類（マイナンバーカード、運転免許証など）', NULL, '無料（サンプル）', '即日（照会書による場合は後日）', 'ward-administration', '印鑑登録証明事務処理要領（自治省通知）、市の印鑑条例', 'ACTIVE', '印鑑登録|いんかんとうろく|sealregistration|実印印鑑登録はんこはんこ印鑑登録証かーど|'),
    ('inkan-shomei', 'seal', '印鑑登録証明書', 'いんかんとうろくしょうめいしょ', 'Seal registration certificate', '印鑑証明 印鑑証明書 実印 不動産 自動車 いんかんしょうめい', '登録した印鑑（実印）の印影を証明します。窓口では印鑑登録証（カード）の提示が必要で、代理人でも登録証があれば請求できます。マイナンバーカードをお持ちの方は、コンビニや証明書自動交付機でも取得できます。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '印鑑登録証（カード）。コンビニ・自動交付機ではマイナンバーカード', 300, '1通300円（サンプル）。コンビニ交付は1通200円（サンプル）。', '即日交付', 'ward-administration', '印鑑登録証明事務処理要領（自治省通知）、市の印鑑条例', 'ACTIVE', '印鑑登録証明書|いんかんとうろくしょうめいしょ|sealregistrationcertificate|印鑑証明印鑑証明書実印不動産自動車いんかんしょうめい|'),
    ('inkan-haishi', 'seal', '印鑑登録の廃止', 'いんかんとうろくのはいし', 'Cancellation of seal registration', '印鑑廃止 実印変更 印鑑 廃止届', '登録した印鑑を変えたいときや、登録をやめたいときの届出です。印鑑を変える場合は、廃止したうえで改めて登録します。市外へ転出すると、登録は自動的に廃止されます。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '印鑑登録証（カード）、登録している印鑑、本人確認書類（マイナンバーカード、運転免許証、パスポートなど）', NULL, '無料', '即日', 'ward-administration', '印鑑登録証明事務処理要領（自治省通知）、市の印鑑条例', 'ACTIVE', '印鑑登録の廃止|いんかんとうろくのはいし|cancellationofsealregistration|印鑑廃止実印変更印鑑廃止届|'),
    ('inkan-boshitsu', 'seal', '印鑑登録証の亡失届', 'いんかんとうろくしょうのぼうしつとどけ', 'Report of a lost seal registration card', '印鑑登録証 紛失 なくした 盗難 カード 再発行', '印鑑登録証（カード）をなくしたときの届出です。届出により現在の登録は廃止されますので、必要な場合は新たに印鑑登録をしてください。盗まれた場合は警察にも届け出てください。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '本人確認書類（マイナンバーカード、運転免許証、パスポートなど）、登録している印鑑（引き続き登録する場合）', NULL, '無料', '即日', 'ward-administration', '印鑑登録証明事務処理要領（自治省通知）、市の印鑑条例', 'ACTIVE', '印鑑登録証の亡失届|いんかんとうろくしょうのぼうしつとどけ|reportofalostsealregistrationcard|印鑑登録証紛失なくした盗難かーど再発行|');
INSERT INTO service_procedure (code, category_code, name_ja, name_kana, name_en, keywords, description, what_to_bring, fee_yen, fee_note, processing_time, owner_section_code, legal_basis, status, search_text) VALUES
    ('mynumber-kofu', 'my-number', 'マイナンバーカードの交付', 'まいなんばーかーどのこうふ', 'Receiving a My Number card', 'マイナンバー 個人番号カード マイナカード 受け取り 交付通知書 はがき', '申請したマイナンバーカードを窓口で受け取ります。交付通知書（はがき）が届いたら、予約のうえ本人が来庁してください。受け取りの際に暗証番号を設定しますので、あらかじめ決めておいてください。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '交付通知書（はがき）、通知カードまたは個人番号通知書（お持ちの方）、本人確認書類（マイナンバーカード、運転免許証、パスポートなど）、住民基本台帳カード（お持ちの方）', NULL, '初回交付は無料', '予約制（サンプル）', 'ward-administration', '行政手続における特定の個人を識別するための番号の利用等に関する法律（番号法）', 'ACTIVE', 'まいなんばーかーどの交付|まいなんばーかーどのこうふ|receivingamynumbercard|まいなんばー個人番号かーどまいなかーど受け取り交付通知書はがき|'),
    ('mynumber-shinsei', 'my-number', 'マイナンバーカードの申請', 'まいなんばーかーどのしんせい', 'Applying for a My Number card', 'マイナンバー 個人番号カード マイナカード 申請 作りたい 写真 申請サポート', 'マイナンバーカードの交付申請です。スマートフォン・パソコン、郵送、まちなかの証明写真機から申請できます。窓口では申請書の作成や顔写真の撮影をお手伝いします。申請からカードの交付通知までは、おおむね1か月かかります。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '本人確認書類（マイナンバーカード、運転免許証、パスポートなど）、個人番号通知書または交付申請書（お持ちの方）', NULL, '初回申請は無料', '交付通知まで約1か月', 'ward-administration', '行政手続における特定の個人を識別するための番号の利用等に関する法律（番号法）', 'ACTIVE', 'まいなんばーかーどの申請|まいなんばーかーどのしんせい|applyingforamynumbercard|まいなんばー個人番号かーどまいなかーど申請作りたい写真申請さぽーと|'),
    ('denshi-shomei-koshin', 'my-number', '電子証明書の更新', 'でんししょうめいしょのこうしん', 'Renewing the electronic certificates on a My Number card', 'マイナンバーカード 有効期限 電子証明書 更新 公的個人認証 e-Tax マイナ保険証', 'マイナンバーカードの電子証明書（署名用・利用者証明用）は、発行日から5回目の誕生日が有効期限です。有効期限通知書が届いたら、期限の3か月前から更新できます。本人が来庁してください。', 'マイナンバーカード、有効期限通知書（届いている場合）', NULL, '無料', '即日', 'ward-administration', '電子署名等に係る地方公共団体情報システム機構の認証業務に関する法律', 'ACTIVE', '電子証明書の更新|でんししょうめいしょのこうしん|renewingtheelectroniccertificatesonamynumbercard|まいなんばーかーど有効期限電子証明書更新公的個人認証e-taxまいな保険証|'),
    ('mynumber-pin', 'my-number', 'マイナンバーカードの暗証番号の再設定', 'まいなんばーかーどのあんしょうばんごうのさいせってい', 'Resetting the PINs of a My Number card', 'マイナンバーカード パスワード 暗証番号 ロック 忘れた 初期化', '暗証番号を忘れたときや、入力を続けて間違えてロックがかかったときに再設定します。本人がマイナンバーカードを持って来庁してください。署名用電子証明書の暗証番号は、条件によりコンビニでも初期化・再設定できます。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', 'マイナンバーカード、本人確認書類（マイナンバーカード、運転免許証、パスポートなど）', NULL, '無料', '即日', 'ward-administration', '電子署名等に係る地方公共団体情報システム機構の認証業務に関する法律', 'ACTIVE', 'まいなんばーかーどの暗証番号の再設定|まいなんばーかーどのあんしょうばんごうのさいせってい|resettingthepinsofamynumbercard|まいなんばーかーどぱすわーど暗証番号ろっく忘れた初期化|'),
    ('mynumber-saikofu', 'my-number', 'マイナンバーカードの再交付', 'まいなんばーかーどのさいこうふ', 'Reissuing a My Number card', 'マイナンバーカード 紛失 なくした 再発行 破損 盗難 一時停止', 'カードを紛失・破損したときの再交付の申請です。紛失した場合は、まずマイナンバー総合フリーダイヤルでカードの一時停止を行い、警察に遺失届を出してください。新しいカードは申請からおおむね1か月後に交付されます。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '本人確認書類（マイナンバーカード、運転免許証、パスポートなど）、警察の遺失届の受理番号（紛失の場合）、破損したカード（破損の場合）', 1000, '1,000円（カード800円、電子証明書200円）（サンプル）', '交付まで約1か月', 'ward-administration', '行政手続における特定の個人を識別するための番号の利用等に関する法律（番号法）', 'ACTIVE', 'まいなんばーかーどの再交付|まいなんばーかーどのさいこうふ|reissuingamynumbercard|まいなんばーかーど紛失なくした再発行破損盗難一時停止|');
INSERT INTO service_procedure (code, category_code, name_ja, name_kana, name_en, keywords, description, what_to_bring, fee_yen, fee_note, processing_time, owner_section_code, legal_basis, status, search_text) VALUES
    ('shotoku-kazei', 'tax', '所得・課税証明書', 'しょとくかぜいしょうめいしょ', 'Income and tax assessment certificate', '所得証明 課税証明 収入証明 市県民税 住民税 保育園 児童手当 ローン', '市民税・県民税の課税の基礎となった所得金額や税額を証明します。その年度の1月1日に熊本市に住んでいた方が対象で、新しい年度の証明書は毎年6月ごろから発行します。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '本人確認書類（マイナンバーカード、運転免許証、パスポートなど）。代理人の場合は委任状と代理人の本人確認書類。', 300, '1通300円（サンプル）。コンビニ交付は1通200円（サンプル）。', '即日交付', 'municipal-tax', '地方税法第20条の10', 'ACTIVE', '所得課税証明書|しょとくかぜいしょうめいしょ|incomeandtaxassessmentcertificate|所得証明課税証明収入証明市県民税住民税保育園児童手当ろーん|'),
    ('hikazei', 'tax', '非課税証明書', 'ひかぜいしょうめいしょ', 'Certificate of non-taxable status', '非課税 住民税非課税 所得証明 課税されていない', '市民税・県民税が課税されていないことを、所得の額とともに証明します。各種の給付や減免の申請で求められます。所得の申告をしていない方は、先に申告が必要です。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '本人確認書類（マイナンバーカード、運転免許証、パスポートなど）。代理人の場合は委任状と代理人の本人確認書類。', 300, '1通300円（サンプル）', '即日交付', 'municipal-tax', '地方税法第20条の10', 'ACTIVE', '非課税証明書|ひかぜいしょうめいしょ|certificateofnon-taxablestatus|非課税住民税非課税所得証明課税されていない|'),
    ('nozei', 'tax', '納税証明書', 'のうぜいしょうめいしょ', 'Certificate of tax payment', '納税証明 完納証明 滞納がない 入札 融資 市税', '市税の納付状況や、滞納がないことを証明します。入札参加資格の申請や融資の申込みなどで求められます。納付の直後は確認に時間がかかる場合があるため、領収書をお持ちください。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '本人確認書類（マイナンバーカード、運転免許証、パスポートなど）、納付直後の場合は領収書。代理人の場合は委任状と代理人の本人確認書類。', 300, '1通300円（サンプル）', '即日交付', 'municipal-tax', '地方税法第20条の10', 'ACTIVE', '納税証明書|のうぜいしょうめいしょ|certificateoftaxpayment|納税証明完納証明滞納がない入札融資市税|'),
    ('kei-nozei', 'tax', '軽自動車税納税証明書（継続検査用）', 'けいじどうしゃぜいのうぜいしょうめいしょ けいぞくけんさよう', 'Light vehicle tax payment certificate for vehicle inspection', '車検 軽自動車 バイク 納税証明 継続検査 二輪', '軽自動車・二輪車の車検（継続検査）に使う納税証明書です。多くの場合は軽自動車税の納付情報が電子的に確認されるため、証明書の提出は不要です。納付の直後などで証明書が必要な場合に発行します。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '車検証、納付直後の場合は領収書', NULL, '無料', '即日交付', 'municipal-tax', '道路運送車両法第97条の2', 'ACTIVE', '軽自動車税納税証明書(継続検査用)|けいじどうしゃぜいのうぜいしょうめいしょけいぞくけんさよう|lightvehicletaxpaymentcertificateforvehicleinspection|車検軽自動車ばいく納税証明継続検査二輪|'),
    ('kotei-hyoka', 'tax', '固定資産評価証明書', 'こていしさんひょうかしょうめいしょ', 'Certificate of assessed value of fixed assets', '固定資産 評価額 不動産 登記 相続 土地 家屋 評価証明', '土地・家屋の固定資産税の評価額を証明します。不動産の登記や相続、裁判所への申立てなどで使われます。所有者本人のほか、相続人や借地・借家人なども請求できます。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '本人確認書類（マイナンバーカード、運転免許証、パスポートなど）、相続人の場合は相続関係がわかる戸籍。代理人の場合は委任状と代理人の本人確認書類。', 300, '1通300円（サンプル）', '即日交付', 'property-tax', '地方税法第382条の3', 'ACTIVE', '固定資産評価証明書|こていしさんひょうかしょうめいしょ|certificateofassessedvalueoffixedassets|固定資産評価額不動産登記相続土地家屋評価証明|'),
    ('gentsuki', 'tax', '原動機付自転車の登録', 'げんどうきつきじてんしゃのとうろく', 'Registering a moped (licence plate)', '原付 バイク ナンバープレート 標識 廃車 小型特殊 軽自動車税', '原動機付自転車（125cc以下のバイク）や小型特殊自動車を取得したときに登録し、ナンバープレート（標識）の交付を受けます。譲渡や廃車、市外への転出の際は廃車の申告が必要です。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '販売証明書または譲渡証明書、本人確認書類（マイナンバーカード、運転免許証、パスポートなど）、他市町村で登録していた場合は廃車申告受付書', NULL, '無料（サンプル）', '即日交付', 'municipal-tax', '地方税法（軽自動車税種別割）、市税条例', 'ACTIVE', '原動機付自転車の登録|げんどうきつきじてんしゃのとうろく|registeringamoped(licenceplate)|原付ばいくなんばーぷれーと標識廃車小型特殊軽自動車税|'),
    ('shiminzei-shinkoku', 'tax', '市民税・県民税の申告', 'しみんぜいけんみんぜいのしんこく', 'Municipal and prefectural inhabitant tax return', '住民税 申告 確定申告 所得 申告書 収入がない', '前年中の所得を申告する手続きです。確定申告をした方や、給与所得だけで勤務先から給与支払報告書が提出されている方は不要です。所得がない方も、国民健康保険料の軽減や各種の証明書のために申告が必要な場合があります。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '源泉徴収票などの所得がわかる書類、控除に必要な書類、本人確認書類（マイナンバーカード、運転免許証、パスポートなど）', NULL, '無料', '受付のみ（税額は6月ごろ通知）', 'municipal-tax', '地方税法第317条の2', 'ACTIVE', '市民税県民税の申告|しみんぜいけんみんぜいのしんこく|municipalandprefecturalinhabitanttaxreturn|住民税申告確定申告所得申告書収入がない|');
INSERT INTO service_procedure (code, category_code, name_ja, name_kana, name_en, keywords, description, what_to_bring, fee_yen, fee_note, processing_time, owner_section_code, legal_basis, status, search_text) VALUES
    ('kokuho-kanyu', 'health-insurance', '国民健康保険の加入', 'こくみんけんこうほけんのかにゅう', 'Joining National Health Insurance', '国保 加入 退職 会社を辞めた 保険証 資格確認書 こくほ', '勤務先の健康保険をやめたときや、市外から転入したとき（ほかの健康保険に加入していない場合）に加入の届出をします。資格はその事実があった日にさかのぼって発生し、保険料もその月から計算します。14日以内に届け出てください。', '健康保険の資格喪失証明書（退職した場合）、本人確認書類（マイナンバーカード、運転免許証、パスポートなど）、マイナンバーがわかるもの', NULL, '無料', '即日', 'national-insurance', '国民健康保険法第9条', 'ACTIVE', '国民健康保険の加入|こくみんけんこうほけんのかにゅう|joiningnationalhealthinsurance|国保加入退職会社を辞めた保険証資格確認書こくほ|'),
    ('kokuho-dattai', 'health-insurance', '国民健康保険の脱退', 'こくみんけんこうほけんのだったい', 'Leaving National Health Insurance', '国保 脱退 社会保険 就職 やめる 喪失 こくほ', '勤務先の健康保険に加入したときなどは、国民健康保険の脱退の届出が必要です。自動的には脱退になりませんので、14日以内に届け出てください。', '勤務先の健康保険の資格がわかるもの、国民健康保険の資格確認書（お持ちの方）、本人確認書類（マイナンバーカード、運転免許証、パスポートなど）', NULL, '無料', '即日', 'national-insurance', '国民健康保険法第9条', 'ACTIVE', '国民健康保険の脱退|こくみんけんこうほけんのだったい|leavingnationalhealthinsurance|国保脱退社会保険就職やめる喪失こくほ|'),
    ('kogaku-ryoyohi', 'health-insurance', '高額療養費の支給申請', 'こうがくりょうようひのしきゅうしんせい', 'Claim for high-cost medical expenses', '医療費 払い戻し 限度額 高額医療 還付 自己負担', '1か月の医療費の自己負担額が限度額を超えたときに、超えた分の支給を申請します。対象となる方には、診療月のおおむね3か月後に申請のご案内を送ります。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '申請のご案内（届いた方）、医療機関の領収書、振込先の口座がわかるもの、本人確認書類（マイナンバーカード、運転免許証、パスポートなど）', NULL, '無料', '申請から約1〜2か月', 'national-insurance', '国民健康保険法第57条の2', 'ACTIVE', '高額療養費の支給申請|こうがくりょうようひのしきゅうしんせい|claimforhigh-costmedicalexpenses|医療費払い戻し限度額高額医療還付自己負担|'),
    ('kokuho-shikaku', 'health-insurance', '国民健康保険資格確認書の交付・再交付', 'こくみんけんこうほけんしかくかくにんしょのこうふさいこうふ', 'Issuing or reissuing a National Health Insurance eligibility certificate', '保険証 再発行 資格確認書 紛失 マイナ保険証 資格情報のお知らせ', '2024年12月2日以降、新しい保険証は発行されず、マイナ保険証を利用できない方などには資格確認書を交付します。紛失や破損のときは再交付を申請してください。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '本人確認書類（マイナンバーカード、運転免許証、パスポートなど）', NULL, '無料', '即日', 'national-insurance', '国民健康保険法第9条', 'ACTIVE', '国民健康保険資格確認書の交付再交付|こくみんけんこうほけんしかくかくにんしょのこうふさいこうふ|issuingorreissuinganationalhealthinsuranceeligibilitycertificate|保険証再発行資格確認書紛失まいな保険証資格情報のお知らせ|'),
    ('kokuho-gengaku', 'health-insurance', '国民健康保険料の減免申請', 'こくみんけんこうほけんりょうのげんめんしんせい', 'Application for reduction of National Health Insurance premiums', '国保料 減額 免除 失業 災害 収入減 倒産 解雇', '災害や失業、事業の休廃止などで所得が大きく減り、保険料を納めることが難しくなったときに減免を申請できます。会社の倒産・解雇などで離職した方には、別に保険料の軽減制度があります。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '所得や収入の状況がわかる書類、離職票または雇用保険受給資格者証（離職した場合）、本人確認書類（マイナンバーカード、運転免許証、パスポートなど）', NULL, '無料', '審査に約1か月', 'national-insurance', '国民健康保険法第77条', 'ACTIVE', '国民健康保険料の減免申請|こくみんけんこうほけんりょうのげんめんしんせい|applicationforreductionofnationalhealthinsurancepremiums|国保料減額免除失業災害収入減倒産解雇|'),
    ('sosaihi', 'health-insurance', '葬祭費の支給申請', 'そうさいひのしきゅうしんせい', 'Claim for funeral expenses', '葬祭費 葬儀 死亡 国保 後期高齢者 喪主', '国民健康保険や後期高齢者医療の加入者が亡くなったとき、葬儀を行った方（喪主）に葬祭費を支給します。葬儀を行った日の翌日から2年以内に申請してください。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '葬儀の領収書または会葬礼状（喪主がわかるもの）、喪主の振込先口座がわかるもの、本人確認書類（マイナンバーカード、運転免許証、パスポートなど）', NULL, '無料', '申請から約1か月', 'national-insurance', '国民健康保険法第58条', 'ACTIVE', '葬祭費の支給申請|そうさいひのしきゅうしんせい|claimforfuneralexpenses|葬祭費葬儀死亡国保後期高齢者喪主|'),
    ('shussan-ichijikin', 'health-insurance', '出産育児一時金の支給申請', 'しゅっさんいくじいちじきんのしきゅうしんせい', 'Claim for the childbirth lump-sum allowance', '出産 一時金 直接支払制度 出産費用 差額', '国民健康保険の加入者が出産したときに支給されます（妊娠85日以上の死産・流産を含みます）。多くの医療機関では直接支払制度を利用でき、出産費用が一時金より少なかった場合は差額を申請します。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '母子健康手帳、医療機関との直接支払制度の合意文書、出産費用の領収・明細書、振込先口座がわかるもの、本人確認書類（マイナンバーカード、運転免許証、パスポートなど）', NULL, '無料', '申請から約1か月', 'national-insurance', '国民健康保険法第58条', 'ACTIVE', '出産育児一時金の支給申請|しゅっさんいくじいちじきんのしきゅうしんせい|claimforthechildbirthlump-sumallowance|出産一時金直接支払制度出産費用差額|'),
    ('koki-korei', 'health-insurance', '後期高齢者医療の届出', 'こうきこうれいしゃいりょうのとどけで', 'Late-stage elderly medical care notifications', '後期高齢者 75歳 長寿医療 資格確認書 障がい認定', '75歳以上の方（一定の障がいがある65歳以上の方を含みます）が加入する医療制度の各種の届出です。75歳になると自動的に加入し、手続きは不要です。転入・転出のときや、65歳以上で障がいの認定を受けるときなどに届出が必要です。', '本人確認書類（マイナンバーカード、運転免許証、パスポートなど）、資格確認書（お持ちの方）、障がい認定の場合は障害者手帳など', NULL, '無料', '即日', 'national-insurance', '高齢者の医療の確保に関する法律第50条', 'ACTIVE', '後期高齢者医療の届出|こうきこうれいしゃいりょうのとどけで|late-stageelderlymedicalcarenotifications|後期高齢者75歳長寿医療資格確認書障がい認定|'),
    ('gendogaku', 'health-insurance', '限度額適用認定証の交付申請', 'げんどがくてきようにんていしょうのこうふしんせい', 'Application for a certificate of the applicable cost ceiling', '限度額 入院 医療費 高額療養費 限度額適用認定証 標準負担額減額', '入院などで医療費が高額になりそうなとき、医療機関の窓口での支払いを自己負担限度額までにするための認定証です。マイナ保険証を利用すれば、原則として申請は不要です。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '本人確認書類（マイナンバーカード、運転免許証、パスポートなど）、入院日数がわかる書類（住民税非課税世帯で長期入院の場合）', NULL, '無料', '即日（郵送の場合は約1週間）', 'national-insurance', '国民健康保険法施行規則', 'ACTIVE', '限度額適用認定証の交付申請|げんどがくてきようにんていしょうのこうふしんせい|applicationforacertificateoftheapplicablecostceiling|限度額入院医療費高額療養費限度額適用認定証標準負担額減額|');
INSERT INTO service_procedure (code, category_code, name_ja, name_kana, name_en, keywords, description, what_to_bring, fee_yen, fee_note, processing_time, owner_section_code, legal_basis, status, search_text) VALUES
    ('nenkin-kanyu', 'pension', '国民年金の加入', 'こくみんねんきんのかにゅう', 'Enrolling in the National Pension', '年金 加入 退職 20歳 第1号 種別変更 扶養から外れた', '会社を退職したときや、配偶者の扶養から外れたときなどに、第1号被保険者となる届出をします。退職した場合は14日以内に届け出てください。20歳になった方は、日本年金機構から加入のお知らせが届きます。', '基礎年金番号通知書または年金手帳、退職日がわかる書類、本人確認書類（マイナンバーカード、運転免許証、パスポートなど）', NULL, '無料', '即日受付', 'national-insurance', '国民年金法第12条', 'ACTIVE', '国民年金の加入|こくみんねんきんのかにゅう|enrollinginthenationalpension|年金加入退職20歳第1号種別変更扶養から外れた|'),
    ('nenkin-menjo', 'pension', '国民年金保険料の免除・納付猶予の申請', 'こくみんねんきんほけんりょうのめんじょのうふゆうよのしんせい', 'Application for exemption from or postponement of National Pension contributions', '年金 免除 猶予 払えない 失業 特例免除', '所得が少なく保険料を納めることが経済的に難しいときは、申請により保険料が免除または猶予されます。失業した場合は、特例により本人の所得を除いて審査されます。マイナポータルから電子申請もできます。', '基礎年金番号通知書または年金手帳、離職票または雇用保険受給資格者証（失業の場合）、本人確認書類（マイナンバーカード、運転免許証、パスポートなど）', NULL, '無料', '結果通知まで約2〜3か月（日本年金機構）', 'national-insurance', '国民年金法第90条、第90条の2', 'ACTIVE', '国民年金保険料の免除納付猶予の申請|こくみんねんきんほけんりょうのめんじょのうふゆうよのしんせい|applicationforexemptionfromorpostponementofnationalpensioncontributions|年金免除猶予払えない失業特例免除|'),
    ('gakusei-tokurei', 'pension', '国民年金の学生納付特例の申請', 'こくみんねんきんのがくせいのうふとくれいのしんせい', 'Application for the student deferral of National Pension contributions', '学生 年金 猶予 大学生 専門学校 学生納付特例', '20歳以上の学生で本人の所得が一定以下の方は、申請により在学中の保険料の納付が猶予されます。毎年度の申請が必要です。マイナポータルから電子申請もできます。', '学生証の写しまたは在学証明書、基礎年金番号通知書または年金手帳、本人確認書類（マイナンバーカード、運転免許証、パスポートなど）', NULL, '無料', '結果通知まで約2〜3か月（日本年金機構）', 'national-insurance', '国民年金法第90条の3', 'ACTIVE', '国民年金の学生納付特例の申請|こくみんねんきんのがくせいのうふとくれいのしんせい|applicationforthestudentdeferralofnationalpensioncontributions|学生年金猶予大学生専門学校学生納付特例|'),
    ('nenkin-seikyu', 'pension', '障害基礎年金・遺族基礎年金の請求', 'しょうがいきそねんきんいぞくきそねんきんのせいきゅう', 'Claims for the disability or survivors'' basic pension', '障害年金 遺族年金 年金請求 寡婦年金 死亡一時金', '国民年金の第1号被保険者期間のみの方の障害基礎年金・遺族基礎年金、寡婦年金、死亡一時金の請求を受け付けます。請求には多くの書類が必要なため、事前に予約のうえご相談ください。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '年金請求書、基礎年金番号通知書または年金手帳、戸籍謄本、診断書（障害年金の場合）など（事前にご相談ください）', NULL, '無料', '決定まで約3〜4か月（日本年金機構）', 'national-insurance', '国民年金法第16条', 'ACTIVE', '障害基礎年金遺族基礎年金の請求|しょうがいきそねんきんいぞくきそねんきんのせいきゅう|claimsforthedisabilityorsurvivors''basicpension|障害年金遺族年金年金請求寡婦年金死亡一時金|'),
    ('sanzen-sango', 'pension', '国民年金保険料の産前産後期間の免除', 'こくみんねんきんほけんりょうのさんぜんさんごきかんのめんじょ', 'Exemption of National Pension contributions before and after childbirth', '出産 年金 免除 産前産後 妊娠', '第1号被保険者が出産する場合、出産予定日または出産日が属する月の前月から4か月間の保険料が免除されます。出産予定日の6か月前から届け出ることができます。', '母子健康手帳（出産予定日がわかるもの）、基礎年金番号通知書または年金手帳、本人確認書類（マイナンバーカード、運転免許証、パスポートなど）', NULL, '無料', '即日受付', 'national-insurance', '国民年金法第88条の2', 'ACTIVE', '国民年金保険料の産前産後期間の免除|こくみんねんきんほけんりょうのさんぜんさんごきかんのめんじょ|exemptionofnationalpensioncontributionsbeforeandafterchildbirth|出産年金免除産前産後妊娠|');
INSERT INTO service_procedure (code, category_code, name_ja, name_kana, name_en, keywords, description, what_to_bring, fee_yen, fee_note, processing_time, owner_section_code, legal_basis, status, search_text) VALUES
    ('jido-teate', 'child', '児童手当の認定請求', 'じどうてあてのにんていせいきゅう', 'Claim for the child allowance', '児童手当 子ども手当 出生 転入 手当 高校生', '高校生年代までの子どもを養育している方に支給されます。出生や転入の日の翌日から15日以内に申請すると、出生・転入の月の翌月分から支給されます。公務員の方は勤務先で申請してください。', '請求者の健康保険の資格がわかるもの、振込先口座がわかるもの（請求者名義）、本人確認書類（マイナンバーカード、運転免許証、パスポートなど）', NULL, '無料', '審査後、認定通知まで約1か月', 'child-support', '児童手当法第7条', 'ACTIVE', '児童手当の認定請求|じどうてあてのにんていせいきゅう|claimforthechildallowance|児童手当子ども手当出生転入手当高校生|'),
    ('kodomo-iryo', 'child', '子ども医療費助成の申請', 'こどもいりょうひじょせいのしんせい', 'Application for the children''s medical expense subsidy', '子ども医療費 乳幼児医療 受給資格証 医療費助成 こども医療', '子どもの医療費の自己負担分を助成します。出生や転入のときに申請すると受給資格証が交付され、医療機関の窓口で提示します。対象年齢や自己負担の有無は市の制度によります。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '子どもの健康保険の資格がわかるもの、本人確認書類（マイナンバーカード、運転免許証、パスポートなど）', NULL, '無料', '即日交付（サンプル）', 'child-support', '市の条例（サンプル）', 'ACTIVE', '子ども医療費助成の申請|こどもいりょうひじょせいのしんせい|applicationforthechildren''smedicalexpensesubsidy|子ども医療費乳幼児医療受給資格証医療費助成こども医療|'),
    ('jido-fuyo', 'child', '児童扶養手当の認定請求', 'じどうふようてあてのにんていせいきゅう', 'Claim for the child-rearing allowance (single-parent families)', 'ひとり親 母子家庭 父子家庭 児童扶養手当 離婚 養育', 'ひとり親家庭などで子どもを養育している方に支給されます。所得制限があります。受給資格の確認のために面談が必要ですので、お住まいの区の区役所で予約のうえ申請してください。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '請求者と子どもの戸籍謄本、振込先口座がわかるもの、本人確認書類（マイナンバーカード、運転免許証、パスポートなど）（必要書類は面談でご案内します）', NULL, '無料', '審査後、認定通知まで約1〜2か月', 'child-support', '児童扶養手当法第6条', 'ACTIVE', '児童扶養手当の認定請求|じどうふようてあてのにんていせいきゅう|claimforthechild-rearingallowance(single-parentfamilies)|ひとり親母子家庭父子家庭児童扶養手当離婚養育|'),
    ('hitorioya-iryo', 'child', 'ひとり親家庭等医療費助成の申請', 'ひとりおやかていとういりょうひじょせいのしんせい', 'Application for the medical expense subsidy for single-parent families', 'ひとり親 母子家庭 父子家庭 医療費 助成', 'ひとり親家庭の親と子どもなどの医療費の自己負担分の一部を助成します。所得制限があります。児童扶養手当の申請と一緒に手続きできます。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '健康保険の資格がわかるもの、本人確認書類（マイナンバーカード、運転免許証、パスポートなど）', NULL, '無料', '審査後、受給資格証の交付まで約1か月', 'child-support', '市の条例（サンプル）', 'ACTIVE', 'ひとり親家庭等医療費助成の申請|ひとりおやかていとういりょうひじょせいのしんせい|applicationforthemedicalexpensesubsidyforsingle-parentfamilies|ひとり親母子家庭父子家庭医療費助成|'),
    ('hoikusho', 'child', '保育所等の入所申込', 'ほいくしょとうのにゅうしょもうしこみ', 'Application for nursery school (hoikusho) admission', '保育園 保育所 認定こども園 入園 待機児童 保育認定 2号 3号', '就労や病気などで家庭での保育が難しい場合に、保育所・認定こども園などの利用を申し込みます。保育の必要性の認定も同時に申請します。4月入所の一次申込みは前年の秋に受け付けます。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '申込書、就労証明書など保育が必要なことがわかる書類、本人確認書類（マイナンバーカード、運転免許証、パスポートなど）', NULL, '無料', '結果通知まで約1〜2か月', 'childcare', '子ども・子育て支援法第20条、児童福祉法第24条', 'ACTIVE', '保育所等の入所申込|ほいくしょとうのにゅうしょもうしこみ|applicationfornurseryschool(hoikusho)admission|保育園保育所認定こども園入園待機児童保育認定2号3号|');
INSERT INTO service_procedure (code, category_code, name_ja, name_kana, name_en, keywords, description, what_to_bring, fee_yen, fee_note, processing_time, owner_section_code, legal_basis, status, search_text) VALUES
    ('boshi-techo', 'maternal', '母子健康手帳の交付', 'ぼしけんこうてちょうのこうふ', 'Issuing the maternal and child health handbook', '母子手帳 妊娠届 親子手帳 妊娠 妊婦', '妊娠がわかったら妊娠の届出をして、母子健康手帳と妊婦健康診査の受診票などを受け取ります。保健師などが、妊娠中の生活や子育てについてお話を伺います。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '妊娠届出書（窓口にもあります）、本人確認書類（マイナンバーカード、運転免許証、パスポートなど）、マイナンバーがわかるもの', NULL, '無料', '即日交付', 'health-promotion', '母子保健法第15条、第16条', 'ACTIVE', '母子健康手帳の交付|ぼしけんこうてちょうのこうふ|issuingthematernalandchildhealthhandbook|母子手帳妊娠届親子手帳妊娠妊婦|'),
    ('ninpu-kenshin', 'maternal', '妊婦健康診査の受診票の交付', 'にんぷけんこうしんさのじゅしんひょうのこうふ', 'Issuing prenatal check-up vouchers', '妊婦健診 受診票 補助券 妊娠 転入', '妊婦健康診査の費用の一部を公費で負担する受診票を交付します。母子健康手帳と一緒に交付し、市外から転入した方には、前の市町村の受診票と交換で熊本市の受診票を交付します。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '母子健康手帳、前の市町村の受診票（転入の場合）', NULL, '無料', '即日交付', 'health-promotion', '母子保健法第13条', 'ACTIVE', '妊婦健康診査の受診票の交付|にんぷけんこうしんさのじゅしんひょうのこうふ|issuingprenatalcheck-upvouchers|妊婦健診受診票補助券妊娠転入|'),
    ('mijukuji', 'maternal', '未熟児養育医療の給付申請', 'みじゅくじよういくいりょうのきゅうふしんせい', 'Application for medical care benefits for premature infants', '未熟児 低出生体重児 NICU 入院 養育医療', '出生時の体重が2,000グラム以下など、入院して養育を受ける必要がある乳児の医療費を給付します。医師の意見書が必要です。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '養育医療給付申請書、医師の意見書、子どもの健康保険の資格がわかるもの、本人確認書類（マイナンバーカード、運転免許証、パスポートなど）', NULL, '無料', '審査後、約2週間', 'health-promotion', '母子保健法第20条', 'ACTIVE', '未熟児養育医療の給付申請|みじゅくじよういくいりょうのきゅうふしんせい|applicationformedicalcarebenefitsforprematureinfants|未熟児低出生体重児nicu入院養育医療|'),
    ('nyuyoji-kenshin', 'maternal', '乳幼児健康診査', 'にゅうようじけんこうしんさ', 'Health check-ups for infants and small children', '乳幼児健診 4か月児健診 1歳6か月児健診 3歳児健診 健診', '乳幼児の健康診査を行います。対象の月齢になった方には個別にご案内します。日程の変更や、転入した方の受診についてはご相談ください。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '母子健康手帳、案内の書類（問診票など）', NULL, '無料', '当日', 'health-promotion', '母子保健法第12条、第13条', 'ACTIVE', '乳幼児健康診査|にゅうようじけんこうしんさ|healthcheck-upsforinfantsandsmallchildren|乳幼児健診4か月児健診1歳6か月児健診3歳児健診健診|');
INSERT INTO service_procedure (code, category_code, name_ja, name_kana, name_en, keywords, description, what_to_bring, fee_yen, fee_note, processing_time, owner_section_code, legal_basis, status, search_text) VALUES
    ('yobosesshu', 'health', '予防接種の予診票の交付', 'よぼうせっしゅのよしんひょうのこうふ', 'Issuing pre-vaccination questionnaires for routine vaccinations', '予防接種 ワクチン 予診票 定期接種 子ども 転入 紛失', '定期予防接種の予診票を交付します。予診票をなくしたときや、市外から転入したときにお申し出ください。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '母子健康手帳（子どもの場合）、本人確認書類（マイナンバーカード、運転免許証、パスポートなど）', NULL, '無料', '即日交付', 'health-promotion', '予防接種法第5条', 'ACTIVE', '予防接種の予診票の交付|よぼうせっしゅのよしんひょうのこうふ|issuingpre-vaccinationquestionnairesforroutinevaccinations|予防接種わくちん予診票定期接種子ども転入紛失|'),
    ('gan-kenshin', 'health', 'がん検診の申込', 'がんけんしんのもうしこみ', 'Applying for cancer screening', 'がん検診 胃がん 大腸がん 肺がん 乳がん 子宮がん 検診 受診券', '市が行うがん検診の受診の申込みや、受診券の再発行を受け付けます。対象年齢や自己負担金は検診の種類によって異なります。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '本人確認書類（マイナンバーカード、運転免許証、パスポートなど）', NULL, '無料（検診の自己負担金は別）', '受診券は約1週間で郵送', 'health-promotion', '健康増進法第19条の2', 'ACTIVE', 'がん検診の申込|がんけんしんのもうしこみ|applyingforcancerscreening|がん検診胃がん大腸がん肺がん乳がん子宮がん検診受診券|'),
    ('tokutei-kenshin', 'health', '特定健康診査（国保）の受診券の再発行', 'とくていけんこうしんさこくほのじゅしんけんのさいはっこう', 'Reissuing the specific health check-up ticket (National Health Insurance)', '特定健診 メタボ 健診 受診券 40歳 国保', '40歳から74歳の国民健康保険の加入者を対象とする特定健康診査の受診券を再発行します。受診券は毎年度送付しています。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '本人確認書類（マイナンバーカード、運転免許証、パスポートなど）', NULL, '無料', '即日（郵送の場合は約1週間）', 'national-insurance', '高齢者の医療の確保に関する法律第20条', 'ACTIVE', '特定健康診査(国保)の受診券の再発行|とくていけんこうしんさこくほのじゅしんけんのさいはっこう|reissuingthespecifichealthcheck-upticket(nationalhealthinsurance)|特定健診めたぼ健診受診券40歳国保|');
INSERT INTO service_procedure (code, category_code, name_ja, name_kana, name_en, keywords, description, what_to_bring, fee_yen, fee_note, processing_time, owner_section_code, legal_basis, status, search_text) VALUES
    ('kaigo-nintei', 'long-term-care', '介護保険の要介護・要支援認定の申請', 'かいごほけんのようかいごようしえんにんていのしんせい', 'Application for long-term care need certification', '介護認定 要介護 要支援 介護申請 ケアマネ 介護サービス 更新', '介護サービスを利用するために必要な認定の申請です。申請後、認定調査と主治医の意見書をもとに審査し、原則として申請から30日以内に結果をお知らせします。本人のほか、家族や地域包括支援センター、居宅介護支援事業所が代行できます。', '介護保険被保険者証、主治医の氏名と医療機関名がわかるもの、40歳から64歳の方は医療保険の資格がわかるもの', NULL, '無料', '原則30日以内', 'long-term-care', '介護保険法第27条、第32条', 'ACTIVE', '介護保険の要介護要支援認定の申請|かいごほけんのようかいごようしえんにんていのしんせい|applicationforlong-termcareneedcertification|介護認定要介護要支援介護申請けあまね介護さーびす更新|'),
    ('kaigo-hokensho', 'long-term-care', '介護保険被保険者証の再交付', 'かいごほけんひほけんしゃしょうのさいこうふ', 'Reissuing the long-term care insurance card', '介護保険証 紛失 再発行 被保険者証 破損', '介護保険被保険者証をなくしたときや、破損したときに再交付します。要介護認定を受けている方は、認定の内容を記載した被保険者証を交付します。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '本人確認書類（マイナンバーカード、運転免許証、パスポートなど）、破損した被保険者証（破損の場合）', NULL, '無料', '即日交付', 'long-term-care', '介護保険法施行規則', 'ACTIVE', '介護保険被保険者証の再交付|かいごほけんひほけんしゃしょうのさいこうふ|reissuingthelong-termcareinsurancecard|介護保険証紛失再発行被保険者証破損|'),
    ('kaigo-futan-gendo', 'long-term-care', '介護保険負担限度額認定の申請', 'かいごほけんふたんげんどがくにんていのしんせい', 'Application for certification of the cost ceiling for long-term care', '負担限度額 施設 食費 居住費 ショートステイ 補足給付', '住民税非課税世帯の方などが介護保険施設やショートステイを利用するときの、食費と居住費の負担を軽減します。預貯金などの資産の要件があります。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '申請書、預貯金などの通帳の写し、介護保険被保険者証', NULL, '無料', '審査後、約1か月', 'long-term-care', '介護保険法第51条の3', 'ACTIVE', '介護保険負担限度額認定の申請|かいごほけんふたんげんどがくにんていのしんせい|applicationforcertificationofthecostceilingforlong-termcare|負担限度額施設食費居住費しょーとすてい補足給付|'),
    ('jutaku-kaishu', 'long-term-care', '介護保険の住宅改修費の支給申請', 'かいごほけんのじゅうたくかいしゅうひのしきゅうしんせい', 'Claim for home modification costs under long-term care insurance', '住宅改修 手すり 段差解消 バリアフリー リフォーム', '手すりの取付けや段差の解消などの住宅改修について、20万円を上限として費用の7割から9割を支給します。工事の前に事前の申請が必要です。', '事前申請書、見積書、改修予定箇所の写真、理由書（ケアマネジャーなどが作成）', NULL, '無料', '事前申請の確認に約2週間', 'long-term-care', '介護保険法第45条', 'ACTIVE', '介護保険の住宅改修費の支給申請|かいごほけんのじゅうたくかいしゅうひのしきゅうしんせい|claimforhomemodificationcostsunderlong-termcareinsurance|住宅改修手すり段差解消ばりあふりーりふぉーむ|');
INSERT INTO service_procedure (code, category_code, name_ja, name_kana, name_en, keywords, description, what_to_bring, fee_yen, fee_note, processing_time, owner_section_code, legal_basis, status, search_text) VALUES
    ('shintai-techo', 'welfare', '身体障害者手帳の交付申請', 'しんたいしょうがいしゃてちょうのこうふしんせい', 'Application for a physical disability certificate', '障害者手帳 身障手帳 障がい者手帳 等級 身体障害', '身体に障がいのある方が各種の福祉サービスを利用するための手帳です。指定医師の診断書・意見書と写真を添えて申請し、交付まで1〜2か月程度かかります。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '指定医師の診断書・意見書、顔写真（縦4cm×横3cm）、本人確認書類（マイナンバーカード、運転免許証、パスポートなど）、マイナンバーがわかるもの', NULL, '無料', '約1〜2か月', 'disability-welfare', '身体障害者福祉法第15条', 'ACTIVE', '身体障害者手帳の交付申請|しんたいしょうがいしゃてちょうのこうふしんせい|applicationforaphysicaldisabilitycertificate|障害者手帳身障手帳障がい者手帳等級身体障害|'),
    ('ryoiku-techo', 'welfare', '療育手帳の交付申請', 'りょういくてちょうのこうふしんせい', 'Application for a rehabilitation certificate (intellectual disability)', '療育手帳 知的障害 知的障がい 判定', '知的障がいのある方が各種の福祉サービスを利用するための手帳です。申請後、判定機関で判定を受けてから交付します。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '顔写真（縦4cm×横3cm）、本人確認書類（マイナンバーカード、運転免許証、パスポートなど）、マイナンバーがわかるもの', NULL, '無料', '判定後、約1〜2か月', 'disability-welfare', '療育手帳制度要綱（厚生事務次官通知）', 'ACTIVE', '療育手帳の交付申請|りょういくてちょうのこうふしんせい|applicationforarehabilitationcertificate(intellectualdisability)|療育手帳知的障害知的障がい判定|'),
    ('seishin-techo', 'welfare', '精神障害者保健福祉手帳の申請', 'せいしんしょうがいしゃほけんふくしてちょうのしんせい', 'Application for a mental disability certificate', '精神 手帳 障害者手帳 精神障がい', '精神疾患により長期にわたり日常生活に制約がある方の手帳です。初診日から6か月以上経過した時点の診断書、または精神障害による障害年金の証書の写しを添えて申請します。有効期間は2年で、更新が必要です。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '診断書または障害年金の証書の写し、顔写真（縦4cm×横3cm）、マイナンバーがわかるもの', NULL, '無料', '約2か月', 'disability-welfare', '精神保健及び精神障害者福祉に関する法律第45条', 'ACTIVE', '精神障害者保健福祉手帳の申請|せいしんしょうがいしゃほけんふくしてちょうのしんせい|applicationforamentaldisabilitycertificate|精神手帳障害者手帳精神障がい|'),
    ('jiritsu-shien', 'welfare', '自立支援医療（精神通院医療）の申請', 'じりつしえんいりょうせいしんつういんいりょうのしんせい', 'Application for psychiatric outpatient care support (jiritsu shien iryo)', '精神通院 自立支援 医療費 1割 通院', '精神疾患で継続して通院している方の医療費の自己負担を原則1割に軽減します。有効期間は1年で、更新が必要です。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '診断書（更新時は2年に1回）、健康保険の資格がわかるもの、マイナンバーがわかるもの', NULL, '無料', '約1〜2か月', 'disability-welfare', '障害者の日常生活及び社会生活を総合的に支援するための法律第53条', 'ACTIVE', '自立支援医療(精神通院医療)の申請|じりつしえんいりょうせいしんつういんいりょうのしんせい|applicationforpsychiatricoutpatientcaresupport(jiritsushieniryo)|精神通院自立支援医療費1割通院|'),
    ('shogai-service', 'welfare', '障害福祉サービスの利用申請', 'しょうがいふくしさーびすのりようしんせい', 'Application for disability welfare services', '障害福祉サービス 居宅介護 就労支援 ヘルパー 受給者証 グループホーム', '居宅介護（ホームヘルプ）や就労支援、グループホームなどの障害福祉サービスを利用するための申請です。聞き取り調査やサービス等利用計画をもとに支給を決定し、受給者証を交付します。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '障害者手帳など障がいの状況がわかるもの、本人確認書類（マイナンバーカード、運転免許証、パスポートなど）、マイナンバーがわかるもの', NULL, '無料', '約1〜2か月', 'disability-welfare', '障害者の日常生活及び社会生活を総合的に支援するための法律第20条', 'ACTIVE', '障害福祉さーびすの利用申請|しょうがいふくしさーびすのりようしんせい|applicationfordisabilitywelfareservices|障害福祉さーびす居宅介護就労支援へるぱー受給者証ぐるーぷほーむ|'),
    ('seikatsu-hogo', 'welfare', '生活保護の相談・申請', 'せいかつほごのそうだんしんせい', 'Consultation and application for public assistance (seikatsu hogo)', '生活保護 生活が苦しい 生活困窮 お金がない 保護 福祉事務所', '病気やけが、失業などで生活に困ったときは、お住まいの区の区役所（福祉事務所）にご相談ください。資産や能力などを活用しても最低限度の生活を維持できない場合に、必要な保護を行います。申請はどなたでもでき、原則として申請から14日以内に決定します。', '本人確認書類（マイナンバーカード、運転免許証、パスポートなど）（お持ちでなくても相談できます）', NULL, '無料', '原則14日以内に決定', 'welfare-policy', '生活保護法第7条、第24条', 'ACTIVE', '生活保護の相談申請|せいかつほごのそうだんしんせい|consultationandapplicationforpublicassistance(seikatsuhogo)|生活保護生活が苦しい生活困窮お金がない保護福祉事務所|'),
    ('tokubetsu-shogai', 'welfare', '特別障害者手当の認定請求', 'とくべつしょうがいしゃてあてのにんていせいきゅう', 'Claim for the special disability allowance', '特別障害者手当 障害児福祉手当 在宅 重度 手当', '精神または身体に著しく重度の障がいがあり、日常生活で常時特別の介護を必要とする在宅の20歳以上の方に支給されます。所得制限があります。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '所定の診断書、振込先口座がわかるもの、本人確認書類（マイナンバーカード、運転免許証、パスポートなど）', NULL, '無料', '審査後、約2か月', 'disability-welfare', '特別児童扶養手当等の支給に関する法律第26条の2', 'ACTIVE', '特別障害者手当の認定請求|とくべつしょうがいしゃてあてのにんていせいきゅう|claimforthespecialdisabilityallowance|特別障害者手当障害児福祉手当在宅重度手当|');
INSERT INTO service_procedure (code, category_code, name_ja, name_kana, name_en, keywords, description, what_to_bring, fee_yen, fee_note, processing_time, owner_section_code, legal_basis, status, search_text) VALUES
    ('inu-toroku', 'animals', '犬の登録', 'いぬのとうろく', 'Dog registration', '犬 ペット 鑑札 飼い犬 子犬 マイクロチップ 飼い始めた', '生後91日以上の犬を飼い始めたら、30日以内に登録が必要です。登録すると鑑札を交付します。マイクロチップを装着し環境大臣の登録を受けた犬は、その登録により犬の登録をしたものとみなされます。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '飼い主の本人確認書類（マイナンバーカード、運転免許証、パスポートなど）、狂犬病予防注射済証（接種済みの場合）', 3000, '1頭3,000円（サンプル）', '即日交付', 'animal-welfare', '狂犬病予防法第4条', 'ACTIVE', '犬の登録|いぬのとうろく|dogregistration|犬ぺっと鑑札飼い犬子犬まいくろちっぷ飼い始めた|'),
    ('kyokenbyo', 'animals', '狂犬病予防注射済票の交付', 'きょうけんびょうよぼうちゅうしゃずみひょうのこうふ', 'Issuing the rabies vaccination tag', '狂犬病 予防注射 注射済票 犬 集合注射 動物病院', '犬には年1回の狂犬病予防注射が義務付けられています。動物病院で接種したときは、注射済証を持参して注射済票の交付を受けてください。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '動物病院が発行した狂犬病予防注射済証、犬の登録番号（鑑札）', 550, '1頭550円（サンプル）', '即日交付', 'animal-welfare', '狂犬病予防法第5条', 'ACTIVE', '狂犬病予防注射済票の交付|きょうけんびょうよぼうちゅうしゃずみひょうのこうふ|issuingtherabiesvaccinationtag|狂犬病予防注射注射済票犬集合注射動物病院|'),
    ('inu-henko', 'animals', '犬の登録事項の変更・死亡の届出', 'いぬのとうろくじこうのへんこうしぼうのとどけで', 'Notifying changes to a dog''s registration or its death', '犬 死亡 引越し 飼い主変更 譲渡 届出', '犬が死亡したとき、飼い主の住所が変わったとき、飼い主が変わったときは30日以内に届け出てください。市外から転入した場合は、前の市町村の鑑札と交換で熊本市の鑑札を交付します。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '犬の登録番号（鑑札）、届出人の本人確認書類', NULL, '無料', '即日', 'animal-welfare', '狂犬病予防法第4条', 'ACTIVE', '犬の登録事項の変更死亡の届出|いぬのとうろくじこうのへんこうしぼうのとどけで|notifyingchangestoadog''sregistrationoritsdeath|犬死亡引越し飼い主変更譲渡届出|');
INSERT INTO service_procedure (code, category_code, name_ja, name_kana, name_en, keywords, description, what_to_bring, fee_yen, fee_note, processing_time, owner_section_code, legal_basis, status, search_text) VALUES
    ('risai-shomei', 'disaster', 'り災証明書の交付申請', 'りさいしょうめいしょのこうふしんせい', 'Application for a disaster damage certificate (risai shomeisho)', 'り災証明 罹災証明 被災 地震 水害 家屋 被害 全壊 半壊', '地震や大雨などの災害で住家が被害を受けたとき、被害の程度を調査して証明します。お住まいの区に関係なく、どの区役所の福祉課・総合出張所でも申請できます。被害の状況がわかる写真があればお持ちください。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '申請者の本人確認書類、被害状況の写真（あれば）、代理人の場合は委任状', NULL, '無料', '住家被害認定調査の後、約1か月（サンプル）', 'disaster-prevention', '災害対策基本法第90条の2', 'ACTIVE', 'り災証明書の交付申請|りさいしょうめいしょのこうふしんせい|applicationforadisasterdamagecertificate(risaishomeisho)|り災証明罹災証明被災地震水害家屋被害全壊半壊|'),
    ('hisai-todoke', 'disaster', '被災届出証明書の交付', 'ひさいとどけでしょうめいしょのこうふ', 'Certificate of reported disaster damage', '被災届出 家財 車 被災証明 保険 塀', '住家以外の被害（家財・自動車・門や塀など）について、被災の届出があったことを証明します。損害保険の請求などに利用できます。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '申請者の本人確認書類、被害状況の写真', NULL, '無料', '即日交付', 'disaster-prevention', NULL, 'ACTIVE', '被災届出証明書の交付|ひさいとどけでしょうめいしょのこうふ|certificateofreporteddisasterdamage|被災届出家財車被災証明保険塀|'),
    ('saiken-shienkin', 'disaster', '被災者生活再建支援金の申請', 'ひさいしゃせいかつさいけんしえんきんのしんせい', 'Application for livelihood recovery support money for disaster victims', '支援金 被災者 生活再建 全壊 大規模半壊 解体', '自然災害で住宅が全壊・大規模半壊などの被害を受けた世帯に、被害の程度と再建の方法に応じて支援金が支給されます。り災証明書などを添えて申請します。', 'り災証明書、住民票の写し（世帯全員）、振込先口座がわかるもの、契約書の写し（加算支援金の場合）', NULL, '無料', '審査後、約1〜2か月', 'disaster-prevention', '被災者生活再建支援法第3条', 'ACTIVE', '被災者生活再建支援金の申請|ひさいしゃせいかつさいけんしえんきんのしんせい|applicationforlivelihoodrecoverysupportmoneyfordisastervictims|支援金被災者生活再建全壊大規模半壊解体|');
INSERT INTO service_procedure (code, category_code, name_ja, name_kana, name_en, keywords, description, what_to_bring, fee_yen, fee_note, processing_time, owner_section_code, legal_basis, status, search_text) VALUES
    ('sodai-gomi', 'waste', '粗大ごみの収集申込', 'そだいごみのしゅうしゅうもうしこみ', 'Booking bulky waste collection', '粗大ごみ 大型ごみ 家具 布団 自転車 処分 回収', '家具や自転車など、指定袋に入らない大きなごみは事前の申込みにより戸別に収集します。インターネットまたは電話で申し込み、手数料分のごみ処理券を購入して貼り付けて出してください。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', 'なし（収集日までにごみ処理券を購入）', NULL, '品目により異なる（サンプル）', '申込みから約1〜2週間後に収集', 'waste-management', '廃棄物の処理及び清掃に関する法律第6条の2', 'ACTIVE', '粗大ごみの収集申込|そだいごみのしゅうしゅうもうしこみ|bookingbulkywastecollection|粗大ごみ大型ごみ家具布団自転車処分回収|'),
    ('gomi-station', 'waste', 'ごみステーションの新設・変更の届出', 'ごみすてーしょんのしんせつへんこうのとどけで', 'Registering a new or moved waste collection point', 'ごみ置き場 集積所 ステーション 新築 アパート 自治会', '新しく家やアパートを建てたときや、ごみステーションの場所を変えたいときの届出です。自治会と調整のうえ届け出てください。現地を確認してから収集を始めます。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '届出書、位置図、自治会の同意がわかるもの', NULL, '無料', '現地確認後、約2週間', 'waste-management', NULL, 'ACTIVE', 'ごみすてーしょんの新設変更の届出|ごみすてーしょんのしんせつへんこうのとどけで|registeringanewormovedwastecollectionpoint|ごみ置き場集積所すてーしょん新築あぱーと自治会|'),
    ('namagomi', 'waste', '生ごみ処理機の購入補助', 'なまごみしょりきのこうにゅうほじょ', 'Subsidy for purchasing a household food-waste processor', 'コンポスト 生ごみ 補助金 処理機 堆肥 ごみ減量', '家庭の生ごみを減らすため、生ごみ処理機やコンポスト容器を購入した方に費用の一部を補助します。購入後の申請期限や上限額があります。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '申請書、領収書、保証書の写し、振込先口座がわかるもの', NULL, '無料', '審査後、約1か月', 'waste-management', NULL, 'ACTIVE', '生ごみ処理機の購入補助|なまごみしょりきのこうにゅうほじょ|subsidyforpurchasingahouseholdfood-wasteprocessor|こんぽすと生ごみ補助金処理機堆肥ごみ減量|');
INSERT INTO service_procedure (code, category_code, name_ja, name_kana, name_en, keywords, description, what_to_bring, fee_yen, fee_note, processing_time, owner_section_code, legal_basis, status, search_text) VALUES
    ('jichikai', 'community', '自治会（町内会）の加入の案内', 'じちかいちょうないかいのかにゅうのあんない', 'Information on joining a neighbourhood association (jichikai)', '自治会 町内会 加入 引越し 地域 回覧板', 'お住まいの地域の自治会（町内会）への加入についてご案内し、会長などの連絡先をお知らせします。自治会は地域の防犯・防災や清掃、見守りなどの活動を行っています。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', 'なし', NULL, '無料', '即日', 'community-activity', NULL, 'ACTIVE', '自治会(町内会)の加入の案内|じちかいちょうないかいのかにゅうのあんない|informationonjoininganeighbourhoodassociation(jichikai)|自治会町内会加入引越し地域回覧板|'),
    ('machizukuri-hojo', 'community', '区まちづくり活動補助金の申請', 'くまちづくりかつどうほじょきんのしんせい', 'Application for the ward community development activity subsidy', '補助金 まちづくり 地域活動 助成 団体', '区内で地域の課題の解決やにぎわいづくりに取り組む団体の活動に、経費の一部を補助します。対象経費の2分の1以内（上限あり）で、審査会で採択を決めます。募集期間や要件は区ごとに異なります。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '申請書、事業計画書、収支予算書、団体の規約と役員名簿', NULL, '無料', '審査会の後、約1か月', 'community-policy', NULL, 'ACTIVE', '区まちづくり活動補助金の申請|くまちづくりかつどうほじょきんのしんせい|applicationforthewardcommunitydevelopmentactivitysubsidy|補助金まちづくり地域活動助成団体|'),
    ('chiiki-tanto', 'community', '地域担当職員への相談', 'ちいきたんとうしょくいんへのそうだん', 'Consulting community liaison staff', '地域担当 まちづくりセンター 地域の困りごと 相談 校区', 'まちづくりセンターには地域担当職員がいて、地域の活動や困りごとの相談に応じ、関係する課につなぎます。地域の集まりや行事に出向いて、地域の声を聞くこともあります。職員が外出している場合がありますので、事前にお電話ください。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', 'なし', NULL, '無料', '随時', 'community-policy', NULL, 'ACTIVE', '地域担当職員への相談|ちいきたんとうしょくいんへのそうだん|consultingcommunityliaisonstaff|地域担当まちづくりせんたー地域の困りごと相談校区|'),
    ('kominkan', 'community', '公民館の利用申込', 'こうみんかんのりようもうしこみ', 'Booking a community hall (kominkan)', '公民館 会議室 貸館 予約 施設予約 講座', '公民館の講座室や会議室の利用を申し込みます。利用できる団体や目的、申込みの時期は施設によって異なります。（サンプル：熊本市の実際の取扱いとは異なる場合があります）', '利用申込書（団体の場合は団体登録）', NULL, '施設・部屋により異なる（サンプル）', '利用の2か月前から受付', 'lifelong-learning', '社会教育法第22条', 'ACTIVE', '公民館の利用申込|こうみんかんのりようもうしこみ|bookingacommunityhall(kominkan)|公民館会議室貸館予約施設予約講座|');

-- Availability: one row per procedure and place; a missing row means the place does not offer it.
INSERT INTO availability (procedure_code, place_key, office_id, channel_code, level, conditions_ja, conditions_en, residents_only, fee_yen, fee_note) VALUES
    ('juminhyo-copy', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('juminhyo-copy', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('juminhyo-copy', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('juminhyo-copy', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('juminhyo-copy', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('juminhyo-copy', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('juminhyo-copy', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('juminhyo-copy', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('juminhyo-copy', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('juminhyo-copy', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('juminhyo-copy', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('juminhyo-copy', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('juminhyo-copy', 'office:14', 14, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-copy', 'office:15', 15, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-copy', 'office:16', 16, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-copy', 'office:17', 17, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-copy', 'office:18', 18, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-copy', 'office:19', 19, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-copy', 'office:20', 20, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-copy', 'office:21', 21, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-copy', 'office:22', 22, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-copy', 'office:23', 23, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-copy', 'office:24', 24, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-copy', 'office:25', 25, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-copy', 'office:26', 26, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-copy', 'office:27', 27, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-copy', 'office:28', 28, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-copy', 'office:29', 29, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-copy', 'office:30', 30, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-copy', 'channel:convenience-store', NULL, 'convenience-store', 'FULL', 'マイナンバーカード（利用者証明用電子証明書の暗証番号）が必要。6:30〜23:00、12月29日〜1月3日と保守日を除く。本人と同じ世帯の方の分のみ', 'My Number card with its user-certificate PIN required; 6:30-23:00, except 29 Dec-3 Jan and maintenance days; only for yourself and your household', FALSE, 200, '1通200円（サンプル）'),
    ('juminhyo-copy', 'channel:kiosk', NULL, 'kiosk', 'FULL', '中央区役所に設置。マイナンバーカード（暗証番号）が必要（サンプル）。本人と同じ世帯の方の分のみ', 'At Chuo Ward Office; My Number card with its PIN required (sample); only for yourself and your household', FALSE, NULL, NULL),
    ('juminhyo-copy', 'channel:mail', NULL, 'mail', 'FULL', '請求書、本人確認書類の写し、定額小為替、切手を貼った返信用封筒を同封。返送まで約1週間（サンプル）', 'Enclose the request form, a copy of your ID, postal money orders and a stamped return envelope; about one week (sample)', FALSE, NULL, NULL),
    ('juminhyo-kisai', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('juminhyo-kisai', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('juminhyo-kisai', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('juminhyo-kisai', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('juminhyo-kisai', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('juminhyo-kisai', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('juminhyo-kisai', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('juminhyo-kisai', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('juminhyo-kisai', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('juminhyo-kisai', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('juminhyo-kisai', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('juminhyo-kisai', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('juminhyo-kisai', 'office:14', 14, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-kisai', 'office:15', 15, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-kisai', 'office:16', 16, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-kisai', 'office:17', 17, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-kisai', 'office:18', 18, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-kisai', 'office:19', 19, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-kisai', 'office:20', 20, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-kisai', 'office:21', 21, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-kisai', 'office:22', 22, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-kisai', 'office:23', 23, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-kisai', 'office:24', 24, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-kisai', 'office:25', 25, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-kisai', 'office:26', 26, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-kisai', 'office:27', 27, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-kisai', 'office:28', 28, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-kisai', 'office:29', 29, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-kisai', 'office:30', 30, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('juminhyo-kisai', 'channel:mail', NULL, 'mail', 'FULL', '請求書、本人確認書類の写し、定額小為替、切手を貼った返信用封筒を同封。返送まで約1週間（サンプル）', 'Enclose the request form, a copy of your ID, postal money orders and a stamped return envelope; about one week (sample)', FALSE, NULL, NULL),
    ('koseki-zenbu', 'office:2', 2, NULL, 'FULL', '本籍が熊本市の方。本籍が他の市区町村の方は「戸籍証明書の広域交付」（区役所）をご利用ください', 'For family registers kept in Kumamoto; for registers elsewhere use wide-area issuance at a ward office', FALSE, NULL, NULL),
    ('koseki-zenbu', 'office:3', 3, NULL, 'FULL', '本籍が熊本市の方。本籍が他の市区町村の方は「戸籍証明書の広域交付」（区役所）をご利用ください', 'For family registers kept in Kumamoto; for registers elsewhere use wide-area issuance at a ward office', FALSE, NULL, NULL),
    ('koseki-zenbu', 'office:4', 4, NULL, 'FULL', '本籍が熊本市の方。本籍が他の市区町村の方は「戸籍証明書の広域交付」（区役所）をご利用ください', 'For family registers kept in Kumamoto; for registers elsewhere use wide-area issuance at a ward office', FALSE, NULL, NULL),
    ('koseki-zenbu', 'office:5', 5, NULL, 'FULL', '本籍が熊本市の方。本籍が他の市区町村の方は「戸籍証明書の広域交付」（区役所）をご利用ください', 'For family registers kept in Kumamoto; for registers elsewhere use wide-area issuance at a ward office', FALSE, NULL, NULL),
    ('koseki-zenbu', 'office:6', 6, NULL, 'FULL', '本籍が熊本市の方。本籍が他の市区町村の方は「戸籍証明書の広域交付」（区役所）をご利用ください', 'For family registers kept in Kumamoto; for registers elsewhere use wide-area issuance at a ward office', FALSE, NULL, NULL),
    ('koseki-zenbu', 'office:7', 7, NULL, 'FULL', '本籍が熊本市の方。本籍が他の市区町村の方は「戸籍証明書の広域交付」（区役所）をご利用ください', 'For family registers kept in Kumamoto; for registers elsewhere use wide-area issuance at a ward office', FALSE, NULL, NULL),
    ('koseki-zenbu', 'office:8', 8, NULL, 'FULL', '本籍が熊本市の方。本籍が他の市区町村の方は「戸籍証明書の広域交付」（区役所）をご利用ください', 'For family registers kept in Kumamoto; for registers elsewhere use wide-area issuance at a ward office', FALSE, NULL, NULL),
    ('koseki-zenbu', 'office:9', 9, NULL, 'FULL', '本籍が熊本市の方。本籍が他の市区町村の方は「戸籍証明書の広域交付」（区役所）をご利用ください', 'For family registers kept in Kumamoto; for registers elsewhere use wide-area issuance at a ward office', FALSE, NULL, NULL),
    ('koseki-zenbu', 'office:10', 10, NULL, 'FULL', '本籍が熊本市の方。本籍が他の市区町村の方は「戸籍証明書の広域交付」（区役所）をご利用ください', 'For family registers kept in Kumamoto; for registers elsewhere use wide-area issuance at a ward office', FALSE, NULL, NULL),
    ('koseki-zenbu', 'office:11', 11, NULL, 'FULL', '本籍が熊本市の方。本籍が他の市区町村の方は「戸籍証明書の広域交付」（区役所）をご利用ください', 'For family registers kept in Kumamoto; for registers elsewhere use wide-area issuance at a ward office', FALSE, NULL, NULL),
    ('koseki-zenbu', 'office:12', 12, NULL, 'FULL', '本籍が熊本市の方。本籍が他の市区町村の方は「戸籍証明書の広域交付」（区役所）をご利用ください', 'For family registers kept in Kumamoto; for registers elsewhere use wide-area issuance at a ward office', FALSE, NULL, NULL),
    ('koseki-zenbu', 'office:13', 13, NULL, 'FULL', '本籍が熊本市の方。本籍が他の市区町村の方は「戸籍証明書の広域交付」（区役所）をご利用ください', 'For family registers kept in Kumamoto; for registers elsewhere use wide-area issuance at a ward office', FALSE, NULL, NULL),
    ('koseki-zenbu', 'office:14', 14, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-zenbu', 'office:15', 15, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-zenbu', 'office:16', 16, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-zenbu', 'office:17', 17, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-zenbu', 'office:18', 18, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-zenbu', 'office:19', 19, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-zenbu', 'office:20', 20, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-zenbu', 'office:21', 21, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-zenbu', 'office:22', 22, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-zenbu', 'office:23', 23, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-zenbu', 'office:24', 24, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-zenbu', 'office:25', 25, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-zenbu', 'office:26', 26, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-zenbu', 'office:27', 27, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-zenbu', 'office:28', 28, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-zenbu', 'office:29', 29, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-zenbu', 'office:30', 30, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-zenbu', 'channel:convenience-store', NULL, 'convenience-store', 'FULL', 'マイナンバーカード（利用者証明用電子証明書の暗証番号）が必要。6:30〜23:00、12月29日〜1月3日と保守日を除く。本籍が熊本市の方のみ（住所が市外の方は事前の利用登録が必要）。平日9:00〜17:00のみ（サンプル）', 'My Number card with its user-certificate PIN required; 6:30-23:00, except 29 Dec-3 Jan and maintenance days; only if your family register is in Kumamoto (pre-registration needed if you live elsewhere); weekdays 9:00-17:00 only (sample)', FALSE, 400, '1通400円（サンプル）'),
    ('koseki-zenbu', 'channel:mail', NULL, 'mail', 'FULL', '本籍が熊本市の方のみ。請求書、本人確認書類の写し、定額小為替、切手を貼った返信用封筒を同封。返送まで約1週間（サンプル）', 'Only if your family register is in Kumamoto. Enclose the request form, a copy of your ID, postal money orders and a stamped return envelope; about one week (sample)', FALSE, NULL, NULL),
    ('koseki-kojin', 'office:2', 2, NULL, 'FULL', '本籍が熊本市の方。本籍が他の市区町村の方は「戸籍証明書の広域交付」（区役所）をご利用ください', 'For family registers kept in Kumamoto; for registers elsewhere use wide-area issuance at a ward office', FALSE, NULL, NULL),
    ('koseki-kojin', 'office:3', 3, NULL, 'FULL', '本籍が熊本市の方。本籍が他の市区町村の方は「戸籍証明書の広域交付」（区役所）をご利用ください', 'For family registers kept in Kumamoto; for registers elsewhere use wide-area issuance at a ward office', FALSE, NULL, NULL),
    ('koseki-kojin', 'office:4', 4, NULL, 'FULL', '本籍が熊本市の方。本籍が他の市区町村の方は「戸籍証明書の広域交付」（区役所）をご利用ください', 'For family registers kept in Kumamoto; for registers elsewhere use wide-area issuance at a ward office', FALSE, NULL, NULL),
    ('koseki-kojin', 'office:5', 5, NULL, 'FULL', '本籍が熊本市の方。本籍が他の市区町村の方は「戸籍証明書の広域交付」（区役所）をご利用ください', 'For family registers kept in Kumamoto; for registers elsewhere use wide-area issuance at a ward office', FALSE, NULL, NULL),
    ('koseki-kojin', 'office:6', 6, NULL, 'FULL', '本籍が熊本市の方。本籍が他の市区町村の方は「戸籍証明書の広域交付」（区役所）をご利用ください', 'For family registers kept in Kumamoto; for registers elsewhere use wide-area issuance at a ward office', FALSE, NULL, NULL),
    ('koseki-kojin', 'office:7', 7, NULL, 'FULL', '本籍が熊本市の方。本籍が他の市区町村の方は「戸籍証明書の広域交付」（区役所）をご利用ください', 'For family registers kept in Kumamoto; for registers elsewhere use wide-area issuance at a ward office', FALSE, NULL, NULL),
    ('koseki-kojin', 'office:8', 8, NULL, 'FULL', '本籍が熊本市の方。本籍が他の市区町村の方は「戸籍証明書の広域交付」（区役所）をご利用ください', 'For family registers kept in Kumamoto; for registers elsewhere use wide-area issuance at a ward office', FALSE, NULL, NULL);
INSERT INTO availability (procedure_code, place_key, office_id, channel_code, level, conditions_ja, conditions_en, residents_only, fee_yen, fee_note) VALUES
    ('koseki-kojin', 'office:9', 9, NULL, 'FULL', '本籍が熊本市の方。本籍が他の市区町村の方は「戸籍証明書の広域交付」（区役所）をご利用ください', 'For family registers kept in Kumamoto; for registers elsewhere use wide-area issuance at a ward office', FALSE, NULL, NULL),
    ('koseki-kojin', 'office:10', 10, NULL, 'FULL', '本籍が熊本市の方。本籍が他の市区町村の方は「戸籍証明書の広域交付」（区役所）をご利用ください', 'For family registers kept in Kumamoto; for registers elsewhere use wide-area issuance at a ward office', FALSE, NULL, NULL),
    ('koseki-kojin', 'office:11', 11, NULL, 'FULL', '本籍が熊本市の方。本籍が他の市区町村の方は「戸籍証明書の広域交付」（区役所）をご利用ください', 'For family registers kept in Kumamoto; for registers elsewhere use wide-area issuance at a ward office', FALSE, NULL, NULL),
    ('koseki-kojin', 'office:12', 12, NULL, 'FULL', '本籍が熊本市の方。本籍が他の市区町村の方は「戸籍証明書の広域交付」（区役所）をご利用ください', 'For family registers kept in Kumamoto; for registers elsewhere use wide-area issuance at a ward office', FALSE, NULL, NULL),
    ('koseki-kojin', 'office:13', 13, NULL, 'FULL', '本籍が熊本市の方。本籍が他の市区町村の方は「戸籍証明書の広域交付」（区役所）をご利用ください', 'For family registers kept in Kumamoto; for registers elsewhere use wide-area issuance at a ward office', FALSE, NULL, NULL),
    ('koseki-kojin', 'office:14', 14, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-kojin', 'office:15', 15, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-kojin', 'office:16', 16, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-kojin', 'office:17', 17, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-kojin', 'office:18', 18, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-kojin', 'office:19', 19, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-kojin', 'office:20', 20, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-kojin', 'office:21', 21, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-kojin', 'office:22', 22, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-kojin', 'office:23', 23, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-kojin', 'office:24', 24, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-kojin', 'office:25', 25, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-kojin', 'office:26', 26, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-kojin', 'office:27', 27, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-kojin', 'office:28', 28, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-kojin', 'office:29', 29, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-kojin', 'office:30', 30, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-kojin', 'channel:convenience-store', NULL, 'convenience-store', 'FULL', 'マイナンバーカード（利用者証明用電子証明書の暗証番号）が必要。6:30〜23:00、12月29日〜1月3日と保守日を除く。本籍が熊本市の方のみ（住所が市外の方は事前の利用登録が必要）。平日9:00〜17:00のみ（サンプル）', 'My Number card with its user-certificate PIN required; 6:30-23:00, except 29 Dec-3 Jan and maintenance days; only if your family register is in Kumamoto (pre-registration needed if you live elsewhere); weekdays 9:00-17:00 only (sample)', FALSE, 400, '1通400円（サンプル）'),
    ('koseki-kojin', 'channel:mail', NULL, 'mail', 'FULL', '本籍が熊本市の方のみ。請求書、本人確認書類の写し、定額小為替、切手を貼った返信用封筒を同封。返送まで約1週間（サンプル）', 'Only if your family register is in Kumamoto. Enclose the request form, a copy of your ID, postal money orders and a stamped return envelope; about one week (sample)', FALSE, NULL, NULL),
    ('koseki-fuhyo', 'office:2', 2, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('koseki-fuhyo', 'office:3', 3, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('koseki-fuhyo', 'office:4', 4, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('koseki-fuhyo', 'office:5', 5, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('koseki-fuhyo', 'office:6', 6, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('koseki-fuhyo', 'office:7', 7, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('koseki-fuhyo', 'office:8', 8, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('koseki-fuhyo', 'office:9', 9, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('koseki-fuhyo', 'office:10', 10, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('koseki-fuhyo', 'office:11', 11, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('koseki-fuhyo', 'office:12', 12, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('koseki-fuhyo', 'office:13', 13, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('koseki-fuhyo', 'office:14', 14, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-fuhyo', 'office:15', 15, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-fuhyo', 'office:16', 16, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-fuhyo', 'office:17', 17, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-fuhyo', 'office:18', 18, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-fuhyo', 'office:19', 19, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-fuhyo', 'office:20', 20, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-fuhyo', 'office:21', 21, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-fuhyo', 'office:22', 22, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-fuhyo', 'office:23', 23, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-fuhyo', 'office:24', 24, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-fuhyo', 'office:25', 25, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-fuhyo', 'office:26', 26, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-fuhyo', 'office:27', 27, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-fuhyo', 'office:28', 28, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-fuhyo', 'office:29', 29, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-fuhyo', 'office:30', 30, NULL, 'ISSUE_ONLY', '本籍が熊本市の方のみ（サンプル）', 'Only if your family register is in Kumamoto (sample)', FALSE, NULL, NULL),
    ('koseki-fuhyo', 'channel:convenience-store', NULL, 'convenience-store', 'FULL', 'マイナンバーカード（利用者証明用電子証明書の暗証番号）が必要。6:30〜23:00、12月29日〜1月3日と保守日を除く。本籍が熊本市の方のみ（サンプル）', 'My Number card with its user-certificate PIN required; 6:30-23:00, except 29 Dec-3 Jan and maintenance days; only if your family register is in Kumamoto (sample)', FALSE, 200, '1通200円（サンプル）'),
    ('koseki-fuhyo', 'channel:mail', NULL, 'mail', 'FULL', '本籍が熊本市の方のみ。請求書、本人確認書類の写し、定額小為替、切手を貼った返信用封筒を同封。返送まで約1週間（サンプル）', 'Only if your family register is in Kumamoto. Enclose the request form, a copy of your ID, postal money orders and a stamped return envelope; about one week (sample)', FALSE, NULL, NULL),
    ('joseki', 'office:2', 2, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('joseki', 'office:3', 3, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('joseki', 'office:4', 4, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('joseki', 'office:5', 5, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('joseki', 'office:6', 6, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('joseki', 'office:7', 7, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('joseki', 'office:8', 8, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('joseki', 'office:9', 9, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('joseki', 'office:10', 10, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('joseki', 'office:11', 11, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('joseki', 'office:12', 12, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('joseki', 'office:13', 13, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('joseki', 'channel:mail', NULL, 'mail', 'FULL', '本籍が熊本市の方のみ。請求書、本人確認書類の写し、定額小為替、切手を貼った返信用封筒を同封。返送まで約1週間（サンプル）', 'Only if your family register is in Kumamoto. Enclose the request form, a copy of your ID, postal money orders and a stamped return envelope; about one week (sample)', FALSE, NULL, NULL),
    ('koseki-koiki', 'office:2', 2, NULL, 'FULL', '本人・配偶者・直系の親族が窓口で請求。顔写真付きの本人確認書類が必要。代理人・郵送は不可', 'In person only, for yourself, your spouse or direct relatives; photo ID required; no proxies or mail', FALSE, NULL, NULL),
    ('koseki-koiki', 'office:3', 3, NULL, 'FULL', '本人・配偶者・直系の親族が窓口で請求。顔写真付きの本人確認書類が必要。代理人・郵送は不可', 'In person only, for yourself, your spouse or direct relatives; photo ID required; no proxies or mail', FALSE, NULL, NULL),
    ('koseki-koiki', 'office:4', 4, NULL, 'FULL', '本人・配偶者・直系の親族が窓口で請求。顔写真付きの本人確認書類が必要。代理人・郵送は不可', 'In person only, for yourself, your spouse or direct relatives; photo ID required; no proxies or mail', FALSE, NULL, NULL),
    ('koseki-koiki', 'office:5', 5, NULL, 'FULL', '本人・配偶者・直系の親族が窓口で請求。顔写真付きの本人確認書類が必要。代理人・郵送は不可', 'In person only, for yourself, your spouse or direct relatives; photo ID required; no proxies or mail', FALSE, NULL, NULL),
    ('koseki-koiki', 'office:6', 6, NULL, 'FULL', '本人・配偶者・直系の親族が窓口で請求。顔写真付きの本人確認書類が必要。代理人・郵送は不可', 'In person only, for yourself, your spouse or direct relatives; photo ID required; no proxies or mail', FALSE, NULL, NULL),
    ('mibun-shomei', 'office:2', 2, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('mibun-shomei', 'office:3', 3, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('mibun-shomei', 'office:4', 4, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('mibun-shomei', 'office:5', 5, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('mibun-shomei', 'office:6', 6, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('mibun-shomei', 'office:7', 7, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('mibun-shomei', 'office:8', 8, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('mibun-shomei', 'office:9', 9, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('mibun-shomei', 'office:10', 10, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('mibun-shomei', 'office:11', 11, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('mibun-shomei', 'office:12', 12, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('mibun-shomei', 'office:13', 13, NULL, 'FULL', '本籍が熊本市の方のみ', 'Only if your family register is in Kumamoto', FALSE, NULL, NULL),
    ('mibun-shomei', 'channel:mail', NULL, 'mail', 'FULL', '本籍が熊本市の方のみ。請求書、本人確認書類の写し、定額小為替、切手を貼った返信用封筒を同封。返送まで約1週間（サンプル）', 'Only if your family register is in Kumamoto. Enclose the request form, a copy of your ID, postal money orders and a stamped return envelope; about one week (sample)', FALSE, NULL, NULL),
    ('juri-shomei', 'office:2', 2, NULL, 'FULL', '熊本市で届出をした届書のみ', 'Only for filings made in Kumamoto', FALSE, NULL, NULL),
    ('juri-shomei', 'office:3', 3, NULL, 'FULL', '熊本市で届出をした届書のみ', 'Only for filings made in Kumamoto', FALSE, NULL, NULL),
    ('juri-shomei', 'office:4', 4, NULL, 'FULL', '熊本市で届出をした届書のみ', 'Only for filings made in Kumamoto', FALSE, NULL, NULL),
    ('juri-shomei', 'office:5', 5, NULL, 'FULL', '熊本市で届出をした届書のみ', 'Only for filings made in Kumamoto', FALSE, NULL, NULL),
    ('juri-shomei', 'office:6', 6, NULL, 'FULL', '熊本市で届出をした届書のみ', 'Only for filings made in Kumamoto', FALSE, NULL, NULL),
    ('juri-shomei', 'office:7', 7, NULL, 'FULL', '熊本市で届出をした届書のみ', 'Only for filings made in Kumamoto', FALSE, NULL, NULL),
    ('juri-shomei', 'office:8', 8, NULL, 'FULL', '熊本市で届出をした届書のみ', 'Only for filings made in Kumamoto', FALSE, NULL, NULL),
    ('juri-shomei', 'office:9', 9, NULL, 'FULL', '熊本市で届出をした届書のみ', 'Only for filings made in Kumamoto', FALSE, NULL, NULL),
    ('juri-shomei', 'office:10', 10, NULL, 'FULL', '熊本市で届出をした届書のみ', 'Only for filings made in Kumamoto', FALSE, NULL, NULL),
    ('juri-shomei', 'office:11', 11, NULL, 'FULL', '熊本市で届出をした届書のみ', 'Only for filings made in Kumamoto', FALSE, NULL, NULL),
    ('juri-shomei', 'office:12', 12, NULL, 'FULL', '熊本市で届出をした届書のみ', 'Only for filings made in Kumamoto', FALSE, NULL, NULL),
    ('juri-shomei', 'office:13', 13, NULL, 'FULL', '熊本市で届出をした届書のみ', 'Only for filings made in Kumamoto', FALSE, NULL, NULL),
    ('juri-shomei', 'channel:mail', NULL, 'mail', 'FULL', '熊本市で届出をした届書のみ。請求書、本人確認書類の写し、定額小為替、切手を貼った返信用封筒を同封。返送まで約1週間（サンプル）', 'Only for filings made in Kumamoto. Enclose the request form, a copy of your ID, postal money orders and a stamped return envelope; about one week (sample)', FALSE, NULL, NULL),
    ('shien-sochi', 'office:2', 2, NULL, 'FULL', '相談室で対応します。事前にお電話ください（サンプル）', 'Handled in a private room; please call first (sample)', FALSE, NULL, NULL);
INSERT INTO availability (procedure_code, place_key, office_id, channel_code, level, conditions_ja, conditions_en, residents_only, fee_yen, fee_note) VALUES
    ('shien-sochi', 'office:3', 3, NULL, 'FULL', '相談室で対応します。事前にお電話ください（サンプル）', 'Handled in a private room; please call first (sample)', FALSE, NULL, NULL),
    ('shien-sochi', 'office:4', 4, NULL, 'FULL', '相談室で対応します。事前にお電話ください（サンプル）', 'Handled in a private room; please call first (sample)', FALSE, NULL, NULL),
    ('shien-sochi', 'office:5', 5, NULL, 'FULL', '相談室で対応します。事前にお電話ください（サンプル）', 'Handled in a private room; please call first (sample)', FALSE, NULL, NULL),
    ('shien-sochi', 'office:6', 6, NULL, 'FULL', '相談室で対応します。事前にお電話ください（サンプル）', 'Handled in a private room; please call first (sample)', FALSE, NULL, NULL),
    ('tennyu', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tennyu', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tennyu', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tennyu', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tennyu', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tennyu', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tennyu', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tennyu', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tennyu', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tennyu', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tennyu', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tennyu', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tenshutsu', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tenshutsu', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tenshutsu', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tenshutsu', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tenshutsu', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tenshutsu', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tenshutsu', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tenshutsu', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tenshutsu', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tenshutsu', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tenshutsu', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tenshutsu', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tenkyo', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tenkyo', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tenkyo', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tenkyo', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tenkyo', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tenkyo', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tenkyo', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tenkyo', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tenkyo', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tenkyo', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tenkyo', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tenkyo', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('setai-henko', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('setai-henko', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('setai-henko', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('setai-henko', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('setai-henko', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('setai-henko', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('setai-henko', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('setai-henko', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('setai-henko', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('setai-henko', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('setai-henko', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('setai-henko', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tenshutsu', 'channel:online', NULL, 'online', 'FULL', 'マイナンバーカードをお持ちの方。マイナポータルの引越しワンストップサービス（転入先への来庁予定の連絡もできます）', 'For My Number card holders, via the Mynaportal moving one-stop service (you can also book your visit to the new municipality)', FALSE, NULL, NULL),
    ('tenshutsu', 'channel:mail', NULL, 'mail', 'FULL', '転出証明書を郵送で交付。届出書、本人確認書類の写し、切手を貼った返信用封筒を同封（サンプル）', 'The moving-out certificate is sent by mail; enclose the form, a copy of your ID and a stamped return envelope (sample)', FALSE, NULL, NULL),
    ('shussho', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shussho', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shussho', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shussho', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shussho', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shussho', 'office:7', 7, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('shussho', 'office:8', 8, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('shussho', 'office:9', 9, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('shussho', 'office:10', 10, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('shussho', 'office:11', 11, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('shussho', 'office:12', 12, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('shussho', 'office:13', 13, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('konin', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('konin', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('konin', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('konin', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('konin', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('konin', 'office:7', 7, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('konin', 'office:8', 8, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('konin', 'office:9', 9, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('konin', 'office:10', 10, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('konin', 'office:11', 11, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('konin', 'office:12', 12, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('konin', 'office:13', 13, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('rikon', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('rikon', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('rikon', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('rikon', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('rikon', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('rikon', 'office:7', 7, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('rikon', 'office:8', 8, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('rikon', 'office:9', 9, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('rikon', 'office:10', 10, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('rikon', 'office:11', 11, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('rikon', 'office:12', 12, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('rikon', 'office:13', 13, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('shibo', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shibo', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shibo', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shibo', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shibo', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shibo', 'office:7', 7, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('shibo', 'office:8', 8, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('shibo', 'office:9', 9, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('shibo', 'office:10', 10, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('shibo', 'office:11', 11, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL);
INSERT INTO availability (procedure_code, place_key, office_id, channel_code, level, conditions_ja, conditions_en, residents_only, fee_yen, fee_note) VALUES
    ('shibo', 'office:12', 12, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('shibo', 'office:13', 13, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('yoshi-engumi', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('yoshi-engumi', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('yoshi-engumi', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('yoshi-engumi', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('yoshi-engumi', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('yoshi-engumi', 'office:7', 7, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('yoshi-engumi', 'office:8', 8, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('yoshi-engumi', 'office:9', 9, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('yoshi-engumi', 'office:10', 10, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('yoshi-engumi', 'office:11', 11, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('yoshi-engumi', 'office:12', 12, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('yoshi-engumi', 'office:13', 13, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('tenseki', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tenseki', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tenseki', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tenseki', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tenseki', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tenseki', 'office:7', 7, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('tenseki', 'office:8', 8, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('tenseki', 'office:9', 9, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('tenseki', 'office:10', 10, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('tenseki', 'office:11', 11, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('tenseki', 'office:12', 12, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('tenseki', 'office:13', 13, NULL, 'RECEPTION_ONLY', '届書の受付のみ。審査と戸籍への記録は区役所で行います（サンプル）', 'Filing accepted here; examined and recorded by a ward office (sample)', FALSE, NULL, NULL),
    ('shussho', 'office:1', 1, NULL, 'RECEPTION_ONLY', '閉庁時間・休日は本庁舎の夜間休日受付で届書を預かります。審査は翌開庁日（サンプル）', 'Outside office hours the city hall night and holiday desk keeps the filing; it is examined on the next business day (sample)', FALSE, NULL, NULL),
    ('konin', 'office:1', 1, NULL, 'RECEPTION_ONLY', '閉庁時間・休日は本庁舎の夜間休日受付で届書を預かります。審査は翌開庁日（サンプル）', 'Outside office hours the city hall night and holiday desk keeps the filing; it is examined on the next business day (sample)', FALSE, NULL, NULL),
    ('rikon', 'office:1', 1, NULL, 'RECEPTION_ONLY', '閉庁時間・休日は本庁舎の夜間休日受付で届書を預かります。審査は翌開庁日（サンプル）', 'Outside office hours the city hall night and holiday desk keeps the filing; it is examined on the next business day (sample)', FALSE, NULL, NULL),
    ('shibo', 'office:1', 1, NULL, 'RECEPTION_ONLY', '閉庁時間・休日は本庁舎の夜間休日受付で届書を預かります。審査は翌開庁日（サンプル）', 'Outside office hours the city hall night and holiday desk keeps the filing; it is examined on the next business day (sample)', FALSE, NULL, NULL),
    ('yoshi-engumi', 'office:1', 1, NULL, 'RECEPTION_ONLY', '閉庁時間・休日は本庁舎の夜間休日受付で届書を預かります。審査は翌開庁日（サンプル）', 'Outside office hours the city hall night and holiday desk keeps the filing; it is examined on the next business day (sample)', FALSE, NULL, NULL),
    ('kaso-kyoka', 'office:2', 2, NULL, 'FULL', '死亡届と同時に申請', 'Apply together with the death registration', FALSE, NULL, NULL),
    ('kaso-kyoka', 'office:3', 3, NULL, 'FULL', '死亡届と同時に申請', 'Apply together with the death registration', FALSE, NULL, NULL),
    ('kaso-kyoka', 'office:4', 4, NULL, 'FULL', '死亡届と同時に申請', 'Apply together with the death registration', FALSE, NULL, NULL),
    ('kaso-kyoka', 'office:5', 5, NULL, 'FULL', '死亡届と同時に申請', 'Apply together with the death registration', FALSE, NULL, NULL),
    ('kaso-kyoka', 'office:6', 6, NULL, 'FULL', '死亡届と同時に申請', 'Apply together with the death registration', FALSE, NULL, NULL),
    ('kaso-kyoka', 'office:7', 7, NULL, 'FULL', '死亡届と同時に申請', 'Apply together with the death registration', FALSE, NULL, NULL),
    ('kaso-kyoka', 'office:8', 8, NULL, 'FULL', '死亡届と同時に申請', 'Apply together with the death registration', FALSE, NULL, NULL),
    ('kaso-kyoka', 'office:9', 9, NULL, 'FULL', '死亡届と同時に申請', 'Apply together with the death registration', FALSE, NULL, NULL),
    ('kaso-kyoka', 'office:10', 10, NULL, 'FULL', '死亡届と同時に申請', 'Apply together with the death registration', FALSE, NULL, NULL),
    ('kaso-kyoka', 'office:11', 11, NULL, 'FULL', '死亡届と同時に申請', 'Apply together with the death registration', FALSE, NULL, NULL),
    ('kaso-kyoka', 'office:12', 12, NULL, 'FULL', '死亡届と同時に申請', 'Apply together with the death registration', FALSE, NULL, NULL),
    ('kaso-kyoka', 'office:13', 13, NULL, 'FULL', '死亡届と同時に申請', 'Apply together with the death registration', FALSE, NULL, NULL),
    ('inkan-toroku', 'office:2', 2, NULL, 'FULL', '本人が顔写真付きの本人確認書類を持参した場合は即日登録。それ以外は照会書により後日登録', 'Same day if you come in person with photo ID; otherwise completed later after a postal inquiry', FALSE, NULL, NULL),
    ('inkan-toroku', 'office:3', 3, NULL, 'FULL', '本人が顔写真付きの本人確認書類を持参した場合は即日登録。それ以外は照会書により後日登録', 'Same day if you come in person with photo ID; otherwise completed later after a postal inquiry', FALSE, NULL, NULL),
    ('inkan-toroku', 'office:4', 4, NULL, 'FULL', '本人が顔写真付きの本人確認書類を持参した場合は即日登録。それ以外は照会書により後日登録', 'Same day if you come in person with photo ID; otherwise completed later after a postal inquiry', FALSE, NULL, NULL),
    ('inkan-toroku', 'office:5', 5, NULL, 'FULL', '本人が顔写真付きの本人確認書類を持参した場合は即日登録。それ以外は照会書により後日登録', 'Same day if you come in person with photo ID; otherwise completed later after a postal inquiry', FALSE, NULL, NULL),
    ('inkan-toroku', 'office:6', 6, NULL, 'FULL', '本人が顔写真付きの本人確認書類を持参した場合は即日登録。それ以外は照会書により後日登録', 'Same day if you come in person with photo ID; otherwise completed later after a postal inquiry', FALSE, NULL, NULL),
    ('inkan-toroku', 'office:7', 7, NULL, 'FULL', '本人が顔写真付きの本人確認書類を持参した場合は即日登録。それ以外は照会書により後日登録', 'Same day if you come in person with photo ID; otherwise completed later after a postal inquiry', FALSE, NULL, NULL),
    ('inkan-toroku', 'office:8', 8, NULL, 'FULL', '本人が顔写真付きの本人確認書類を持参した場合は即日登録。それ以外は照会書により後日登録', 'Same day if you come in person with photo ID; otherwise completed later after a postal inquiry', FALSE, NULL, NULL),
    ('inkan-toroku', 'office:9', 9, NULL, 'FULL', '本人が顔写真付きの本人確認書類を持参した場合は即日登録。それ以外は照会書により後日登録', 'Same day if you come in person with photo ID; otherwise completed later after a postal inquiry', FALSE, NULL, NULL),
    ('inkan-toroku', 'office:10', 10, NULL, 'FULL', '本人が顔写真付きの本人確認書類を持参した場合は即日登録。それ以外は照会書により後日登録', 'Same day if you come in person with photo ID; otherwise completed later after a postal inquiry', FALSE, NULL, NULL),
    ('inkan-toroku', 'office:11', 11, NULL, 'FULL', '本人が顔写真付きの本人確認書類を持参した場合は即日登録。それ以外は照会書により後日登録', 'Same day if you come in person with photo ID; otherwise completed later after a postal inquiry', FALSE, NULL, NULL),
    ('inkan-toroku', 'office:12', 12, NULL, 'FULL', '本人が顔写真付きの本人確認書類を持参した場合は即日登録。それ以外は照会書により後日登録', 'Same day if you come in person with photo ID; otherwise completed later after a postal inquiry', FALSE, NULL, NULL),
    ('inkan-toroku', 'office:13', 13, NULL, 'FULL', '本人が顔写真付きの本人確認書類を持参した場合は即日登録。それ以外は照会書により後日登録', 'Same day if you come in person with photo ID; otherwise completed later after a postal inquiry', FALSE, NULL, NULL),
    ('inkan-shomei', 'office:2', 2, NULL, 'FULL', '印鑑登録証（カード）が必要', 'Seal registration card required', FALSE, NULL, NULL),
    ('inkan-shomei', 'office:3', 3, NULL, 'FULL', '印鑑登録証（カード）が必要', 'Seal registration card required', FALSE, NULL, NULL),
    ('inkan-shomei', 'office:4', 4, NULL, 'FULL', '印鑑登録証（カード）が必要', 'Seal registration card required', FALSE, NULL, NULL),
    ('inkan-shomei', 'office:5', 5, NULL, 'FULL', '印鑑登録証（カード）が必要', 'Seal registration card required', FALSE, NULL, NULL),
    ('inkan-shomei', 'office:6', 6, NULL, 'FULL', '印鑑登録証（カード）が必要', 'Seal registration card required', FALSE, NULL, NULL),
    ('inkan-shomei', 'office:7', 7, NULL, 'FULL', '印鑑登録証（カード）が必要', 'Seal registration card required', FALSE, NULL, NULL),
    ('inkan-shomei', 'office:8', 8, NULL, 'FULL', '印鑑登録証（カード）が必要', 'Seal registration card required', FALSE, NULL, NULL),
    ('inkan-shomei', 'office:9', 9, NULL, 'FULL', '印鑑登録証（カード）が必要', 'Seal registration card required', FALSE, NULL, NULL),
    ('inkan-shomei', 'office:10', 10, NULL, 'FULL', '印鑑登録証（カード）が必要', 'Seal registration card required', FALSE, NULL, NULL),
    ('inkan-shomei', 'office:11', 11, NULL, 'FULL', '印鑑登録証（カード）が必要', 'Seal registration card required', FALSE, NULL, NULL),
    ('inkan-shomei', 'office:12', 12, NULL, 'FULL', '印鑑登録証（カード）が必要', 'Seal registration card required', FALSE, NULL, NULL),
    ('inkan-shomei', 'office:13', 13, NULL, 'FULL', '印鑑登録証（カード）が必要', 'Seal registration card required', FALSE, NULL, NULL),
    ('inkan-shomei', 'office:14', 14, NULL, 'ISSUE_ONLY', '印鑑登録証（カード）が必要。証明書の交付のみ（届出はできません）（サンプル）', 'Seal registration card required. Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('inkan-shomei', 'office:15', 15, NULL, 'ISSUE_ONLY', '印鑑登録証（カード）が必要。証明書の交付のみ（届出はできません）（サンプル）', 'Seal registration card required. Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('inkan-shomei', 'office:16', 16, NULL, 'ISSUE_ONLY', '印鑑登録証（カード）が必要。証明書の交付のみ（届出はできません）（サンプル）', 'Seal registration card required. Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('inkan-shomei', 'office:17', 17, NULL, 'ISSUE_ONLY', '印鑑登録証（カード）が必要。証明書の交付のみ（届出はできません）（サンプル）', 'Seal registration card required. Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('inkan-shomei', 'office:18', 18, NULL, 'ISSUE_ONLY', '印鑑登録証（カード）が必要。証明書の交付のみ（届出はできません）（サンプル）', 'Seal registration card required. Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('inkan-shomei', 'office:19', 19, NULL, 'ISSUE_ONLY', '印鑑登録証（カード）が必要。証明書の交付のみ（届出はできません）（サンプル）', 'Seal registration card required. Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('inkan-shomei', 'office:20', 20, NULL, 'ISSUE_ONLY', '印鑑登録証（カード）が必要。証明書の交付のみ（届出はできません）（サンプル）', 'Seal registration card required. Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('inkan-shomei', 'office:21', 21, NULL, 'ISSUE_ONLY', '印鑑登録証（カード）が必要。証明書の交付のみ（届出はできません）（サンプル）', 'Seal registration card required. Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('inkan-shomei', 'office:22', 22, NULL, 'ISSUE_ONLY', '印鑑登録証（カード）が必要。証明書の交付のみ（届出はできません）（サンプル）', 'Seal registration card required. Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('inkan-shomei', 'office:23', 23, NULL, 'ISSUE_ONLY', '印鑑登録証（カード）が必要。証明書の交付のみ（届出はできません）（サンプル）', 'Seal registration card required. Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('inkan-shomei', 'office:24', 24, NULL, 'ISSUE_ONLY', '印鑑登録証（カード）が必要。証明書の交付のみ（届出はできません）（サンプル）', 'Seal registration card required. Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('inkan-shomei', 'office:25', 25, NULL, 'ISSUE_ONLY', '印鑑登録証（カード）が必要。証明書の交付のみ（届出はできません）（サンプル）', 'Seal registration card required. Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('inkan-shomei', 'office:26', 26, NULL, 'ISSUE_ONLY', '印鑑登録証（カード）が必要。証明書の交付のみ（届出はできません）（サンプル）', 'Seal registration card required. Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('inkan-shomei', 'office:27', 27, NULL, 'ISSUE_ONLY', '印鑑登録証（カード）が必要。証明書の交付のみ（届出はできません）（サンプル）', 'Seal registration card required. Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('inkan-shomei', 'office:28', 28, NULL, 'ISSUE_ONLY', '印鑑登録証（カード）が必要。証明書の交付のみ（届出はできません）（サンプル）', 'Seal registration card required. Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('inkan-shomei', 'office:29', 29, NULL, 'ISSUE_ONLY', '印鑑登録証（カード）が必要。証明書の交付のみ（届出はできません）（サンプル）', 'Seal registration card required. Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('inkan-shomei', 'office:30', 30, NULL, 'ISSUE_ONLY', '印鑑登録証（カード）が必要。証明書の交付のみ（届出はできません）（サンプル）', 'Seal registration card required. Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('inkan-shomei', 'channel:convenience-store', NULL, 'convenience-store', 'FULL', 'マイナンバーカード（利用者証明用電子証明書の暗証番号）が必要。6:30〜23:00、12月29日〜1月3日と保守日を除く。印鑑登録をしている本人の分のみ', 'My Number card with its user-certificate PIN required; 6:30-23:00, except 29 Dec-3 Jan and maintenance days; only for the registered person', FALSE, 200, '1通200円（サンプル）'),
    ('inkan-shomei', 'channel:kiosk', NULL, 'kiosk', 'FULL', '中央区役所に設置。マイナンバーカード（暗証番号）が必要（サンプル）。印鑑登録をしている本人の分のみ', 'At Chuo Ward Office; My Number card with its PIN required (sample); only for the registered person', FALSE, NULL, NULL),
    ('inkan-haishi', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inkan-haishi', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inkan-haishi', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inkan-haishi', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inkan-haishi', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inkan-haishi', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inkan-haishi', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inkan-haishi', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inkan-haishi', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inkan-haishi', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inkan-haishi', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inkan-haishi', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inkan-boshitsu', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inkan-boshitsu', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL);
INSERT INTO availability (procedure_code, place_key, office_id, channel_code, level, conditions_ja, conditions_en, residents_only, fee_yen, fee_note) VALUES
    ('inkan-boshitsu', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inkan-boshitsu', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inkan-boshitsu', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inkan-boshitsu', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inkan-boshitsu', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inkan-boshitsu', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inkan-boshitsu', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inkan-boshitsu', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inkan-boshitsu', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inkan-boshitsu', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('mynumber-kofu', 'office:2', 2, NULL, 'FULL', '予約制。交付通知書に記載の交付場所で受け取り（サンプル）', 'By appointment, at the place stated on the notice (sample)', FALSE, NULL, NULL),
    ('mynumber-kofu', 'office:3', 3, NULL, 'FULL', '予約制。交付通知書に記載の交付場所で受け取り（サンプル）', 'By appointment, at the place stated on the notice (sample)', FALSE, NULL, NULL),
    ('mynumber-kofu', 'office:4', 4, NULL, 'FULL', '予約制。交付通知書に記載の交付場所で受け取り（サンプル）', 'By appointment, at the place stated on the notice (sample)', FALSE, NULL, NULL),
    ('mynumber-kofu', 'office:5', 5, NULL, 'FULL', '予約制。交付通知書に記載の交付場所で受け取り（サンプル）', 'By appointment, at the place stated on the notice (sample)', FALSE, NULL, NULL),
    ('mynumber-kofu', 'office:6', 6, NULL, 'FULL', '予約制。交付通知書に記載の交付場所で受け取り（サンプル）', 'By appointment, at the place stated on the notice (sample)', FALSE, NULL, NULL),
    ('mynumber-kofu', 'office:7', 7, NULL, 'FULL', '予約制。交付通知書に記載の交付場所で受け取り（サンプル）', 'By appointment, at the place stated on the notice (sample)', FALSE, NULL, NULL),
    ('mynumber-kofu', 'office:8', 8, NULL, 'FULL', '予約制。交付通知書に記載の交付場所で受け取り（サンプル）', 'By appointment, at the place stated on the notice (sample)', FALSE, NULL, NULL),
    ('mynumber-kofu', 'office:9', 9, NULL, 'FULL', '予約制。交付通知書に記載の交付場所で受け取り（サンプル）', 'By appointment, at the place stated on the notice (sample)', FALSE, NULL, NULL),
    ('mynumber-kofu', 'office:10', 10, NULL, 'FULL', '予約制。交付通知書に記載の交付場所で受け取り（サンプル）', 'By appointment, at the place stated on the notice (sample)', FALSE, NULL, NULL),
    ('mynumber-kofu', 'office:11', 11, NULL, 'FULL', '予約制。交付通知書に記載の交付場所で受け取り（サンプル）', 'By appointment, at the place stated on the notice (sample)', FALSE, NULL, NULL),
    ('mynumber-kofu', 'office:12', 12, NULL, 'FULL', '予約制。交付通知書に記載の交付場所で受け取り（サンプル）', 'By appointment, at the place stated on the notice (sample)', FALSE, NULL, NULL),
    ('mynumber-kofu', 'office:13', 13, NULL, 'FULL', '予約制。交付通知書に記載の交付場所で受け取り（サンプル）', 'By appointment, at the place stated on the notice (sample)', FALSE, NULL, NULL),
    ('mynumber-shinsei', 'office:2', 2, NULL, 'FULL', '申請サポート（顔写真の撮影は無料）。カードは約1か月後に交付（サンプル）', 'Application support with free photo; the card is issued about a month later (sample)', FALSE, NULL, NULL),
    ('mynumber-shinsei', 'office:3', 3, NULL, 'FULL', '申請サポート（顔写真の撮影は無料）。カードは約1か月後に交付（サンプル）', 'Application support with free photo; the card is issued about a month later (sample)', FALSE, NULL, NULL),
    ('mynumber-shinsei', 'office:4', 4, NULL, 'FULL', '申請サポート（顔写真の撮影は無料）。カードは約1か月後に交付（サンプル）', 'Application support with free photo; the card is issued about a month later (sample)', FALSE, NULL, NULL),
    ('mynumber-shinsei', 'office:5', 5, NULL, 'FULL', '申請サポート（顔写真の撮影は無料）。カードは約1か月後に交付（サンプル）', 'Application support with free photo; the card is issued about a month later (sample)', FALSE, NULL, NULL),
    ('mynumber-shinsei', 'office:6', 6, NULL, 'FULL', '申請サポート（顔写真の撮影は無料）。カードは約1か月後に交付（サンプル）', 'Application support with free photo; the card is issued about a month later (sample)', FALSE, NULL, NULL),
    ('mynumber-shinsei', 'office:7', 7, NULL, 'FULL', '申請サポート（顔写真の撮影は無料）。カードは約1か月後に交付（サンプル）', 'Application support with free photo; the card is issued about a month later (sample)', FALSE, NULL, NULL),
    ('mynumber-shinsei', 'office:8', 8, NULL, 'FULL', '申請サポート（顔写真の撮影は無料）。カードは約1か月後に交付（サンプル）', 'Application support with free photo; the card is issued about a month later (sample)', FALSE, NULL, NULL),
    ('mynumber-shinsei', 'office:9', 9, NULL, 'FULL', '申請サポート（顔写真の撮影は無料）。カードは約1か月後に交付（サンプル）', 'Application support with free photo; the card is issued about a month later (sample)', FALSE, NULL, NULL),
    ('mynumber-shinsei', 'office:10', 10, NULL, 'FULL', '申請サポート（顔写真の撮影は無料）。カードは約1か月後に交付（サンプル）', 'Application support with free photo; the card is issued about a month later (sample)', FALSE, NULL, NULL),
    ('mynumber-shinsei', 'office:11', 11, NULL, 'FULL', '申請サポート（顔写真の撮影は無料）。カードは約1か月後に交付（サンプル）', 'Application support with free photo; the card is issued about a month later (sample)', FALSE, NULL, NULL),
    ('mynumber-shinsei', 'office:12', 12, NULL, 'FULL', '申請サポート（顔写真の撮影は無料）。カードは約1か月後に交付（サンプル）', 'Application support with free photo; the card is issued about a month later (sample)', FALSE, NULL, NULL),
    ('mynumber-shinsei', 'office:13', 13, NULL, 'FULL', '申請サポート（顔写真の撮影は無料）。カードは約1か月後に交付（サンプル）', 'Application support with free photo; the card is issued about a month later (sample)', FALSE, NULL, NULL),
    ('mynumber-shinsei', 'channel:online', NULL, 'online', 'FULL', 'スマートフォン・パソコンから申請（交付申請書のQRコードを利用）', 'Apply by smartphone or PC using the QR code on the application form', FALSE, NULL, NULL),
    ('mynumber-shinsei', 'channel:mail', NULL, 'mail', 'FULL', '交付申請書に顔写真を貼って、同封の封筒で郵送', 'Attach a photo to the application form and mail it in the envelope provided', FALSE, NULL, NULL),
    ('denshi-shomei-koshin', 'office:2', 2, NULL, 'FULL', '本人が来庁（代理人の場合は照会書による手続きが必要）', 'In person (a proxy needs the inquiry-and-reply procedure)', FALSE, NULL, NULL),
    ('denshi-shomei-koshin', 'office:3', 3, NULL, 'FULL', '本人が来庁（代理人の場合は照会書による手続きが必要）', 'In person (a proxy needs the inquiry-and-reply procedure)', FALSE, NULL, NULL),
    ('denshi-shomei-koshin', 'office:4', 4, NULL, 'FULL', '本人が来庁（代理人の場合は照会書による手続きが必要）', 'In person (a proxy needs the inquiry-and-reply procedure)', FALSE, NULL, NULL),
    ('denshi-shomei-koshin', 'office:5', 5, NULL, 'FULL', '本人が来庁（代理人の場合は照会書による手続きが必要）', 'In person (a proxy needs the inquiry-and-reply procedure)', FALSE, NULL, NULL),
    ('denshi-shomei-koshin', 'office:6', 6, NULL, 'FULL', '本人が来庁（代理人の場合は照会書による手続きが必要）', 'In person (a proxy needs the inquiry-and-reply procedure)', FALSE, NULL, NULL),
    ('denshi-shomei-koshin', 'office:7', 7, NULL, 'FULL', '本人が来庁（代理人の場合は照会書による手続きが必要）', 'In person (a proxy needs the inquiry-and-reply procedure)', FALSE, NULL, NULL),
    ('denshi-shomei-koshin', 'office:8', 8, NULL, 'FULL', '本人が来庁（代理人の場合は照会書による手続きが必要）', 'In person (a proxy needs the inquiry-and-reply procedure)', FALSE, NULL, NULL),
    ('denshi-shomei-koshin', 'office:9', 9, NULL, 'FULL', '本人が来庁（代理人の場合は照会書による手続きが必要）', 'In person (a proxy needs the inquiry-and-reply procedure)', FALSE, NULL, NULL),
    ('denshi-shomei-koshin', 'office:10', 10, NULL, 'FULL', '本人が来庁（代理人の場合は照会書による手続きが必要）', 'In person (a proxy needs the inquiry-and-reply procedure)', FALSE, NULL, NULL),
    ('denshi-shomei-koshin', 'office:11', 11, NULL, 'FULL', '本人が来庁（代理人の場合は照会書による手続きが必要）', 'In person (a proxy needs the inquiry-and-reply procedure)', FALSE, NULL, NULL),
    ('denshi-shomei-koshin', 'office:12', 12, NULL, 'FULL', '本人が来庁（代理人の場合は照会書による手続きが必要）', 'In person (a proxy needs the inquiry-and-reply procedure)', FALSE, NULL, NULL),
    ('denshi-shomei-koshin', 'office:13', 13, NULL, 'FULL', '本人が来庁（代理人の場合は照会書による手続きが必要）', 'In person (a proxy needs the inquiry-and-reply procedure)', FALSE, NULL, NULL),
    ('mynumber-pin', 'office:2', 2, NULL, 'FULL', '本人が来庁', 'In person', FALSE, NULL, NULL),
    ('mynumber-pin', 'office:3', 3, NULL, 'FULL', '本人が来庁', 'In person', FALSE, NULL, NULL),
    ('mynumber-pin', 'office:4', 4, NULL, 'FULL', '本人が来庁', 'In person', FALSE, NULL, NULL),
    ('mynumber-pin', 'office:5', 5, NULL, 'FULL', '本人が来庁', 'In person', FALSE, NULL, NULL),
    ('mynumber-pin', 'office:6', 6, NULL, 'FULL', '本人が来庁', 'In person', FALSE, NULL, NULL),
    ('mynumber-pin', 'office:7', 7, NULL, 'FULL', '本人が来庁', 'In person', FALSE, NULL, NULL),
    ('mynumber-pin', 'office:8', 8, NULL, 'FULL', '本人が来庁', 'In person', FALSE, NULL, NULL),
    ('mynumber-pin', 'office:9', 9, NULL, 'FULL', '本人が来庁', 'In person', FALSE, NULL, NULL),
    ('mynumber-pin', 'office:10', 10, NULL, 'FULL', '本人が来庁', 'In person', FALSE, NULL, NULL),
    ('mynumber-pin', 'office:11', 11, NULL, 'FULL', '本人が来庁', 'In person', FALSE, NULL, NULL),
    ('mynumber-pin', 'office:12', 12, NULL, 'FULL', '本人が来庁', 'In person', FALSE, NULL, NULL),
    ('mynumber-pin', 'office:13', 13, NULL, 'FULL', '本人が来庁', 'In person', FALSE, NULL, NULL),
    ('mynumber-pin', 'channel:convenience-store', NULL, 'convenience-store', 'FULL', '署名用電子証明書の暗証番号の初期化・再設定のみ。事前にスマートフォンで本人確認が必要（サンプル）', 'Only resetting the signature-certificate password; identity check by smartphone first (sample)', FALSE, NULL, '無料'),
    ('mynumber-saikofu', 'office:2', 2, NULL, 'FULL', 'カードは約1か月後に交付（サンプル）', 'The new card is issued about a month later (sample)', FALSE, NULL, NULL),
    ('mynumber-saikofu', 'office:3', 3, NULL, 'FULL', 'カードは約1か月後に交付（サンプル）', 'The new card is issued about a month later (sample)', FALSE, NULL, NULL),
    ('mynumber-saikofu', 'office:4', 4, NULL, 'FULL', 'カードは約1か月後に交付（サンプル）', 'The new card is issued about a month later (sample)', FALSE, NULL, NULL),
    ('mynumber-saikofu', 'office:5', 5, NULL, 'FULL', 'カードは約1か月後に交付（サンプル）', 'The new card is issued about a month later (sample)', FALSE, NULL, NULL),
    ('mynumber-saikofu', 'office:6', 6, NULL, 'FULL', 'カードは約1か月後に交付（サンプル）', 'The new card is issued about a month later (sample)', FALSE, NULL, NULL),
    ('mynumber-saikofu', 'office:7', 7, NULL, 'FULL', 'カードは約1か月後に交付（サンプル）', 'The new card is issued about a month later (sample)', FALSE, NULL, NULL),
    ('mynumber-saikofu', 'office:8', 8, NULL, 'FULL', 'カードは約1か月後に交付（サンプル）', 'The new card is issued about a month later (sample)', FALSE, NULL, NULL),
    ('mynumber-saikofu', 'office:9', 9, NULL, 'FULL', 'カードは約1か月後に交付（サンプル）', 'The new card is issued about a month later (sample)', FALSE, NULL, NULL),
    ('mynumber-saikofu', 'office:10', 10, NULL, 'FULL', 'カードは約1か月後に交付（サンプル）', 'The new card is issued about a month later (sample)', FALSE, NULL, NULL),
    ('mynumber-saikofu', 'office:11', 11, NULL, 'FULL', 'カードは約1か月後に交付（サンプル）', 'The new card is issued about a month later (sample)', FALSE, NULL, NULL),
    ('mynumber-saikofu', 'office:12', 12, NULL, 'FULL', 'カードは約1か月後に交付（サンプル）', 'The new card is issued about a month later (sample)', FALSE, NULL, NULL),
    ('mynumber-saikofu', 'office:13', 13, NULL, 'FULL', 'カードは約1か月後に交付（サンプル）', 'The new card is issued about a month later (sample)', FALSE, NULL, NULL),
    ('shotoku-kazei', 'office:1', 1, NULL, 'FULL', '本庁舎の税務窓口で取扱い（サンプル）', 'At the tax counter in the city hall main building (sample)', FALSE, NULL, NULL),
    ('shotoku-kazei', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shotoku-kazei', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shotoku-kazei', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shotoku-kazei', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shotoku-kazei', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shotoku-kazei', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shotoku-kazei', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shotoku-kazei', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shotoku-kazei', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shotoku-kazei', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shotoku-kazei', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shotoku-kazei', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shotoku-kazei', 'office:14', 14, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('shotoku-kazei', 'office:15', 15, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('shotoku-kazei', 'office:16', 16, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('shotoku-kazei', 'office:17', 17, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('shotoku-kazei', 'office:18', 18, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('shotoku-kazei', 'office:19', 19, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('shotoku-kazei', 'office:20', 20, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('shotoku-kazei', 'office:21', 21, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('shotoku-kazei', 'office:22', 22, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('shotoku-kazei', 'office:23', 23, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('shotoku-kazei', 'office:24', 24, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('shotoku-kazei', 'office:25', 25, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('shotoku-kazei', 'office:26', 26, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('shotoku-kazei', 'office:27', 27, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL);
INSERT INTO availability (procedure_code, place_key, office_id, channel_code, level, conditions_ja, conditions_en, residents_only, fee_yen, fee_note) VALUES
    ('shotoku-kazei', 'office:28', 28, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('shotoku-kazei', 'office:29', 29, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('shotoku-kazei', 'office:30', 30, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('shotoku-kazei', 'channel:convenience-store', NULL, 'convenience-store', 'FULL', 'マイナンバーカード（利用者証明用電子証明書の暗証番号）が必要。6:30〜23:00、12月29日〜1月3日と保守日を除く。本人の分のみ、最新年度のみ（サンプル）', 'My Number card with its user-certificate PIN required; 6:30-23:00, except 29 Dec-3 Jan and maintenance days; only your own, latest fiscal year only (sample)', FALSE, 200, '1通200円（サンプル）'),
    ('shotoku-kazei', 'channel:kiosk', NULL, 'kiosk', 'FULL', '中央区役所に設置。マイナンバーカード（暗証番号）が必要（サンプル）。本人の分のみ', 'At Chuo Ward Office; My Number card with its PIN required (sample); only your own', FALSE, NULL, NULL),
    ('shotoku-kazei', 'channel:mail', NULL, 'mail', 'FULL', '請求書、本人確認書類の写し、定額小為替、切手を貼った返信用封筒を同封。返送まで約1週間（サンプル）', 'Enclose the request form, a copy of your ID, postal money orders and a stamped return envelope; about one week (sample)', FALSE, NULL, NULL),
    ('hikazei', 'office:1', 1, NULL, 'FULL', '本庁舎の税務窓口で取扱い（サンプル）', 'At the tax counter in the city hall main building (sample)', FALSE, NULL, NULL),
    ('hikazei', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('hikazei', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('hikazei', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('hikazei', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('hikazei', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('hikazei', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('hikazei', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('hikazei', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('hikazei', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('hikazei', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('hikazei', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('hikazei', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('hikazei', 'office:14', 14, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('hikazei', 'office:15', 15, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('hikazei', 'office:16', 16, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('hikazei', 'office:17', 17, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('hikazei', 'office:18', 18, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('hikazei', 'office:19', 19, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('hikazei', 'office:20', 20, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('hikazei', 'office:21', 21, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('hikazei', 'office:22', 22, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('hikazei', 'office:23', 23, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('hikazei', 'office:24', 24, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('hikazei', 'office:25', 25, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('hikazei', 'office:26', 26, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('hikazei', 'office:27', 27, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('hikazei', 'office:28', 28, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('hikazei', 'office:29', 29, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('hikazei', 'office:30', 30, NULL, 'ISSUE_ONLY', '証明書の交付のみ（届出はできません）（サンプル）', 'Certificates only; filings are not accepted (sample)', FALSE, NULL, NULL),
    ('hikazei', 'channel:mail', NULL, 'mail', 'FULL', '請求書、本人確認書類の写し、定額小為替、切手を貼った返信用封筒を同封。返送まで約1週間（サンプル）', 'Enclose the request form, a copy of your ID, postal money orders and a stamped return envelope; about one week (sample)', FALSE, NULL, NULL),
    ('nozei', 'office:1', 1, NULL, 'FULL', '本庁舎の税務窓口で取扱い（サンプル）', 'At the tax counter in the city hall main building (sample)', FALSE, NULL, NULL),
    ('nozei', 'office:2', 2, NULL, 'FULL', '納付の直後は領収書をお持ちください', 'Bring your receipt if you have just paid', FALSE, NULL, NULL),
    ('nozei', 'office:3', 3, NULL, 'FULL', '納付の直後は領収書をお持ちください', 'Bring your receipt if you have just paid', FALSE, NULL, NULL),
    ('nozei', 'office:4', 4, NULL, 'FULL', '納付の直後は領収書をお持ちください', 'Bring your receipt if you have just paid', FALSE, NULL, NULL),
    ('nozei', 'office:5', 5, NULL, 'FULL', '納付の直後は領収書をお持ちください', 'Bring your receipt if you have just paid', FALSE, NULL, NULL),
    ('nozei', 'office:6', 6, NULL, 'FULL', '納付の直後は領収書をお持ちください', 'Bring your receipt if you have just paid', FALSE, NULL, NULL),
    ('nozei', 'office:7', 7, NULL, 'FULL', '納付の直後は領収書をお持ちください', 'Bring your receipt if you have just paid', FALSE, NULL, NULL),
    ('nozei', 'office:8', 8, NULL, 'FULL', '納付の直後は領収書をお持ちください', 'Bring your receipt if you have just paid', FALSE, NULL, NULL),
    ('nozei', 'office:9', 9, NULL, 'FULL', '納付の直後は領収書をお持ちください', 'Bring your receipt if you have just paid', FALSE, NULL, NULL),
    ('nozei', 'office:10', 10, NULL, 'FULL', '納付の直後は領収書をお持ちください', 'Bring your receipt if you have just paid', FALSE, NULL, NULL),
    ('nozei', 'office:11', 11, NULL, 'FULL', '納付の直後は領収書をお持ちください', 'Bring your receipt if you have just paid', FALSE, NULL, NULL),
    ('nozei', 'office:12', 12, NULL, 'FULL', '納付の直後は領収書をお持ちください', 'Bring your receipt if you have just paid', FALSE, NULL, NULL),
    ('nozei', 'office:13', 13, NULL, 'FULL', '納付の直後は領収書をお持ちください', 'Bring your receipt if you have just paid', FALSE, NULL, NULL),
    ('nozei', 'channel:mail', NULL, 'mail', 'FULL', '請求書、本人確認書類の写し、定額小為替、切手を貼った返信用封筒を同封。返送まで約1週間（サンプル）', 'Enclose the request form, a copy of your ID, postal money orders and a stamped return envelope; about one week (sample)', FALSE, NULL, NULL),
    ('kei-nozei', 'office:1', 1, NULL, 'FULL', '本庁舎の税務窓口で取扱い（サンプル）', 'At the tax counter in the city hall main building (sample)', FALSE, NULL, NULL),
    ('kei-nozei', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kei-nozei', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kei-nozei', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kei-nozei', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kei-nozei', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kei-nozei', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kei-nozei', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kei-nozei', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kei-nozei', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kei-nozei', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kei-nozei', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kei-nozei', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kei-nozei', 'channel:mail', NULL, 'mail', 'FULL', '切手を貼った返信用封筒を同封（手数料は無料）（サンプル）', 'Enclose a stamped return envelope; no fee (sample)', FALSE, NULL, NULL),
    ('kotei-hyoka', 'office:1', 1, NULL, 'FULL', '本庁舎の税務窓口で取扱い（サンプル）', 'At the tax counter in the city hall main building (sample)', FALSE, NULL, NULL),
    ('kotei-hyoka', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kotei-hyoka', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kotei-hyoka', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kotei-hyoka', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kotei-hyoka', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kotei-hyoka', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kotei-hyoka', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kotei-hyoka', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kotei-hyoka', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kotei-hyoka', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kotei-hyoka', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kotei-hyoka', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kotei-hyoka', 'channel:mail', NULL, 'mail', 'FULL', '請求書、本人確認書類の写し、定額小為替、切手を貼った返信用封筒を同封。返送まで約1週間（サンプル）', 'Enclose the request form, a copy of your ID, postal money orders and a stamped return envelope; about one week (sample)', FALSE, NULL, NULL),
    ('gentsuki', 'office:1', 1, NULL, 'FULL', '本庁舎の税務窓口で取扱い（サンプル）', 'At the tax counter in the city hall main building (sample)', FALSE, NULL, NULL),
    ('gentsuki', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gentsuki', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gentsuki', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gentsuki', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gentsuki', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gentsuki', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gentsuki', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gentsuki', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gentsuki', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gentsuki', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gentsuki', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gentsuki', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shiminzei-shinkoku', 'office:1', 1, NULL, 'FULL', '本庁舎の税務窓口で取扱い（サンプル）', 'At the tax counter in the city hall main building (sample)', FALSE, NULL, NULL),
    ('shiminzei-shinkoku', 'office:2', 2, NULL, 'FULL', '申告期間（2月16日〜3月15日）は臨時の申告会場で受付（サンプル）', 'During the filing season (16 Feb-15 Mar) at a temporary filing hall (sample)', FALSE, NULL, NULL),
    ('shiminzei-shinkoku', 'office:3', 3, NULL, 'FULL', '申告期間（2月16日〜3月15日）は臨時の申告会場で受付（サンプル）', 'During the filing season (16 Feb-15 Mar) at a temporary filing hall (sample)', FALSE, NULL, NULL),
    ('shiminzei-shinkoku', 'office:4', 4, NULL, 'FULL', '申告期間（2月16日〜3月15日）は臨時の申告会場で受付（サンプル）', 'During the filing season (16 Feb-15 Mar) at a temporary filing hall (sample)', FALSE, NULL, NULL),
    ('shiminzei-shinkoku', 'office:5', 5, NULL, 'FULL', '申告期間（2月16日〜3月15日）は臨時の申告会場で受付（サンプル）', 'During the filing season (16 Feb-15 Mar) at a temporary filing hall (sample)', FALSE, NULL, NULL),
    ('shiminzei-shinkoku', 'office:6', 6, NULL, 'FULL', '申告期間（2月16日〜3月15日）は臨時の申告会場で受付（サンプル）', 'During the filing season (16 Feb-15 Mar) at a temporary filing hall (sample)', FALSE, NULL, NULL),
    ('shiminzei-shinkoku', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shiminzei-shinkoku', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL);
INSERT INTO availability (procedure_code, place_key, office_id, channel_code, level, conditions_ja, conditions_en, residents_only, fee_yen, fee_note) VALUES
    ('shiminzei-shinkoku', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shiminzei-shinkoku', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shiminzei-shinkoku', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shiminzei-shinkoku', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shiminzei-shinkoku', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shiminzei-shinkoku', 'channel:mail', NULL, 'mail', 'FULL', '申告書と添付書類の写しを郵送（サンプル）', 'Mail the return with copies of attachments (sample)', FALSE, NULL, NULL),
    ('shiminzei-shinkoku', 'channel:online', NULL, 'online', 'FULL', 'eLTAX（地方税ポータルシステム）から電子申告（サンプル）', 'File electronically through eLTAX (sample)', FALSE, NULL, NULL),
    ('kokuho-kanyu', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-kanyu', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-kanyu', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-kanyu', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-kanyu', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-kanyu', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-kanyu', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-kanyu', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-kanyu', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-kanyu', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-kanyu', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-kanyu', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-dattai', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-dattai', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-dattai', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-dattai', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-dattai', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-dattai', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-dattai', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-dattai', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-dattai', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-dattai', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-dattai', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-dattai', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kogaku-ryoyohi', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kogaku-ryoyohi', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kogaku-ryoyohi', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kogaku-ryoyohi', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kogaku-ryoyohi', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kogaku-ryoyohi', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kogaku-ryoyohi', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kogaku-ryoyohi', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kogaku-ryoyohi', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kogaku-ryoyohi', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kogaku-ryoyohi', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kogaku-ryoyohi', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-shikaku', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-shikaku', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-shikaku', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-shikaku', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-shikaku', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-shikaku', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-shikaku', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-shikaku', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-shikaku', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-shikaku', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-shikaku', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-shikaku', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('sosaihi', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('sosaihi', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('sosaihi', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('sosaihi', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('sosaihi', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('sosaihi', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('sosaihi', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('sosaihi', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('sosaihi', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('sosaihi', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('sosaihi', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('sosaihi', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shussan-ichijikin', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shussan-ichijikin', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shussan-ichijikin', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shussan-ichijikin', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shussan-ichijikin', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shussan-ichijikin', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shussan-ichijikin', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shussan-ichijikin', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shussan-ichijikin', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shussan-ichijikin', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shussan-ichijikin', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('shussan-ichijikin', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('koki-korei', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('koki-korei', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('koki-korei', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('koki-korei', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('koki-korei', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('koki-korei', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('koki-korei', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('koki-korei', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('koki-korei', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('koki-korei', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('koki-korei', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('koki-korei', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gendogaku', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gendogaku', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gendogaku', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gendogaku', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gendogaku', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gendogaku', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gendogaku', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gendogaku', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gendogaku', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL);
INSERT INTO availability (procedure_code, place_key, office_id, channel_code, level, conditions_ja, conditions_en, residents_only, fee_yen, fee_note) VALUES
    ('gendogaku', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gendogaku', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gendogaku', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tokutei-kenshin', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tokutei-kenshin', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tokutei-kenshin', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tokutei-kenshin', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tokutei-kenshin', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tokutei-kenshin', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tokutei-kenshin', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tokutei-kenshin', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tokutei-kenshin', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tokutei-kenshin', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tokutei-kenshin', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('tokutei-kenshin', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-dattai', 'channel:mail', NULL, 'mail', 'FULL', '勤務先の健康保険に加入した場合のみ。届出書と資格のわかる書類の写しを同封（サンプル）', 'Only when you joined an employer''s insurance; enclose the form and a copy of proof of coverage (sample)', FALSE, NULL, NULL),
    ('kogaku-ryoyohi', 'channel:mail', NULL, 'mail', 'FULL', '申請のご案内に同封の返信用封筒で郵送（サンプル）', 'Use the return envelope sent with the notice (sample)', FALSE, NULL, NULL),
    ('kokuho-gengaku', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-gengaku', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-gengaku', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-gengaku', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-gengaku', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kokuho-gengaku', 'office:7', 7, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', FALSE, NULL, NULL),
    ('kokuho-gengaku', 'office:8', 8, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', FALSE, NULL, NULL),
    ('kokuho-gengaku', 'office:9', 9, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', FALSE, NULL, NULL),
    ('kokuho-gengaku', 'office:10', 10, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', FALSE, NULL, NULL),
    ('kokuho-gengaku', 'office:11', 11, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', FALSE, NULL, NULL),
    ('kokuho-gengaku', 'office:12', 12, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', FALSE, NULL, NULL),
    ('kokuho-gengaku', 'office:13', 13, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', FALSE, NULL, NULL),
    ('sosaihi', 'channel:mail', NULL, 'mail', 'FULL', '申請書と葬儀の領収書の写しを同封（サンプル）', 'Enclose the form and a copy of the funeral receipt (sample)', FALSE, NULL, NULL),
    ('shussan-ichijikin', 'channel:mail', NULL, 'mail', 'FULL', '差額の申請のみ（サンプル）', 'Claims for the difference only (sample)', FALSE, NULL, NULL),
    ('gendogaku', 'channel:mail', NULL, 'mail', 'FULL', '認定証は郵送で交付（約1週間）（サンプル）', 'The certificate is sent by mail in about a week (sample)', FALSE, NULL, NULL),
    ('tokutei-kenshin', 'channel:online', NULL, 'online', 'RECEPTION_ONLY', '電子申請で再発行を申込み、受診券は郵送（サンプル）', 'Request online; the ticket is sent by mail (sample)', FALSE, NULL, NULL),
    ('nenkin-kanyu', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('nenkin-kanyu', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('nenkin-kanyu', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('nenkin-kanyu', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('nenkin-kanyu', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('nenkin-kanyu', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('nenkin-kanyu', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('nenkin-kanyu', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('nenkin-kanyu', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('nenkin-kanyu', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('nenkin-kanyu', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('nenkin-kanyu', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('nenkin-menjo', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('nenkin-menjo', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('nenkin-menjo', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('nenkin-menjo', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('nenkin-menjo', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('nenkin-menjo', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('nenkin-menjo', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('nenkin-menjo', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('nenkin-menjo', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('nenkin-menjo', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('nenkin-menjo', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('nenkin-menjo', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gakusei-tokurei', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gakusei-tokurei', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gakusei-tokurei', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gakusei-tokurei', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gakusei-tokurei', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gakusei-tokurei', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gakusei-tokurei', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gakusei-tokurei', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gakusei-tokurei', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gakusei-tokurei', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gakusei-tokurei', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gakusei-tokurei', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('sanzen-sango', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('sanzen-sango', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('sanzen-sango', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('sanzen-sango', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('sanzen-sango', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('sanzen-sango', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('sanzen-sango', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('sanzen-sango', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('sanzen-sango', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('sanzen-sango', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('sanzen-sango', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('sanzen-sango', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('nenkin-kanyu', 'channel:online', NULL, 'online', 'FULL', 'マイナポータルから電子申請。マイナンバーカードが必要（サンプル）', 'Apply on Mynaportal; My Number card required (sample)', FALSE, NULL, NULL),
    ('nenkin-menjo', 'channel:online', NULL, 'online', 'FULL', 'マイナポータルから電子申請。マイナンバーカードが必要', 'Apply on Mynaportal; My Number card required', FALSE, NULL, NULL),
    ('nenkin-menjo', 'channel:mail', NULL, 'mail', 'FULL', '申請書と添付書類を郵送（サンプル）', 'Mail the application with its attachments (sample)', FALSE, NULL, NULL),
    ('gakusei-tokurei', 'channel:online', NULL, 'online', 'FULL', 'マイナポータルから電子申請。マイナンバーカードが必要', 'Apply on Mynaportal; My Number card required', FALSE, NULL, NULL),
    ('gakusei-tokurei', 'channel:mail', NULL, 'mail', 'FULL', '申請書と添付書類を郵送（サンプル）', 'Mail the application with its attachments (sample)', FALSE, NULL, NULL),
    ('sanzen-sango', 'channel:online', NULL, 'online', 'FULL', 'マイナポータルから電子申請。マイナンバーカードが必要', 'Apply on Mynaportal; My Number card required', FALSE, NULL, NULL),
    ('sanzen-sango', 'channel:mail', NULL, 'mail', 'FULL', '申請書と添付書類を郵送（サンプル）', 'Mail the application with its attachments (sample)', FALSE, NULL, NULL),
    ('nenkin-seikyu', 'office:2', 2, NULL, 'FULL', '予約制（サンプル）', 'By appointment (sample)', FALSE, NULL, NULL),
    ('nenkin-seikyu', 'office:3', 3, NULL, 'FULL', '予約制（サンプル）', 'By appointment (sample)', FALSE, NULL, NULL),
    ('nenkin-seikyu', 'office:4', 4, NULL, 'FULL', '予約制（サンプル）', 'By appointment (sample)', FALSE, NULL, NULL),
    ('nenkin-seikyu', 'office:5', 5, NULL, 'FULL', '予約制（サンプル）', 'By appointment (sample)', FALSE, NULL, NULL),
    ('nenkin-seikyu', 'office:6', 6, NULL, 'FULL', '予約制（サンプル）', 'By appointment (sample)', FALSE, NULL, NULL),
    ('jido-teate', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('jido-teate', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('jido-teate', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('jido-teate', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('jido-teate', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('jido-teate', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('jido-teate', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL);
INSERT INTO availability (procedure_code, place_key, office_id, channel_code, level, conditions_ja, conditions_en, residents_only, fee_yen, fee_note) VALUES
    ('jido-teate', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('jido-teate', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('jido-teate', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('jido-teate', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('jido-teate', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('jido-teate', 'channel:online', NULL, 'online', 'FULL', 'マイナポータルから電子申請。マイナンバーカードが必要', 'Apply on Mynaportal; My Number card required', FALSE, NULL, NULL),
    ('jido-teate', 'channel:mail', NULL, 'mail', 'FULL', '請求書と添付書類を郵送（サンプル）', 'Mail the claim with its attachments (sample)', FALSE, NULL, NULL),
    ('kodomo-iryo', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kodomo-iryo', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kodomo-iryo', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kodomo-iryo', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kodomo-iryo', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kodomo-iryo', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kodomo-iryo', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kodomo-iryo', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kodomo-iryo', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kodomo-iryo', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kodomo-iryo', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kodomo-iryo', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('jido-fuyo', 'office:2', 2, NULL, 'FULL', 'お住まいの区の区役所で、予約のうえ面談（サンプル）', 'At the ward office of the ward you live in, with an interview by appointment (sample)', TRUE, NULL, NULL),
    ('jido-fuyo', 'office:3', 3, NULL, 'FULL', 'お住まいの区の区役所で、予約のうえ面談（サンプル）', 'At the ward office of the ward you live in, with an interview by appointment (sample)', TRUE, NULL, NULL),
    ('jido-fuyo', 'office:4', 4, NULL, 'FULL', 'お住まいの区の区役所で、予約のうえ面談（サンプル）', 'At the ward office of the ward you live in, with an interview by appointment (sample)', TRUE, NULL, NULL),
    ('jido-fuyo', 'office:5', 5, NULL, 'FULL', 'お住まいの区の区役所で、予約のうえ面談（サンプル）', 'At the ward office of the ward you live in, with an interview by appointment (sample)', TRUE, NULL, NULL),
    ('jido-fuyo', 'office:6', 6, NULL, 'FULL', 'お住まいの区の区役所で、予約のうえ面談（サンプル）', 'At the ward office of the ward you live in, with an interview by appointment (sample)', TRUE, NULL, NULL),
    ('hitorioya-iryo', 'office:2', 2, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('hitorioya-iryo', 'office:3', 3, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('hitorioya-iryo', 'office:4', 4, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('hitorioya-iryo', 'office:5', 5, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('hitorioya-iryo', 'office:6', 6, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('hitorioya-iryo', 'office:7', 7, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', TRUE, NULL, NULL),
    ('hitorioya-iryo', 'office:8', 8, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', TRUE, NULL, NULL),
    ('hitorioya-iryo', 'office:9', 9, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', TRUE, NULL, NULL),
    ('hitorioya-iryo', 'office:10', 10, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', TRUE, NULL, NULL),
    ('hitorioya-iryo', 'office:11', 11, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', TRUE, NULL, NULL),
    ('hitorioya-iryo', 'office:12', 12, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', TRUE, NULL, NULL),
    ('hitorioya-iryo', 'office:13', 13, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', TRUE, NULL, NULL),
    ('hoikusho', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('hoikusho', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('hoikusho', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('hoikusho', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('hoikusho', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('hoikusho', 'office:7', 7, NULL, 'RECEPTION_ONLY', '申込書の受付のみ（サンプル）', 'Applications accepted only (sample)', FALSE, NULL, NULL),
    ('hoikusho', 'office:8', 8, NULL, 'RECEPTION_ONLY', '申込書の受付のみ（サンプル）', 'Applications accepted only (sample)', FALSE, NULL, NULL),
    ('hoikusho', 'office:9', 9, NULL, 'RECEPTION_ONLY', '申込書の受付のみ（サンプル）', 'Applications accepted only (sample)', FALSE, NULL, NULL),
    ('hoikusho', 'office:10', 10, NULL, 'RECEPTION_ONLY', '申込書の受付のみ（サンプル）', 'Applications accepted only (sample)', FALSE, NULL, NULL),
    ('hoikusho', 'office:11', 11, NULL, 'RECEPTION_ONLY', '申込書の受付のみ（サンプル）', 'Applications accepted only (sample)', FALSE, NULL, NULL),
    ('hoikusho', 'office:12', 12, NULL, 'RECEPTION_ONLY', '申込書の受付のみ（サンプル）', 'Applications accepted only (sample)', FALSE, NULL, NULL),
    ('hoikusho', 'office:13', 13, NULL, 'RECEPTION_ONLY', '申込書の受付のみ（サンプル）', 'Applications accepted only (sample)', FALSE, NULL, NULL),
    ('hoikusho', 'channel:online', NULL, 'online', 'FULL', '電子申請で申込み（サンプル）', 'Apply online (sample)', FALSE, NULL, NULL),
    ('hoikusho', 'channel:mail', NULL, 'mail', 'FULL', '申込書と添付書類を郵送（サンプル）', 'Mail the application with its attachments (sample)', FALSE, NULL, NULL),
    ('boshi-techo', 'office:2', 2, NULL, 'FULL', '保健子ども課で保健師などが面談します（サンプル）', 'A public health nurse meets you at the health and children section (sample)', FALSE, NULL, NULL),
    ('boshi-techo', 'office:3', 3, NULL, 'FULL', '保健子ども課で保健師などが面談します（サンプル）', 'A public health nurse meets you at the health and children section (sample)', FALSE, NULL, NULL),
    ('boshi-techo', 'office:4', 4, NULL, 'FULL', '保健子ども課で保健師などが面談します（サンプル）', 'A public health nurse meets you at the health and children section (sample)', FALSE, NULL, NULL),
    ('boshi-techo', 'office:5', 5, NULL, 'FULL', '保健子ども課で保健師などが面談します（サンプル）', 'A public health nurse meets you at the health and children section (sample)', FALSE, NULL, NULL),
    ('boshi-techo', 'office:6', 6, NULL, 'FULL', '保健子ども課で保健師などが面談します（サンプル）', 'A public health nurse meets you at the health and children section (sample)', FALSE, NULL, NULL),
    ('boshi-techo', 'channel:online', NULL, 'online', 'RECEPTION_ONLY', '妊娠届出書を電子申請で事前に提出。手帳は区役所で受け取り（サンプル）', 'Submit the pregnancy notification online in advance; collect the handbook at a ward office (sample)', FALSE, NULL, NULL),
    ('ninpu-kenshin', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('ninpu-kenshin', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('ninpu-kenshin', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('ninpu-kenshin', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('ninpu-kenshin', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('mijukuji', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('mijukuji', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('mijukuji', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('mijukuji', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('mijukuji', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('nyuyoji-kenshin', 'office:2', 2, NULL, 'FULL', 'お住まいの区の保健センターで実施。日時は個別にご案内（サンプル）', 'Held at the health centre of the ward you live in; you are notified of the date (sample)', TRUE, NULL, NULL),
    ('nyuyoji-kenshin', 'office:3', 3, NULL, 'FULL', 'お住まいの区の保健センターで実施。日時は個別にご案内（サンプル）', 'Held at the health centre of the ward you live in; you are notified of the date (sample)', TRUE, NULL, NULL),
    ('nyuyoji-kenshin', 'office:4', 4, NULL, 'FULL', 'お住まいの区の保健センターで実施。日時は個別にご案内（サンプル）', 'Held at the health centre of the ward you live in; you are notified of the date (sample)', TRUE, NULL, NULL),
    ('nyuyoji-kenshin', 'office:5', 5, NULL, 'FULL', 'お住まいの区の保健センターで実施。日時は個別にご案内（サンプル）', 'Held at the health centre of the ward you live in; you are notified of the date (sample)', TRUE, NULL, NULL),
    ('nyuyoji-kenshin', 'office:6', 6, NULL, 'FULL', 'お住まいの区の保健センターで実施。日時は個別にご案内（サンプル）', 'Held at the health centre of the ward you live in; you are notified of the date (sample)', TRUE, NULL, NULL),
    ('yobosesshu', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('yobosesshu', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('yobosesshu', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('yobosesshu', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('yobosesshu', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('yobosesshu', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('yobosesshu', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('yobosesshu', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('yobosesshu', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('yobosesshu', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('yobosesshu', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('yobosesshu', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('yobosesshu', 'channel:mail', NULL, 'mail', 'FULL', '申請書と切手を貼った返信用封筒を同封（サンプル）', 'Enclose the form and a stamped return envelope (sample)', FALSE, NULL, NULL),
    ('gan-kenshin', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gan-kenshin', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gan-kenshin', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gan-kenshin', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gan-kenshin', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gan-kenshin', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gan-kenshin', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gan-kenshin', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gan-kenshin', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gan-kenshin', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gan-kenshin', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gan-kenshin', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('gan-kenshin', 'channel:online', NULL, 'online', 'FULL', '電子申請で申込み、受診券は郵送（サンプル）', 'Apply online; the ticket is mailed (sample)', FALSE, NULL, NULL),
    ('kaigo-nintei', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kaigo-nintei', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kaigo-nintei', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL);
INSERT INTO availability (procedure_code, place_key, office_id, channel_code, level, conditions_ja, conditions_en, residents_only, fee_yen, fee_note) VALUES
    ('kaigo-nintei', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kaigo-nintei', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kaigo-nintei', 'office:7', 7, NULL, 'RECEPTION_ONLY', '申請書の受付のみ。認定調査の日程は区役所から連絡（サンプル）', 'Application accepted only; the ward office contacts you about the assessment visit (sample)', FALSE, NULL, NULL),
    ('kaigo-nintei', 'office:8', 8, NULL, 'RECEPTION_ONLY', '申請書の受付のみ。認定調査の日程は区役所から連絡（サンプル）', 'Application accepted only; the ward office contacts you about the assessment visit (sample)', FALSE, NULL, NULL),
    ('kaigo-nintei', 'office:9', 9, NULL, 'RECEPTION_ONLY', '申請書の受付のみ。認定調査の日程は区役所から連絡（サンプル）', 'Application accepted only; the ward office contacts you about the assessment visit (sample)', FALSE, NULL, NULL),
    ('kaigo-nintei', 'office:10', 10, NULL, 'RECEPTION_ONLY', '申請書の受付のみ。認定調査の日程は区役所から連絡（サンプル）', 'Application accepted only; the ward office contacts you about the assessment visit (sample)', FALSE, NULL, NULL),
    ('kaigo-nintei', 'office:11', 11, NULL, 'RECEPTION_ONLY', '申請書の受付のみ。認定調査の日程は区役所から連絡（サンプル）', 'Application accepted only; the ward office contacts you about the assessment visit (sample)', FALSE, NULL, NULL),
    ('kaigo-nintei', 'office:12', 12, NULL, 'RECEPTION_ONLY', '申請書の受付のみ。認定調査の日程は区役所から連絡（サンプル）', 'Application accepted only; the ward office contacts you about the assessment visit (sample)', FALSE, NULL, NULL),
    ('kaigo-nintei', 'office:13', 13, NULL, 'RECEPTION_ONLY', '申請書の受付のみ。認定調査の日程は区役所から連絡（サンプル）', 'Application accepted only; the ward office contacts you about the assessment visit (sample)', FALSE, NULL, NULL),
    ('kaigo-nintei', 'channel:mail', NULL, 'mail', 'FULL', '申請書と被保険者証を郵送（サンプル）', 'Mail the application and your insurance card (sample)', FALSE, NULL, NULL),
    ('kaigo-hokensho', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kaigo-hokensho', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kaigo-hokensho', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kaigo-hokensho', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kaigo-hokensho', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kaigo-hokensho', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kaigo-hokensho', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kaigo-hokensho', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kaigo-hokensho', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kaigo-hokensho', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kaigo-hokensho', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kaigo-hokensho', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kaigo-hokensho', 'channel:mail', NULL, 'mail', 'FULL', '被保険者証は郵送で交付（サンプル）', 'The card is sent by mail (sample)', FALSE, NULL, NULL),
    ('kaigo-futan-gendo', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kaigo-futan-gendo', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kaigo-futan-gendo', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kaigo-futan-gendo', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kaigo-futan-gendo', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kaigo-futan-gendo', 'office:7', 7, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', FALSE, NULL, NULL),
    ('kaigo-futan-gendo', 'office:8', 8, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', FALSE, NULL, NULL),
    ('kaigo-futan-gendo', 'office:9', 9, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', FALSE, NULL, NULL),
    ('kaigo-futan-gendo', 'office:10', 10, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', FALSE, NULL, NULL),
    ('kaigo-futan-gendo', 'office:11', 11, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', FALSE, NULL, NULL),
    ('kaigo-futan-gendo', 'office:12', 12, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', FALSE, NULL, NULL),
    ('kaigo-futan-gendo', 'office:13', 13, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', FALSE, NULL, NULL),
    ('kaigo-futan-gendo', 'channel:mail', NULL, 'mail', 'FULL', '申請書と通帳の写しを郵送（サンプル）', 'Mail the application and copies of bank books (sample)', FALSE, NULL, NULL),
    ('jutaku-kaishu', 'office:2', 2, NULL, 'FULL', '工事の前に事前申請が必要', 'Prior application required before the work', FALSE, NULL, NULL),
    ('jutaku-kaishu', 'office:3', 3, NULL, 'FULL', '工事の前に事前申請が必要', 'Prior application required before the work', FALSE, NULL, NULL),
    ('jutaku-kaishu', 'office:4', 4, NULL, 'FULL', '工事の前に事前申請が必要', 'Prior application required before the work', FALSE, NULL, NULL),
    ('jutaku-kaishu', 'office:5', 5, NULL, 'FULL', '工事の前に事前申請が必要', 'Prior application required before the work', FALSE, NULL, NULL),
    ('jutaku-kaishu', 'office:6', 6, NULL, 'FULL', '工事の前に事前申請が必要', 'Prior application required before the work', FALSE, NULL, NULL),
    ('jutaku-kaishu', 'office:7', 7, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', FALSE, NULL, NULL),
    ('jutaku-kaishu', 'office:8', 8, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', FALSE, NULL, NULL),
    ('jutaku-kaishu', 'office:9', 9, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', FALSE, NULL, NULL),
    ('jutaku-kaishu', 'office:10', 10, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', FALSE, NULL, NULL),
    ('jutaku-kaishu', 'office:11', 11, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', FALSE, NULL, NULL),
    ('jutaku-kaishu', 'office:12', 12, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', FALSE, NULL, NULL),
    ('jutaku-kaishu', 'office:13', 13, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', FALSE, NULL, NULL),
    ('shintai-techo', 'office:2', 2, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('shintai-techo', 'office:3', 3, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('shintai-techo', 'office:4', 4, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('shintai-techo', 'office:5', 5, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('shintai-techo', 'office:6', 6, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('shintai-techo', 'office:7', 7, NULL, 'RECEPTION_ONLY', '申請の受付のみ。手帳は区役所で交付（サンプル）', 'Application accepted only; the certificate is issued at the ward office (sample)', TRUE, NULL, NULL),
    ('shintai-techo', 'office:8', 8, NULL, 'RECEPTION_ONLY', '申請の受付のみ。手帳は区役所で交付（サンプル）', 'Application accepted only; the certificate is issued at the ward office (sample)', TRUE, NULL, NULL),
    ('shintai-techo', 'office:9', 9, NULL, 'RECEPTION_ONLY', '申請の受付のみ。手帳は区役所で交付（サンプル）', 'Application accepted only; the certificate is issued at the ward office (sample)', TRUE, NULL, NULL),
    ('shintai-techo', 'office:10', 10, NULL, 'RECEPTION_ONLY', '申請の受付のみ。手帳は区役所で交付（サンプル）', 'Application accepted only; the certificate is issued at the ward office (sample)', TRUE, NULL, NULL),
    ('shintai-techo', 'office:11', 11, NULL, 'RECEPTION_ONLY', '申請の受付のみ。手帳は区役所で交付（サンプル）', 'Application accepted only; the certificate is issued at the ward office (sample)', TRUE, NULL, NULL),
    ('shintai-techo', 'office:12', 12, NULL, 'RECEPTION_ONLY', '申請の受付のみ。手帳は区役所で交付（サンプル）', 'Application accepted only; the certificate is issued at the ward office (sample)', TRUE, NULL, NULL),
    ('shintai-techo', 'office:13', 13, NULL, 'RECEPTION_ONLY', '申請の受付のみ。手帳は区役所で交付（サンプル）', 'Application accepted only; the certificate is issued at the ward office (sample)', TRUE, NULL, NULL),
    ('ryoiku-techo', 'office:2', 2, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('ryoiku-techo', 'office:3', 3, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('ryoiku-techo', 'office:4', 4, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('ryoiku-techo', 'office:5', 5, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('ryoiku-techo', 'office:6', 6, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('seishin-techo', 'office:2', 2, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('seishin-techo', 'office:3', 3, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('seishin-techo', 'office:4', 4, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('seishin-techo', 'office:5', 5, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('seishin-techo', 'office:6', 6, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('seishin-techo', 'office:7', 7, NULL, 'RECEPTION_ONLY', '申請の受付のみ。手帳は区役所で交付（サンプル）', 'Application accepted only; the certificate is issued at the ward office (sample)', TRUE, NULL, NULL),
    ('seishin-techo', 'office:8', 8, NULL, 'RECEPTION_ONLY', '申請の受付のみ。手帳は区役所で交付（サンプル）', 'Application accepted only; the certificate is issued at the ward office (sample)', TRUE, NULL, NULL),
    ('seishin-techo', 'office:9', 9, NULL, 'RECEPTION_ONLY', '申請の受付のみ。手帳は区役所で交付（サンプル）', 'Application accepted only; the certificate is issued at the ward office (sample)', TRUE, NULL, NULL),
    ('seishin-techo', 'office:10', 10, NULL, 'RECEPTION_ONLY', '申請の受付のみ。手帳は区役所で交付（サンプル）', 'Application accepted only; the certificate is issued at the ward office (sample)', TRUE, NULL, NULL),
    ('seishin-techo', 'office:11', 11, NULL, 'RECEPTION_ONLY', '申請の受付のみ。手帳は区役所で交付（サンプル）', 'Application accepted only; the certificate is issued at the ward office (sample)', TRUE, NULL, NULL),
    ('seishin-techo', 'office:12', 12, NULL, 'RECEPTION_ONLY', '申請の受付のみ。手帳は区役所で交付（サンプル）', 'Application accepted only; the certificate is issued at the ward office (sample)', TRUE, NULL, NULL),
    ('seishin-techo', 'office:13', 13, NULL, 'RECEPTION_ONLY', '申請の受付のみ。手帳は区役所で交付（サンプル）', 'Application accepted only; the certificate is issued at the ward office (sample)', TRUE, NULL, NULL),
    ('jiritsu-shien', 'office:2', 2, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('jiritsu-shien', 'office:3', 3, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('jiritsu-shien', 'office:4', 4, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('jiritsu-shien', 'office:5', 5, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('jiritsu-shien', 'office:6', 6, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('jiritsu-shien', 'office:7', 7, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', TRUE, NULL, NULL),
    ('jiritsu-shien', 'office:8', 8, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', TRUE, NULL, NULL),
    ('jiritsu-shien', 'office:9', 9, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', TRUE, NULL, NULL),
    ('jiritsu-shien', 'office:10', 10, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', TRUE, NULL, NULL),
    ('jiritsu-shien', 'office:11', 11, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', TRUE, NULL, NULL),
    ('jiritsu-shien', 'office:12', 12, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', TRUE, NULL, NULL),
    ('jiritsu-shien', 'office:13', 13, NULL, 'RECEPTION_ONLY', '申請の受付のみ。審査・交付は区役所で行い、結果は郵送します（サンプル）', 'Application accepted here; examined and issued by a ward office, result sent by mail (sample)', TRUE, NULL, NULL),
    ('shogai-service', 'office:2', 2, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('shogai-service', 'office:3', 3, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('shogai-service', 'office:4', 4, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('shogai-service', 'office:5', 5, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('shogai-service', 'office:6', 6, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('seikatsu-hogo', 'office:2', 2, NULL, 'FULL', 'お住まいの区の区役所（福祉事務所）で相談・申請', 'Consult and apply at the ward office (welfare office) of the ward you live in', TRUE, NULL, NULL),
    ('seikatsu-hogo', 'office:3', 3, NULL, 'FULL', 'お住まいの区の区役所（福祉事務所）で相談・申請', 'Consult and apply at the ward office (welfare office) of the ward you live in', TRUE, NULL, NULL),
    ('seikatsu-hogo', 'office:4', 4, NULL, 'FULL', 'お住まいの区の区役所（福祉事務所）で相談・申請', 'Consult and apply at the ward office (welfare office) of the ward you live in', TRUE, NULL, NULL),
    ('seikatsu-hogo', 'office:5', 5, NULL, 'FULL', 'お住まいの区の区役所（福祉事務所）で相談・申請', 'Consult and apply at the ward office (welfare office) of the ward you live in', TRUE, NULL, NULL),
    ('seikatsu-hogo', 'office:6', 6, NULL, 'FULL', 'お住まいの区の区役所（福祉事務所）で相談・申請', 'Consult and apply at the ward office (welfare office) of the ward you live in', TRUE, NULL, NULL),
    ('tokubetsu-shogai', 'office:2', 2, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL);
INSERT INTO availability (procedure_code, place_key, office_id, channel_code, level, conditions_ja, conditions_en, residents_only, fee_yen, fee_note) VALUES
    ('tokubetsu-shogai', 'office:3', 3, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('tokubetsu-shogai', 'office:4', 4, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('tokubetsu-shogai', 'office:5', 5, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('tokubetsu-shogai', 'office:6', 6, NULL, 'FULL', 'お住まいの区の区役所・総合出張所で手続きしてください（サンプル）', 'Residents of this ward only (sample)', TRUE, NULL, NULL),
    ('inu-toroku', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inu-toroku', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inu-toroku', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inu-toroku', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inu-toroku', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inu-toroku', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inu-toroku', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inu-toroku', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inu-toroku', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inu-toroku', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inu-toroku', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inu-toroku', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('kyokenbyo', 'office:2', 2, NULL, 'FULL', '動物病院で接種した場合は注射済証を持参', 'Bring the vaccination certificate from the veterinary clinic', FALSE, NULL, NULL),
    ('kyokenbyo', 'office:3', 3, NULL, 'FULL', '動物病院で接種した場合は注射済証を持参', 'Bring the vaccination certificate from the veterinary clinic', FALSE, NULL, NULL),
    ('kyokenbyo', 'office:4', 4, NULL, 'FULL', '動物病院で接種した場合は注射済証を持参', 'Bring the vaccination certificate from the veterinary clinic', FALSE, NULL, NULL),
    ('kyokenbyo', 'office:5', 5, NULL, 'FULL', '動物病院で接種した場合は注射済証を持参', 'Bring the vaccination certificate from the veterinary clinic', FALSE, NULL, NULL),
    ('kyokenbyo', 'office:6', 6, NULL, 'FULL', '動物病院で接種した場合は注射済証を持参', 'Bring the vaccination certificate from the veterinary clinic', FALSE, NULL, NULL),
    ('kyokenbyo', 'office:7', 7, NULL, 'FULL', '動物病院で接種した場合は注射済証を持参', 'Bring the vaccination certificate from the veterinary clinic', FALSE, NULL, NULL),
    ('kyokenbyo', 'office:8', 8, NULL, 'FULL', '動物病院で接種した場合は注射済証を持参', 'Bring the vaccination certificate from the veterinary clinic', FALSE, NULL, NULL),
    ('kyokenbyo', 'office:9', 9, NULL, 'FULL', '動物病院で接種した場合は注射済証を持参', 'Bring the vaccination certificate from the veterinary clinic', FALSE, NULL, NULL),
    ('kyokenbyo', 'office:10', 10, NULL, 'FULL', '動物病院で接種した場合は注射済証を持参', 'Bring the vaccination certificate from the veterinary clinic', FALSE, NULL, NULL),
    ('kyokenbyo', 'office:11', 11, NULL, 'FULL', '動物病院で接種した場合は注射済証を持参', 'Bring the vaccination certificate from the veterinary clinic', FALSE, NULL, NULL),
    ('kyokenbyo', 'office:12', 12, NULL, 'FULL', '動物病院で接種した場合は注射済証を持参', 'Bring the vaccination certificate from the veterinary clinic', FALSE, NULL, NULL),
    ('kyokenbyo', 'office:13', 13, NULL, 'FULL', '動物病院で接種した場合は注射済証を持参', 'Bring the vaccination certificate from the veterinary clinic', FALSE, NULL, NULL),
    ('inu-henko', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inu-henko', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inu-henko', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inu-henko', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inu-henko', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inu-henko', 'office:7', 7, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inu-henko', 'office:8', 8, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inu-henko', 'office:9', 9, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inu-henko', 'office:10', 10, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inu-henko', 'office:11', 11, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inu-henko', 'office:12', 12, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inu-henko', 'office:13', 13, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('inu-henko', 'channel:online', NULL, 'online', 'FULL', '電子申請で届出（サンプル）', 'Notify online (sample)', FALSE, NULL, NULL),
    ('inu-henko', 'channel:mail', NULL, 'mail', 'FULL', '届出書を郵送（鑑札の交換を除く）（サンプル）', 'Mail the form (except exchanging tags) (sample)', FALSE, NULL, NULL),
    ('risai-shomei', 'office:2', 2, NULL, 'FULL', '区役所福祉課で受付。お住まいの区に関係なく申請できます', 'At the welfare section of any ward office, whichever ward you live in', FALSE, NULL, NULL),
    ('risai-shomei', 'office:3', 3, NULL, 'FULL', '区役所福祉課で受付。お住まいの区に関係なく申請できます', 'At the welfare section of any ward office, whichever ward you live in', FALSE, NULL, NULL),
    ('risai-shomei', 'office:4', 4, NULL, 'FULL', '区役所福祉課で受付。お住まいの区に関係なく申請できます', 'At the welfare section of any ward office, whichever ward you live in', FALSE, NULL, NULL),
    ('risai-shomei', 'office:5', 5, NULL, 'FULL', '区役所福祉課で受付。お住まいの区に関係なく申請できます', 'At the welfare section of any ward office, whichever ward you live in', FALSE, NULL, NULL),
    ('risai-shomei', 'office:6', 6, NULL, 'FULL', '区役所福祉課で受付。お住まいの区に関係なく申請できます', 'At the welfare section of any ward office, whichever ward you live in', FALSE, NULL, NULL),
    ('risai-shomei', 'office:7', 7, NULL, 'RECEPTION_ONLY', '申請の受付のみ。お住まいの区に関係なく申請でき、証明書は調査後に交付（サンプル）', 'Application accepted here whichever ward you live in; the certificate is issued after the damage survey (sample)', FALSE, NULL, NULL),
    ('risai-shomei', 'office:8', 8, NULL, 'RECEPTION_ONLY', '申請の受付のみ。お住まいの区に関係なく申請でき、証明書は調査後に交付（サンプル）', 'Application accepted here whichever ward you live in; the certificate is issued after the damage survey (sample)', FALSE, NULL, NULL),
    ('risai-shomei', 'office:9', 9, NULL, 'RECEPTION_ONLY', '申請の受付のみ。お住まいの区に関係なく申請でき、証明書は調査後に交付（サンプル）', 'Application accepted here whichever ward you live in; the certificate is issued after the damage survey (sample)', FALSE, NULL, NULL),
    ('risai-shomei', 'office:10', 10, NULL, 'RECEPTION_ONLY', '申請の受付のみ。お住まいの区に関係なく申請でき、証明書は調査後に交付（サンプル）', 'Application accepted here whichever ward you live in; the certificate is issued after the damage survey (sample)', FALSE, NULL, NULL),
    ('risai-shomei', 'office:11', 11, NULL, 'RECEPTION_ONLY', '申請の受付のみ。お住まいの区に関係なく申請でき、証明書は調査後に交付（サンプル）', 'Application accepted here whichever ward you live in; the certificate is issued after the damage survey (sample)', FALSE, NULL, NULL),
    ('risai-shomei', 'office:12', 12, NULL, 'RECEPTION_ONLY', '申請の受付のみ。お住まいの区に関係なく申請でき、証明書は調査後に交付（サンプル）', 'Application accepted here whichever ward you live in; the certificate is issued after the damage survey (sample)', FALSE, NULL, NULL),
    ('risai-shomei', 'office:13', 13, NULL, 'RECEPTION_ONLY', '申請の受付のみ。お住まいの区に関係なく申請でき、証明書は調査後に交付（サンプル）', 'Application accepted here whichever ward you live in; the certificate is issued after the damage survey (sample)', FALSE, NULL, NULL),
    ('risai-shomei', 'channel:online', NULL, 'online', 'RECEPTION_ONLY', '電子申請で受付。証明書は郵送または窓口で交付（サンプル）', 'Apply online; the certificate is mailed or collected at a counter (sample)', FALSE, NULL, NULL),
    ('hisai-todoke', 'office:2', 2, NULL, 'FULL', 'お住まいの区に関係なく申請できます（サンプル）', 'Any office, whichever ward you live in (sample)', FALSE, NULL, NULL),
    ('hisai-todoke', 'office:3', 3, NULL, 'FULL', 'お住まいの区に関係なく申請できます（サンプル）', 'Any office, whichever ward you live in (sample)', FALSE, NULL, NULL),
    ('hisai-todoke', 'office:4', 4, NULL, 'FULL', 'お住まいの区に関係なく申請できます（サンプル）', 'Any office, whichever ward you live in (sample)', FALSE, NULL, NULL),
    ('hisai-todoke', 'office:5', 5, NULL, 'FULL', 'お住まいの区に関係なく申請できます（サンプル）', 'Any office, whichever ward you live in (sample)', FALSE, NULL, NULL),
    ('hisai-todoke', 'office:6', 6, NULL, 'FULL', 'お住まいの区に関係なく申請できます（サンプル）', 'Any office, whichever ward you live in (sample)', FALSE, NULL, NULL),
    ('hisai-todoke', 'office:7', 7, NULL, 'FULL', 'お住まいの区に関係なく申請できます（サンプル）', 'Any office, whichever ward you live in (sample)', FALSE, NULL, NULL),
    ('hisai-todoke', 'office:8', 8, NULL, 'FULL', 'お住まいの区に関係なく申請できます（サンプル）', 'Any office, whichever ward you live in (sample)', FALSE, NULL, NULL),
    ('hisai-todoke', 'office:9', 9, NULL, 'FULL', 'お住まいの区に関係なく申請できます（サンプル）', 'Any office, whichever ward you live in (sample)', FALSE, NULL, NULL),
    ('hisai-todoke', 'office:10', 10, NULL, 'FULL', 'お住まいの区に関係なく申請できます（サンプル）', 'Any office, whichever ward you live in (sample)', FALSE, NULL, NULL),
    ('hisai-todoke', 'office:11', 11, NULL, 'FULL', 'お住まいの区に関係なく申請できます（サンプル）', 'Any office, whichever ward you live in (sample)', FALSE, NULL, NULL),
    ('hisai-todoke', 'office:12', 12, NULL, 'FULL', 'お住まいの区に関係なく申請できます（サンプル）', 'Any office, whichever ward you live in (sample)', FALSE, NULL, NULL),
    ('hisai-todoke', 'office:13', 13, NULL, 'FULL', 'お住まいの区に関係なく申請できます（サンプル）', 'Any office, whichever ward you live in (sample)', FALSE, NULL, NULL),
    ('hisai-todoke', 'channel:online', NULL, 'online', 'RECEPTION_ONLY', '電子申請で受付。証明書は郵送（サンプル）', 'Apply online; the certificate is mailed (sample)', FALSE, NULL, NULL),
    ('saiken-shienkin', 'office:2', 2, NULL, 'RECEPTION_ONLY', '受付のみ。県を経由して支給機関へ送付します', 'Accepted here and forwarded via the prefecture to the paying body', FALSE, NULL, NULL),
    ('saiken-shienkin', 'office:3', 3, NULL, 'RECEPTION_ONLY', '受付のみ。県を経由して支給機関へ送付します', 'Accepted here and forwarded via the prefecture to the paying body', FALSE, NULL, NULL),
    ('saiken-shienkin', 'office:4', 4, NULL, 'RECEPTION_ONLY', '受付のみ。県を経由して支給機関へ送付します', 'Accepted here and forwarded via the prefecture to the paying body', FALSE, NULL, NULL),
    ('saiken-shienkin', 'office:5', 5, NULL, 'RECEPTION_ONLY', '受付のみ。県を経由して支給機関へ送付します', 'Accepted here and forwarded via the prefecture to the paying body', FALSE, NULL, NULL),
    ('saiken-shienkin', 'office:6', 6, NULL, 'RECEPTION_ONLY', '受付のみ。県を経由して支給機関へ送付します', 'Accepted here and forwarded via the prefecture to the paying body', FALSE, NULL, NULL),
    ('saiken-shienkin', 'office:7', 7, NULL, 'RECEPTION_ONLY', '受付のみ。県を経由して支給機関へ送付します', 'Accepted here and forwarded via the prefecture to the paying body', FALSE, NULL, NULL),
    ('saiken-shienkin', 'office:8', 8, NULL, 'RECEPTION_ONLY', '受付のみ。県を経由して支給機関へ送付します', 'Accepted here and forwarded via the prefecture to the paying body', FALSE, NULL, NULL),
    ('saiken-shienkin', 'office:9', 9, NULL, 'RECEPTION_ONLY', '受付のみ。県を経由して支給機関へ送付します', 'Accepted here and forwarded via the prefecture to the paying body', FALSE, NULL, NULL),
    ('saiken-shienkin', 'office:10', 10, NULL, 'RECEPTION_ONLY', '受付のみ。県を経由して支給機関へ送付します', 'Accepted here and forwarded via the prefecture to the paying body', FALSE, NULL, NULL),
    ('saiken-shienkin', 'office:11', 11, NULL, 'RECEPTION_ONLY', '受付のみ。県を経由して支給機関へ送付します', 'Accepted here and forwarded via the prefecture to the paying body', FALSE, NULL, NULL),
    ('saiken-shienkin', 'office:12', 12, NULL, 'RECEPTION_ONLY', '受付のみ。県を経由して支給機関へ送付します', 'Accepted here and forwarded via the prefecture to the paying body', FALSE, NULL, NULL),
    ('saiken-shienkin', 'office:13', 13, NULL, 'RECEPTION_ONLY', '受付のみ。県を経由して支給機関へ送付します', 'Accepted here and forwarded via the prefecture to the paying body', FALSE, NULL, NULL),
    ('saiken-shienkin', 'channel:mail', NULL, 'mail', 'RECEPTION_ONLY', '申請書と添付書類を郵送（サンプル）', 'Mail the application with its attachments (sample)', FALSE, NULL, NULL),
    ('sodai-gomi', 'channel:online', NULL, 'online', 'FULL', 'インターネットで24時間受付。電話受付もあります（サンプル）', 'Book online 24 hours a day; telephone booking also available (sample)', FALSE, NULL, NULL),
    ('gomi-station', 'office:2', 2, NULL, 'RECEPTION_ONLY', '受付のみ。現地確認は環境事業所が行います（サンプル）', 'Accepted here; the environment office inspects the site (sample)', FALSE, NULL, NULL),
    ('gomi-station', 'office:3', 3, NULL, 'RECEPTION_ONLY', '受付のみ。現地確認は環境事業所が行います（サンプル）', 'Accepted here; the environment office inspects the site (sample)', FALSE, NULL, NULL),
    ('gomi-station', 'office:4', 4, NULL, 'RECEPTION_ONLY', '受付のみ。現地確認は環境事業所が行います（サンプル）', 'Accepted here; the environment office inspects the site (sample)', FALSE, NULL, NULL),
    ('gomi-station', 'office:5', 5, NULL, 'RECEPTION_ONLY', '受付のみ。現地確認は環境事業所が行います（サンプル）', 'Accepted here; the environment office inspects the site (sample)', FALSE, NULL, NULL),
    ('gomi-station', 'office:6', 6, NULL, 'RECEPTION_ONLY', '受付のみ。現地確認は環境事業所が行います（サンプル）', 'Accepted here; the environment office inspects the site (sample)', FALSE, NULL, NULL),
    ('namagomi', 'channel:online', NULL, 'online', 'FULL', '電子申請（サンプル）', 'Apply online (sample)', FALSE, NULL, NULL),
    ('namagomi', 'channel:mail', NULL, 'mail', 'FULL', '申請書と領収書の写しを郵送（サンプル）', 'Mail the application and a copy of the receipt (sample)', FALSE, NULL, NULL),
    ('namagomi', 'office:2', 2, NULL, 'RECEPTION_ONLY', '申請書の受付のみ（サンプル）', 'Applications accepted only (sample)', FALSE, NULL, NULL),
    ('namagomi', 'office:3', 3, NULL, 'RECEPTION_ONLY', '申請書の受付のみ（サンプル）', 'Applications accepted only (sample)', FALSE, NULL, NULL),
    ('namagomi', 'office:4', 4, NULL, 'RECEPTION_ONLY', '申請書の受付のみ（サンプル）', 'Applications accepted only (sample)', FALSE, NULL, NULL),
    ('namagomi', 'office:5', 5, NULL, 'RECEPTION_ONLY', '申請書の受付のみ（サンプル）', 'Applications accepted only (sample)', FALSE, NULL, NULL),
    ('namagomi', 'office:6', 6, NULL, 'RECEPTION_ONLY', '申請書の受付のみ（サンプル）', 'Applications accepted only (sample)', FALSE, NULL, NULL),
    ('jichikai', 'office:2', 2, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('jichikai', 'office:3', 3, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('jichikai', 'office:4', 4, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('jichikai', 'office:5', 5, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('jichikai', 'office:6', 6, NULL, 'FULL', NULL, NULL, FALSE, NULL, NULL),
    ('jichikai', 'office:14', 14, NULL, 'FULL', '地域担当職員がご案内します', 'Community liaison staff will help you', FALSE, NULL, NULL);
INSERT INTO availability (procedure_code, place_key, office_id, channel_code, level, conditions_ja, conditions_en, residents_only, fee_yen, fee_note) VALUES
    ('jichikai', 'office:15', 15, NULL, 'FULL', '地域担当職員がご案内します', 'Community liaison staff will help you', FALSE, NULL, NULL),
    ('jichikai', 'office:16', 16, NULL, 'FULL', '地域担当職員がご案内します', 'Community liaison staff will help you', FALSE, NULL, NULL),
    ('jichikai', 'office:17', 17, NULL, 'FULL', '地域担当職員がご案内します', 'Community liaison staff will help you', FALSE, NULL, NULL),
    ('jichikai', 'office:18', 18, NULL, 'FULL', '地域担当職員がご案内します', 'Community liaison staff will help you', FALSE, NULL, NULL),
    ('jichikai', 'office:19', 19, NULL, 'FULL', '地域担当職員がご案内します', 'Community liaison staff will help you', FALSE, NULL, NULL),
    ('jichikai', 'office:20', 20, NULL, 'FULL', '地域担当職員がご案内します', 'Community liaison staff will help you', FALSE, NULL, NULL),
    ('jichikai', 'office:21', 21, NULL, 'FULL', '地域担当職員がご案内します', 'Community liaison staff will help you', FALSE, NULL, NULL),
    ('jichikai', 'office:22', 22, NULL, 'FULL', '地域担当職員がご案内します', 'Community liaison staff will help you', FALSE, NULL, NULL),
    ('jichikai', 'office:23', 23, NULL, 'FULL', '地域担当職員がご案内します', 'Community liaison staff will help you', FALSE, NULL, NULL),
    ('jichikai', 'office:24', 24, NULL, 'FULL', '地域担当職員がご案内します', 'Community liaison staff will help you', FALSE, NULL, NULL),
    ('jichikai', 'office:25', 25, NULL, 'FULL', '地域担当職員がご案内します', 'Community liaison staff will help you', FALSE, NULL, NULL),
    ('jichikai', 'office:26', 26, NULL, 'FULL', '地域担当職員がご案内します', 'Community liaison staff will help you', FALSE, NULL, NULL),
    ('jichikai', 'office:27', 27, NULL, 'FULL', '地域担当職員がご案内します', 'Community liaison staff will help you', FALSE, NULL, NULL),
    ('jichikai', 'office:28', 28, NULL, 'FULL', '地域担当職員がご案内します', 'Community liaison staff will help you', FALSE, NULL, NULL),
    ('jichikai', 'office:29', 29, NULL, 'FULL', '地域担当職員がご案内します', 'Community liaison staff will help you', FALSE, NULL, NULL),
    ('jichikai', 'office:30', 30, NULL, 'FULL', '地域担当職員がご案内します', 'Community liaison staff will help you', FALSE, NULL, NULL),
    ('machizukuri-hojo', 'office:2', 2, NULL, 'FULL', 'その区で活動する団体が対象。区役所のまちづくり推進課で受付（サンプル）', 'For groups active in that ward; apply to the ward office''s community development section (sample)', TRUE, NULL, NULL),
    ('machizukuri-hojo', 'office:3', 3, NULL, 'FULL', 'その区で活動する団体が対象。区役所のまちづくり推進課で受付（サンプル）', 'For groups active in that ward; apply to the ward office''s community development section (sample)', TRUE, NULL, NULL),
    ('machizukuri-hojo', 'office:4', 4, NULL, 'FULL', 'その区で活動する団体が対象。区役所のまちづくり推進課で受付（サンプル）', 'For groups active in that ward; apply to the ward office''s community development section (sample)', TRUE, NULL, NULL),
    ('machizukuri-hojo', 'office:5', 5, NULL, 'FULL', 'その区で活動する団体が対象。区役所のまちづくり推進課で受付（サンプル）', 'For groups active in that ward; apply to the ward office''s community development section (sample)', TRUE, NULL, NULL),
    ('machizukuri-hojo', 'office:6', 6, NULL, 'FULL', 'その区で活動する団体が対象。区役所のまちづくり推進課で受付（サンプル）', 'For groups active in that ward; apply to the ward office''s community development section (sample)', TRUE, NULL, NULL),
    ('machizukuri-hojo', 'office:14', 14, NULL, 'RECEPTION_ONLY', 'その区で活動する団体が対象。申請書を預かり区役所へ送付（サンプル）', 'For groups active in that ward; the application is forwarded to the ward office (sample)', TRUE, NULL, NULL),
    ('machizukuri-hojo', 'office:15', 15, NULL, 'RECEPTION_ONLY', 'その区で活動する団体が対象。申請書を預かり区役所へ送付（サンプル）', 'For groups active in that ward; the application is forwarded to the ward office (sample)', TRUE, NULL, NULL),
    ('machizukuri-hojo', 'office:16', 16, NULL, 'RECEPTION_ONLY', 'その区で活動する団体が対象。申請書を預かり区役所へ送付（サンプル）', 'For groups active in that ward; the application is forwarded to the ward office (sample)', TRUE, NULL, NULL),
    ('machizukuri-hojo', 'office:17', 17, NULL, 'RECEPTION_ONLY', 'その区で活動する団体が対象。申請書を預かり区役所へ送付（サンプル）', 'For groups active in that ward; the application is forwarded to the ward office (sample)', TRUE, NULL, NULL),
    ('machizukuri-hojo', 'office:18', 18, NULL, 'RECEPTION_ONLY', 'その区で活動する団体が対象。申請書を預かり区役所へ送付（サンプル）', 'For groups active in that ward; the application is forwarded to the ward office (sample)', TRUE, NULL, NULL),
    ('machizukuri-hojo', 'office:19', 19, NULL, 'RECEPTION_ONLY', 'その区で活動する団体が対象。申請書を預かり区役所へ送付（サンプル）', 'For groups active in that ward; the application is forwarded to the ward office (sample)', TRUE, NULL, NULL),
    ('machizukuri-hojo', 'office:20', 20, NULL, 'RECEPTION_ONLY', 'その区で活動する団体が対象。申請書を預かり区役所へ送付（サンプル）', 'For groups active in that ward; the application is forwarded to the ward office (sample)', TRUE, NULL, NULL),
    ('machizukuri-hojo', 'office:21', 21, NULL, 'RECEPTION_ONLY', 'その区で活動する団体が対象。申請書を預かり区役所へ送付（サンプル）', 'For groups active in that ward; the application is forwarded to the ward office (sample)', TRUE, NULL, NULL),
    ('machizukuri-hojo', 'office:22', 22, NULL, 'RECEPTION_ONLY', 'その区で活動する団体が対象。申請書を預かり区役所へ送付（サンプル）', 'For groups active in that ward; the application is forwarded to the ward office (sample)', TRUE, NULL, NULL),
    ('machizukuri-hojo', 'office:23', 23, NULL, 'RECEPTION_ONLY', 'その区で活動する団体が対象。申請書を預かり区役所へ送付（サンプル）', 'For groups active in that ward; the application is forwarded to the ward office (sample)', TRUE, NULL, NULL),
    ('machizukuri-hojo', 'office:24', 24, NULL, 'RECEPTION_ONLY', 'その区で活動する団体が対象。申請書を預かり区役所へ送付（サンプル）', 'For groups active in that ward; the application is forwarded to the ward office (sample)', TRUE, NULL, NULL),
    ('machizukuri-hojo', 'office:25', 25, NULL, 'RECEPTION_ONLY', 'その区で活動する団体が対象。申請書を預かり区役所へ送付（サンプル）', 'For groups active in that ward; the application is forwarded to the ward office (sample)', TRUE, NULL, NULL),
    ('machizukuri-hojo', 'office:26', 26, NULL, 'RECEPTION_ONLY', 'その区で活動する団体が対象。申請書を預かり区役所へ送付（サンプル）', 'For groups active in that ward; the application is forwarded to the ward office (sample)', TRUE, NULL, NULL),
    ('machizukuri-hojo', 'office:27', 27, NULL, 'RECEPTION_ONLY', 'その区で活動する団体が対象。申請書を預かり区役所へ送付（サンプル）', 'For groups active in that ward; the application is forwarded to the ward office (sample)', TRUE, NULL, NULL),
    ('machizukuri-hojo', 'office:28', 28, NULL, 'RECEPTION_ONLY', 'その区で活動する団体が対象。申請書を預かり区役所へ送付（サンプル）', 'For groups active in that ward; the application is forwarded to the ward office (sample)', TRUE, NULL, NULL),
    ('machizukuri-hojo', 'office:29', 29, NULL, 'RECEPTION_ONLY', 'その区で活動する団体が対象。申請書を預かり区役所へ送付（サンプル）', 'For groups active in that ward; the application is forwarded to the ward office (sample)', TRUE, NULL, NULL),
    ('machizukuri-hojo', 'office:30', 30, NULL, 'RECEPTION_ONLY', 'その区で活動する団体が対象。申請書を預かり区役所へ送付（サンプル）', 'For groups active in that ward; the application is forwarded to the ward office (sample)', TRUE, NULL, NULL),
    ('chiiki-tanto', 'office:14', 14, NULL, 'FULL', '地域担当職員が不在の場合があります。事前にお電話ください（サンプル）', 'Liaison staff may be out; please call first (sample)', FALSE, NULL, NULL),
    ('chiiki-tanto', 'office:15', 15, NULL, 'FULL', '地域担当職員が不在の場合があります。事前にお電話ください（サンプル）', 'Liaison staff may be out; please call first (sample)', FALSE, NULL, NULL),
    ('chiiki-tanto', 'office:16', 16, NULL, 'FULL', '地域担当職員が不在の場合があります。事前にお電話ください（サンプル）', 'Liaison staff may be out; please call first (sample)', FALSE, NULL, NULL),
    ('chiiki-tanto', 'office:17', 17, NULL, 'FULL', '地域担当職員が不在の場合があります。事前にお電話ください（サンプル）', 'Liaison staff may be out; please call first (sample)', FALSE, NULL, NULL),
    ('chiiki-tanto', 'office:18', 18, NULL, 'FULL', '地域担当職員が不在の場合があります。事前にお電話ください（サンプル）', 'Liaison staff may be out; please call first (sample)', FALSE, NULL, NULL),
    ('chiiki-tanto', 'office:19', 19, NULL, 'FULL', '地域担当職員が不在の場合があります。事前にお電話ください（サンプル）', 'Liaison staff may be out; please call first (sample)', FALSE, NULL, NULL),
    ('chiiki-tanto', 'office:20', 20, NULL, 'FULL', '地域担当職員が不在の場合があります。事前にお電話ください（サンプル）', 'Liaison staff may be out; please call first (sample)', FALSE, NULL, NULL),
    ('chiiki-tanto', 'office:21', 21, NULL, 'FULL', '地域担当職員が不在の場合があります。事前にお電話ください（サンプル）', 'Liaison staff may be out; please call first (sample)', FALSE, NULL, NULL),
    ('chiiki-tanto', 'office:22', 22, NULL, 'FULL', '地域担当職員が不在の場合があります。事前にお電話ください（サンプル）', 'Liaison staff may be out; please call first (sample)', FALSE, NULL, NULL),
    ('chiiki-tanto', 'office:23', 23, NULL, 'FULL', '地域担当職員が不在の場合があります。事前にお電話ください（サンプル）', 'Liaison staff may be out; please call first (sample)', FALSE, NULL, NULL),
    ('chiiki-tanto', 'office:24', 24, NULL, 'FULL', '地域担当職員が不在の場合があります。事前にお電話ください（サンプル）', 'Liaison staff may be out; please call first (sample)', FALSE, NULL, NULL),
    ('chiiki-tanto', 'office:25', 25, NULL, 'FULL', '地域担当職員が不在の場合があります。事前にお電話ください（サンプル）', 'Liaison staff may be out; please call first (sample)', FALSE, NULL, NULL),
    ('chiiki-tanto', 'office:26', 26, NULL, 'FULL', '地域担当職員が不在の場合があります。事前にお電話ください（サンプル）', 'Liaison staff may be out; please call first (sample)', FALSE, NULL, NULL),
    ('chiiki-tanto', 'office:27', 27, NULL, 'FULL', '地域担当職員が不在の場合があります。事前にお電話ください（サンプル）', 'Liaison staff may be out; please call first (sample)', FALSE, NULL, NULL),
    ('chiiki-tanto', 'office:28', 28, NULL, 'FULL', '地域担当職員が不在の場合があります。事前にお電話ください（サンプル）', 'Liaison staff may be out; please call first (sample)', FALSE, NULL, NULL),
    ('chiiki-tanto', 'office:29', 29, NULL, 'FULL', '地域担当職員が不在の場合があります。事前にお電話ください（サンプル）', 'Liaison staff may be out; please call first (sample)', FALSE, NULL, NULL),
    ('chiiki-tanto', 'office:30', 30, NULL, 'FULL', '地域担当職員が不在の場合があります。事前にお電話ください（サンプル）', 'Liaison staff may be out; please call first (sample)', FALSE, NULL, NULL),
    ('kominkan', 'channel:online', NULL, 'online', 'FULL', '施設予約システムで予約（団体登録が必要）（サンプル）', 'Book on the facility reservation system (group registration needed) (sample)', FALSE, NULL, NULL),
    ('kominkan', 'office:14', 14, NULL, 'RECEPTION_ONLY', '併設の公民館の申込みのみ（サンプル）', 'Only for the community hall on the same site (sample)', FALSE, NULL, NULL),
    ('kominkan', 'office:15', 15, NULL, 'RECEPTION_ONLY', '併設の公民館の申込みのみ（サンプル）', 'Only for the community hall on the same site (sample)', FALSE, NULL, NULL),
    ('kominkan', 'office:16', 16, NULL, 'RECEPTION_ONLY', '併設の公民館の申込みのみ（サンプル）', 'Only for the community hall on the same site (sample)', FALSE, NULL, NULL),
    ('kominkan', 'office:17', 17, NULL, 'RECEPTION_ONLY', '併設の公民館の申込みのみ（サンプル）', 'Only for the community hall on the same site (sample)', FALSE, NULL, NULL),
    ('kominkan', 'office:18', 18, NULL, 'RECEPTION_ONLY', '併設の公民館の申込みのみ（サンプル）', 'Only for the community hall on the same site (sample)', FALSE, NULL, NULL),
    ('kominkan', 'office:19', 19, NULL, 'RECEPTION_ONLY', '併設の公民館の申込みのみ（サンプル）', 'Only for the community hall on the same site (sample)', FALSE, NULL, NULL),
    ('kominkan', 'office:20', 20, NULL, 'RECEPTION_ONLY', '併設の公民館の申込みのみ（サンプル）', 'Only for the community hall on the same site (sample)', FALSE, NULL, NULL),
    ('kominkan', 'office:21', 21, NULL, 'RECEPTION_ONLY', '併設の公民館の申込みのみ（サンプル）', 'Only for the community hall on the same site (sample)', FALSE, NULL, NULL),
    ('kominkan', 'office:22', 22, NULL, 'RECEPTION_ONLY', '併設の公民館の申込みのみ（サンプル）', 'Only for the community hall on the same site (sample)', FALSE, NULL, NULL),
    ('kominkan', 'office:23', 23, NULL, 'RECEPTION_ONLY', '併設の公民館の申込みのみ（サンプル）', 'Only for the community hall on the same site (sample)', FALSE, NULL, NULL),
    ('kominkan', 'office:24', 24, NULL, 'RECEPTION_ONLY', '併設の公民館の申込みのみ（サンプル）', 'Only for the community hall on the same site (sample)', FALSE, NULL, NULL),
    ('kominkan', 'office:25', 25, NULL, 'RECEPTION_ONLY', '併設の公民館の申込みのみ（サンプル）', 'Only for the community hall on the same site (sample)', FALSE, NULL, NULL),
    ('kominkan', 'office:26', 26, NULL, 'RECEPTION_ONLY', '併設の公民館の申込みのみ（サンプル）', 'Only for the community hall on the same site (sample)', FALSE, NULL, NULL),
    ('kominkan', 'office:27', 27, NULL, 'RECEPTION_ONLY', '併設の公民館の申込みのみ（サンプル）', 'Only for the community hall on the same site (sample)', FALSE, NULL, NULL),
    ('kominkan', 'office:28', 28, NULL, 'RECEPTION_ONLY', '併設の公民館の申込みのみ（サンプル）', 'Only for the community hall on the same site (sample)', FALSE, NULL, NULL),
    ('kominkan', 'office:29', 29, NULL, 'RECEPTION_ONLY', '併設の公民館の申込みのみ（サンプル）', 'Only for the community hall on the same site (sample)', FALSE, NULL, NULL),
    ('kominkan', 'office:30', 30, NULL, 'RECEPTION_ONLY', '併設の公民館の申込みのみ（サンプル）', 'Only for the community hall on the same site (sample)', FALSE, NULL, NULL);

-- Opening hours: each period is followed by its spans (period id = the latest period inserted).
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:1', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:2', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:3', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:4', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:5', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:6', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:7', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:8', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:9', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:10', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:11', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:12', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:13', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:14', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:15', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:16', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:17', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:18', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:19', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:20', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:21', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:22', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:23', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:24', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:25', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:26', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:27', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:28', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:29', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:30', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('channel:convenience-store', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), NULL, '06:30:00', '23:00:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('channel:online', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), NULL, '00:00:00', '00:00:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('channel:mail', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '17:15:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('channel:kiosk', 'REGULAR', NULL, NULL, NULL, NULL);
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '08:30:00', '19:00:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '08:30:00', '19:00:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '08:30:00', '19:00:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '08:30:00', '19:00:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '08:30:00', '19:00:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 6, '09:00:00', '17:00:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:2', 'OPEN', '2026-11-29', '2026-11-29', '休日開庁', 'Weekend opening');
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), NULL, '09:00:00', '12:00:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:2', 'OPEN', '2027-03-28', '2027-03-28', '休日開庁', 'Weekend opening');
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), NULL, '09:00:00', '12:00:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:2', 'OPEN', '2027-04-04', '2027-04-04', '休日開庁', 'Weekend opening');
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), NULL, '09:00:00', '12:00:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:6', 'OPEN', '2027-03-28', '2027-03-28', '休日開庁', 'Weekend opening');
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), NULL, '09:00:00', '12:00:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:6', 'OPEN', '2027-04-04', '2027-04-04', '休日開庁', 'Weekend opening');
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), NULL, '09:00:00', '12:00:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:8', 'CLOSED', '2027-01-18', '2027-01-22', '庁舎改修工事のため臨時休業', 'Closed for renovation');
INSERT INTO opening_period (owner_key, kind, starts_on, ends_on, reason_ja, reason_en) VALUES ('office:3', 'SPECIAL_HOURS', '2026-12-28', '2026-12-28', '年末の短縮業務', 'Shortened hours before the year-end');
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), NULL, '08:30:00', '12:00:00' FROM opening_period;

-- A procedure's own, narrower hours at one place (owner availability:<id>).
INSERT INTO opening_period (owner_key, kind, reason_ja, reason_en) SELECT CONCAT('availability:', id), 'REGULAR', '戸籍証明書のコンビニ交付は平日のみ（サンプル）', 'Family register certificates at convenience stores on weekdays only (sample)' FROM availability WHERE procedure_code = 'koseki-zenbu' AND place_key = 'channel:convenience-store';
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '09:00:00', '17:00:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '09:00:00', '17:00:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '09:00:00', '17:00:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '09:00:00', '17:00:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '09:00:00', '17:00:00' FROM opening_period;
INSERT INTO opening_period (owner_key, kind, reason_ja, reason_en) SELECT CONCAT('availability:', id), 'REGULAR', '戸籍証明書のコンビニ交付は平日のみ（サンプル）', 'Family register certificates at convenience stores on weekdays only (sample)' FROM availability WHERE procedure_code = 'koseki-kojin' AND place_key = 'channel:convenience-store';
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 1, '09:00:00', '17:00:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 2, '09:00:00', '17:00:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 3, '09:00:00', '17:00:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 4, '09:00:00', '17:00:00' FROM opening_period;
INSERT INTO opening_span (period_id, day_of_week, opens_at, closes_at) SELECT MAX(id), 5, '09:00:00', '17:00:00' FROM opening_period;

-- Q&A: each entry is followed by its first revision (faq id = the latest entry inserted).
-- search_text = SearchText.of(question_ja, answer_ja, question_en, answer_en), cut to 4000 characters.
INSERT INTO faq (procedure_code, audience, state, owner_section_code, published_revision, search_text) VALUES ('juminhyo-copy', 'RESIDENT', 'PUBLISHED', 'ward-administration', 1, '家族に住民票の写しを取ってきてもらうことはできますか。|同じ世帯の方であれば、委任状なしで請求できます。別の世帯の方や友人などが代理で請求する場合は、本人が書いた委任状と、代理人の本人確認書類が必要です。委任状の様式は市のほーむぺーじにあります(さんぷる)。|canafamilymembergetacopyofmyresidencerecordforme?|membersofthesamehouseholdcanrequestitwithoutaletterofattorney.anyoneelse,includingfamilyinanotherhousehold,needsaletterofattorneywrittenbyyouandtheirownidentitydocument.aformisonthecitywebsite(sample).|');
INSERT INTO faq_revision (faq_id, revision, question_ja, answer_ja, question_en, answer_en, author, created_at, approved_by, approved_at) SELECT MAX(id), 1, '家族に住民票の写しを取ってきてもらうことはできますか。', '同じ世帯の方であれば、委任状なしで請求できます。別の世帯の方や友人などが代理で請求する場合は、本人が書いた委任状と、代理人の本人確認書類が必要です。委任状の様式は市のホームページにあります（サンプル）。', 'Can a family member get a copy of my residence record for me?', 'Members of the same household can request it without a letter of attorney. Anyone else, including family in another household, needs a letter of attorney written by you and their own identity document. A form is on the city website (sample).', 'hq', '2026-10-01 09:00:00', 'hq', '2026-10-01 09:00:00' FROM faq;
INSERT INTO faq (procedure_code, audience, state, owner_section_code, published_revision, search_text) VALUES ('juminhyo-copy', 'RESIDENT', 'PUBLISHED', 'ward-administration', 1, 'こんびにで取る住民票に、本籍やまいなんばーを載せられますか。|本籍筆頭者の記載は、こんびにのまるちこぴー機で選択できます。まいなんばー(個人番号)が記載された住民票の写しはこんびにでは取得できませんので、区役所総合出張所の窓口で請求してください(さんぷる)。|canaresidencerecordfromaconveniencestoreshowmyregistereddomicileormynumber?|youcanchoosetoincludetheregistereddomicileandheadofthefamilyregisteronthestore''smulti-functioncopier.acopyshowingyourmynumbercannotbeissuedataconveniencestore;requestitatawardofficeorgeneralbranchoffice(sample).|');
INSERT INTO faq_revision (faq_id, revision, question_ja, answer_ja, question_en, answer_en, author, created_at, approved_by, approved_at) SELECT MAX(id), 1, 'コンビニで取る住民票に、本籍やマイナンバーを載せられますか。', '本籍・筆頭者の記載は、コンビニのマルチコピー機で選択できます。マイナンバー（個人番号）が記載された住民票の写しはコンビニでは取得できませんので、区役所・総合出張所の窓口で請求してください（サンプル）。', 'Can a residence record from a convenience store show my registered domicile or My Number?', 'You can choose to include the registered domicile and head of the family register on the store''s multi-function copier. A copy showing your My Number cannot be issued at a convenience store; request it at a ward office or general branch office (sample).', 'hq', '2026-10-01 09:00:00', 'hq', '2026-10-01 09:00:00' FROM faq;
INSERT INTO faq (procedure_code, audience, state, owner_section_code, published_revision, search_text) VALUES ('inkan-shomei', 'RESIDENT', 'PUBLISHED', 'ward-administration', 1, '印鑑登録証(かーど)を忘れましたが、本人なので印鑑登録証明書を取れますか。|窓口では、本人であっても印鑑登録証の提示がなければ印鑑登録証明書は発行できません。まいなんばーかーどをお持ちの方は、こんびに交付や中央区役所の証明書自動交付機で取得できます(さんぷる)。|iforgotmysealregistrationcard.canistillgetasealregistrationcertificateificomeinperson?|atthecounterthecertificatecannotbeissuedwithoutthesealregistrationcard,eventotheregisteredperson.ifyouhaveamynumbercard,youcangetoneataconveniencestoreoratthecertificatekioskinchuowardoffice(sample).|');
INSERT INTO faq_revision (faq_id, revision, question_ja, answer_ja, question_en, answer_en, author, created_at, approved_by, approved_at) SELECT MAX(id), 1, '印鑑登録証（カード）を忘れましたが、本人なので印鑑登録証明書を取れますか。', '窓口では、本人であっても印鑑登録証の提示がなければ印鑑登録証明書は発行できません。マイナンバーカードをお持ちの方は、コンビニ交付や中央区役所の証明書自動交付機で取得できます（サンプル）。', 'I forgot my seal registration card. Can I still get a seal registration certificate if I come in person?', 'At the counter the certificate cannot be issued without the seal registration card, even to the registered person. If you have a My Number card, you can get one at a convenience store or at the certificate kiosk in Chuo Ward Office (sample).', 'hq', '2026-10-01 09:00:00', 'hq', '2026-10-01 09:00:00' FROM faq;
INSERT INTO faq (procedure_code, audience, state, owner_section_code, published_revision, search_text) VALUES ('inkan-toroku', 'RESIDENT', 'PUBLISHED', 'ward-administration', 1, 'どんな印鑑でも登録できますか。|ごむ印など変形しやすいもの、印影が欠けているもの、一辺の長さが8みりめーとる未満または25みりめーとるを超える正方形に収まらないものなどは登録できません。氏名と異なる文字が入っている印鑑も登録できない場合があります(さんぷる)。|cananysealberegistered?|sealsthatdeformeasilysuchasrubberstamps,sealswithchippedimpressions,andsealsthatdonotfitasquarebetween8mmand25mmonasidecannotberegistered.sealswithcharactersotherthanyournamemayalsoberefused(sample).|');
INSERT INTO faq_revision (faq_id, revision, question_ja, answer_ja, question_en, answer_en, author, created_at, approved_by, approved_at) SELECT MAX(id), 1, 'どんな印鑑でも登録できますか。', 'ゴム印など変形しやすいもの、印影が欠けているもの、一辺の長さが8ミリメートル未満または25ミリメートルを超える正方形に収まらないものなどは登録できません。氏名と異なる文字が入っている印鑑も登録できない場合があります（サンプル）。', 'Can any seal be registered?', 'Seals that deform easily such as rubber stamps, seals with chipped impressions, and seals that do not fit a square between 8 mm and 25 mm on a side cannot be registered. Seals with characters other than your name may also be refused (sample).', 'hq', '2026-10-01 09:00:00', 'hq', '2026-10-01 09:00:00' FROM faq;
INSERT INTO faq (procedure_code, audience, state, owner_section_code, published_revision, search_text) VALUES ('tennyu', 'RESIDENT', 'PUBLISHED', 'ward-administration', 1, '引越してきました。転入届はいつまでに、何を持って行けばよいですか。|住み始めた日から14日以内に届け出てください。前の住所地で交付された転出証明書と本人確認書類が必要です。まいなんばーかーどで転出届をした方は、転出証明書の代わりに世帯全員のまいなんばーかーどをお持ちください。|ihavejustmovedhere.whenmustifilethemoving-innotification,andwhatshouldibring?|fileitwithin14daysofstartingtolivehere.bringthemoving-outcertificateissuedbyyourformermunicipalityandanidentitydocument.ifyoufiledyourmoving-outnotificationwithamynumbercard,bringthemynumbercardsofeveryoneinthehouseholdinstead.|');
INSERT INTO faq_revision (faq_id, revision, question_ja, answer_ja, question_en, answer_en, author, created_at, approved_by, approved_at) SELECT MAX(id), 1, '引越してきました。転入届はいつまでに、何を持って行けばよいですか。', '住み始めた日から14日以内に届け出てください。前の住所地で交付された転出証明書と本人確認書類が必要です。マイナンバーカードで転出届をした方は、転出証明書の代わりに世帯全員のマイナンバーカードをお持ちください。', 'I have just moved here. When must I file the moving-in notification, and what should I bring?', 'File it within 14 days of starting to live here. Bring the moving-out certificate issued by your former municipality and an identity document. If you filed your moving-out notification with a My Number card, bring the My Number cards of everyone in the household instead.', 'hq', '2026-10-01 09:00:00', 'hq', '2026-10-01 09:00:00' FROM faq;
INSERT INTO faq (procedure_code, audience, state, owner_section_code, published_revision, search_text) VALUES ('tenshutsu', 'RESIDENT', 'PUBLISHED', 'ward-administration', 1, '転出届はおんらいんでできますか。|まいなんばーかーどをお持ちの方は、まいなぽーたるの引越しわんすとっぷさーびすから転出届を出せます。その場合、転出証明書は交付されず、引越し先の市区町村へ転入するときにまいなんばーかーどを持参して手続きします。|canifilethemoving-outnotificationonline?|ifyouhaveamynumbercard,youcanfileitthroughthemovingone-stopserviceonmynaportal.nomoving-outcertificateisissuedthen;takeyourmynumbercardwhenyoufilethemoving-innotificationatyournewmunicipality.|');
INSERT INTO faq_revision (faq_id, revision, question_ja, answer_ja, question_en, answer_en, author, created_at, approved_by, approved_at) SELECT MAX(id), 1, '転出届はオンラインでできますか。', 'マイナンバーカードをお持ちの方は、マイナポータルの引越しワンストップサービスから転出届を出せます。その場合、転出証明書は交付されず、引越し先の市区町村へ転入するときにマイナンバーカードを持参して手続きします。', 'Can I file the moving-out notification online?', 'If you have a My Number card, you can file it through the moving one-stop service on Mynaportal. No moving-out certificate is issued then; take your My Number card when you file the moving-in notification at your new municipality.', 'hq', '2026-10-01 09:00:00', 'hq', '2026-10-01 09:00:00' FROM faq;
INSERT INTO faq (procedure_code, audience, state, owner_section_code, published_revision, search_text) VALUES ('tenkyo', 'RESIDENT', 'PUBLISHED', 'ward-administration', 1, '熊本市内で別の区に引越しました。転出届は必要ですか。|熊本市内での引越しは、区をまたぐ場合でも転出届は不要で、転居届だけで手続きできます。引越し後14日以内に、区役所または総合出張所で届け出てください(さんぷる)。|imovedtoanotherwardwithinkumamotocity.doineedamoving-outnotification?|no.amovewithinthecity,eventoanotherward,needsonlyachange-of-addressnotification.fileitwithin14daysatawardofficeorgeneralbranchoffice(sample).|');
INSERT INTO faq_revision (faq_id, revision, question_ja, answer_ja, question_en, answer_en, author, created_at, approved_by, approved_at) SELECT MAX(id), 1, '熊本市内で別の区に引越しました。転出届は必要ですか。', '熊本市内での引越しは、区をまたぐ場合でも転出届は不要で、転居届だけで手続きできます。引越し後14日以内に、区役所または総合出張所で届け出てください（サンプル）。', 'I moved to another ward within Kumamoto City. Do I need a moving-out notification?', 'No. A move within the city, even to another ward, needs only a change-of-address notification. File it within 14 days at a ward office or general branch office (sample).', 'hq', '2026-10-01 09:00:00', 'hq', '2026-10-01 09:00:00' FROM faq;
INSERT INTO faq (procedure_code, audience, state, owner_section_code, published_revision, search_text) VALUES ('mynumber-kofu', 'RESIDENT', 'PUBLISHED', 'ward-administration', 1, 'まいなんばーかーどの受け取りに予約は必要ですか。|交付通知書(はがき)が届いたら、記載の方法で予約のうえ、本人が来庁してください。受け取りの際に暗証番号を設定しますので、数字4桁の暗証番号と英数字6〜16文字のぱすわーどを決めておいてください(さんぷる)。|doineedanappointmenttoreceivemymynumbercard?|whenthenoticepostcardarrives,bookanappointmentasitdescribesandcomeinperson.youwillsetyourpinsonthespot,sodecideona4-digitpinanda6to16characteralphanumericpasswordinadvance(sample).|');
INSERT INTO faq_revision (faq_id, revision, question_ja, answer_ja, question_en, answer_en, author, created_at, approved_by, approved_at) SELECT MAX(id), 1, 'マイナンバーカードの受け取りに予約は必要ですか。', '交付通知書（はがき）が届いたら、記載の方法で予約のうえ、本人が来庁してください。受け取りの際に暗証番号を設定しますので、数字4桁の暗証番号と英数字6〜16文字のパスワードを決めておいてください（サンプル）。', 'Do I need an appointment to receive my My Number card?', 'When the notice postcard arrives, book an appointment as it describes and come in person. You will set your PINs on the spot, so decide on a 4-digit PIN and a 6 to 16 character alphanumeric password in advance (sample).', 'hq', '2026-10-01 09:00:00', 'hq', '2026-10-01 09:00:00' FROM faq;
INSERT INTO faq (procedure_code, audience, state, owner_section_code, published_revision, search_text) VALUES ('denshi-shomei-koshin', 'RESIDENT', 'PUBLISHED', 'ward-administration', 1, 'まいなんばーかーどの電子証明書の有効期限はいつですか。|電子証明書の有効期限は、発行日から5回目の誕生日です。かーど本体の有効期限とは異なります。期限の2〜3か月前に有効期限通知書が届きますので、期限の3か月前から更新の手続きをしてください。|whendotheelectroniccertificatesonmymynumbercardexpire?|theyexpireonyourfifthbirthdayafterissue,whichdiffersfromthecard''sownexpirydate.anexpirynoticearrives2to3monthsbefore;youcanrenewfrom3monthsbeforeexpiry.|');
INSERT INTO faq_revision (faq_id, revision, question_ja, answer_ja, question_en, answer_en, author, created_at, approved_by, approved_at) SELECT MAX(id), 1, 'マイナンバーカードの電子証明書の有効期限はいつですか。', '電子証明書の有効期限は、発行日から5回目の誕生日です。カード本体の有効期限とは異なります。期限の2〜3か月前に有効期限通知書が届きますので、期限の3か月前から更新の手続きをしてください。', 'When do the electronic certificates on my My Number card expire?', 'They expire on your fifth birthday after issue, which differs from the card''s own expiry date. An expiry notice arrives 2 to 3 months before; you can renew from 3 months before expiry.', 'hq', '2026-10-01 09:00:00', 'hq', '2026-10-01 09:00:00' FROM faq;
INSERT INTO faq (procedure_code, audience, state, owner_section_code, published_revision, search_text) VALUES ('shotoku-kazei', 'RESIDENT', 'PUBLISHED', 'municipal-tax', 1, '所得課税証明書の「年度」と「所得の年」の関係を教えてください。|証明書の年度は、前年の所得をもとに課税した年度です。例えば令和8年度の証明書は、令和7年1月から12月までの所得を証明します。新しい年度の証明書は毎年6月ごろから発行します(さんぷる)。|howdoesthefiscalyearonanincomeandtaxcertificaterelatetotheyearofincome?|thefiscalyearistheyeartaxedonthepreviousyear''sincome.forexample,thefy2026certificateshowsincomefromjanuarytodecember2025.certificatesforanewfiscalyearareissuedfromaroundjune(sample).|');
INSERT INTO faq_revision (faq_id, revision, question_ja, answer_ja, question_en, answer_en, author, created_at, approved_by, approved_at) SELECT MAX(id), 1, '所得・課税証明書の「年度」と「所得の年」の関係を教えてください。', '証明書の年度は、前年の所得をもとに課税した年度です。例えば令和8年度の証明書は、令和7年1月から12月までの所得を証明します。新しい年度の証明書は毎年6月ごろから発行します（サンプル）。', 'How does the fiscal year on an income and tax certificate relate to the year of income?', 'The fiscal year is the year taxed on the previous year''s income. For example, the FY2026 certificate shows income from January to December 2025. Certificates for a new fiscal year are issued from around June (sample).', 'hq', '2026-10-01 09:00:00', 'hq', '2026-10-01 09:00:00' FROM faq;
INSERT INTO faq (procedure_code, audience, state, owner_section_code, published_revision, search_text) VALUES ('kokuho-kanyu', 'RESIDENT', 'PUBLISHED', 'national-insurance', 1, '会社を退職しました。国民健康保険にはいつまでに加入すればよいですか。|勤務先の健康保険の資格を失った日から14日以内に届け出てください。届出が遅れても、保険料は資格を失った日の属する月までさかのぼって納めていただきます。家族の健康保険の扶養に入る方法や、勤務先の健康保険を任意継続する方法もあります。|ihaveleftmyjob.bywhenmustijoinnationalhealthinsurance?|filewithin14daysoflosingyouremployer''shealthinsurance.ifyoufilelate,premiumsarestillchargedbacktothemonthyoulostthatinsurance.youmayinsteadbecomeadependantonafamilymember''sinsuranceorcontinueyouremployer''sinsurancevoluntarily.|');
INSERT INTO faq_revision (faq_id, revision, question_ja, answer_ja, question_en, answer_en, author, created_at, approved_by, approved_at) SELECT MAX(id), 1, '会社を退職しました。国民健康保険にはいつまでに加入すればよいですか。', '勤務先の健康保険の資格を失った日から14日以内に届け出てください。届出が遅れても、保険料は資格を失った日の属する月までさかのぼって納めていただきます。家族の健康保険の扶養に入る方法や、勤務先の健康保険を任意継続する方法もあります。', 'I have left my job. By when must I join National Health Insurance?', 'File within 14 days of losing your employer''s health insurance. If you file late, premiums are still charged back to the month you lost that insurance. You may instead become a dependant on a family member''s insurance or continue your employer''s insurance voluntarily.', 'hq', '2026-10-01 09:00:00', 'hq', '2026-10-01 09:00:00' FROM faq;
INSERT INTO faq (procedure_code, audience, state, owner_section_code, published_revision, search_text) VALUES ('kokuho-dattai', 'RESIDENT', 'PUBLISHED', 'national-insurance', 1, '就職して会社の健康保険に入りました。国民健康保険は自動的に脱退になりますか。|自動的には脱退になりません。勤務先の健康保険の資格がわかるものを持って、14日以内に脱退の届出をしてください。届出がないと国民健康保険料の請求が続きます。|igotajobandjoinedmyemployer''shealthinsurance.amiremovedfromnationalhealthinsuranceautomatically?|no.bringproofofyouremployer''sinsuranceandfileawithdrawalwithin14days.untilyoudo,nationalhealthinsurancepremiumscontinuetobebilled.|');
INSERT INTO faq_revision (faq_id, revision, question_ja, answer_ja, question_en, answer_en, author, created_at, approved_by, approved_at) SELECT MAX(id), 1, '就職して会社の健康保険に入りました。国民健康保険は自動的に脱退になりますか。', '自動的には脱退になりません。勤務先の健康保険の資格がわかるものを持って、14日以内に脱退の届出をしてください。届出がないと国民健康保険料の請求が続きます。', 'I got a job and joined my employer''s health insurance. Am I removed from National Health Insurance automatically?', 'No. Bring proof of your employer''s insurance and file a withdrawal within 14 days. Until you do, National Health Insurance premiums continue to be billed.', 'hq', '2026-10-01 09:00:00', 'hq', '2026-10-01 09:00:00' FROM faq;
INSERT INTO faq (procedure_code, audience, state, owner_section_code, published_revision, search_text) VALUES ('nenkin-menjo', 'RESIDENT', 'PUBLISHED', 'national-insurance', 1, '失業して国民年金保険料を払えません。どうすればよいですか。|保険料の免除納付猶予を申請してください。失業した方は特例免除として、本人の所得を除いて審査されます。離職票または雇用保険受給資格者証の写しを添えて、区役所総合出張所の窓口、郵送またはまいなぽーたるから申請できます。|ilostmyjobandcannotpaynationalpensioncontributions.whatshouldido?|applyforexemptionorpostponement.afterlosingajob,thespecialexemptionreviewsyourapplicationwithoutcountingyourownincome.attachacopyofyourseparationnoticeoremploymentinsuranceeligibilitycardandapplyatawardofficeorgeneralbranchoffice,bymail,oronmynaportal.|');
INSERT INTO faq_revision (faq_id, revision, question_ja, answer_ja, question_en, answer_en, author, created_at, approved_by, approved_at) SELECT MAX(id), 1, '失業して国民年金保険料を払えません。どうすればよいですか。', '保険料の免除・納付猶予を申請してください。失業した方は特例免除として、本人の所得を除いて審査されます。離職票または雇用保険受給資格者証の写しを添えて、区役所・総合出張所の窓口、郵送またはマイナポータルから申請できます。', 'I lost my job and cannot pay National Pension contributions. What should I do?', 'Apply for exemption or postponement. After losing a job, the special exemption reviews your application without counting your own income. Attach a copy of your separation notice or employment insurance eligibility card and apply at a ward office or general branch office, by mail, or on Mynaportal.', 'hq', '2026-10-01 09:00:00', 'hq', '2026-10-01 09:00:00' FROM faq;
INSERT INTO faq (procedure_code, audience, state, owner_section_code, published_revision, search_text) VALUES ('jido-teate', 'RESIDENT', 'PUBLISHED', 'child-support', 1, '子どもが生まれました。児童手当はいつまでに申請すればよいですか。|出生日の翌日から15日以内に申請してください。15日以内に申請すれば、出生した月の翌月分から支給されます。遅れると、申請した月の翌月分からの支給となり、さかのぼって受け取ることはできません。|mychildwasborn.bywhenshouldiapplyforthechildallowance?|applywithin15daysofthedayafterthebirth;youwillthenbepaidfromthemonthafterthebirth.ifyouapplylater,paymentstartsfromthemonthafteryouapplyandearliermonthsarenotpaid.|');
INSERT INTO faq_revision (faq_id, revision, question_ja, answer_ja, question_en, answer_en, author, created_at, approved_by, approved_at) SELECT MAX(id), 1, '子どもが生まれました。児童手当はいつまでに申請すればよいですか。', '出生日の翌日から15日以内に申請してください。15日以内に申請すれば、出生した月の翌月分から支給されます。遅れると、申請した月の翌月分からの支給となり、さかのぼって受け取ることはできません。', 'My child was born. By when should I apply for the child allowance?', 'Apply within 15 days of the day after the birth; you will then be paid from the month after the birth. If you apply later, payment starts from the month after you apply and earlier months are not paid.', 'hq', '2026-10-01 09:00:00', 'hq', '2026-10-01 09:00:00' FROM faq;
INSERT INTO faq (procedure_code, audience, state, owner_section_code, published_revision, search_text) VALUES ('boshi-techo', 'RESIDENT', 'PUBLISHED', 'health-promotion', 1, '母子健康手帳はどこで受け取れますか。代理人でも受け取れますか。|区役所の保健子ども課で妊娠の届出をして受け取ります。保健師などが面談をしますので、できるだけ妊娠している本人がお越しください。代理の場合は委任状が必要です(さんぷる)。|wherecanigetthematernalandchildhealthhandbook?cansomeonecollectitforme?|filethepregnancynotificationatawardoffice''shealthandchildrensectionandreceiveitthere.apublichealthnursewilltalkwithyou,sothepregnantpersonshouldcomeifpossible.aproxyneedsaletterofattorney(sample).|');
INSERT INTO faq_revision (faq_id, revision, question_ja, answer_ja, question_en, answer_en, author, created_at, approved_by, approved_at) SELECT MAX(id), 1, '母子健康手帳はどこで受け取れますか。代理人でも受け取れますか。', '区役所の保健子ども課で妊娠の届出をして受け取ります。保健師などが面談をしますので、できるだけ妊娠している本人がお越しください。代理の場合は委任状が必要です（サンプル）。', 'Where can I get the maternal and child health handbook? Can someone collect it for me?', 'File the pregnancy notification at a ward office''s health and children section and receive it there. A public health nurse will talk with you, so the pregnant person should come if possible. A proxy needs a letter of attorney (sample).', 'hq', '2026-10-01 09:00:00', 'hq', '2026-10-01 09:00:00' FROM faq;
INSERT INTO faq (procedure_code, audience, state, owner_section_code, published_revision, search_text) VALUES ('kaigo-nintei', 'RESIDENT', 'PUBLISHED', 'long-term-care', 1, '要介護認定の申請から結果が出るまで、どれくらいかかりますか。|原則として申請から30日以内に結果をお知らせします。認定調査の日程調整や主治医の意見書の作成に時間がかかると、遅れる場合があります。急いでさーびすを利用したい場合は、地域包括支援せんたーやけあまねじゃーにご相談ください。|howlongdoeslong-termcareneedcertificationtake?|theresultisnormallysentwithin30daysoftheapplication.itcantakelongerwhenschedulingtheassessmentvisitorobtainingthedoctor''sopiniontakestime.ifyouneedservicesurgently,consultacommunitycomprehensivesupportcentreoracaremanager.|');
INSERT INTO faq_revision (faq_id, revision, question_ja, answer_ja, question_en, answer_en, author, created_at, approved_by, approved_at) SELECT MAX(id), 1, '要介護認定の申請から結果が出るまで、どれくらいかかりますか。', '原則として申請から30日以内に結果をお知らせします。認定調査の日程調整や主治医の意見書の作成に時間がかかると、遅れる場合があります。急いでサービスを利用したい場合は、地域包括支援センターやケアマネジャーにご相談ください。', 'How long does long-term care need certification take?', 'The result is normally sent within 30 days of the application. It can take longer when scheduling the assessment visit or obtaining the doctor''s opinion takes time. If you need services urgently, consult a community comprehensive support centre or a care manager.', 'hq', '2026-10-01 09:00:00', 'hq', '2026-10-01 09:00:00' FROM faq;
INSERT INTO faq (procedure_code, audience, state, owner_section_code, published_revision, search_text) VALUES ('inu-toroku', 'RESIDENT', 'PUBLISHED', 'animal-welfare', 1, '子犬を飼い始めました。何をすればよいですか。|生後91日以上になったら、30日以内に犬の登録をして鑑札の交付を受けてください。あわせて年1回の狂犬病予防注射を受け、注射済票の交付を受ける必要があります。まいくろちっぷの登録をした犬は、その情報で登録されます(さんぷる)。|ihaveanewpuppy.whatdoineedtodo?|onceitis91daysold,registeritwithin30daysandreceivethelicencetag.italsoneedsarabiesvaccinationonceayear,forwhichyoureceiveavaccinationtag.adogregisteredwithamicrochipisregisteredthroughthatrecord(sample).|');
INSERT INTO faq_revision (faq_id, revision, question_ja, answer_ja, question_en, answer_en, author, created_at, approved_by, approved_at) SELECT MAX(id), 1, '子犬を飼い始めました。何をすればよいですか。', '生後91日以上になったら、30日以内に犬の登録をして鑑札の交付を受けてください。あわせて年1回の狂犬病予防注射を受け、注射済票の交付を受ける必要があります。マイクロチップの登録をした犬は、その情報で登録されます（サンプル）。', 'I have a new puppy. What do I need to do?', 'Once it is 91 days old, register it within 30 days and receive the licence tag. It also needs a rabies vaccination once a year, for which you receive a vaccination tag. A dog registered with a microchip is registered through that record (sample).', 'hq', '2026-10-01 09:00:00', 'hq', '2026-10-01 09:00:00' FROM faq;
INSERT INTO faq (procedure_code, audience, state, owner_section_code, published_revision, search_text) VALUES ('risai-shomei', 'RESIDENT', 'PUBLISHED', 'disaster-prevention', 1, '住んでいる区以外の区役所でも、り災証明書を申請できますか。|はい。お住まいの区に関係なく、どの区役所の福祉課、総合出張所でも申請できます。受け付けた申請は、被害の調査を担当する区役所へ送られます。被害状況がわかる写真があればお持ちください(さんぷる)。|caniapplyforadisasterdamagecertificateatawardofficeotherthanmyown?|yes.youcanapplyatthewelfaresectionofanywardofficeoratanygeneralbranchoffice,whicheverwardyoulivein.theapplicationispassedtothewardofficethatsurveysthedamage.bringphotosofthedamageifyouhavethem(sample).|');
INSERT INTO faq_revision (faq_id, revision, question_ja, answer_ja, question_en, answer_en, author, created_at, approved_by, approved_at) SELECT MAX(id), 1, '住んでいる区以外の区役所でも、り災証明書を申請できますか。', 'はい。お住まいの区に関係なく、どの区役所の福祉課、総合出張所でも申請できます。受け付けた申請は、被害の調査を担当する区役所へ送られます。被害状況がわかる写真があればお持ちください（サンプル）。', 'Can I apply for a disaster damage certificate at a ward office other than my own?', 'Yes. You can apply at the welfare section of any ward office or at any general branch office, whichever ward you live in. The application is passed to the ward office that surveys the damage. Bring photos of the damage if you have them (sample).', 'hq', '2026-10-01 09:00:00', 'hq', '2026-10-01 09:00:00' FROM faq;
INSERT INTO faq (procedure_code, audience, state, owner_section_code, published_revision, search_text) VALUES ('koseki-koiki', 'RESIDENT', 'PUBLISHED', 'ward-administration', 1, '本籍地が遠くにありますが、熊本市で戸籍謄本を取れますか。|2024年3月1日から、本籍地が全国どこでも、本人配偶者直系の親族の戸籍証明書を区役所の窓口で請求できるようになりました(広域交付)。本人が窓口に来て、顔写真付きの本人確認書類を提示する必要があります。郵送や代理人による請求はできません。|myregistereddomicileisfaraway.canigetmyfamilyregistercertificateinkumamoto?|since1march2024youcanrequestfamilyregistercertificatesforyourself,yourspouseandyourdirectrelativesatawardofficecounterwherevertheregisteriskept(wide-areaissuance).youmustcomeinpersonwithaphotoidentitydocument;requestsbymailorthroughaproxyarenotaccepted.|');
INSERT INTO faq_revision (faq_id, revision, question_ja, answer_ja, question_en, answer_en, author, created_at, approved_by, approved_at) SELECT MAX(id), 1, '本籍地が遠くにありますが、熊本市で戸籍謄本を取れますか。', '2024年3月1日から、本籍地が全国どこでも、本人・配偶者・直系の親族の戸籍証明書を区役所の窓口で請求できるようになりました（広域交付）。本人が窓口に来て、顔写真付きの本人確認書類を提示する必要があります。郵送や代理人による請求はできません。', 'My registered domicile is far away. Can I get my family register certificate in Kumamoto?', 'Since 1 March 2024 you can request family register certificates for yourself, your spouse and your direct relatives at a ward office counter wherever the register is kept (wide-area issuance). You must come in person with a photo identity document; requests by mail or through a proxy are not accepted.', 'hq', '2026-10-01 09:00:00', 'hq', '2026-10-01 09:00:00' FROM faq;
INSERT INTO faq (procedure_code, audience, state, owner_section_code, published_revision, search_text) VALUES ('juminhyo-copy', 'STAFF', 'PUBLISHED', 'ward-administration', 1, '【窓口まにゅある】代理人が持参した委任状の確認手順|1.委任者の氏名住所生年月日、代理人の氏名住所、委任する内容(証明書の種類通数)、作成日が記載されているか確認する。2.委任者の自署であることを確認し、筆跡や記載に疑義がある場合は委任者本人に電話で意思を確認する。3.代理人の本人確認書類と委任状の代理人欄を照合する。4.記載不備があれば交付せず、不備箇所を説明して再提出を求める。確認結果は請求書の確認欄に記録する(さんぷる)。|[countermanual]howtocheckaletterofattorneybroughtbyaproxy|1.checkthatitshowstheprincipal''sname,addressanddateofbirth,theproxy''snameandaddress,whatisdelegated(typeandnumberofcertificates)andthedatewritten.2.checkthattheprincipalsignedit;ifthehandwritingorcontentisdoubtful,confirmtheprincipal''sintentbyphone.3.matchtheproxy''sidentitydocumentagainsttheproxyfield.4.ifanythingismissing,donotissue;explainwhatismissingandaskforacorrectedletter.recordtheresultinthecheckboxoftherequestform(sample).|');
INSERT INTO faq_revision (faq_id, revision, question_ja, answer_ja, question_en, answer_en, author, created_at, approved_by, approved_at) SELECT MAX(id), 1, '【窓口マニュアル】代理人が持参した委任状の確認手順', '1. 委任者の氏名・住所・生年月日、代理人の氏名・住所、委任する内容（証明書の種類・通数）、作成日が記載されているか確認する。2. 委任者の自署であることを確認し、筆跡や記載に疑義がある場合は委任者本人に電話で意思を確認する。3. 代理人の本人確認書類と委任状の代理人欄を照合する。4. 記載不備があれば交付せず、不備箇所を説明して再提出を求める。確認結果は請求書の確認欄に記録する（サンプル）。', '[Counter manual] How to check a letter of attorney brought by a proxy', '1. Check that it shows the principal''s name, address and date of birth, the proxy''s name and address, what is delegated (type and number of certificates) and the date written. 2. Check that the principal signed it; if the handwriting or content is doubtful, confirm the principal''s intent by phone. 3. Match the proxy''s identity document against the proxy field. 4. If anything is missing, do not issue; explain what is missing and ask for a corrected letter. Record the result in the check box of the request form (sample).', 'hq', '2026-10-01 09:00:00', 'hq', '2026-10-01 09:00:00' FROM faq;
INSERT INTO faq (procedure_code, audience, state, owner_section_code, published_revision, search_text) VALUES ('shien-sochi', 'STAFF', 'PUBLISHED', 'ward-administration', 1, '【窓口まにゅある】支援措置対象者の住民票の写し等の請求を受けたとき|端末で支援措置の対象であることが表示されたら、その場で交付の可否を判断せず、必ず責任者に報告する。加害者とされる者からの請求、またはその代理人からの請求は交付しない。第三者からの請求は、請求事由を厳格に審査する。請求者に対象者の住所や支援措置の有無を推測させる説明をしないこと(さんぷる)。|[countermanual]handlingarequestfortheresidencerecordofapersonunderprotectionmeasures|whentheterminalshowsthatthepersonisunderprotectionmeasures,donotdecideonthespot;alwaysreporttothesupervisor.donotissuetotheallegedperpetratorortheirproxy.examinethird-partyrequestsstrictly.neversayanythingthatwouldlettherequesterinfertheperson''saddressorthatprotectionmeasuresexist(sample).|');
INSERT INTO faq_revision (faq_id, revision, question_ja, answer_ja, question_en, answer_en, author, created_at, approved_by, approved_at) SELECT MAX(id), 1, '【窓口マニュアル】支援措置対象者の住民票の写し等の請求を受けたとき', '端末で支援措置の対象であることが表示されたら、その場で交付の可否を判断せず、必ず責任者に報告する。加害者とされる者からの請求、またはその代理人からの請求は交付しない。第三者からの請求は、請求事由を厳格に審査する。請求者に対象者の住所や支援措置の有無を推測させる説明をしないこと（サンプル）。', '[Counter manual] Handling a request for the residence record of a person under protection measures', 'When the terminal shows that the person is under protection measures, do not decide on the spot; always report to the supervisor. Do not issue to the alleged perpetrator or their proxy. Examine third-party requests strictly. Never say anything that would let the requester infer the person''s address or that protection measures exist (sample).', 'hq', '2026-10-01 09:00:00', 'hq', '2026-10-01 09:00:00' FROM faq;
INSERT INTO faq (procedure_code, audience, state, owner_section_code, published_revision, search_text) VALUES ('konin', 'STAFF', 'PUBLISHED', 'ward-administration', 1, '【窓口まにゅある】閉庁時間に預かった婚姻届の取扱い|夜間休日受付で預かった届書は、翌開庁日に戸籍担当が審査する。不備がなければ預かった日が届出日(受理日)となる。不備がある場合は、届出人に連絡して補正を求め、補正できれば預かった日に受理したものとして扱う。預かり時には記載内容の審査はせず、連絡先の電話番号を必ず確認する(さんぷる)。|[countermanual]marriageregistrationsleftoutsideofficehours|filingsleftatthenightandholidaydeskareexaminedbythefamilyregisterstaffonthenextbusinessday.ifthereisnodefect,thedaytheywereleftcountsasthefilingdate.ifthereisadefect,contactthefilertocorrectit;oncecorrected,treatitasacceptedonthedayitwasleft.thedeskdoesnotexaminethecontentbutmustalwaysconfirmacontactphonenumber(sample).|');
INSERT INTO faq_revision (faq_id, revision, question_ja, answer_ja, question_en, answer_en, author, created_at, approved_by, approved_at) SELECT MAX(id), 1, '【窓口マニュアル】閉庁時間に預かった婚姻届の取扱い', '夜間・休日受付で預かった届書は、翌開庁日に戸籍担当が審査する。不備がなければ預かった日が届出日（受理日）となる。不備がある場合は、届出人に連絡して補正を求め、補正できれば預かった日に受理したものとして扱う。預かり時には記載内容の審査はせず、連絡先の電話番号を必ず確認する（サンプル）。', '[Counter manual] Marriage registrations left outside office hours', 'Filings left at the night and holiday desk are examined by the family register staff on the next business day. If there is no defect, the day they were left counts as the filing date. If there is a defect, contact the filer to correct it; once corrected, treat it as accepted on the day it was left. The desk does not examine the content but must always confirm a contact phone number (sample).', 'hq', '2026-10-01 09:00:00', 'hq', '2026-10-01 09:00:00' FROM faq;
INSERT INTO faq (procedure_code, audience, state, owner_section_code, published_revision, search_text) VALUES ('shibo', 'STAFF', 'PUBLISHED', 'ward-administration', 1, '【窓口まにゅある】死亡届と火葬許可の同時処理|死亡届を受け付けたら、火葬許可申請書の火葬場火葬日時が葬祭業者の予約と一致しているか確認する。死亡後24時間を経過しない火葬は、感染症など法令で定める場合を除き許可できない。火葬許可証を交付したら、国民健康保険介護保険などの資格喪失の手続きを「おくやみ窓口」で案内する(さんぷる)。|[countermanual]processingadeathregistrationtogetherwithacremationpermit|whenacceptingadeathregistration,checkthatthecrematoriumandtimeonthepermitapplicationmatchthefuneralcompany''sbooking.cremationwithin24hoursofdeathcannotbepermittedexceptincasessetbylawsuchascertaininfectiousdiseases.afterissuingthepermit,guidethefamilytothebereavementdeskforendingnationalhealthinsurance,long-termcareinsuranceandsimilar(sample).|');
INSERT INTO faq_revision (faq_id, revision, question_ja, answer_ja, question_en, answer_en, author, created_at, approved_by, approved_at) SELECT MAX(id), 1, '【窓口マニュアル】死亡届と火葬許可の同時処理', '死亡届を受け付けたら、火葬許可申請書の火葬場・火葬日時が葬祭業者の予約と一致しているか確認する。死亡後24時間を経過しない火葬は、感染症など法令で定める場合を除き許可できない。火葬許可証を交付したら、国民健康保険・介護保険などの資格喪失の手続きを「おくやみ窓口」で案内する（サンプル）。', '[Counter manual] Processing a death registration together with a cremation permit', 'When accepting a death registration, check that the crematorium and time on the permit application match the funeral company''s booking. Cremation within 24 hours of death cannot be permitted except in cases set by law such as certain infectious diseases. After issuing the permit, guide the family to the bereavement desk for ending National Health Insurance, long-term care insurance and similar (sample).', 'hq', '2026-10-01 09:00:00', 'hq', '2026-10-01 09:00:00' FROM faq;
INSERT INTO faq (procedure_code, audience, state, owner_section_code, published_revision, search_text) VALUES ('risai-shomei', 'STAFF', 'PUBLISHED', 'disaster-prevention', 1, '【窓口まにゅある】他区にある住家のり災証明の申請を受けたとき|お住まいの区にかかわらず受け付ける。受付簿に記入し、申請書の写しを被災した住家の所在する区役所の福祉課へ当日中に回付する。申請者には、調査の日程は所在地の区役所から連絡があること、証明書の受け取り方法(郵送または窓口)を説明する(さんぷる)。|[countermanual]acceptingadisasterdamagecertificateapplicationforahouseinanotherward|acceptitwhicheverwardtheapplicantlivesin.enteritintheregisterandforwardacopyoftheapplicationthesamedaytothewelfaresectionofthewardofficewherethedamagedhouseis.telltheapplicantthatthatwardofficewillcontactthemaboutthesurveydateandhowtheywillreceivethecertificate(bymailoratacounter)(sample).|');
INSERT INTO faq_revision (faq_id, revision, question_ja, answer_ja, question_en, answer_en, author, created_at, approved_by, approved_at) SELECT MAX(id), 1, '【窓口マニュアル】他区にある住家のり災証明の申請を受けたとき', 'お住まいの区にかかわらず受け付ける。受付簿に記入し、申請書の写しを被災した住家の所在する区役所の福祉課へ当日中に回付する。申請者には、調査の日程は所在地の区役所から連絡があること、証明書の受け取り方法（郵送または窓口）を説明する（サンプル）。', '[Counter manual] Accepting a disaster damage certificate application for a house in another ward', 'Accept it whichever ward the applicant lives in. Enter it in the register and forward a copy of the application the same day to the welfare section of the ward office where the damaged house is. Tell the applicant that that ward office will contact them about the survey date and how they will receive the certificate (by mail or at a counter) (sample).', 'hq', '2026-10-01 09:00:00', 'hq', '2026-10-01 09:00:00' FROM faq;
INSERT INTO faq (procedure_code, audience, state, owner_section_code, published_revision, search_text) VALUES ('mynumber-kofu', 'STAFF', 'PUBLISHED', 'ward-administration', 1, '【窓口まにゅある】まいなんばーかーどを代理人に交付できる場合|本人が病気、身体の障がい、その他やむを得ない理由で来庁が難しい場合に限り、代理人に交付できる。交付通知書の委任欄と照会書兼回答書、本人の来庁が困難であることを証する書類(診断書、障害者手帳、施設の在所証明など)、本人と代理人の本人確認書類を確認する。暗証番号は本人が記入して封をした暗証番号設定依頼書で設定する(さんぷる)。|[countermanual]whenamynumbercardmaybehandedtoaproxy|onlywhenillness,disabilityoranotherunavoidablereasonmakesithardfortheholdertocome.checktheproxysectionofthenotice,theinquiryandreplyform,adocumentshowingwhytheholdercannotcome(medicalcertificate,disabilitycertificate,proofofresidenceinacarefacility,etc.),andidentitydocumentsofboththeholderandtheproxy.setthepinsfromthepinrequestformtheholderfilledinandsealed(sample).|');
INSERT INTO faq_revision (faq_id, revision, question_ja, answer_ja, question_en, answer_en, author, created_at, approved_by, approved_at) SELECT MAX(id), 1, '【窓口マニュアル】マイナンバーカードを代理人に交付できる場合', '本人が病気、身体の障がい、その他やむを得ない理由で来庁が難しい場合に限り、代理人に交付できる。交付通知書の委任欄と照会書兼回答書、本人の来庁が困難であることを証する書類（診断書、障害者手帳、施設の在所証明など）、本人と代理人の本人確認書類を確認する。暗証番号は本人が記入して封をした暗証番号設定依頼書で設定する（サンプル）。', '[Counter manual] When a My Number card may be handed to a proxy', 'Only when illness, disability or another unavoidable reason makes it hard for the holder to come. Check the proxy section of the notice, the inquiry and reply form, a document showing why the holder cannot come (medical certificate, disability certificate, proof of residence in a care facility, etc.), and identity documents of both the holder and the proxy. Set the PINs from the PIN request form the holder filled in and sealed (sample).', 'hq', '2026-10-01 09:00:00', 'hq', '2026-10-01 09:00:00' FROM faq;
INSERT INTO faq (procedure_code, audience, state, owner_section_code, published_revision, search_text) VALUES ('hoikusho', 'RESIDENT', 'DRAFT', 'childcare', NULL, '4月から保育所に入りたい場合、いつ申し込めばよいですか。|4月入所の一次申込みは、前年の秋(10月〜11月ごろ)に受け付けます。年度途中の入所は、入所を希望する月の前月の10日ごろが締切です。詳しい日程は毎年度の利用案内をご覧ください(さんぷる)。|whenshouldiapplyfornurseryschooladmissionfromapril?|thefirstroundforapriladmissionisacceptedintheautumnofthepreviousyear(aroundoctobertonovember).foradmissionduringtheyear,thedeadlineisaroundthe10thofthepreviousmonth.seeeachyear''sguidefortheexactdates(sample).|');
INSERT INTO faq_revision (faq_id, revision, question_ja, answer_ja, question_en, answer_en, author, created_at, approved_by, approved_at) SELECT MAX(id), 1, '4月から保育所に入りたい場合、いつ申し込めばよいですか。', '4月入所の一次申込みは、前年の秋（10月〜11月ごろ）に受け付けます。年度途中の入所は、入所を希望する月の前月の10日ごろが締切です。詳しい日程は毎年度の利用案内をご覧ください（サンプル）。', 'When should I apply for nursery school admission from April?', 'The first round for April admission is accepted in the autumn of the previous year (around October to November). For admission during the year, the deadline is around the 10th of the previous month. See each year''s guide for the exact dates (sample).', 'hq', '2026-10-05 10:00:00', NULL, NULL FROM faq;
INSERT INTO faq (procedure_code, audience, state, owner_section_code, published_revision, search_text) VALUES ('kotei-hyoka', 'RESIDENT', 'DRAFT', 'property-tax', NULL, '亡くなった親名義の土地の評価証明書を取りたいのですが、何が必要ですか。|相続人であることがわかる戸籍謄本など(亡くなった方との関係がわかるもの)と、請求する方の本人確認書類が必要です。相続人の代理人が請求する場合は、相続人からの委任状も必要です(さんぷる)。|whatdoineedtogetanassessedvaluecertificateforlandregisteredtomylateparent?|bringfamilyregistercertificatesshowingthatyouareanheir(yourrelationshiptothedeceased)andyouridentitydocument.aproxyforanheiralsoneedsaletterofattorneyfromtheheir(sample).|');
INSERT INTO faq_revision (faq_id, revision, question_ja, answer_ja, question_en, answer_en, author, created_at, approved_by, approved_at) SELECT MAX(id), 1, '亡くなった親名義の土地の評価証明書を取りたいのですが、何が必要ですか。', '相続人であることがわかる戸籍謄本など（亡くなった方との関係がわかるもの）と、請求する方の本人確認書類が必要です。相続人の代理人が請求する場合は、相続人からの委任状も必要です（サンプル）。', 'What do I need to get an assessed value certificate for land registered to my late parent?', 'Bring family register certificates showing that you are an heir (your relationship to the deceased) and your identity document. A proxy for an heir also needs a letter of attorney from the heir (sample).', 'hq', '2026-10-05 10:00:00', NULL, NULL FROM faq;
INSERT INTO faq (procedure_code, audience, state, owner_section_code, published_revision, search_text) VALUES ('mynumber-saikofu', 'RESIDENT', 'IN_REVIEW', 'ward-administration', NULL, 'まいなんばーかーどをなくしました。どうすればよいですか。|すぐにまいなんばー総合ふりーだいやるに連絡してかーどの一時停止をしてください。次に警察に遺失届を出し、受理番号を控えてから区役所で再交付を申請してください。再交付には手数料がかかります(さんぷる)。|ilostmymynumbercard.whatshouldido?|callthemynumbergeneraltoll-freelineatoncetosuspendthecard.thenreportthelosstothepolice,notethereportnumber,andapplyforanewcardatawardoffice.afeeappliestoreissue(sample).|');
INSERT INTO faq_revision (faq_id, revision, question_ja, answer_ja, question_en, answer_en, author, created_at, approved_by, approved_at) SELECT MAX(id), 1, 'マイナンバーカードをなくしました。どうすればよいですか。', 'すぐにマイナンバー総合フリーダイヤルに連絡してカードの一時停止をしてください。次に警察に遺失届を出し、受理番号を控えてから区役所で再交付を申請してください。再交付には手数料がかかります（サンプル）。', 'I lost my My Number card. What should I do?', 'Call the My Number general toll-free line at once to suspend the card. Then report the loss to the police, note the report number, and apply for a new card at a ward office. A fee applies to reissue (sample).', 'hq', '2026-10-05 10:00:00', NULL, NULL FROM faq;
