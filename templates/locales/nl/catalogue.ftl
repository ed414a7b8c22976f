# Converted from the TOML catalogue: ids are <section>-<key> (a "." in a key becomes "-").

## stage
stage-early_warning = vroegtijdige waarschuwing
stage-incident_notification = incidentmelding
stage-intermediate_report = tussentijds verslag
stage-progress_report = voortgangsverslag
stage-final_report = eindverslag

## deadline_status
deadline_status-not_due = nog niet verschuldigd
deadline_status-pending = in afwachting
deadline_status-submitted_on_time = tijdig ingediend
deadline_status-submitted_late = te laat ingediend
deadline_status-overdue = TERMIJN VERSTREKEN
deadline_status-not_applicable = niet van toepassing
deadline_status-waived = vrijgesteld
deadline_status-awaiting_handling = wacht op het einde van de afhandeling (daarna binnen een maand verschuldigd; maandelijks wordt een stand van zaken gevraagd)

## phrase
phrase-informed_sentence = {" "}en wordt u ter informatie toegezonden (mogelijk grensoverschrijdend effect)
phrase-informed_tag = {" "}[ter informatie]
phrase-provisional = voorlopig
phrase-unrouted = nog geen autoriteit (de beheerders van het platform zijn gewaarschuwd)
phrase-to_be_determined = nog te bepalen
phrase-tz_default = Tijdzone van mijn lidstaat
phrase-required_if_default = In sommige gevallen verplicht; het verslag zegt bij het verzenden welke.
phrase-aware_at_changed_from = Deze indiening wijzigt het tijdstip waarop de entiteit kennis kreeg (aware_at) van
phrase-to = naar
phrase-reason_given = De termijnen zijn herberekend en de reeds ingediende fasen opnieuw beoordeeld; de reden van de entiteit staat op de dossierpagina.
phrase-non_eu = Niet gevestigd in de EU

## page
page-new_report = Een incident melden
page-intro_early_warning = De vroegtijdige waarschuwing moet binnen 24 uur nadat u kennis kreeg van een significant incident worden ingediend. Vermeld wat u nu weet; details volgen in de incidentmelding.
page-intro_incident_notification = De incidentmelding moet binnen 72 uur na kennisname worden ingediend (24 uur voor verleners van vertrouwensdiensten). Dient u haar eerst in, dan geldt ze ook als vroegtijdige waarschuwing.
page-intro_intermediate_report = Een tussentijds verslag beantwoordt een verzoek van de autoriteit, of werkt het dossier bij wanneer u nieuws heeft.
page-intro_progress_report = Een voortgangsverslag is verschuldigd een maand na de incidentmelding als het incident dan nog aan de gang is. Tot dat moment blijft het eindverslag verschuldigd; een voortgangsverslag voldoet alleen aan die termijn als het incident bij het verstrijken ervan nog aan de gang is.
page-intro_final_report = Het eindverslag is verschuldigd een maand na de incidentmelding; was het incident op dat moment nog aan de gang, dan is het verschuldigd een maand na het einde van de afhandeling.
page-switch_to_incident_notification = Weet u al meer? Dien dan de volledige incidentmelding in
page-switch_to_early_warning = Voorlopig alleen het essentiële? Dien dan een vroegtijdige waarschuwing in
page-voluntary_notification = Vrijwillige melding
page-intro_voluntary = Informeer de autoriteit over een incident, een cyberdreiging of een bijna-incident dat u niet hoeft te melden (art. 30 NIS2). Ook organisaties buiten het toepassingsgebied van NIS2 mogen melden. Er is geen termijn; vrijwillige meldingen worden na verplichte meldingen behandeld.
page-switch_to_mandatory = Verplicht een significant incident te melden? Dien dan een vroegtijdige waarschuwing in
page-draft_saved = Concept opgeslagen. Het is niet naar de autoriteit verzonden. Bewaar de privélink hieronder om later verder te gaan.
page-draft_saved_case = Concept opgeslagen. Het is niet naar de autoriteit verzonden; het blijft hier, bereikbaar via uw opvolgingslink.
page-draft_quota = Uw netwerk bewaart al { $limit } onafgewerkte concepten, het maximum voor één adres. Er is niets opgeslagen: dien er een in, of verzend dit verslag nu; concepten worden { $days } dagen na de laatste keer opslaan verwijderd.
page-draft_resumed = Dit is uw opgeslagen concept. Het is nog niet verzonden.
page-correction = corrigeren of bijwerken
page-back_to_case = Terug naar het dossier
page-late_notice = De termijn voor dit verslag is verstreken. Dien het nu in en vermeld de reden bij "Reden voor te late indiening".

