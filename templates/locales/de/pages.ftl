# de: pages words (Project Fluent).
# Die öffentlichen Seiten: Rahmen, Startseite, Meldeformulare, Folgeseite, Erheblichkeitshilfe.

## Frame (templates/pages/base.html)
pages-site-name = Meldung von Sicherheitsvorfällen
pages-skip = Zum Inhalt springen
pages-nav-main = Hauptnavigation
pages-nav-report = Vorfall melden
pages-nav-significance = Ist er erheblich?
pages-nav-language = Sprache
pages-footer = Meldungen werden nach Artikel 23 der Richtlinie (EU) 2022/2555 (NIS-2) entgegengenommen. Weder ein Konto noch JavaScript ist nötig.

## Shared
pages-required = (Pflichtfeld)
pages-error-prefix = Fehler:
pages-choose = – auswählen –
pages-col-report = Meldung
pages-col-due = Fällig
pages-col-status = Status
pages-col-time = Zeit
pages-stage-early-warning = Frühwarnung
pages-stage-incident-notification = Meldung über den Sicherheitsvorfall
pages-stage-intermediate-report = Zwischenbericht
pages-stage-progress-report = Fortschrittsbericht
pages-stage-final-report = Abschlussbericht

## Landing page
pages-landing-title = Einen erheblichen Cybersicherheitsvorfall melden
pages-landing-intro-before = Wesentliche und wichtige Einrichtungen müssen jeden
pages-landing-intro-significant = erheblichen Sicherheitsvorfall
pages-landing-intro-after = ihrem CSIRT oder ihrer zuständigen Behörde in Stufen melden. Sie brauchen kein Konto: Nach Ihrer ersten Meldung erhalten Sie einen privaten Link für die weiteren.
pages-landing-due-heading = Was wann fällig ist
pages-landing-due-caption = Meldestufen und Fristen
pages-landing-col-says = Inhalt
pages-landing-due-early-warning = innerhalb von 24 Stunden nach Kenntnisnahme
pages-landing-says-early-warning = was bisher geschehen ist, ob der Vorfall böswillig sein oder grenzüberschreitende Auswirkungen haben könnte
pages-landing-due-incident-notification = innerhalb von 72 Stunden nach Kenntnisnahme (24 Stunden für Vertrauensdiensteanbieter)
pages-landing-says-incident-notification = erste Bewertung: Schweregrad, Auswirkungen, Kompromittierungsindikatoren
pages-landing-due-intermediate-report = auf Ersuchen der Behörde
pages-landing-says-intermediate-report = die angeforderte Statusaktualisierung
pages-landing-due-progress-report = einen Monat nach der Vorfallmeldung, wenn der Vorfall noch andauert
pages-landing-says-progress-report = Stand der Bewältigung
pages-landing-due-final-report = einen Monat nach der Vorfallmeldung oder nach Abschluss der Bewältigung
pages-landing-says-final-report = Grundursache, Abhilfemaßnahmen, grenzüberschreitende Auswirkungen
pages-landing-ways-heading = Einstiege
pages-landing-way-early-warning = Frühwarnung übermitteln
pages-landing-way-early-warning-note = der schnellste erste Schritt.
pages-landing-way-notification = Vollständige Vorfallmeldung direkt übermitteln
pages-landing-way-notification-note = sie gilt zugleich als Frühwarnung.
pages-landing-way-significance = Prüfen, ob ein Vorfall erheblich ist
pages-landing-way-follow-up = Schon gemeldet? Öffnen Sie den privaten Folgelink von Ihrer Bestätigungsseite oder aus der Eingangsbestätigung per E-Mail.
pages-landing-way-api-before = Sicherheitswerkzeuge können dieselben Meldungen über die
pages-landing-way-api-link = JSON-API
pages-landing-way-api-after = mit einem API-Schlüssel übermitteln.

