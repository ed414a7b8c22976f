# nl: staff words (Project Fluent): the authority workspace.

## Frame and navigation
staff-workspace = Werkomgeving van de autoriteit
staff-skip = Naar de inhoud
staff-nav-label = Werkomgeving
staff-nav-queue = Werkvoorraad
staff-nav-packages = Met u gedeeld
staff-nav-users = Gebruikers
staff-nav-account = Uw account
staff-nav-totp = Tweestapsverificatie
staff-nav-tokens = API-tokens
staff-nav-password = Wachtwoord
staff-nav-sign-out = Afmelden
staff-languages-label = Taal
staff-role-admin = beheerder
staff-role-reviewer = behandelaar
staff-role-observer = waarnemer
staff-yes = ja
staff-no = nee
staff-nobody = niemand
staff-not-provided = niet opgegeven
staff-reporter = Melder
staff-error-heading = Er is een probleem
staff-error-prefix = Fout:

## Spans of time
staff-span-minutes = { $minutes } min
staff-span-hours = { $hours } u { $minutes } min
staff-span-days = { $days } d { $hours } u
staff-span-whole-days = { $days ->
    [one] { $days } dag
   *[other] { $days } dagen
}
staff-left = nog { $span }
staff-overdue-by = { $span } te laat
staff-due-in = { $stage }: over { $span }
staff-due-overdue = { $stage }: { $span } te laat

## Sign-in
staff-login-title = Aanmelden voor medewerkers
staff-login-totp-title = Verificatiecode
staff-login-intro = Voor medewerkers van de autoriteiten die incidentmeldingen ontvangen.
staff-login-password = Wachtwoord
staff-login-send = Aanmelden
staff-login-code = Code uit uw authenticator-app
staff-login-code-hint = 6 cijfers; of een van uw herstelcodes.
staff-login-verify = Controleren
staff-login-expired = Het formulier is verlopen; meld u opnieuw aan.
staff-login-bad-next = De pagina om naar terug te keren is geen geldig adres.
staff-login-rate = { $count ->
    [one] Te veel aanmeldpogingen vanaf uw adres; wacht { $count } seconde.
   *[other] Te veel aanmeldpogingen vanaf uw adres; wacht { $count } seconden.
}
staff-login-busy = Te veel gelijktijdige aanmeldingen; probeer het zo meteen opnieuw.
staff-login-wrong = Onjuist e-mailadres of wachtwoord.
staff-login-locked = Te veel mislukte aanmeldingen vanaf uw adres; probeer het opnieuw na { $time } UTC.
staff-login-code-invalid = Deze code is niet geldig. Voer de huidige 6-cijferige code uit uw app in, of een herstelcode.

## Account
staff-account-title = Uw account
staff-account-email = E-mailadres
staff-account-role = Rol
staff-account-authority = Autoriteit
staff-account-totp-on = aan
staff-account-totp-off = uit – nu instellen
staff-account-language = Taal
staff-account-language-hint = De pagina's, berichten en datums van de werkomgeving worden in deze taal getoond.
staff-account-language-invalid = Taal: kies English, Français, Deutsch of Nederlands.
staff-account-save = Opslaan
staff-account-saved = Opgeslagen. De werkomgeving gebruikt nu de gekozen taal.

## Two-factor enrolment
staff-totp-title = Aanmelden met tweestapsverificatie
staff-totp-on-title = Tweestapsverificatie staat aan
staff-totp-codes = Bewaar deze herstelcodes op een veilige plek. Elke code vervangt één keer een code uit uw app; ze worden niet opnieuw getoond.
staff-totp-continue = Verder naar de werkvoorraad
staff-totp-enabled = Tweestapsverificatie staat aan voor uw account. Een beheerder kan haar opnieuw instellen als u uw toestel verliest.
staff-totp-required = Uw autoriteit vereist tweestapsverificatie. Stel haar in om verder te gaan.
staff-totp-step-scan = Scan deze code met een authenticator-app (of typ de sleutel hieronder).
staff-totp-step-code = Voer de 6-cijferige code in die de app toont.
staff-totp-qr = QR-code voor uw authenticator-app
staff-totp-key = Sleutel:
staff-totp-code = Code uit de app
staff-totp-send = Tweestapsverificatie inschakelen
staff-totp-invalid = Deze code is niet geldig; voer de 6-cijferige code in die uw app nu toont.