## section
section-entity = Uw organisatie
section-contact = Contactpersoon voor dit incident
section-jurisdiction = Jurisdictie en profiel
section-technical_contact = Technisch contact (optioneel)
section-timing = Wanneer
section-aware_change = Het tijdstip van kennisname wijzigen
section-incident = Het incident
section-support = Ondersteuning en andere meldingen
section-assessment = Eerste beoordeling
section-impact = Gevolgen
section-classification = Classificatie en indicatoren
section-response = Reactie
section-update = Update
section-progress = Voortgang
section-final = Definitieve beschrijving
section-cause = Grondoorzaak
section-final_response = Risicobeperkende maatregelen en grensoverschrijdend effect
section-filing = Over dit verslag

## section_hint
section_hint-aware_change = De termijnen van het dossier lopen vanaf het tijdstip van kennisname waarmee het werd geopend. Wijzig dat tijdstip hierboven en vermeld hier waarom; laat anders beide ongewijzigd.
section_hint-entity = Zoals geregistreerd. De sector en het type entiteit bepalen welke autoriteit het verslag ontvangt.
section_hint-contact = De autoriteit antwoordt naar dit adres; ook uw ontvangstbevestiging en uw privé-opvolgingslink worden ernaartoe gestuurd.
section_hint-impact = Geef uw beste huidige cijfers; u kunt ze later corrigeren.
section_hint-jurisdiction = Bepaalt de autoriteit van welke lidstaat het verslag ontvangt (art. 26 NIS2). Vul in wat op uw organisatie van toepassing is.

