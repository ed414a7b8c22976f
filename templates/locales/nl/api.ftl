# nl: api words (Project Fluent).
# Veldfouten: het domein noemt ze bij deze id's. Codes en veldnamen in de plaatshouders
# worden nooit vertaald.

## Elk veld

api-field-required = is verplicht
api-field-required-with = is verplicht wanneer { $other } is opgegeven
api-field-control-characters = mag geen stuurtekens bevatten
api-field-control-tabs = mag geen stuurtekens (zoals tabs) bevatten
api-field-bidi-override = mag geen bidirectionele stuurtekens (U+202A–U+202E, U+2066–U+2069) bevatten: daardoor kan tekst anders lezen dan hij luidt
api-field-single-line = moet op één regel staan: regeleinden zijn niet toegestaan
api-field-too-short = moet ten minste { $min } { $min ->
        [one] teken
       *[other] tekens
    } lang zijn ({ $len } ontvangen)
api-field-too-long = mag ten hoogste { $max } { $max ->
        [one] teken
       *[other] tekens
    } lang zijn ({ $len } ontvangen)
api-field-boolean = moet true of false zijn
api-field-count = moet een geheel getal van 0 of meer zijn
api-field-euros = moet een bedrag in euro ≥ 0 zijn met ten hoogste 2 decimalen, bv. 125000.50
api-field-datetime = moet een tijdstip in RFC 3339-vorm zijn, bv. 2026-03-01T08:30:00Z
api-field-needs-offset = heeft een tijdzoneverschil nodig, bv. 2026-03-01T08:30:00+01:00 of …Z
api-field-before-1970 = mag niet vóór 1970 liggen
api-field-future = moet in de toekomst liggen
api-field-uuid = moet een UUID zijn
api-field-one-of = moet een van deze waarden zijn: { $codes }
api-field-one-code = moet ten minste één waarde noemen: { $codes }
api-field-one-entry = moet ten minste één item noemen
api-field-one-service = moet ten minste één getroffen dienst noemen
api-field-one-member-state = moet ten minste één lidstaat noemen
api-field-list-max = mag ten hoogste { $max } items bevatten
api-field-needs = vereist { $other }
api-field-not-after = mag niet na { $other } liggen
api-field-after-submission = mag niet na het tijdstip van indiening liggen (120 s klokverschil wordt getolereerd)
api-field-not-before = mag niet vóór { $other } liggen
api-field-not-exceed = mag { $other } niet overschrijden
api-json-type = moet { $want ->
        [boolean] true of false
        [number] een geheel getal
        [number-or-unknown] een geheel getal of "unknown"
        [string] een tekenreeks
        [strings] een lijst van tekenreeksen
        [objects] een lijst van objecten
        [list] een lijst
        [object] een object
       *[other] { $want }
    } zijn, niet { $got ->
        [null] null
        [boolean] een booleaanse waarde
        [number] een getal
        [string] een tekenreeks
        [list] een lijst
        [object] een object
       *[other] { $got }
    }

## Waarden van een soort

api-email = moet een e-mailadres zijn zoals soc@example.com
api-phone = moet een internationaal telefoonnummer zijn zoals +352 123 45678
api-member-state = moet de code van een EU-lidstaat zijn, zoals LU, DE of EL
api-member-state-efta = { $code } is een EER-EVA-staat; NIS2 is daar pas van toepassing als de richtlijn in de EER-Overeenkomst is opgenomen
api-lei-shape = moet 20 tekens lang zijn: 18 letters of cijfers, dan 2 controlecijfers
api-lei-check-digits = heeft onjuiste controlecijfers (ISO 7064 mod 97-10); controleer op een tikfout
api-rsit-class = moet een RSIT-klasse zijn: { $codes }
api-rsit-type = moet een type van klasse { $class } zijn: { $codes }
api-item-service = mag ten hoogste 200 tekens tekst bevatten
api-item-criterion = moet een criteriumcode zijn zoals ir_a3_a
api-item-cve = moet een CVE-id zijn zoals CVE-2024-12345
api-item-attack-technique = moet een MITRE ATT&CK-id zijn zoals T1486 of T1059.001
api-ioc-invalid = is { $kind ->
        [ipv4] geen geldig IPv4-adres
        [ipv6] geen geldig IPv6-adres
        [cidr] geen geldig CIDR-blok zoals 192.0.2.0/24
        [domain] geen geldige domeinnaam
        [url] geen geldige absolute URL zoals https://example.com/path
        [email] geen geldig e-mailadres
        [md5] geen geldige MD5-hash (32 hexadecimale cijfers)
        [sha1] geen geldige SHA-1-hash (40 hexadecimale cijfers)
        [sha256] geen geldige SHA-256-hash (64 hexadecimale cijfers)
        [file_name] geen geldige bestandsnaam
        [asn] geen geldig AS-nummer zoals AS64496
        [cve] geen geldig CVE-id zoals CVE-2024-12345
       *[other] geen geldige waarde (1 tot 2000 tekens)
    }

