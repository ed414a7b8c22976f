# nl: pages words (Project Fluent).
# De openbare pagina's: kader, startpagina, meldformulieren, opvolgpagina, significantiehulp.

## Frame (templates/pages/base.html)
pages-site-name = Incidenten melden
pages-skip = Naar de inhoud
pages-nav-main = Hoofdnavigatie
pages-nav-report = Een incident melden
pages-nav-significance = Is het significant?
pages-nav-language = Taal
pages-footer = Meldingen worden ontvangen op grond van artikel 23 van Richtlijn (EU) 2022/2555 (NIS2). Er is geen account en geen JavaScript nodig.

## Shared
pages-required = (verplicht)
pages-error-prefix = Fout:
pages-choose = – kies –
pages-col-report = Melding
pages-col-due = Uiterlijk
pages-col-status = Status
pages-col-time = Tijd
pages-stage-early-warning = Vroegtijdige waarschuwing
pages-stage-incident-notification = Incidentmelding
pages-stage-intermediate-report = Tussentijds verslag
pages-stage-progress-report = Voortgangsverslag
pages-stage-final-report = Eindverslag

## Landing page
pages-landing-title = Een significant cyberincident melden
pages-landing-intro-before = Essentiële en belangrijke entiteiten moeten elk
pages-landing-intro-significant = significant incident
pages-landing-intro-after = in fasen melden bij hun CSIRT of bevoegde autoriteit. U hebt geen account nodig: na uw eerste melding ontvangt u een privélink om de volgende in te dienen.
pages-landing-due-heading = Wat wanneer verschuldigd is
pages-landing-due-caption = Meldingsfasen en termijnen
pages-landing-col-says = Inhoud
pages-landing-due-early-warning = binnen 24 uur nadat u er kennis van kreeg
pages-landing-says-early-warning = wat er tot nu toe is gebeurd, of het incident kwaadwillig kan zijn of grensoverschrijdende gevolgen kan hebben
pages-landing-due-incident-notification = binnen 72 uur nadat u er kennis van kreeg (24 uur voor verleners van vertrouwensdiensten)
pages-landing-says-incident-notification = eerste beoordeling: ernst, impact, indicatoren van compromittering
pages-landing-due-intermediate-report = wanneer de autoriteit erom vraagt
pages-landing-says-intermediate-report = de gevraagde stand van zaken
pages-landing-due-progress-report = een maand na de incidentmelding, als het incident nog aan de gang is
pages-landing-says-progress-report = hoe ver de afhandeling is
pages-landing-due-final-report = een maand na de incidentmelding, of nadat de afhandeling is afgerond
pages-landing-says-final-report = grondoorzaak, mitigerende maatregelen, grensoverschrijdende gevolgen
pages-landing-ways-heading = Waar te beginnen
pages-landing-way-early-warning = Een vroegtijdige waarschuwing indienen
pages-landing-way-early-warning-note = de snelste eerste stap.
pages-landing-way-notification = Meteen de volledige incidentmelding indienen
pages-landing-way-notification-note = die geldt ook als vroegtijdige waarschuwing.
pages-landing-way-significance = Nagaan of een incident significant is
pages-landing-way-follow-up = Al gemeld? Open de privé-opvolglink van uw bevestigingspagina of ontvangstbevestiging per e-mail.
pages-landing-way-api-before = Beveiligingstools kunnen dezelfde meldingen indienen via de
pages-landing-way-api-link = JSON-API
pages-landing-way-api-after = met een API-sleutel.

## Report forms
pages-new-report-title = { $new }: { $stage }
pages-stage-form-title = { $case }: { $stage }
pages-form-errors-title =
    { $count ->
        [one] De melding is niet verzonden: 1 gegeven vraagt uw aandacht
       *[other] De melding is niet verzonden: { $count } gegevens vragen uw aandacht
    }
pages-form-errors-kept = Alles wat u hebt ingevuld, staat hieronder nog.
pages-form-error-line = { $label }: { $message }
pages-form-line = regel { $line }: { $message }
pages-form-datetime = vul een datum en tijd in, bv. 2026-03-01 08:30
pages-form-draft-link = Privélink naar dit concept – bewaar hem om later verder te gaan (iedereen met de link kan het openen):
pages-form-required-before = Velden gemarkeerd met
pages-form-required-after = moeten worden ingevuld. Tijden gelden in de tijdzone die u kiest (standaard die van uw lidstaat).
pages-form-send = Melding verzenden
pages-form-save = Concept opslaan
pages-refused-forged = Voor uw veiligheid moet dit formulier vanaf deze site met een geldig token worden verzonden. Er is niets opgeslagen: controleer hieronder uw gegevens en verzend het formulier opnieuw.
pages-refused-rate-limit = Er zijn te veel formulieren vanaf uw netwerk verzonden. Er is niets opgeslagen: wacht { $wait } seconden en verzend het formulier dan opnieuw; uw gegevens staan hieronder nog.