## label
label-legal_name = Statutaire naam
label-trade_name = Handelsnaam
label-entity_name = Naam van de entiteit
label-reference = Dossiernummer
label-cross_border_impact = Grensoverschrijdend effect
label-member_state = Lidstaat van vestiging
label-sector = Sector
label-subsector = Deelsector
label-entity_type = Type entiteit
label-entity_category = Categorie entiteit
label-registration_id = Registratienummer
label-registration_scheme = Soort registratie
label-contact_name = Contactpersoon
label-email = E-mailadres contactpersoon
label-phone = Telefoon contactpersoon
label-ms_main_establishment = Lidstaat van de hoofdvestiging
label-ms_services_provided = Lidstaten waar de diensten worden verleend
label-eu_representative_name = Vertegenwoordiger in de EU: naam
label-eu_representative_ms = Vertegenwoordiger in de EU: lidstaat
label-eu_representative_email = Vertegenwoordiger in de EU: e-mail
label-eu_representative_phone = Vertegenwoordiger in de EU: telefoon
label-technical_contact_name = Technisch contact: naam
label-technical_contact_role = Technisch contact: functie
label-technical_contact_email = Technisch contact: e-mail
label-technical_contact_phone = Technisch contact: telefoon
label-available_24x7 = 24 uur per dag, 7 dagen per week bereikbaar
label-annual_turnover_prev_fy_eur = Totale jaaromzet van het vorige boekjaar (EUR)
label-lei = Identificatiecode voor juridische entiteiten (LEI)
label-is_cer_critical_entity = Kritieke entiteit in de zin van de CER-richtlijn
label-stage = Soort verslag
label-kind = Soort vrijwillige melding
label-observed_at = Waargenomen op
label-threat_description = De dreiging
label-possible_impact = Mogelijke gevolgen
label-language = Taal van dit verslag
label-tlp = Verspreidingsbeperking (TLP)
label-entity_internal_ref = Uw interne referentie
label-supersedes_submission_id = Corrigeert indiening
label-late_reason = Reden voor te late indiening
label-aware_at = Kennis gekregen van het significante incident op
label-aware_at_change_reason = Reden voor het wijzigen van het tijdstip van kennisname
label-affects_trust_services = Heeft het incident gevolgen voor de verlening van uw vertrouwensdiensten?
label-detected_at = Ontdekt op
label-started_at = Incident begonnen op
label-awareness_basis = Hoe u er kennis van kreeg
label-tz = Tijdzone van de tijden hierboven
label-title = Korte titel
label-summary = Wat er gebeurd is
label-suspected_malicious = Vermoeden van onrechtmatige of kwaadwillige handeling?
label-cross_border_possible = Kan het andere lidstaten treffen?
label-cross_border_ms = Mogelijk getroffen lidstaten
label-affected_sectors = Andere getroffen sectoren
label-affected_services = Getroffen diensten
label-incident_status = Status van het incident
label-significance_basis = Vervulde criteria voor significantie
label-assistance_requested = Vraagt u het CSIRT om bijstand?
label-assistance_details = Benodigde bijstand
label-reported_to_law_enforcement = Gemeld bij rechtshandhavingsinstanties?
label-personal_data_involved = Persoonsgegevens betrokken?
label-initial_assessment = Eerste beoordeling
label-severity = Ernst
label-outlook = Vooruitzicht
label-impact_properties = Getroffen beveiligingseigenschappen
label-service_impact = Gevolgen voor de dienst
label-users_affected = Getroffen gebruikers
label-users_total_eu = Totaal aantal gebruikers in de EU
label-outage_start = Storing begonnen op
label-outage_end = Storing geëindigd op
label-outage_duration_min = Duur van de storing (minuten)
label-geo_spread = Geografische spreiding
label-financial_loss_eur = Financieel verlies (EUR)
label-financial_loss_confidence = Het verliesbedrag is
label-deaths = Dodelijke slachtoffers
label-health_damage = Aanzienlijke schade aan de gezondheid?
label-trade_secret_exfiltration = Bedrijfsgeheimen geëxfiltreerd?
label-incident_class = Incidentklasse (RSIT)
label-incident_type = Incidenttype (RSIT)
label-root_cause_category = Grondoorzaak
label-iocs = Indicatoren van aantasting
label-cve_ids = Uitgebuite kwetsbaarheden (CVE)
label-mitigation_taken = Tot nu toe genomen risicobeperkende maatregelen
label-service_recipients_informed = Afnemers van de diensten geïnformeerd?
label-service_recipients_informed_at = Afnemers geïnformeerd op
label-request_id = Antwoord op verzoek van de autoriteit
label-status_update = Stand van zaken
label-status_summary = Stand van de afhandeling
label-mitigation_applied = Toegepaste risicobeperkende maatregelen
label-mitigation_ongoing = Lopende risicobeperkende maatregelen
label-expected_resolution_at = Verwachte oplossing op
label-detailed_description = Gedetailleerde beschrijving
label-timeline = Tijdlijn
label-root_cause_unknown_reason = Waarom de grondoorzaak onbekend is
label-contributing_causes = Bijdragende oorzaken
label-root_cause_description = Soort dreiging of grondoorzaak
label-attack_techniques = Aanvalstechnieken (MITRE ATT&CK)
label-cross_border_impact-ms = Getroffen lidstaten
label-cross_border_impact-description = Grensoverschrijdend effect
label-handled_at = Afhandeling voltooid op
label-related_case_ids = Verwante dossiers
label-lessons_learned = Geleerde lessen

