# nl: woorden van de e-mails (Project Fluent). Onderwerpen kort; een dossier heet ‘titel’ (dossiernummer).

## Gedeeld
mail-case = ‘{ $title }’ ({ $reference })
mail-label-reference = Dossiernummer
mail-label-entity = Entiteit
mail-label-stage = Fase
mail-label-filed_at = Ingediend op
mail-label-severity = Ernst
mail-label-cross_border = Grensoverschrijdend
mail-label-assistance = Bijstand
mail-label-received_at = Ontvangen op
mail-label-routed_to = Doorgestuurd naar
mail-deadlines = Termijnen:
mail-provisional = voorlopig
mail-to_be_determined = nog te bepalen
mail-open-case = Dossier openen
mail-no-content = Dit bericht bevat bewust geen inhoud van de melding.
mail-file-how = Dien het in via de API ({ $api }) of via uw persoonlijke opvolgingslink.
mail-also-below = Dit bericht volgt hieronder ook in: { $languages }.

## Aan een autoriteit: een melding
mail-notification-subject = { $stage } van { $entity }
mail-informed-tag = [ter informatie]
mail-notification-filed = Er is een NIS2-melding ingediend.
mail-notification-filed-informed = Er is een NIS2-melding ingediend; u ontvangt een kopie ter informatie (mogelijk grensoverschrijdende gevolgen).
mail-stage-version = { $stage } (versie { $version })
mail-notification-workspace = De inhoud van de melding staat in de werkomgeving van de autoriteit:
mail-notification-open = Dossier openen in de werkomgeving van de autoriteit
mail-severity-unassessed = nog niet beoordeeld
mail-severity-very_large = zeer groot
mail-severity-large = groot
mail-severity-minor = gering
mail-severity-none = geen
mail-severity-unknown = onbekend
mail-cross_border-possible = mogelijk
mail-cross_border-not_indicated = niet aangegeven
mail-assistance-requested = GEVRAAGD
mail-assistance-not_requested = niet gevraagd
mail-aware_at-changed = Deze indiening wijzigt het tijdstip waarop de entiteit kennis kreeg (aware_at) van { $from } in { $to }.
mail-aware_at-reason = De termijnen zijn herberekend en de reeds ingediende fasen opnieuw beoordeeld; de reden van de entiteit staat op de dossierpagina.

## Aan de entiteit: de ontvangstbevestiging
mail-ack-subject = Ontvangen: uw { $stage }
mail-ack-received = Uw { $stage } over ‘{ $title }’ is ontvangen.
mail-ack-next = Uw volgende termijnen:
mail-ack-keep = Bewaar het dossiernummer: vermeld het in elk later verslag en bericht over dit incident.
mail-ack-link = Uw persoonlijke opvolgingslink (stuur hem niet door: wie hem heeft, kan dit dossier lezen en aanvullen):
mail-ack-use = Gebruik hem om de volgende verslagen in te dienen, uw termijnen te zien en concepten te bewaren.
mail-unrouted = nog geen autoriteit (de platformbeheerders zijn gewaarschuwd)

## Aan de beheerders: een melding zonder bestemming
mail-unrouted-subject = NIET DOORGESTUURD: melding van { $entity }
mail-unrouted-intro = Er is een melding aanvaard die bij geen enkele autoriteit in de routeringstabel past.
mail-unrouted-nobody = Nog niemand is ervan op de hoogte gebracht.
mail-unrouted-add = Voeg een routeringsregel toe voor deze combinatie en stuur het dossier door:

## Aan de entiteit: een termijn nadert
mail-reminder-subject = Herinnering: { $stage } uiterlijk { $due }
mail-reminder-due = De termijn voor uw { $stage } over { $case } verstrijkt op
mail-reminder-late = Kunt u de termijn niet halen, dien dan zo snel mogelijk in en vermeld de reden in late_reason.
mail-status-subject = Stand van zaken gevraagd: het eindverslag wacht op het einde van de afhandeling
mail-status-body = Het incident { $case } was nog gaande toen het eindverslag verschuldigd werd; het eindverslag is daarom verschuldigd één maand na het einde van de afhandeling.
mail-status-ask = Laat de autoriteit uiterlijk { $due } weten hoe het incident ervoor staat: dien een tussentijds verslag in met de actuele incident_status, en handled_at zodra de afhandeling is beëindigd.
mail-status-monthly = Dit is een maandelijkse herinnering, geen gemiste termijn.

## Aan een autoriteit: een termijn verstreken
mail-overdue-subject = TE LAAT: { $stage } van { $entity }
mail-overdue-body = In dossier { $case } is niet ingediend: { $stage }.
mail-overdue-due = De termijn verstreek op { $due }.

## Aan de entiteit: een autoriteit schreef
mail-update-from = { $what } van { $authority }
mail-update-body = Er is iets nieuws in uw dossier { $case }: { $update }.
mail-update-read = Lees het, en antwoord zo nodig, op uw persoonlijke opvolgingspagina:
mail-update-api = Voor uw veiligheid herhaalt deze e-mail de inhoud niet. API-clients lezen hem met { $api } (de lijst ‘messages’).

## Aan een autoriteit: een dossier is gewijzigd
mail-authority_update-body = Dossier { $case }: { $update }.
mail-authority_update-more = De reden en de termijnen die nu verschuldigd zijn, staan op de dossierpagina:

## Aan een autoriteit: een gedeeld pakket
mail-share-subject = { $sender } heeft incidentinformatie met u gedeeld
mail-share-dear = Geachte { $name },
mail-share-body = { $sender } heeft een pakket met incidentinformatie gedeeld met uw autoriteit ({ $tlp }; NIS2 art. 23, lid 6). Medewerkers van uw autoriteit kunnen het na aanmelding lezen op:
mail-share-api = Omwille van de vertrouwelijkheid herhaalt deze e-mail de inhoud niet. API-clients lezen hem met { $list } (de lijst) en { $one }.

## Aan de beheerders: het controlepunt van het auditlogboek
mail-audit-subject = Auditcontrolepunt { $at }: { $count ->
    [one] { $count } vermelding
   *[other] { $count } vermeldingen
}
mail-audit-body = Het auditlogboek van de meldingsdienst bevatte op { $at } { $count ->
    [one] { $count } vermelding
   *[other] { $count } vermeldingen
}.
mail-audit-keep = Dit is het ondertekende controlepunt ervan. Bewaar deze e-mail: het is de kopie van de stand van het logboek die de server niet kan wijzigen.
mail-audit-verify = Om het logboek ermee te controleren, slaat u de regel hierboven op in een bestand en voert u uit:
mail-ack-received-unconfirmed = Er is een melding ontvangen die dit adres als contact opgeeft ({ $stage }).
mail-ack-unconfirmed-note = Deze e-mail herhaalt niets van wat in de melding is ingevuld totdat dit adres is bevestigd: de opvolgingslink hieronder één keer openen bevestigt het. Hebt u deze melding niet ingediend, dan kunt u deze e-mail negeren.
mail-label-filed_for = Ingediend voor

# A sibling regime's stage (spec §7)
mail-stage-of-regime = { $stage } ({ $regime })