## Queue
staff-queue-title = Werkvoorraad
staff-queue-cases = { $count ->
    [one] { $count } dossier
   *[other] { $count } dossiers
}
staff-queue-quick = Snelfilters
staff-quick-overdue = Te laat
staff-quick-due-24h = Binnen 24 u verschuldigd
staff-quick-feedback-owed = Feedback verschuldigd
staff-queue-filters = Filters
staff-queue-filters-active = Filters (actief)
staff-queue-filter-legend = De werkvoorraad filteren
staff-queue-search = Zoeken op dossiernummer, titel of entiteit
staff-queue-state = Status
staff-queue-any = alle
staff-queue-anyone = iedereen
staff-queue-me = ik
staff-queue-awaited = Verwachte fase
staff-queue-member-state = Lidstaat
staff-queue-sector = Sector
staff-queue-entity-type = Type entiteit (code)
staff-queue-severity = Ernst
staff-queue-regime = Regime (spoor)
staff-queue-significance = Criteria voor significantie opgegeven
staff-queue-review = Een indiening is
staff-queue-assignee = Behandelaar
staff-queue-sort = Sorteren
staff-queue-sort-urgent = dringendste termijn eerst
staff-queue-sort-newest = nieuwste eerst
staff-queue-sort-oldest = oudste eerst
staff-queue-sort-reference = dossiernummer
staff-queue-apply = Filters toepassen
staff-queue-clear = Wissen
staff-queue-export = Deze weergave exporteren:
staff-queue-enisa = ENISA-kwartaaloverzicht (CSV)
staff-queue-caption = Dossiers, pagina { $page } van { $pages }
staff-queue-empty = Geen dossier voldoet aan deze filters.
staff-tag-informed = ter informatie
staff-tag-feedback-owed = feedback verschuldigd
staff-tag-internal = intern
staff-pager-label = Pagina's
staff-pager-prev = Vorige pagina
staff-pager-next = Volgende pagina
staff-pager-page = Pagina { $page } van { $pages }

## Table headings
staff-col-reference = Dossiernummer
staff-col-incident = Incident
staff-col-entity = Entiteit
staff-col-state = Status
staff-col-next-deadline = Volgende termijn
staff-col-severity = Ernst
staff-col-assignee = Behandelaar
staff-col-report = Melding
staff-col-due = Verschuldigd
staff-col-status = Status
staff-col-time = Tijd
staff-col-mail = E-mail
staff-col-to = Aan
staff-col-attempts = Pogingen
staff-col-when = Wanneer
staff-col-who = Wie
staff-col-what = Wat
staff-col-shared = Gedeeld
staff-col-by = Door
staff-col-with = Met
staff-col-fields = Velden
staff-col-read = Gelezen
staff-col-from = Van
staff-col-package = Pakket
staff-col-change = Wijzigen