## Report forms
pages-new-report-title = { $new }: { $stage }
pages-stage-form-title = { $case }: { $stage }
pages-form-errors-title =
    { $count ->
        [one] Die Meldung wurde nicht gesendet: 1 Angabe erfordert Ihre Aufmerksamkeit
       *[other] Die Meldung wurde nicht gesendet: { $count } Angaben erfordern Ihre Aufmerksamkeit
    }
pages-form-errors-kept = Alles, was Sie eingegeben haben, bleibt unten erhalten.
pages-form-error-line = { $label }: { $message }
pages-form-line = Zeile { $line }: { $message }
pages-form-datetime = Geben Sie Datum und Uhrzeit ein, z. B. 2026-03-01 08:30
pages-form-draft-link = Privater Link zu diesem Entwurf – bewahren Sie ihn auf, um später weiterzumachen (jeder mit dem Link kann ihn öffnen):
pages-form-required-before = Mit
pages-form-required-after = markierte Felder müssen ausgefüllt werden. Zeiten gelten in der gewählten Zeitzone (standardmäßig der Ihres Mitgliedstaats).
pages-form-send = Meldung senden
pages-form-save = Entwurf speichern
pages-refused-forged = Zu Ihrer Sicherheit muss dieses Formular von dieser Website mit einem gültigen Token gesendet werden. Nichts wurde gespeichert: Prüfen Sie Ihre Angaben unten und senden Sie das Formular erneut.
pages-refused-rate-limit = Aus Ihrem Netz wurden zu viele Formulare gesendet. Nichts wurde gespeichert: Warten Sie { $wait } Sekunden und senden Sie das Formular dann erneut; Ihre Angaben bleiben unten erhalten.

## Follow-up page
pages-case-received = Meldung eingegangen
pages-case-receipt = Ihre Übermittlung ({ $stage }) ist am { $when } eingegangen.
pages-case-reference-before = Ihr Aktenzeichen:
pages-case-reference-after = . Geben Sie es in jeder späteren Meldung und Nachricht an.
pages-case-keep-link = Bewahren Sie diesen privaten Folgelink auf: Er ist ohne Konto der einzige Weg zurück zu diesem Fall und wurde auch an Ihre Kontaktadresse gesendet.
pages-case-not-withdrawn = Nicht zurückgezogen: { $reason }
pages-case-entity = Meldende Einrichtung
pages-case-status = Meldestatus
pages-case-print = Druckansicht
pages-case-deadlines = Fristen
pages-case-deadlines-caption = Fristen dieses Falls
pages-case-conversation = Nachrichten mit der Behörde
pages-case-no-messages = Noch keine Nachrichten.
pages-case-message-label = Ihre Nachricht an die Behörde
pages-case-message-send = Nachricht senden
pages-case-file-heading = Meldung übermitteln
pages-case-no-actions = Zu diesem Fall können keine weiteren Meldungen übermittelt werden.
pages-case-draft-tag = Entwurf gespeichert
pages-case-withdraw-heading = Diese Meldung zurückziehen
pages-case-withdraw-hint = Wenn Ihre Bewertung nun ergibt, dass der Vorfall doch nicht erheblich ist, können Sie die Meldung zurückziehen. Nennen Sie Ihren Grund: Die Behörde liest ihn und kann den Fall wieder öffnen. Die noch offenen Meldungen sind dann nicht mehr fällig.
pages-case-withdraw-label = Warum Sie die Meldung zurückziehen
pages-case-withdraw-button = Meldung zurückziehen
pages-case-submissions = Übermittlungen
pages-case-received-at = Eingegangen am { $when }
pages-case-filed-late = verspätet übermittelt
pages-case-submission-heading = { $stage } – Version { $version }
pages-case-draft-saved = Ihr Entwurf ({ $stage }) ist gespeichert. Öffnen Sie ihn unten, um weiterzumachen.
pages-case-ending-duplicate = Die Behörde hat diesen Fall als Duplikat des Falls { $other } geschlossen ({ $reason }). Übermitteln Sie weitere Meldungen zum Fall { $other }; hier ist nichts mehr fällig.
pages-case-ending-not-significant = Die Behörde hat diesen Fall als nicht erheblich geschlossen ({ $reason }). Die noch offenen Meldungen entfallen: Nichts ist mehr fällig.
pages-case-ending-withdrawn = Sie haben diese Meldung zurückgezogen ({ $reason }). Die noch offenen Meldungen entfallen; die Behörde kann den Fall wieder öffnen.
pages-case-ending-closed = Die Behörde hat diesen Fall angenommen und geschlossen ({ $reason }).
pages-case-you = Sie
pages-case-feedback = Rückmeldung ({ $kind })
pages-case-waived = Nicht mehr fällig: { $stage }
pages-case-request = Die Behörde ersucht bis { $when } um einen Zwischenbericht: { $questions }
pages-message-empty = Schreiben Sie eine Nachricht, bevor Sie sie senden.
pages-withdraw-check-form = Prüfen Sie das Formular und versuchen Sie es erneut.
pages-withdraw-reason-needed = Geben Sie an, warum Sie die Meldung zurückziehen (mindestens 3 Zeichen).
pages-deadline-left = noch { $span }
pages-deadline-overdue = seit { $span } überfällig
pages-span-minutes = { $m } Min.
pages-span-hours = { $h } Std. { $m } Min.
pages-span-days = { $d } T. { $h } Std.