## De entiteit

api-entity-type-of-sector = is geen entiteitstype van sector { $sector }; verwacht een van: { $codes }
api-subsector-none = sector { $sector } heeft geen deelsectoren; laat dit veld leeg
api-subsector-required = is verplicht voor { $type }; een van: { $codes }
api-main-establishment = is verplicht voor dit entiteitstype (NIS2 art. 26, lid 1, punt b)): de lidstaat waar de beslissingen over de maatregelen voor het beheer van cyberbeveiligingsrisico's hoofdzakelijk worden genomen
api-services-provided = is verplicht voor aanbieders van openbare elektronische communicatienetwerken of -diensten (NIS2 art. 26, lid 1, punt a)): elke lidstaat waar de diensten worden verleend

## Meldingen

api-report-language = moet een EU-taalcode zijn: { $codes }
api-report-aware-before-nis2 = mag niet vóór 2024-10-18T00:00:00Z liggen: de meldingsplichten van NIS2 gelden vanaf 18 oktober 2024 (art. 41)
api-report-aware-changed = wijkt af van de aware_at van het dossier ({ $old }): om die te wijzigen, geef de reden op in aware_at_change_reason (ten minste 10 tekens); laat aware_at anders weg
api-report-aware-reason-unchanged = hoort alleen bij een gewijzigde aware_at; deze indiening behoudt die van het dossier ({ $old })
api-report-aware-reason-first = hoort alleen bij een latere indiening die de aware_at van het dossier wijzigt
api-report-trust-services-only = geldt alleen voor verleners van vertrouwensdiensten (art. 23, lid 4, tweede alinea); laat dit veld weg
api-report-progress-resolved = een voortgangsverslag gaat over een incident dat nog loopt; dien in plaats daarvan het eindverslag in
api-report-final-resolved = moet voor een eindverslag "resolved" zijn; zolang het incident loopt, dient u een voortgangsverslag in
api-report-severity-known = moet in het eindverslag bekend zijn
api-report-users-number = moet in het eindverslag een getal zijn
api-report-outage-start = is verplicht wanneer de dienst getroffen was (of geef outage_duration_min op als de tijdstippen onbekend zijn)
api-report-late-reason = deze fase wordt na haar termijn ingediend: geef de reden op (ten minste 10 tekens)
api-report-cross-border-ms = is verplicht wanneer grensoverschrijdende gevolgen mogelijk zijn
api-report-spread-ms = is verplicht wanneer de verspreiding multi_ms of global is
api-report-timeline-order = de gebeurtenissen moeten in chronologische volgorde staan
api-supersedes-earlier = moet een eerdere indiening van de fase ‘{ $stage }’ van dit dossier zijn
api-voluntary-no-stage = een vrijwillige melding (art. 30) heeft geen fasen: laat stage weg, of laat kind weg om een verplichte melding in te dienen
api-voluntary-no-aware-at = een vrijwillige melding heeft geen kennisnametermijn: geef in plaats daarvan observed_at op

## Deelpakketten

api-package-unknown-authority = { $value } is geen autoriteit uit de routeringstabel
api-package-own-authority = uw eigen autoriteit ziet het dossier al
api-package-no-recipient = noem ten minste één autoriteit om mee te delen
api-package-unknown-field = { $value } is geen veld dat gedeeld kan worden
api-package-identity = { $field } noemt de entiteit: zet redact_identity op false om het te delen
api-package-no-field = kies ten minste één veld: standaard wordt niets gedeeld
api-package-tlp = moet een van deze waarden zijn: { $codes }

## Probleemdocumenten (RFC 9457): titels per status, details

api-title-bad-request = Ongeldig verzoek
api-title-unauthorized = Niet geauthenticeerd
api-title-forbidden = Verboden
api-title-not-found = Niet gevonden
api-title-request-timeout = Time-out van het verzoek
api-title-conflict = Conflict met de huidige toestand
api-title-payload-too-large = Verzoek te groot
api-title-unsupported-media-type = Niet-ondersteund mediatype
api-title-unprocessable = Ongeldige invoer
api-title-too-many-requests = Te veel verzoeken
api-title-internal = Interne serverfout
api-title-unavailable = Dienst niet beschikbaar
api-detail-invalid-fields = { $count ->
        [one] { $count } veld is ongeldig; zie errors
       *[other] { $count } velden zijn ongeldig; zie errors
    }