## Case page
staff-case-back = Terug naar de werkvoorraad
staff-case-export = Exporteren als JSON
staff-case-status = Meldingsstatus
staff-case-ending = Afloop
staff-case-routed = Doorgestuurd naar
staff-case-feedback = Eerste feedback
staff-case-assistance = Bijstand
staff-case-assistance-requested = De entiteit vraagt om bijstand.
staff-case-informed = Uw autoriteit ontving dit dossier ter informatie (mogelijke grensoverschrijdende gevolgen). De bevoegde autoriteiten behandelen het; u kunt interne notities toevoegen.
staff-case-entity = Entiteit en contactpersonen
staff-case-deadlines = Termijnen
staff-case-deadlines-caption = Termijnen en oordelen
staff-case-act = Dit dossier behandelen
staff-case-conversation = Gesprek en behandeling
staff-case-nothing-yet = Nog niets.
staff-case-submissions = Indieningen
staff-case-version = { $stage } – versie { $version }
staff-case-received = Ontvangen { $at } via { $by }
staff-case-late = te laat ingediend
staff-case-review = beoordeling: { $review }
staff-case-changed = Gewijzigd sinds de vorige versie:
staff-case-mail = Meldingsmails
staff-case-mail-caption = Bezorging van de mails van dit dossier
staff-case-audit = Auditspoor
staff-case-audit-caption = Wie wat in dit dossier heeft gezien en gedaan, nieuwste eerst
staff-entity-name = Juridische naam
staff-entity-type = Type entiteit
staff-entity-category = Categorie
staff-entity-registration = Registratie
staff-entity-contact = Contactpersoon
staff-entity-phone = Telefoon
staff-feedback-given = gegeven { $at }
staff-feedback-not-owed = niet verschuldigd (uw autoriteit wordt over dit dossier geïnformeerd)
staff-feedback-overdue = VERSCHULDIGD – termijn verstreken { $at }
staff-feedback-owed = verschuldigd uiterlijk { $at } (nog { $span })
staff-event-feedback = Feedback: { $kind }
staff-event-request = Tussentijds verslag gevraagd, uiterlijk { $at }
staff-event-review = Beoordeling: { $status }
staff-event-assigned = Toegewezen aan { $user }
staff-event-awareness = Informeren van het publiek: { $decision }
staff-event-waived = Kwijtgescholden: { $stage }
staff-ending-duplicate = { $how } van { $of }
staff-routed-as = { $authority } ({ $role })
staff-routed-informed = { $authority } ({ $role }, ter informatie)
staff-done = Gedaan: { $action }.
staff-not-done = Niet gedaan ({ $action }): { $reason }

## Actions
staff-action-feedback = feedback
staff-action-message = bericht
staff-action-note = notitie
staff-action-request = verzoek
staff-action-review = beoordeling
staff-action-assign = toewijzing
staff-action-close = afsluiting
staff-action-waive = kwijtschelding
staff-action-reopen = heropening
staff-action-public-awareness = informeren van het publiek
staff-action-share-package = pakket delen
staff-action-revoke-package = pakket intrekken
staff-act-feedback = Feedback aan de melder sturen
staff-act-feedback-kind = Soort
staff-act-message-label = Bericht
staff-act-feedback-send = Feedback versturen
staff-act-message = Bericht aan de melder
staff-act-message-send = Bericht versturen
staff-act-request = Een tussentijds verslag vragen
staff-act-request-questions = Vragen
staff-act-request-due = Uiterlijk ({ $zone })
staff-act-request-send = Verzoek versturen
staff-act-review = Een indiening beoordelen
staff-act-review-submission = Indiening
staff-act-review-outcome = Uitkomst
staff-act-review-comment = Opmerking (verplicht bij een verzoek tot herziening)
staff-act-review-send = Beoordeling vastleggen
staff-act-assign = Toewijzen
staff-act-assign-user = Behandelaar
staff-act-awareness = Informeren van het publiek (art. 23, lid 7)
staff-act-awareness-decision = Besluit
staff-act-awareness-text = Tekst voor raadpleging en publicatie
staff-act-awareness-send = Besluit vastleggen
staff-act-reopen = Het dossier heropenen
staff-act-reopen-hint = De fasen die door de afsluiting of intrekking werden kwijtgescholden, zijn weer verschuldigd.
staff-act-reason = Reden
staff-act-reopen-send = Heropenen
staff-act-close = Het dossier afsluiten
staff-act-close-hint = Aanvaard en sluit pas af als het eindverslag binnen is. Afsluiten als niet significant of als dubbel scheldt elke nog verschuldigde fase kwijt; de entiteit wordt ingelicht.
staff-act-close-kind = Hoe
staff-act-reason-public = Reden (de entiteit leest die)
staff-act-close-duplicate = Dubbel van (dossiernummer, alleen bij een dubbel)
staff-act-close-send = Afsluiten
staff-act-waive = Eén fase kwijtschelden
staff-act-waive-stage = Fase die niet meer verschuldigd is
staff-act-waive-send = Kwijtschelden
staff-act-note = Interne notitie (alleen uw autoriteit ziet die)
staff-act-note-label = Notitie
staff-act-note-send = Notitie toevoegen
staff-act-link = Koppelen aan een geregistreerde entiteit (alleen meldingen via het openbare formulier)
staff-act-link-entity = Id van de entiteit
staff-act-link-hint = Het id van de geregistreerde entiteit waartoe deze melder behoort; haar API-sleutel ziet het dossier daarna.
staff-act-link-send = Koppelen