## Significance helper
pages-significance-title = Ist dieser Vorfall erheblich?
pages-significance-intro = Beantworten Sie, was Sie wissen; lassen Sie den Rest offen. Die Hilfe wendet Artikel 23 Absatz 3 der NIS-2-Richtlinie und, für die von der Durchführungsverordnung (EU) 2024/2690 erfassten digitalen Dienste, deren Schwellenwerte an. Sie berät nur: Sie dürfen immer melden, und im Zweifel sollten Sie es tun.
pages-significance-result = Ergebnis: { $verdict }
pages-significance-matched = Erfüllte Kriterien
pages-significance-excluded = Als geplante Unterbrechungen ausgenommen (Durchführungsverordnung 2024/2690, Artikel 3 Absatz 2)
pages-significance-excluded-note = Nur diese Verfügbarkeitswerte wurden ausgenommen; jedes andere Kriterium zählt weiterhin.
pages-significance-undecided = Durch Ihre Antworten nicht entschieden
pages-significance-report = Diesen Vorfall melden
pages-significance-assess = Bewerten

## DORA classification helper
pages-dora-title = Ist das ein schwerwiegender IKT-bezogener Vorfall (DORA)?
pages-dora-intro = Für Finanzunternehmen, die unter DORA fallen (Verordnung (EU) 2022/2554). Beantworten Sie, was Sie wissen; lassen Sie den Rest offen. Die Hilfe wendet die Kriterien und Wesentlichkeitsschwellen der Delegierten Verordnung (EU) 2024/1772 an: Ein Vorfall ist schwerwiegend, wenn er kritische Dienste beeinträchtigt und entweder ein böswilliger unbefugter Zugang zu Datenverlusten führen kann oder mindestens zwei andere Schwellen erreicht sind. Sie berät nur.
pages-dora-result = Ergebnis: { $verdict }
pages-dora-rule = Entschieden nach: { $rule }
pages-dora-matched = Erfüllte Kriterien
pages-dora-undecided = Durch Ihre Antworten nicht entschieden
pages-dora-report = Diesen Vorfall melden
pages-dora-assess = Einstufen
pages-dora-not-a-number = Geben Sie eine Zahl ab 0 ein (zum Beispiel 1500 oder 2,5); diese Antwort wurde nicht berücksichtigt.
pages-dora-nis2-link = Kein Finanzunternehmen? Nutzen Sie die NIS-2-Hilfe für erhebliche Sicherheitsvorfälle.
pages-significance-dora-link = Finanzunternehmen unter DORA (Bank, Zahlungs- oder E-Geld-Institut, Wertpapierfirma, Versicherer …)? Nutzen Sie die DORA-Einstufungshilfe.