api-detail-unauthorized = ontbrekende of ongeldige inloggegevens
api-detail-not-found = niet gevonden
api-detail-too-large = de inhoud van het verzoek is groter dan { $bytes } bytes
api-detail-too-many = te veel verzoeken; probeer het over { $seconds } s opnieuw
api-detail-timeout = de inhoud van het verzoek is niet binnen { $seconds } s aangekomen; stuur het opnieuw, in één keer
api-detail-unavailable = de dienst is tijdelijk niet beschikbaar; probeer het zo dadelijk opnieuw
api-detail-unexpected = er is een onverwachte fout opgetreden; die is vastgelegd

## De foutpagina

api-page-not-found = Pagina niet gevonden
api-page-not-found-text = Deze link is niet geldig. Als het een vervolglink is, kopieer hem dan opnieuw uit de ontvangstbevestiging per e-mail of van de bevestigingspagina.
api-page-unavailable = Tijdelijk niet beschikbaar
api-page-unavailable-text = De dienst kan op dit moment geen meldingen opslaan. Er is niets opgeslagen; ga terug en verstuur het formulier over een minuut opnieuw.
api-page-unexpected = Er is iets misgegaan
api-page-unexpected-text = Er is een onverwachte fout opgetreden en die is vastgelegd. Er is niets opgeslagen; ga terug en probeer het opnieuw.
api-page-back = Terug naar de startpagina

# Regelingen en draden (spec §7)
api-thread-needs-before = de fase ‘{ $stage }’ in deze draad vereist eerst de fase ‘{ $before }’
api-thread-early-warning-after-notification = de { $regime }-melding is al ingediend: een vroegtijdige waarschuwing is niet meer verschuldigd
api-thread-not-a-stage = is geen fase van { $regime }; de fasen zijn: { $stages }
api-thread-request-cra-only = een tussentijds verslag wordt gevraagd voor een CRA-draad (cra_vulnerability of cra_incident, CRA art. 14, lid 6); laat het weg voor het NIS2-verslag
api-thread-decision = moet confirm of decline zijn
api-regime-dora-lex-specialis = een { $entity_type } is een financiële entiteit onder DORA (Verordening 2022/2554 art. 2, lid 1), die de meldplicht van NIS2 vervangt (NIS2 art. 4): dien regeling "dora" in (initial_notification, intermediate_report, final_report)
api-regime-dora-only = DORA geldt alleen voor financiële entiteiten (art. 2, lid 1); een { $entity_type } meldt onder NIS2
api-regime-cannot-join = een { $regime }-draad kan niet worden toegevoegd aan een dossier met hoofdregeling { $primary }; open een nieuw dossier
api-answers-twice = noemt dezelfde regeling en fase twee keer
api-item-product-id = moet een package-URL (pkg:type/naam@versie) of een CPE-naam (cpe:2.3:…) zijn
api-field-cvss = moet een CVSS-vector zijn, zoals CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H
api-regime-dora-lei = DORA-verslagen noemen de financiële entiteit bij haar identificatiecode voor juridische entiteiten: voeg eerst de LEI toe aan het profiel van de entiteit
## Weigeringen van behandelstappen, koppelingen en pakketten

api-act-observer = waarnemers kunnen dossiers lezen, maar er niet op handelen
api-act-not-in-charge = uw autoriteit ontvangt dit dossier als { $role ->
        [spoc] centraal contactpunt
        [law_enforcement] rechtshandhavingsinstantie
        [enisa] ENISA
        [cer_authority] CER-autoriteit
       *[other] { $role }
    }: zij wordt over de melding geïnformeerd (NIS2 art. 23, lid 1); feedback, verzoeken, beoordeling, afsluiting en vrijstellingen zijn voor het CSIRT of de bevoegde autoriteit