## Share packages
staff-share-title = Pakketten delen (art. 23, lid 6)
staff-share-intro = Andere autoriteiten (centrale contactpunten en CSIRT's van andere lidstaten, ENISA, CER- en gegevensbeschermingsautoriteiten) zien niets van dit dossier tenzij u een pakket met hen deelt. Ze zien precies de velden die u kiest, nooit het dossier, de andere indieningen, notities, het auditspoor of namen van medewerkers.
staff-share-recipients = Ontvangers
staff-share-fields = Te delen velden (standaard wordt niets gedeeld)
staff-share-identity = De identiteit van de entiteit delen (naam, dossiernummer); anders wordt die weggelakt
staff-share-tlp = Traffic Light Protocol (TLP)
staff-share-note = Notitie voor de ontvangers
staff-share-send = Pakket delen
staff-share-none = Vanuit dit dossier is geen pakket gedeeld.
staff-share-caption = Vanuit dit dossier gedeelde pakketten, nieuwste eerst
staff-share-views = { $count ->
    [one] { $count } keer
   *[other] { $count } keer
}
staff-share-revoke = Intrekken
staff-share-revoke-label = Het op { $at } met { $to } gedeelde pakket intrekken
staff-share-shared = gedeeld
staff-share-revoked = ingetrokken { $at }
staff-share-refused = Niet gedeeld: { $reason }
staff-packages-title = Met uw autoriteit gedeeld
staff-packages-intro = Pakketten met incidentinformatie die andere autoriteiten met de uwe deelden (NIS2 art. 23, lid 6). Elk bevat alleen wat de afzender koos; de afzender kan het intrekken.
staff-packages-none = Er is niets met uw autoriteit gedeeld.
staff-packages-caption = Ontvangen pakketten, nieuwste eerst
staff-packages-open = Pakket van { $from } openen, { $at }
staff-package-back = Terug naar de gedeelde pakketten
staff-package-title = Gedeeld pakket
staff-package-withheld = door de afzender achtergehouden
staff-package-content = Gedeelde informatie

## Users
staff-users-title = Gebruikers van uw autoriteit
staff-users-caption = Accounts van medewerkers
staff-users-on = aan
staff-users-off = uit
staff-users-disabled = geblokkeerd
staff-users-active = actief
staff-users-role-of = Rol van { $email }
staff-users-reset-totp = tweestapsverificatie opnieuw instellen
staff-users-add = Een gebruiker toevoegen
staff-users-role-reviewer = behandelaar – behandelt dossiers
staff-users-role-observer = waarnemer – alleen lezen
staff-users-role-admin = beheerder – beheert ook gebruikers
staff-users-language-hint = De taal van de werkomgeving voor deze gebruiker; die kan haar op de accountpagina wijzigen.
staff-users-language-default = de eerste taal van de autoriteit ({ $language })
staff-users-add-send = Gebruiker toevoegen
staff-users-invalid = Geef een geldig e-mailadres en een rol op.
staff-users-created = { $email } kan zich nu aanmelden met het wachtwoord { $password } (eenmalig getoond; geef het veilig door). Bij de eerste aanmelding moet deze persoon een eigen wachtwoord kiezen.
staff-users-taken = { $email } heeft al een account.
staff-users-own-admin = U kunt uw eigen beheerdersrechten niet intrekken.
staff-col-password = Wachtwoord
staff-users-password-set = ingesteld door een beheerder, te wijzigen
staff-users-password-own = door de gebruiker gekozen
staff-users-reset-password = Wachtwoord opnieuw instellen
staff-users-reset-password-of = Wachtwoord van { $email } opnieuw instellen

## Own password and password reset
staff-required = (verplicht)
staff-password-title = Uw wachtwoord wijzigen
staff-password-done = Uw wachtwoord is gewijzigd. Alle andere sessies van uw account zijn beëindigd; deze blijft aangemeld.
staff-password-forced = Uw wachtwoord is ingesteld door een beheerder. Kies uw eigen wachtwoord om verder te gaan.
staff-password-not-changed = Uw wachtwoord is niet gewijzigd
staff-password-rule = Een goed wachtwoord is lang en moeilijk te raden: meerdere ongebruikelijke woorden, niet uw naam of e-mailadres, en geen wachtwoord dat u elders gebruikt. Minstens 12 tekens.
staff-password-current = Huidig wachtwoord
staff-password-new = Nieuw wachtwoord
staff-password-repeat = Nieuw wachtwoord herhalen
staff-password-send = Wachtwoord wijzigen
staff-password-summary = { $label }: { $message }
staff-password-rate = { $count ->
    [one] Te veel wachtwoordcontroles vanaf uw adres; wacht { $count } seconde.
   *[other] Te veel wachtwoordcontroles vanaf uw adres; wacht { $count } seconden.
}
staff-password-busy = Te veel gelijktijdige wachtwoordcontroles; probeer het zo meteen opnieuw.
staff-password-current-empty = Voer uw huidige wachtwoord in.
staff-password-current-wrong = Uw huidige wachtwoord is niet juist.
staff-password-new-empty = Voer een nieuw wachtwoord in.
staff-password-new-same = Het nieuwe wachtwoord moet verschillen van uw huidige.
staff-password-repeat-differs = Het herhaalde nieuwe wachtwoord is anders; typ twee keer hetzelfde.
staff-password-too-short = Het wachtwoord is te kort: gebruik minstens 12 tekens.
staff-password-too-long = Het wachtwoord is te lang: gebruik hoogstens 1024 bytes.
staff-password-email-name = Het wachtwoord bevat de naam uit uw e-mailadres ‘{ $name }’; kies er een zonder.
staff-password-name = Het wachtwoord bevat uw naam ‘{ $name }’; kies er een zonder.
staff-password-guessable = Het wachtwoord is te makkelijk te raden. { $advice }
staff-password-guessable-ours = Het wachtwoord is te makkelijk te raden. Het is gevormd uit uw adres of de naam van deze dienst, die aanvallers als eerste proberen. { $advice }
staff-password-advice = Voeg nog een of twee woorden toe. Ongebruikelijke woorden zijn beter.
staff-users-reset-own = Wijzig uw eigen wachtwoord op de pagina Wachtwoord (die vraagt om uw huidige).
staff-users-reset-done = { $email } kan zich nu aanmelden met het wachtwoord { $password } (eenmalig getoond; geef het veilig door). Bij de volgende aanmelding moet deze persoon een eigen wachtwoord kiezen; de sessies van deze persoon zijn beëindigd.

## API tokens
staff-tokens-title = API-tokens van uw autoriteit
staff-tokens-intro = De systemen van uw autoriteit gebruiken deze tokens met de API voor autoriteiten. Hier ziet u wanneer elk token het laatst is gebruikt en trekt u een token in dat niet meer nodig is of mogelijk is uitgelekt: het wordt vanaf het volgende verzoek geweigerd.
staff-tokens-issue = Een token wordt eenmalig getoond, wanneer het wordt uitgegeven met de opdracht:
staff-tokens-none = Uw autoriteit heeft geen API-tokens.
staff-col-label = Label
staff-col-created = Aangemaakt
staff-col-expires = Verloopt
staff-col-last-used = Laatst gebruikt
staff-col-revoke = Intrekken
staff-tokens-revoke = Intrekken
staff-tokens-revoke-label = Het token { $label } intrekken, aangemaakt { $created }
staff-tokens-active = actief
staff-tokens-revoked = ingetrokken { $at }
staff-tokens-expired = verlopen
staff-tokens-no-label = (geen label)
staff-tokens-unknown = onbekend
staff-tokens-never = nooit
staff-tokens-already-revoked = Dit token was al ingetrokken op { $at }.
staff-tokens-revoked-now = Het token { $label } is ingetrokken: het wordt vanaf het volgende verzoek geweigerd.

## Advies van zxcvbn over een te raden wachtwoord

staff-zxcvbn-straight-rows = Rechte rijen toetsen zijn makkelijk te raden.
staff-zxcvbn-keyboard-patterns = Korte toetsenbordpatronen zijn makkelijk te raden.
staff-zxcvbn-repeats-aaa = Herhalingen zoals ‘aaa’ zijn makkelijk te raden.
staff-zxcvbn-repeats-abcabc = Herhalingen zoals ‘abcabcabc’ zijn nauwelijks moeilijker te raden dan ‘abc’.
staff-zxcvbn-top10 = Dit is een van de 10 meest gebruikte wachtwoorden.
staff-zxcvbn-top100 = Dit is een van de 100 meest gebruikte wachtwoorden.
staff-zxcvbn-common = Dit is een zeer veelgebruikt wachtwoord.
staff-zxcvbn-similar = Dit lijkt op een veelgebruikt wachtwoord.
staff-zxcvbn-sequences = Reeksen zoals abc of 6543 zijn makkelijk te raden.
staff-zxcvbn-recent-years = Recente jaartallen zijn makkelijk te raden.
staff-zxcvbn-word-alone = Eén woord op zich is makkelijk te raden.
staff-zxcvbn-dates = Datums zijn vaak makkelijk te raden.
staff-zxcvbn-names-alone = Voor- en achternamen op zich zijn makkelijk te raden.
staff-zxcvbn-common-names = Veelvoorkomende voor- en achternamen zijn makkelijk te raden.
staff-zxcvbn-few-words = Gebruik een paar woorden, vermijd gangbare uitdrukkingen.
staff-zxcvbn-no-symbols = Symbolen, cijfers of hoofdletters zijn niet nodig.
staff-zxcvbn-capitals = Hoofdletters helpen niet veel.
staff-zxcvbn-all-upper = Alleen hoofdletters is bijna even makkelijk te raden als alleen kleine letters.
staff-zxcvbn-reversed = Omgekeerde woorden zijn nauwelijks moeilijker te raden.
staff-zxcvbn-substitutions = Voorspelbare vervangingen zoals ‘@’ in plaats van ‘a’ helpen niet veel.
staff-zxcvbn-longer-pattern = Gebruik een langer toetsenbordpatroon met meer bochten.
staff-zxcvbn-avoid-repeats = Vermijd herhaalde woorden en tekens.
staff-zxcvbn-avoid-sequences = Vermijd reeksen.
staff-zxcvbn-avoid-recent-years = Vermijd recente jaartallen.
staff-zxcvbn-avoid-your-years = Vermijd jaartallen die met u te maken hebben.
staff-zxcvbn-avoid-your-dates = Vermijd datums en jaartallen die met u te maken hebben.
staff-share-proposed = Voorgesteld door de wet
staff-share-basis-art35 = informeert de gegevensbeschermingsautoriteit (NIS2 art. 35)
staff-share-basis-cra = verspreiding van een CRA-melding (CRA art. 14, lid 7, en art. 16, lid 2)
staff-delay-title = Verspreiding uitstellen (CRA art. 16, lid 2)
staff-delay-reason = Gegronde redenen voor het uitstel
staff-delay-send = Uitstel vastleggen
staff-delay-recorded = Verspreiding uitgesteld op { $at }: { $reason }
staff-delay-refused = Het uitstel is niet vastgelegd: { $reason }
staff-action-delay-dissemination = verspreiding uitstellen
