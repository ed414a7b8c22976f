# de: staff words (Project Fluent): the authority workspace.

## Frame and navigation
staff-workspace = Arbeitsbereich der Behörde
staff-skip = Zum Inhalt springen
staff-nav-label = Arbeitsbereich
staff-nav-queue = Eingang
staff-nav-packages = Mit Ihnen geteilt
staff-nav-users = Benutzer
staff-nav-account = Ihr Konto
staff-nav-totp = Zwei-Faktor
staff-nav-tokens = API-Token
staff-nav-password = Passwort
staff-nav-sign-out = Abmelden
staff-languages-label = Sprache
staff-role-admin = Administrator
staff-role-reviewer = Bearbeiter
staff-role-observer = Beobachter
staff-yes = ja
staff-no = nein
staff-nobody = niemand
staff-not-provided = nicht angegeben
staff-reporter = Meldende Stelle
staff-error-heading = Es gibt ein Problem
staff-error-prefix = Fehler:

## Spans of time
staff-span-minutes = { $minutes } Min.
staff-span-hours = { $hours } Std. { $minutes } Min.
staff-span-days = { $days } T. { $hours } Std.
staff-span-whole-days = { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}
staff-left = noch { $span }
staff-overdue-by = seit { $span } überfällig
staff-due-in = { $stage }: in { $span }
staff-due-overdue = { $stage }: seit { $span } überfällig

## Sign-in
staff-login-title = Anmeldung für Mitarbeitende
staff-login-totp-title = Zwei-Faktor-Code
staff-login-intro = Für Mitarbeitende der Behörden, die Meldungen über Sicherheitsvorfälle entgegennehmen.
staff-login-password = Passwort
staff-login-send = Anmelden
staff-login-code = Code aus Ihrer Authenticator-App
staff-login-code-hint = 6 Ziffern; oder einer Ihrer Wiederherstellungscodes.
staff-login-verify = Prüfen
staff-login-expired = Das Formular ist abgelaufen; bitte melden Sie sich erneut an.
staff-login-bad-next = Die Rücksprungseite ist keine gültige Adresse.
staff-login-rate = { $count ->
    [one] Zu viele Anmeldeversuche von Ihrer Adresse; warten Sie { $count } Sekunde.
   *[other] Zu viele Anmeldeversuche von Ihrer Adresse; warten Sie { $count } Sekunden.
}
staff-login-busy = Zu viele gleichzeitige Anmeldungen; bitte versuchen Sie es gleich noch einmal.
staff-login-wrong = E-Mail-Adresse oder Passwort falsch.
staff-login-locked = Zu viele fehlgeschlagene Anmeldungen von Ihrer Adresse; versuchen Sie es nach { $time } UTC erneut.
staff-login-code-invalid = Dieser Code ist ungültig. Geben Sie den aktuellen 6-stelligen Code aus Ihrer App oder einen Wiederherstellungscode ein.

## Account
staff-account-title = Ihr Konto
staff-account-email = E-Mail-Adresse
staff-account-role = Rolle
staff-account-authority = Behörde
staff-account-totp-on = aktiv
staff-account-totp-off = nicht aktiv – jetzt einrichten
staff-account-language = Sprache
staff-account-language-hint = Seiten, Meldungen und Datumsangaben des Arbeitsbereichs erscheinen in dieser Sprache.
staff-account-language-invalid = Sprache: Wählen Sie English, Français, Deutsch oder Nederlands.
staff-account-save = Speichern
staff-account-saved = Gespeichert. Der Arbeitsbereich erscheint nun in der gewählten Sprache.

## Two-factor enrolment
staff-totp-title = Zwei-Faktor-Anmeldung
staff-totp-on-title = Die Zwei-Faktor-Anmeldung ist aktiv
staff-totp-codes = Bewahren Sie diese Wiederherstellungscodes sicher auf. Jeder ersetzt einmal einen Code aus Ihrer App; sie werden nicht erneut angezeigt.
staff-totp-continue = Weiter zum Eingang
staff-totp-enabled = Die Zwei-Faktor-Anmeldung ist für Ihr Konto aktiv. Ein Administrator kann sie zurücksetzen, wenn Sie Ihr Gerät verlieren.
staff-totp-required = Ihre Behörde verlangt die Zwei-Faktor-Anmeldung. Richten Sie sie ein, um fortzufahren.
staff-totp-step-scan = Scannen Sie diesen Code mit einer Authenticator-App (oder geben Sie den Schlüssel unten ein).
staff-totp-step-code = Geben Sie den 6-stelligen Code ein, den sie anzeigt.
staff-totp-qr = QR-Code für Ihre Authenticator-App
staff-totp-key = Schlüssel:
staff-totp-code = Code aus der App
staff-totp-send = Zwei-Faktor-Anmeldung aktivieren
staff-totp-invalid = Dieser Code ist ungültig; geben Sie den 6-stelligen Code ein, den Ihre App gerade anzeigt.