api-act-informed-copy = dit dossier is ter informatie aan uw autoriteit doorgestuurd; de verantwoordelijke autoriteiten behandelen het
api-case-changed = het dossier is intussen gewijzigd; laad het opnieuw en probeer het nog eens
api-act-not-a-submission = is geen indiening van dit dossier
api-act-not-your-user = is geen gebruiker van uw autoriteit
api-act-incomplete = is onvolledig
api-act-submission-id = moet de id van een indiening zijn
api-act-say-revision = geef aan wat herzien moet worden
api-act-user-id = moet een gebruikers-id zijn
api-close-no-withdraw = alleen de entiteit kan haar melding intrekken; moet een van deze waarden zijn: { $codes }
api-close-duplicate-required = is verplicht: het dossiernummer van het dossier waarvan dit een duplicaat is
api-close-reference = moet een dossiernummer zijn zoals LU-2026-000042
api-close-not-duplicate = alleen een afsluiting als duplicaat noemt een ander dossier
api-close-self = noemt dit dossier zelf; geef het dossiernummer van het andere dossier
api-close-not-routed = er is geen dossier met dit dossiernummer naar uw autoriteit gestuurd
api-close-other-entity = noemt het dossier van een andere entiteit; een duplicaat betreft de melding van dezelfde entiteit
api-close-target-ended = noemt een dossier dat { $state ->
        [closed] afgesloten
        [withdrawn] ingetrokken
       *[other] { $state }
    } is; de entiteit ervan kan daar niets meer indienen
api-package-observer-share = waarnemers kunnen dossiers lezen, maar niet delen
api-package-observer-revoke = waarnemers kunnen dossiers lezen, maar geen pakketten intrekken
api-package-revoked = het pakket is al ingetrokken
api-link-not-in-charge = alleen medewerkers van een autoriteit die het dossier behandelt, kunnen het aan een entiteit koppelen
api-link-required = is verplicht: de id van een geregistreerde entiteit
api-link-uuid = moet de id van een entiteit zijn (een UUID)
api-link-none = noemt geen entiteit
api-link-web-entity = noemt een organisatie die in het openbare formulier is ingevuld; koppel het dossier aan een geregistreerde entiteit
api-link-same = het dossier hoort al bij deze entiteit
api-link-registered = het dossier is ingediend door een geregistreerde entiteit; alleen indieningen via het openbare formulier kunnen worden gekoppeld
api-link-jurisdiction = noemt een entiteit buiten de bevoegdheid van { $state } (NIS2 art. 26); koppel het dossier aan een van haar entiteiten
api-draft-too-long = is te lang om in een concept te bewaren: het concept beslaat { $held } KB, ten hoogste { $max } KB kan worden opgeslagen; maak dit veld korter en sla opnieuw op
api-admin-only-users = alleen beheerders beheren gebruikers
api-admin-only-tokens = alleen beheerders beheren API-tokens
api-regime-not-yet = de { $regime }-meldplicht geldt voor incidenten waarvan de entiteit vanaf { $date } kennis kreeg
api-queue-unknown = onbekende { $what } ‘{ $value }’
api-unknown-role = onbekende rol
api-form-unreadable = het formulier kon niet worden gelezen
api-form-expired = Het formulier is verlopen of komt niet van deze site; laad de pagina opnieuw en probeer het nog eens.
api-enisa-not-spoc = de samenvatting voor ENISA (NIS2 art. 23, lid 9) wordt per lidstaat eenmaal opgesteld door het centraal contactpunt (routeringsrol spoc); { $authority } is dat niet
api-enisa-not-spoc-of = { $authority } is niet het centraal contactpunt van { $state }
api-enisa-which-state = member_state: noem de lidstaat die moet worden samengevat (dit centraal contactpunt bedient er meerdere)
api-enisa-quarter = het kwartaal moet de vorm 2026-Q4 hebben
api-enisa-quarter-ahead = dat kwartaal is nog niet begonnen

## Weigeringen van de toestandsmachine van het dossier (spec §1.5) en van het verzoek zelf