## hint
hint-observed_at = Wanneer u het incident, de dreiging of het bijna-incident waarnam. Een vrijwillige melding heeft geen termijn.
hint-ms_main_establishment = Waar de beslissingen over het beheer van cyberbeveiligingsrisico's voornamelijk worden genomen. Verplicht voor DNS, TLD, cloud, datacentra, CDN, aanbieders van beheerde (beveiligings)diensten, marktplaatsen, zoekmachines en sociale netwerken.
hint-ms_services_provided = Aanbieders van openbare elektronische communicatie: elke bediende lidstaat, gescheiden door komma's, bv. LU, DE, FR.
hint-eu_representative_name = Verplicht als de lidstaat van vestiging "Niet gevestigd in de EU" is.
hint-lei = 20 tekens; de laatste twee zijn controlecijfers.
hint-sector = Wordt uit het type entiteit afgeleid als u het leeg laat.
hint-email = Bijvoorbeeld security@example.eu
hint-phone = Internationaal formaat zonder spaties, bijvoorbeeld +35212345678
hint-aware_at = Wanneer u redelijke zekerheid had dat zich een significant incident had voorgedaan. Start de termijnen van 24 en 72 uur.
hint-aware_at_change_reason = Alleen als u het tijdstip hierboven wijzigt: vermeld waarom (minstens 10 tekens). De termijnen worden herberekend, ingediende fasen opnieuw beoordeeld en de autoriteit wordt ingelicht.
hint-affects_trust_services = Alleen verleners van vertrouwensdiensten. Zo ja, of als u het nog niet weet, moet de incidentmelding binnen 24 uur worden ingediend; zo nee, binnen 72 uur.
hint-summary = 20 tot 4.000 tekens: wat u ziet, welke systemen, wat u tot nu toe hebt gedaan.
hint-title = 5 tot 200 tekens.
hint-affected_services = Eén dienst per regel.
hint-cross_border_ms = Vink elke lidstaat aan die getroffen kan zijn.
hint-affected_sectors = Vink naast uw eigen sector elke sector aan die het incident treft (bijvoorbeeld een storing bij een leverancier die vervoer en gezondheidszorg raakt). Een sectoroverschrijdend incident wordt ook aan het centrale contactpunt gemeld.
hint-significance_basis = Criteriumcodes uit de significantiehulp, één per regel (optioneel).
hint-initial_assessment = Minstens 50 tekens: ernst en gevolgen zoals u ze nu inschat.
hint-users_affected = Een geheel getal, of onbekend.
hint-iocs = Eén per regel: type, waarde, optionele opmerking. Types: ipv4, ipv6, cidr, domain, url, email, md5, sha1, sha256, file_name, asn, cve, other. Voorbeeld: ipv4 192.0.2.1 C2-server
hint-cve_ids = Eén per regel, bijvoorbeeld CVE-2024-3400.
hint-attack_techniques = Eén per regel, bijvoorbeeld T1486.
hint-related_case_ids = Dossier-id's, één per regel.
hint-timeline = Eén gebeurtenis per regel: datum en tijd, een streepje, de gebeurtenis. Voorbeeld: 2026-03-01 08:30 – losgeldbericht gevonden
hint-detailed_description = Minstens 200 tekens.
hint-status_update = Minstens 20 tekens.
hint-financial_loss_eur = Euro, hoogstens twee decimalen, bv. 125000.50
hint-request_id = Ingevuld wanneer u een verzoek van de autoriteit beantwoordt.
hint-tlp = Standaard: amber.