## Follow-up page
pages-case-received = Melding ontvangen
pages-case-receipt = Uw indiening ({ $stage }) is ontvangen op { $when }.
pages-case-reference-before = Uw dossiernummer:
pages-case-reference-after = . Vermeld het in elke latere melding en elk later bericht.
pages-case-keep-link = Bewaar deze privé-opvolglink: zonder account is het de enige weg terug naar dit dossier, en hij is ook naar uw contactadres gestuurd.
pages-case-not-withdrawn = Niet ingetrokken: { $reason }
pages-case-entity = Meldende entiteit
pages-case-status = Meldingsstatus
pages-case-print = Afdrukweergave
pages-case-deadlines = Termijnen
pages-case-deadlines-caption = Termijnen van dit dossier
pages-case-conversation = Berichten met de autoriteit
pages-case-no-messages = Nog geen berichten.
pages-case-message-label = Uw bericht aan de autoriteit
pages-case-message-send = Bericht verzenden
pages-case-file-heading = Een melding indienen
pages-case-no-actions = Voor dit dossier kunnen geen meldingen meer worden ingediend.
pages-case-draft-tag = concept opgeslagen
pages-case-withdraw-heading = Deze melding intrekken
pages-case-withdraw-hint = Als uw beoordeling nu uitwijst dat het incident toch niet significant is, kunt u de melding intrekken. Geef uw reden: de autoriteit leest die en kan het dossier heropenen. De nog openstaande meldingen zijn dan niet meer verschuldigd.
pages-case-withdraw-label = Waarom u de melding intrekt
pages-case-withdraw-button = Melding intrekken
pages-case-submissions = Indieningen
pages-case-received-at = Ontvangen op { $when }
pages-case-filed-late = te laat ingediend
pages-case-submission-heading = { $stage } – versie { $version }
pages-case-draft-saved = Uw concept ({ $stage }) is opgeslagen. Open het hieronder om verder te gaan.
pages-case-ending-duplicate = De autoriteit heeft dit dossier gesloten als dubbel van dossier { $other } ({ $reason }). Dien verdere meldingen in bij dossier { $other }; hier is niets meer verschuldigd.
pages-case-ending-not-significant = De autoriteit heeft dit dossier gesloten als niet significant ({ $reason }). De nog openstaande meldingen vervallen: er is niets meer verschuldigd.
pages-case-ending-withdrawn = U hebt deze melding ingetrokken ({ $reason }). De nog openstaande meldingen vervallen; de autoriteit kan het dossier heropenen.
pages-case-ending-closed = De autoriteit heeft dit dossier aanvaard en gesloten ({ $reason }).
pages-case-you = U
pages-case-feedback = Feedback ({ $kind })
pages-case-waived = Niet meer verschuldigd: { $stage }
pages-case-request = De autoriteit vraagt uiterlijk { $when } een tussentijds verslag: { $questions }
pages-message-empty = Schrijf een bericht voordat u het verzendt.
pages-withdraw-check-form = Controleer het formulier en probeer het opnieuw.
pages-withdraw-reason-needed = Geef aan waarom u de melding intrekt (3 tekens of meer).
pages-deadline-left = nog { $span }
pages-deadline-overdue = { $span } te laat
pages-span-minutes = { $m } min
pages-span-hours = { $h } u { $m } min
pages-span-days = { $d } d { $h } u

## Significance helper
pages-significance-title = Is dit incident significant?
pages-significance-intro = Beantwoord wat u weet; laat de rest open. De hulp past artikel 23, lid 3, van NIS2 toe en, voor de digitale diensten die onder Uitvoeringsverordening (EU) 2024/2690 vallen, de drempels daarvan. Ze geeft alleen advies: u mag altijd melden, en bij twijfel zou u dat moeten doen.
pages-significance-result = Resultaat: { $verdict }
pages-significance-matched = Vervulde criteria
pages-significance-excluded = Weggelaten als geplande onderbrekingen (Uitvoeringsverordening 2024/2690, artikel 3, lid 2)
pages-significance-excluded-note = Alleen deze beschikbaarheidscijfers zijn weggelaten; elk ander criterium telt nog mee.
pages-significance-undecided = Niet beslist door uw antwoorden
pages-significance-report = Dit incident melden
pages-significance-assess = Beoordelen

## DORA classification helper
pages-dora-title = Is dit een ernstig ICT-gerelateerd incident (DORA)?
pages-dora-intro = Voor financiële entiteiten die onder DORA vallen (Verordening (EU) 2022/2554). Beantwoord wat u weet; laat de rest open. De hulp past de criteria en materialiteitsdrempels van Gedelegeerde Verordening (EU) 2024/1772 toe: een incident is ernstig wanneer het kritieke diensten treft en ofwel een kwaadwillige ongeoorloofde toegang tot gegevensverlies kan leiden, ofwel ten minste twee andere drempels worden bereikt. Ze geeft alleen advies.
pages-dora-result = Resultaat: { $verdict }
pages-dora-rule = Beslist volgens: { $rule }
pages-dora-matched = Vervulde criteria
pages-dora-undecided = Niet beslist door uw antwoorden
pages-dora-report = Dit incident melden
pages-dora-assess = Classificeren
pages-dora-not-a-number = Vul een getal van 0 of meer in (bijvoorbeeld 1500 of 2,5); dit antwoord is niet meegeteld.
pages-dora-nis2-link = Geen financiële entiteit? Gebruik de NIS2-hulp voor significante incidenten.
pages-significance-dora-link = Een financiële entiteit onder DORA (bank, betalings- of elektronischgeldinstelling, beleggingsonderneming, verzekeraar …)? Gebruik de DORA-classificatiehulp.