api-case-ended-state = het dossier is in de toestand ‘{ $case_state }’; er kunnen geen verdere verslagen worden ingediend
api-case-starts-with = een dossier begint met een vroegtijdige waarschuwing of een incidentmelding
api-stage-needs-notification = de fase ‘{ $stage }’ vereist eerst de incidentmelding
api-stage-too-late = de fase ‘{ $stage }’ kan niet meer worden ingediend zodra het dossier in de toestand ‘{ $case_state }’ is
api-ended-duplicate = dit dossier is afgesloten als duplicaat van { $other }; dien verdere verslagen in bij dossier { $other }
api-ended-withdrawn = dit dossier is ingetrokken; er kunnen geen verdere verslagen worden ingediend, tenzij de autoriteit het heropent
api-ended-not-significant = de autoriteit heeft dit dossier afgesloten als niet significant ({ $reason }); er zijn geen verdere verslagen verschuldigd
api-ended-closed = het dossier is afgesloten; er kunnen geen verdere verslagen worden ingediend
api-kind-voluntary-case = dit dossier is een vrijwillige melding ({ $kind }, art. 30): het aanvaardt alleen verdere vrijwillige meldingen; open een nieuw dossier voor een verplichte melding
api-kind-mandatory-case = dit dossier is een verplichte melding: laat kind weg; open een nieuw dossier voor een vrijwillige melding
api-close-already = het dossier is al in de toestand ‘{ $case_state }’
api-close-withdraw-entity-only = alleen de entiteit kan haar melding intrekken
api-close-accept-before-final = een dossier kan pas worden aanvaard en afgesloten als het eindverslag binnen is; het is in de toestand ‘{ $case_state }’ en de entiteit is nog verschuldigd: { $owed }. Sluit het af als niet significant of als duplicaat, of wacht op het eindverslag
api-close-accept-owed = de entiteit is nog verschuldigd: { $owed }; verleen vrijstelling of wacht erop voordat u aanvaardt
api-withdraw-after-final = het eindverslag is binnen; het dossier kan niet meer worden ingetrokken (schrijf in plaats daarvan aan de autoriteit)
api-withdraw-nothing-filed = er is nog niets ingediend, dus er valt niets in te trekken
api-withdraw-ended = het dossier is in de toestand ‘{ $case_state }’; het kan niet meer worden ingetrokken
api-waive-ended = het dossier is in de toestand ‘{ $case_state }’; er is niets verschuldigd
api-waive-not-owed = de fase ‘{ $stage }’ is in de toestand ‘{ $deadline_status }’; alleen voor een openstaande of achterstallige fase kan vrijstelling worden verleend
api-waive-no-stage = voor dit dossier staat geen fase ‘{ $stage }’ open
api-reopen-open = het dossier is in de toestand ‘{ $case_state }’; alleen een afgesloten of ingetrokken dossier kan worden heropend
api-reopen-unknown-state = de toestand vóór de afsluiting is onbekend
api-thread-ended = de { $regime }-draad is beëindigd ({ $how }); er kan niets meer in worden ingediend
api-thread-none = dit dossier heeft geen { $regime }-draad
api-thread-not-proposed = de { $regime }-draad is in de toestand ‘{ $thread_status }’, niet ‘voorgesteld’
api-request-case-state = voor een dossier in de toestand ‘{ $case_state }’ kunnen geen verslagen worden gevraagd
api-request-due-future = de termijn moet in de toekomst liggen
api-request-cra-thread = tussentijdse verslagen worden gevraagd voor een cra_vulnerability- of cra_incident-draad (CRA art. 14, lid 6), niet voor { $regime }
api-request-thread-ended = de { $regime }-draad is beëindigd; er kan niets meer in worden gevraagd
api-request-coordinator-only = alleen het coördinerende CSIRT vraagt tussentijdse verslagen in de { $regime }-draad (CRA art. 14, lid 6)
api-dissemination-observer = waarnemers kunnen dossiers lezen, maar niet over de verspreiding beslissen
api-dissemination-coordinator-only = alleen het coördinerende CSIRT van een CRA-melding verspreidt deze
api-filing-no-thread = de indiening beantwoordde geen draad
api-concurrent-change = een gelijktijdige wijziging is eerst verwerkt; verstuur het verzoek opnieuw
api-idempotency-key = Idempotency-Key moet 1 tot 200 zichtbare ASCII-tekens lang zijn
api-idempotency-reused = deze Idempotency-Key is al gebruikt voor een ander verzoek
api-list-limit = limit moet tussen 1 en 100 liggen
api-list-cursor = cursor is geen waarde die deze API heeft teruggegeven
api-enisa-member-state = member_state moet de code van een EU-lidstaat zijn, zoals LU, DE of EL
api-bad-query = de querystring kon niet worden gelezen; controleer elke parameter (limit: een geheel getal van 1 tot 100; cursor: een waarde die deze API heeft teruggegeven)
api-send-json = verstuur de inhoud met Content-Type: application/json
api-body-unreadable = de inhoud van het verzoek kon niet worden gelezen: { $error }
api-body-utf8 = de inhoud is geen geldige UTF-8 (byte { $byte })
api-body-json = onjuist gevormde JSON (regel { $line }, kolom { $column })
api-token-revoked = dit autoriteitstoken is ingetrokken op { $when }; vraag de beheerder van uw autoriteit om een nieuw token
api-token-expired = dit autoriteitstoken is verlopen op { $when }; vraag de beheerder van uw autoriteit om een nieuw token
api-token-expired-unknown = dit autoriteitstoken is verlopen; vraag de beheerder van uw autoriteit om een nieuw token
api-field-unknown = is geen veld van dit verzoek; de API-beschrijving (/api/v1/openapi.json) noemt de toegestane velden