## required_if
required_if-sector = Verplicht als het type entiteit de sector niet bepaalt.
required_if-subsector = Verplicht als het type entiteit de deelsector niet vastlegt (bv. fabrikanten).
required_if-late_reason = Verplicht als dit verslag na de termijn wordt ingediend.
required_if-affects_trust_services = Verplicht als u een verlener van vertrouwensdiensten bent: het bepaalt of de melding binnen 24 of 72 uur verschuldigd is.
required_if-ms_main_establishment = Verplicht als u digitale infrastructuur of digitale diensten levert (DNS, TLD-register, registratie van domeinnamen, cloud, datacentrum, CDN, beheerde (beveiligings)diensten, onlinemarktplaats, zoekmachine, sociaal netwerk): de lidstaat van uw hoofdvestiging bepaalt de autoriteit (art. 26, lid 1, punt b), NIS2).
required_if-ms_services_provided = Verplicht als u openbare elektronische communicatienetwerken of -diensten aanbiedt: elke lidstaat waar u ze aanbiedt (art. 26, lid 1, punt a), NIS2).
required_if-eu_representative_name = Verplicht als u niet in de EU gevestigd bent (art. 26, lid 3, NIS2).
required_if-eu_representative_ms = Verplicht als u niet in de EU gevestigd bent: de lidstaat van uw vertegenwoordiger bepaalt de autoriteit (art. 26, lid 3, NIS2).
required_if-eu_representative_email = Verplicht als u niet in de EU gevestigd bent (art. 26, lid 3, NIS2).
required_if-eu_representative_phone = Verplicht als u niet in de EU gevestigd bent (art. 26, lid 3, NIS2).
required_if-assistance_details = Verplicht als u om bijstand vraagt.
required_if-cross_border_ms = Verplicht als een grensoverschrijdend effect mogelijk is, of als het incident zich over meerdere lidstaten of wereldwijd uitbreidt.
required_if-users_affected = Verplicht als voor uw type entiteit drempels voor het aantal gebruikers gelden (cloudcomputing, CDN, beheerde diensten en beheerde beveiligingsdiensten, onlinemarktplaatsen, zoekmachines, sociale netwerken, vertrouwensdiensten); een getal in het eindverslag.
required_if-users_total_eu = Verplicht als voor uw type entiteit drempels voor het aantal gebruikers gelden (cloudcomputing, CDN, beheerde diensten en beheerde beveiligingsdiensten, onlinemarktplaatsen, zoekmachines, sociale netwerken, vertrouwensdiensten).
required_if-outage_start = Verplicht als de dienst getroffen was, tenzij u in plaats daarvan de duur van de storing opgeeft.
required_if-financial_loss_eur = Verplicht als u de betrouwbaarheid van het financiële verlies opgeeft.
required_if-incident_notification-incident_class = Verplicht als het incident vermoedelijk kwaadwillig is.
required_if-incident_notification-incident_type = Verplicht als het incident vermoedelijk kwaadwillig is; het moet tot de klasse behoren.
required_if-final_report-incident_class = Verplicht als de grondoorzaak een kwaadwillige handeling is.
required_if-final_report-incident_type = Verplicht als de grondoorzaak een kwaadwillige handeling is; het moet tot de klasse behoren.
required_if-root_cause_unknown_reason = Verplicht als de grondoorzaak onbekend is.
required_if-cross_border_impact-ms = Verplicht als in dit dossier een grensoverschrijdend effect mogelijk werd genoemd.
required_if-cross_border_impact-description = Verplicht als in dit dossier een grensoverschrijdend effect mogelijk werd genoemd.
required_if-request_id = Verplicht als dit verslag een verzoek van de autoriteit beantwoordt.

## code
code-csirt = CSIRT
code-spoc = centraal contactpunt
code-enisa = ENISA
code-cer_authority = CER-autoriteit
code-dpa = gegevensbeschermingsautoriteit
code-share_package = deelpakket
code-yes = ja
code-no = nee
code-unknown = onbekend
code-nemo = NEMO
code-dns_service_provider = aanbieder van DNS-diensten
code-tld_name_registry = register voor topleveldomeinnamen
code-cdn_provider = aanbieder van een netwerk voor de levering van inhoud
code-ict_service_management = beheer van ICT-diensten (business-to-business)
code-amber_strict = amber+strict
code-multi_ms = meerdere lidstaten
code-electricity_dso = distributiesysteembeheerder (elektriciteit)
code-electricity_tso = transmissiesysteembeheerder (elektriciteit)
code-gas_dso = distributiesysteembeheerder (gas)
code-gas_tso = transmissiesysteembeheerder (gas)
code-lei = LEI
code-vat = btw-nummer
code-euid = EUID

## member_state
member_state-AT = Oostenrijk
member_state-BE = België
member_state-BG = Bulgarije
member_state-HR = Kroatië
member_state-CY = Cyprus
member_state-CZ = Tsjechië
member_state-DK = Denemarken
member_state-EE = Estland
member_state-FI = Finland
member_state-FR = Frankrijk
member_state-DE = Duitsland
member_state-GR = Griekenland
member_state-HU = Hongarije
member_state-IE = Ierland
member_state-IT = Italië
member_state-LV = Letland
member_state-LT = Litouwen
member_state-LU = Luxemburg
member_state-MT = Malta
member_state-NL = Nederland
member_state-PL = Polen
member_state-PT = Portugal
member_state-RO = Roemenië
member_state-SK = Slowakije
member_state-SI = Slovenië
member_state-ES = Spanje
member_state-SE = Zweden