## Queue
staff-queue-title = Prüfeingang
staff-queue-cases = { $count ->
    [one] { $count } Vorgang
   *[other] { $count } Vorgänge
}
staff-queue-quick = Schnellfilter
staff-quick-overdue = Überfällig
staff-quick-due-24h = Fällig binnen 24 Std.
staff-quick-feedback-owed = Rückmeldung ausstehend
staff-queue-filters = Filter
staff-queue-filters-active = Filter (aktiv)
staff-queue-filter-legend = Eingang filtern
staff-queue-search = Aktenzeichen, Titel oder Einrichtung suchen
staff-queue-state = Status
staff-queue-any = alle
staff-queue-anyone = alle
staff-queue-me = ich
staff-queue-awaited = Erwartete Stufe
staff-queue-member-state = Mitgliedstaat
staff-queue-sector = Sektor
staff-queue-entity-type = Art der Einrichtung (Code)
staff-queue-severity = Schweregrad
staff-queue-regime = Rechtsrahmen (Strang)
staff-queue-significance = Erheblichkeitskriterien angegeben
staff-queue-review = Eine Einreichung ist
staff-queue-assignee = Zuständig
staff-queue-sort = Sortierung
staff-queue-sort-urgent = dringlichste Frist zuerst
staff-queue-sort-newest = neueste zuerst
staff-queue-sort-oldest = älteste zuerst
staff-queue-sort-reference = Aktenzeichen
staff-queue-apply = Filter anwenden
staff-queue-clear = Zurücksetzen
staff-queue-export = Diese Ansicht exportieren:
staff-queue-enisa = ENISA-Quartalsübersicht (CSV)
staff-queue-caption = Vorgänge, Seite { $page } von { $pages }
staff-queue-empty = Kein Vorgang entspricht diesen Filtern.
staff-tag-informed = zur Information
staff-tag-feedback-owed = Rückmeldung ausstehend
staff-tag-internal = intern
staff-pager-label = Seiten
staff-pager-prev = Vorige Seite
staff-pager-next = Nächste Seite
staff-pager-page = Seite { $page } von { $pages }

## Table headings
staff-col-reference = Aktenzeichen
staff-col-incident = Sicherheitsvorfall
staff-col-entity = Einrichtung
staff-col-state = Status
staff-col-next-deadline = Nächste Frist
staff-col-severity = Schweregrad
staff-col-assignee = Zuständig
staff-col-report = Meldung
staff-col-due = Fällig
staff-col-status = Status
staff-col-time = Zeit
staff-col-mail = E-Mail
staff-col-to = An
staff-col-attempts = Versuche
staff-col-when = Wann
staff-col-who = Wer
staff-col-what = Was
staff-col-shared = Geteilt
staff-col-by = Von
staff-col-with = Mit
staff-col-fields = Felder
staff-col-read = Gelesen
staff-col-from = Von
staff-col-package = Paket
staff-col-change = Ändern