## language
language-bg = Bulgaars
language-cs = Tsjechisch
language-da = Deens
language-de = Duits
language-el = Grieks
language-en = Engels
language-es = Spaans
language-et = Ests
language-fi = Fins
language-fr = Frans
language-ga = Iers
language-hr = Kroatisch
language-hu = Hongaars
language-it = Italiaans
language-lt = Litouws
language-lv = Lets
language-mt = Maltees
language-nl = Nederlands
language-pl = Pools
language-pt = Portugees
language-ro = Roemeens
language-sk = Slowaaks
language-sl = Sloveens
language-sv = Zweeds

## significance_section
significance_section-general = Alle sectoren: art. 23, lid 3, NIS2
significance_section-thresholds = Drempels van Uitvoeringsverordening (EU) 2024/2690 (digitale diensten)
significance_section-service = Dienstspecifieke drempels (DNS, TLD, cloud, datacentra, CDN, MSP/MSSP, platforms, vertrouwensdiensten)

## significance_section_hint
significance_section_hint-thresholds = Alleen gebruikt voor de soorten entiteiten waarop de verordening van toepassing is.

## significance
significance-entity_type = Type entiteit
significance-severe_disruption = Heeft het een ernstige operationele verstoring van uw diensten veroorzaakt, of kan het die veroorzaken?
significance-severe_financial_loss = Heeft het ernstige financiële verliezen voor uw organisatie veroorzaakt, of kan het die veroorzaken?
significance-damage_to_others = Heeft het anderen aanzienlijke materiële of immateriële schade berokkend, of kan het die berokkenen?
significance-financial_loss_eur = Directe financiële verliezen tot nu toe of verwacht (EUR)
significance-annual_turnover_eur = Totale jaaromzet in het vorige boekjaar (EUR)
significance-trade_secrets = Zijn er bedrijfsgeheimen geëxfiltreerd?
significance-death = Heeft het de dood van een persoon veroorzaakt, of kan het die veroorzaken?
significance-health_damage = Heeft het aanzienlijke schade aan de gezondheid van een persoon veroorzaakt, of kan het die veroorzaken?
significance-malicious_access = Was er geslaagde, vermoedelijk kwaadwillige, onbevoegde toegang die een ernstige operationele verstoring kan veroorzaken?
significance-recurring_count = Terugkerende incidenten: hoeveel incidenten met dezelfde kennelijke grondoorzaak waren er in de afgelopen zes maanden, dit incident inbegrepen?
significance-recurring_loss_eur = Terugkerende incidenten: hun gezamenlijke directe financiële verlies (EUR)
significance-unavailable_minutes = Volledige onbeschikbaarheid van de dienst (minuten)
significance-unavailable_scheduled = Was die onbeschikbaarheid een geplande onderbreking (gepland onderhoud binnen het aangekondigde tijdvenster)?
significance-limited_minutes = Beperkte beschikbaarheid of verminderde prestaties (minuten)
significance-limited_scheduled = Was die beperking een geplande onderbreking (gepland onderhoud binnen het aangekondigde tijdvenster)?
significance-weekly_unavailable_minutes = Vertrouwensdiensten: gecumuleerde onbeschikbaarheid in de kalenderweek (minuten)
significance-weekly_unavailable_scheduled = Was die wekelijkse onbeschikbaarheid gepland (gepland onderhoud)?
significance-slow_resolution = DNS/TLD: gemiddelde responstijd boven 10 seconden gedurende meer dan een uur?
significance-users_total_eu = Gebruikers in de EU (contractuele klanten en hun gebruikers)
significance-users_affected = Getroffen gebruikers
significance-data_compromised = Is de integriteit, vertrouwelijkheid of authenticiteit van opgeslagen, verzonden of verwerkte gegevens aangetast?
significance-malicious_compromise = Was die aantasting vermoedelijk kwaadwillig?
significance-dns_small_misconfiguration = DNS: alleen een verkeerde configuratie die minder dan 1.000 domeinnamen en hoogstens 1 % van de beheerde domeinnamen treft?
significance-physical_access = Datacentra en vertrouwensdiensten: is de fysieke toegang tot de gebouwen of een beveiligde zone aangetast?

## significance_hint
significance_hint-financial_loss_eur = De drempel is het laagste van 500.000 EUR en 5 % van de jaaromzet van het vorige jaar.
significance_hint-recurring_count = Uitvoeringsverordening 2024/2690, art. 4: ten minste twee incidenten met dezelfde kennelijke grondoorzaak binnen zes maanden die samen de financiële drempel overschrijden, gelden als één significant incident.
significance_hint-unavailable_scheduled = Een geplande onderbreking telt niet mee voor de beschikbaarheidsdrempels (art. 3, lid 2). Liep ze uit buiten haar tijdvenster, antwoord dan nee en tel alleen de minuten daarbuiten. Alles wat kwaadwillig of ongepland is in hetzelfde incident telt wel mee.
significance_hint-limited_scheduled = Zoals hierboven: alleen het geplande deel blijft buiten beschouwing.

## significance_verdict
significance_verdict-significant = significant
significance_verdict-not_significant = niet significant
significance_verdict-indeterminate = nog niet te bepalen

## significance_advice
significance_advice-significant = Meld het: de vroegtijdige waarschuwing moet binnen 24 uur na kennisname worden ingediend.
significance_advice-not_significant = Volgens uw antwoorden is het incident niet significant. U kunt het toch vrijwillig melden.
significance_advice-indeterminate = Uw antwoorden geven geen uitsluitsel. Meld bij twijfel: een vroegtijdige waarschuwing kost weinig, en als uw beoordeling later uitwijst dat het incident niet significant is, kunt u haar met opgave van reden intrekken op de opvolgingspagina van het dossier (of met POST /api/v1/incidents/{"{"}id{"}"}/withdrawal).

## criterion
criterion-art23_3_a = ernstige operationele verstoring of financiële verliezen voor de entiteit
criterion-art23_3_b = aanzienlijke schade voor andere personen
criterion-ir_a3_a = directe financiële verliezen boven het laagste van 500.000 EUR en 5 % van de omzet
criterion-ir_a3_b = exfiltratie van bedrijfsgeheimen
criterion-ir_a3_c = dood van een natuurlijke persoon
criterion-ir_a3_d = aanzienlijke schade aan de gezondheid van een natuurlijke persoon
criterion-ir_a3_e = vermoedelijk kwaadwillige onbevoegde toegang die een ernstige verstoring kan veroorzaken
criterion-ir_a4 = terugkerende incidenten die samen de financiële drempel bereiken
criterion-ir_a5 = drempel voor DNS-diensten (art. 5)
criterion-ir_a6 = drempel voor TLD-registers (art. 6)
criterion-ir_a7 = drempel voor cloudcomputing (art. 7)
criterion-ir_a8 = drempel voor datacentra (art. 8)
criterion-ir_a9 = drempel voor netwerken voor de levering van inhoud (art. 9)
criterion-ir_a10 = drempel voor aanbieders van beheerde (beveiligings)diensten (art. 10)
criterion-ir_a11 = drempel voor onlinemarktplaatsen (art. 11)
criterion-ir_a12 = drempel voor onlinezoekmachines (art. 12)
criterion-ir_a13 = drempel voor platforms voor socialenetwerkdiensten (art. 13)
criterion-ir_a14 = drempel voor vertrouwensdiensten (art. 14)

## event
event-feedback = feedback op uw verslag
event-message_to_reporter = een bericht
event-message_from_reporter = een bericht van de melder
event-note = interne notitie
event-intermediate_request = een verzoek om een tussentijds verslag
event-review = beoordeling
event-assignment = toewijzing
event-closed = het dossier werd gesloten
event-reopened = het dossier werd heropend
event-public_awareness = besluit over het informeren van het publiek
event-stage_waived = een fase die u niet meer hoeft in te dienen (vrijgesteld)
event-withdrawn = het verslag werd ingetrokken
event-withdrawn_by_entity = de entiteit heeft haar verslag ingetrokken

## closure_kind
closure_kind-accepted = aanvaard en gesloten
closure_kind-not_significant = gesloten als niet significant
closure_kind-duplicate = gesloten als duplicaat
closure_kind-withdrawn = ingetrokken door de entiteit