## Case page
staff-case-back = Zurück zum Eingang
staff-case-export = Als JSON exportieren
staff-case-status = Meldestatus
staff-case-ending = Abschluss
staff-case-routed = Weitergeleitet an
staff-case-feedback = Erste Rückmeldung
staff-case-assistance = Unterstützung
staff-case-assistance-requested = Die Einrichtung bittet um Unterstützung.
staff-case-informed = Ihre Behörde hat diesen Vorgang zur Information erhalten (mögliche grenzüberschreitende Auswirkungen). Die zuständigen Behörden bearbeiten ihn; Sie können interne Notizen hinzufügen.
staff-case-entity = Einrichtung und Kontakte
staff-case-deadlines = Fristen
staff-case-deadlines-caption = Fristen und Bewertungen
staff-case-act = Vorgang bearbeiten
staff-case-conversation = Austausch und Bearbeitung
staff-case-nothing-yet = Noch nichts.
staff-case-submissions = Einreichungen
staff-case-version = { $stage } – Version { $version }
staff-case-received = Eingegangen { $at } über { $by }
staff-case-late = verspätet eingereicht
staff-case-review = Prüfung: { $review }
staff-case-changed = Geändert seit der vorigen Version:
staff-case-mail = Benachrichtigungen per E-Mail
staff-case-mail-caption = Zustellung der E-Mails zu diesem Vorgang
staff-case-audit = Prüfprotokoll
staff-case-audit-caption = Wer diesen Vorgang eingesehen und was getan hat, neueste zuerst
staff-entity-name = Name laut Register
staff-entity-type = Art der Einrichtung
staff-entity-category = Kategorie
staff-entity-registration = Registernummer
staff-entity-contact = Ansprechperson
staff-entity-phone = Telefon
staff-feedback-given = gegeben { $at }
staff-feedback-not-owed = nicht geschuldet (Ihre Behörde wird über diesen Vorgang informiert)
staff-feedback-overdue = AUSSTEHEND – war fällig { $at }
staff-feedback-owed = fällig bis { $at } (noch { $span })
staff-event-feedback = Rückmeldung: { $kind }
staff-event-request = Zwischenbericht angefordert, fällig { $at }
staff-event-review = Prüfung: { $status }
staff-event-assigned = Zugewiesen an { $user }
staff-event-awareness = Unterrichtung der Öffentlichkeit: { $decision }
staff-event-waived = Erlassen: { $stage }
staff-ending-duplicate = { $how } von { $of }
staff-routed-as = { $authority } ({ $role })
staff-routed-informed = { $authority } ({ $role }, zur Information)
staff-done = Erledigt: { $action }.
staff-not-done = Nicht erledigt ({ $action }): { $reason }

## Actions
staff-action-feedback = Rückmeldung
staff-action-message = Nachricht
staff-action-note = Notiz
staff-action-request = Anforderung
staff-action-review = Prüfung
staff-action-assign = Zuweisung
staff-action-close = Abschluss
staff-action-waive = Erlass
staff-action-reopen = Wiedereröffnung
staff-action-public-awareness = Unterrichtung der Öffentlichkeit
staff-action-share-package = Paket teilen
staff-action-revoke-package = Paket widerrufen
staff-act-feedback = Rückmeldung an die meldende Stelle senden
staff-act-feedback-kind = Art
staff-act-message-label = Nachricht
staff-act-feedback-send = Rückmeldung senden
staff-act-message = Nachricht an die meldende Stelle
staff-act-message-send = Nachricht senden
staff-act-request = Zwischenbericht anfordern
staff-act-request-questions = Fragen
staff-act-request-due = Fällig ({ $zone })
staff-act-request-send = Anforderung senden
staff-act-review = Einreichung prüfen
staff-act-review-submission = Einreichung
staff-act-review-outcome = Ergebnis
staff-act-review-comment = Kommentar (Pflicht bei einer Überarbeitungsbitte)
staff-act-review-send = Prüfung festhalten
staff-act-assign = Zuweisen
staff-act-assign-user = Bearbeiter
staff-act-awareness = Unterrichtung der Öffentlichkeit (Art. 23 Abs. 7)
staff-act-awareness-decision = Entscheidung
staff-act-awareness-text = Text für Konsultation und Veröffentlichung
staff-act-awareness-send = Entscheidung festhalten
staff-act-reopen = Vorgang wieder eröffnen
staff-act-reopen-hint = Die Stufen, die durch Abschluss oder Zurückziehen erlassen wurden, sind wieder geschuldet.
staff-act-reason = Begründung
staff-act-reopen-send = Wieder eröffnen
staff-act-close = Vorgang abschließen
staff-act-close-hint = Annehmen und abschließen erst, wenn der Abschlussbericht vorliegt. Ein Abschluss als nicht erheblich oder als Duplikat erlässt alle noch geschuldeten Stufen; die Einrichtung wird benachrichtigt.
staff-act-close-kind = Wie
staff-act-reason-public = Begründung (die Einrichtung liest sie)
staff-act-close-duplicate = Duplikat von (Aktenzeichen, nur bei einem Duplikat)
staff-act-close-send = Abschließen
staff-act-waive = Eine Stufe erlassen
staff-act-waive-stage = Nicht mehr geschuldete Stufe
staff-act-waive-send = Erlassen
staff-act-note = Interne Notiz (nur Ihre Behörde sieht sie)
staff-act-note-label = Notiz
staff-act-note-send = Notiz hinzufügen
staff-act-link = Mit einer registrierten Einrichtung verknüpfen (nur Meldungen über das öffentliche Formular)
staff-act-link-entity = Kennung der Einrichtung
staff-act-link-hint = Die Kennung der registrierten Einrichtung, zu der diese meldende Stelle gehört; deren API-Schlüssel sieht den Vorgang dann.
staff-act-link-send = Verknüpfen

## Share packages
staff-share-title = Pakete teilen (Art. 23 Abs. 6)
staff-share-intro = Andere Behörden (zentrale Anlaufstellen und CSIRTs anderer Mitgliedstaaten, ENISA, CER- und Datenschutzbehörden) sehen nichts von diesem Vorgang, solange Sie kein Paket mit ihnen teilen. Sie sehen genau die Felder, die Sie wählen, nie den Vorgang, seine übrigen Einreichungen, Notizen, das Prüfprotokoll oder Namen von Mitarbeitenden.
staff-share-recipients = Empfänger
staff-share-fields = Zu teilende Felder (standardmäßig wird nichts geteilt)
staff-share-identity = Identität der Einrichtung teilen (Name, Aktenzeichen); andernfalls wird sie geschwärzt
staff-share-tlp = Traffic Light Protocol (TLP)
staff-share-note = Notiz an die Empfänger
staff-share-send = Paket teilen
staff-share-none = Aus diesem Vorgang wurde kein Paket geteilt.
staff-share-caption = Aus diesem Vorgang geteilte Pakete, neueste zuerst
staff-share-views = { $count ->
    [one] { $count }-mal
   *[other] { $count }-mal
}
staff-share-revoke = Widerrufen
staff-share-revoke-label = Das am { $at } mit { $to } geteilte Paket widerrufen
staff-share-shared = geteilt
staff-share-revoked = widerrufen { $at }
staff-share-refused = Nicht geteilt: { $reason }
staff-packages-title = Mit Ihrer Behörde geteilt
staff-packages-intro = Pakete mit Informationen zu Sicherheitsvorfällen, die andere Behörden mit Ihrer geteilt haben (NIS2 Art. 23 Abs. 6). Jedes enthält nur, was der Absender gewählt hat; der Absender kann es widerrufen.
staff-packages-none = Mit Ihrer Behörde wurde nichts geteilt.
staff-packages-caption = Erhaltene Pakete, neueste zuerst
staff-packages-open = Paket von { $from } öffnen, { $at }
staff-package-back = Zurück zu den geteilten Paketen
staff-package-title = Geteiltes Paket
staff-package-withheld = vom Absender zurückgehalten
staff-package-content = Geteilte Informationen

## Users
staff-users-title = Benutzer Ihrer Behörde
staff-users-caption = Konten der Mitarbeitenden
staff-users-on = aktiv
staff-users-off = nicht aktiv
staff-users-disabled = gesperrt
staff-users-active = aktiv
staff-users-role-of = Rolle von { $email }
staff-users-reset-totp = Zwei-Faktor zurücksetzen
staff-users-add = Benutzer hinzufügen
staff-users-role-reviewer = Bearbeiter – bearbeitet Vorgänge
staff-users-role-observer = Beobachter – nur lesen
staff-users-role-admin = Administrator – verwaltet auch Benutzer
staff-users-language-hint = Die Sprache des Arbeitsbereichs für diesen Benutzer; er kann sie auf seiner Kontoseite ändern.
staff-users-language-default = die erste Sprache der Behörde ({ $language })
staff-users-add-send = Benutzer hinzufügen
staff-users-invalid = Geben Sie eine gültige E-Mail-Adresse und eine Rolle an.
staff-users-created = { $email } kann sich nun mit dem Passwort { $password } anmelden (nur einmal angezeigt; übergeben Sie es sicher). Bei der ersten Anmeldung muss die Person ein eigenes Passwort wählen.
staff-users-taken = { $email } hat bereits ein Konto.
staff-users-own-admin = Sie können sich Ihre eigenen Administratorrechte nicht entziehen.
staff-col-password = Passwort
staff-users-password-set = von einer Administratorin oder einem Administrator gesetzt, zu ändern
staff-users-password-own = selbst gewählt
staff-users-reset-password = Passwort zurücksetzen
staff-users-reset-password-of = Passwort von { $email } zurücksetzen

## Own password and password reset
staff-required = (Pflichtfeld)
staff-password-title = Passwort ändern
staff-password-done = Ihr Passwort ist geändert. Alle anderen Sitzungen Ihres Kontos wurden beendet; diese bleibt angemeldet.
staff-password-forced = Ihr Passwort wurde von einer Administratorin oder einem Administrator gesetzt. Wählen Sie ein eigenes Passwort, um fortzufahren.
staff-password-not-changed = Ihr Passwort wurde nicht geändert
staff-password-rule = Ein gutes Passwort ist lang und schwer zu erraten: mehrere ungewöhnliche Wörter, nicht Ihr Name oder Ihre E-Mail-Adresse und kein Passwort, das Sie anderswo verwenden. Mindestens 12 Zeichen.
staff-password-current = Aktuelles Passwort
staff-password-new = Neues Passwort
staff-password-repeat = Neues Passwort wiederholen
staff-password-send = Passwort ändern
staff-password-summary = { $label }: { $message }
staff-password-rate = { $count ->
    [one] Zu viele Passwortprüfungen von Ihrer Adresse; warten Sie { $count } Sekunde.
   *[other] Zu viele Passwortprüfungen von Ihrer Adresse; warten Sie { $count } Sekunden.
}
staff-password-busy = Zu viele gleichzeitige Passwortprüfungen; bitte versuchen Sie es gleich noch einmal.
staff-password-current-empty = Geben Sie Ihr aktuelles Passwort ein.
staff-password-current-wrong = Ihr aktuelles Passwort ist nicht korrekt.
staff-password-new-empty = Geben Sie ein neues Passwort ein.
staff-password-new-same = Das neue Passwort muss sich von Ihrem aktuellen unterscheiden.
staff-password-repeat-differs = Die Wiederholung des neuen Passworts weicht ab; geben Sie zweimal dasselbe ein.
staff-password-too-short = Das Passwort ist zu kurz: Verwenden Sie mindestens 12 Zeichen.
staff-password-too-long = Das Passwort ist zu lang: Verwenden Sie höchstens 1024 Bytes.
staff-password-email-name = Das Passwort enthält den Namen Ihrer E-Mail-Adresse „{ $name }“; wählen Sie eines ohne ihn.
staff-password-name = Das Passwort enthält Ihren Namen „{ $name }“; wählen Sie eines ohne ihn.
staff-password-guessable = Das Passwort ist zu leicht zu erraten. { $advice }
staff-password-guessable-ours = Das Passwort ist zu leicht zu erraten. Es ist aus Ihrer Adresse oder dem Namen dieses Dienstes gebildet, die Angreifer zuerst ausprobieren. { $advice }
staff-password-advice = Fügen Sie ein oder zwei Wörter hinzu. Ungewöhnliche Wörter sind besser.
staff-users-reset-own = Ändern Sie Ihr eigenes Passwort auf der Seite „Passwort“ (sie fragt nach Ihrem aktuellen).
staff-users-reset-done = { $email } kann sich nun mit dem Passwort { $password } anmelden (nur einmal angezeigt; übergeben Sie es sicher). Bei der nächsten Anmeldung muss die Person ein eigenes Passwort wählen; ihre Sitzungen wurden beendet.

## API tokens
staff-tokens-title = API-Token Ihrer Behörde
staff-tokens-intro = Die Systeme Ihrer Behörde verwenden diese Token mit der Behörden-API. Hier sehen Sie, wann jedes zuletzt verwendet wurde, und widerrufen eines, das nicht mehr benötigt wird oder abgeflossen sein könnte: Es wird ab seiner nächsten Anfrage abgewiesen.
staff-tokens-issue = Ein Token wird nur einmal angezeigt, wenn es mit diesem Befehl ausgestellt wird:
staff-tokens-none = Ihre Behörde hat keine API-Token.
staff-col-label = Bezeichnung
staff-col-created = Erstellt
staff-col-expires = Läuft ab
staff-col-last-used = Zuletzt verwendet
staff-col-revoke = Widerrufen
staff-tokens-revoke = Widerrufen
staff-tokens-revoke-label = Das Token { $label } widerrufen, erstellt { $created }
staff-tokens-active = aktiv
staff-tokens-revoked = widerrufen { $at }
staff-tokens-expired = abgelaufen
staff-tokens-no-label = (ohne Bezeichnung)
staff-tokens-unknown = unbekannt
staff-tokens-never = nie
staff-tokens-already-revoked = Dieses Token wurde bereits am { $at } widerrufen.
staff-tokens-revoked-now = Das Token { $label } ist widerrufen: Es wird ab seiner nächsten Anfrage abgewiesen.

## Hinweise von zxcvbn zu einem leicht zu erratenden Passwort

staff-zxcvbn-straight-rows = Gerade Tastenreihen sind leicht zu erraten.
staff-zxcvbn-keyboard-patterns = Kurze Tastaturmuster sind leicht zu erraten.
staff-zxcvbn-repeats-aaa = Wiederholungen wie „aaa“ sind leicht zu erraten.
staff-zxcvbn-repeats-abcabc = Wiederholungen wie „abcabcabc“ sind kaum schwerer zu erraten als „abc“.
staff-zxcvbn-top10 = Dies ist eines der 10 häufigsten Passwörter.
staff-zxcvbn-top100 = Dies ist eines der 100 häufigsten Passwörter.
staff-zxcvbn-common = Dies ist ein sehr häufiges Passwort.
staff-zxcvbn-similar = Dies ähnelt einem häufig verwendeten Passwort.
staff-zxcvbn-sequences = Folgen wie abc oder 6543 sind leicht zu erraten.
staff-zxcvbn-recent-years = Jahreszahlen der letzten Jahre sind leicht zu erraten.
staff-zxcvbn-word-alone = Ein einzelnes Wort ist leicht zu erraten.
staff-zxcvbn-dates = Daten sind oft leicht zu erraten.
staff-zxcvbn-names-alone = Vor- und Nachnamen allein sind leicht zu erraten.
staff-zxcvbn-common-names = Häufige Vor- und Nachnamen sind leicht zu erraten.
staff-zxcvbn-few-words = Verwenden Sie mehrere Wörter, vermeiden Sie gängige Redewendungen.
staff-zxcvbn-no-symbols = Sonderzeichen, Ziffern oder Großbuchstaben sind nicht nötig.
staff-zxcvbn-capitals = Großschreibung hilft nicht viel.
staff-zxcvbn-all-upper = Nur Großbuchstaben sind fast so leicht zu erraten wie nur Kleinbuchstaben.
staff-zxcvbn-reversed = Rückwärts geschriebene Wörter sind kaum schwerer zu erraten.
staff-zxcvbn-substitutions = Vorhersehbare Ersetzungen wie „@“ statt „a“ helfen nicht viel.
staff-zxcvbn-longer-pattern = Verwenden Sie ein längeres Tastaturmuster mit mehr Richtungswechseln.
staff-zxcvbn-avoid-repeats = Vermeiden Sie wiederholte Wörter und Zeichen.
staff-zxcvbn-avoid-sequences = Vermeiden Sie Zeichenfolgen.
staff-zxcvbn-avoid-recent-years = Vermeiden Sie Jahreszahlen der letzten Jahre.
staff-zxcvbn-avoid-your-years = Vermeiden Sie Jahreszahlen, die mit Ihnen in Verbindung stehen.
staff-zxcvbn-avoid-your-dates = Vermeiden Sie Daten und Jahreszahlen, die mit Ihnen in Verbindung stehen.
staff-share-proposed = Vom Gesetz vorgesehen
staff-share-basis-art35 = unterrichtet die Datenschutzaufsichtsbehörde (NIS2 Art. 35)
staff-share-basis-cra = Weitergabe einer CRA-Meldung (CRA Art. 14 Abs. 7, Art. 16 Abs. 2)
staff-delay-title = Weitergabe aufschieben (CRA Art. 16 Abs. 2)
staff-delay-reason = Berechtigte Gründe für den Aufschub
staff-delay-send = Aufschub festhalten
staff-delay-recorded = Weitergabe aufgeschoben am { $at }: { $reason }
staff-delay-refused = Der Aufschub wurde nicht festgehalten: { $reason }
staff-action-delay-dissemination = Weitergabe aufschieben
