# de: api words (Project Fluent).
# Feldfehler: Die Domäne benennt sie mit diesen IDs. Codes und Feldnamen in den Platzhaltern
# werden nie übersetzt.

## Jedes Feld

api-field-required = ist erforderlich
api-field-required-with = ist erforderlich, wenn { $other } angegeben ist
api-field-control-characters = darf keine Steuerzeichen enthalten
api-field-control-tabs = darf keine Steuerzeichen (wie Tabulatoren) enthalten
api-field-bidi-override = darf keine bidirektionalen Steuerzeichen (U+202A–U+202E, U+2066–U+2069) enthalten: Sie können Text anders erscheinen lassen, als er lautet
api-field-single-line = muss einzeilig sein: Zeilenumbrüche sind nicht erlaubt
api-field-too-short = muss mindestens { $min } Zeichen lang sein ({ $len } erhalten)
api-field-too-long = darf höchstens { $max } Zeichen lang sein ({ $len } erhalten)
api-field-boolean = muss true oder false sein
api-field-count = muss eine ganze Zahl ab 0 sein
api-field-euros = muss ein Betrag in Euro ≥ 0 mit höchstens 2 Nachkommastellen sein, z. B. 125000.50
api-field-datetime = muss ein Zeitpunkt im Format RFC 3339 sein, z. B. 2026-03-01T08:30:00Z
api-field-needs-offset = braucht eine Zeitzonenangabe, z. B. 2026-03-01T08:30:00+01:00 oder …Z
api-field-before-1970 = darf nicht vor 1970 liegen
api-field-future = muss in der Zukunft liegen
api-field-uuid = muss eine UUID sein
api-field-one-of = muss einer dieser Werte sein: { $codes }
api-field-one-code = muss mindestens einen Wert nennen: { $codes }
api-field-one-entry = muss mindestens einen Eintrag nennen
api-field-one-service = muss mindestens einen betroffenen Dienst nennen
api-field-one-member-state = muss mindestens einen Mitgliedstaat nennen
api-field-list-max = darf höchstens { $max } Einträge haben
api-field-needs = erfordert { $other }
api-field-not-after = darf nicht nach { $other } liegen
api-field-after-submission = darf nicht nach dem Zeitpunkt der Übermittlung liegen (120 s Uhrenabweichung werden toleriert)
api-field-not-before = darf nicht vor { $other } liegen
api-field-not-exceed = darf { $other } nicht übersteigen
api-json-type = muss { $want ->
        [boolean] true oder false
        [number] eine ganze Zahl
        [number-or-unknown] eine ganze Zahl oder "unknown"
        [string] eine Zeichenkette
        [strings] eine Liste von Zeichenketten
        [objects] eine Liste von Objekten
        [list] eine Liste
        [object] ein Objekt
       *[other] { $want }
    } sein, nicht { $got ->
        [null] null
        [boolean] ein Wahrheitswert
        [number] eine Zahl
        [string] eine Zeichenkette
        [list] eine Liste
        [object] ein Objekt
       *[other] { $got }
    }

## Werte einer Art

api-email = muss eine E-Mail-Adresse wie soc@example.com sein
api-phone = muss eine internationale Telefonnummer wie +352 123 45678 sein
api-member-state = muss der Code eines EU-Mitgliedstaats wie LU, DE oder EL sein
api-member-state-efta = { $code } ist ein EWR-EFTA-Staat; NIS2 gilt dort erst, wenn sie in das EWR-Abkommen übernommen ist
api-lei-shape = muss 20 Zeichen lang sein: 18 Buchstaben oder Ziffern, dann 2 Prüfziffern
api-lei-check-digits = hat falsche Prüfziffern (ISO 7064 mod 97-10); bitte auf Tippfehler prüfen
api-rsit-class = muss eine RSIT-Klasse sein: { $codes }
api-rsit-type = muss ein Typ der Klasse { $class } sein: { $codes }
api-item-service = darf höchstens 200 Zeichen Text lang sein
api-item-criterion = muss ein Kriteriencode wie ir_a3_a sein
api-item-cve = muss eine CVE-Kennung wie CVE-2024-12345 sein
api-item-attack-technique = muss eine MITRE-ATT&CK-Kennung wie T1486 oder T1059.001 sein
api-ioc-invalid = ist { $kind ->
        [ipv4] keine gültige IPv4-Adresse
        [ipv6] keine gültige IPv6-Adresse
        [cidr] kein gültiger CIDR-Block wie 192.0.2.0/24
        [domain] kein gültiger Domänenname
        [url] keine gültige absolute URL wie https://example.com/path
        [email] keine gültige E-Mail-Adresse
        [md5] kein gültiger MD5-Hash (32 Hexadezimalziffern)
        [sha1] kein gültiger SHA-1-Hash (40 Hexadezimalziffern)
        [sha256] kein gültiger SHA-256-Hash (64 Hexadezimalziffern)
        [file_name] kein gültiger Dateiname
        [asn] keine gültige AS-Nummer wie AS64496
        [cve] keine gültige CVE-Kennung wie CVE-2024-12345
       *[other] kein gültiger Wert (1 bis 2000 Zeichen)
    }

## Die Einrichtung

api-entity-type-of-sector = ist keine Art von Einrichtung des Sektors { $sector }; erwartet wird einer dieser Werte: { $codes }
api-subsector-none = der Sektor { $sector } hat keine Teilsektoren; bitte leer lassen
api-subsector-required = ist für { $type } erforderlich; einer dieser Werte: { $codes }
api-main-establishment = ist für diese Art von Einrichtung erforderlich (NIS2 Art. 26 Abs. 1 Buchst. b): der Mitgliedstaat, in dem die Entscheidungen über die Maßnahmen zum Cybersicherheitsrisikomanagement vorwiegend getroffen werden
api-services-provided = ist für Anbieter öffentlicher elektronischer Kommunikationsnetze oder -dienste erforderlich (NIS2 Art. 26 Abs. 1 Buchst. a): jeder Mitgliedstaat, in dem die Dienste erbracht werden

## Meldungen

api-report-language = muss ein EU-Sprachcode sein: { $codes }
api-report-aware-before-nis2 = darf nicht vor 2024-10-18T00:00:00Z liegen: Die Meldepflichten nach NIS2 gelten ab dem 18. Oktober 2024 (Art. 41)
api-report-aware-changed = weicht vom aware_at des Falls ab ({ $old }): Um ihn zu ändern, begründen Sie dies in aware_at_change_reason (mindestens 10 Zeichen); andernfalls lassen Sie aware_at weg
api-report-aware-reason-unchanged = gehört nur zu einem geänderten aware_at; diese Meldung behält den Wert des Falls bei ({ $old })
api-report-aware-reason-first = gehört nur zu einer späteren Meldung, die das aware_at des Falls ändert
api-report-trust-services-only = gilt nur für Vertrauensdiensteanbieter (Art. 23 Abs. 4 Unterabs. 2); bitte weglassen
api-report-progress-resolved = ein Fortschrittsbericht betrifft einen noch andauernden Sicherheitsvorfall; übermitteln Sie stattdessen den Abschlussbericht
api-report-final-resolved = muss für einen Abschlussbericht „resolved“ sein; solange der Sicherheitsvorfall andauert, übermitteln Sie einen Fortschrittsbericht
api-report-severity-known = muss im Abschlussbericht bekannt sein
api-report-users-number = muss im Abschlussbericht eine Zahl sein
api-report-outage-start = ist erforderlich, wenn der Dienst beeinträchtigt war (oder geben Sie outage_duration_min an, wenn die Zeitpunkte unbekannt sind)
api-report-late-reason = diese Stufe wird nach Ablauf ihrer Frist übermittelt: Bitte begründen (mindestens 10 Zeichen)
api-report-cross-border-ms = ist erforderlich, wenn grenzüberschreitende Auswirkungen möglich sind
api-report-spread-ms = ist erforderlich, wenn die Ausbreitung multi_ms oder global ist
api-report-timeline-order = die Ereignisse müssen in zeitlicher Reihenfolge stehen
api-supersedes-earlier = muss eine frühere Übermittlung der Stufe „{ $stage }“ dieses Falls sein
api-voluntary-no-stage = eine freiwillige Meldung (Art. 30) hat keine Stufen: Lassen Sie stage weg, oder lassen Sie kind weg, um eine Pflichtmeldung zu übermitteln
api-voluntary-no-aware-at = eine freiwillige Meldung hat keine Kenntnisnahme-Frist: Geben Sie stattdessen observed_at an

## Weitergabepakete

api-package-unknown-authority = { $value } ist keine Behörde der Routing-Tabelle
api-package-own-authority = Ihre eigene Behörde sieht den Fall bereits
api-package-no-recipient = nennen Sie mindestens eine Behörde, mit der geteilt werden soll
api-package-unknown-field = { $value } ist kein Feld, das geteilt werden kann
api-package-identity = { $field } nennt die Einrichtung: Setzen Sie redact_identity auf false, um es zu teilen
api-package-no-field = wählen Sie mindestens ein Feld: Standardmäßig wird nichts geteilt
api-package-tlp = muss einer dieser Werte sein: { $codes }

## Problemdokumente (RFC 9457): Titel nach Status, Details

api-title-bad-request = Ungültige Anfrage
api-title-unauthorized = Nicht authentifiziert
api-title-forbidden = Verboten
api-title-not-found = Nicht gefunden
api-title-request-timeout = Zeitüberschreitung der Anfrage
api-title-conflict = Konflikt
api-title-payload-too-large = Anfrage zu groß
api-title-unsupported-media-type = Nicht unterstützter Medientyp
api-title-unprocessable = Ungültige Eingabe
api-title-too-many-requests = Zu viele Anfragen
api-title-internal = Interner Serverfehler
api-title-unavailable = Dienst nicht verfügbar
api-detail-invalid-fields = { $count ->
        [one] { $count } Feld ist ungültig; siehe errors
       *[other] { $count } Felder sind ungültig; siehe errors
    }
api-detail-unauthorized = fehlende oder ungültige Zugangsdaten
api-detail-not-found = nicht gefunden
api-detail-too-large = der Anfragetext ist größer als { $bytes } Byte
api-detail-too-many = zu viele Anfragen; bitte in { $seconds } s erneut versuchen
api-detail-timeout = der Anfragetext ist nicht innerhalb von { $seconds } s eingetroffen; bitte erneut und in einem Stück senden
api-detail-unavailable = der Dienst ist vorübergehend nicht verfügbar; bitte in Kürze erneut versuchen
api-detail-unexpected = ein unerwarteter Fehler ist aufgetreten; er wurde protokolliert

## Die Fehlerseite

api-page-not-found = Seite nicht gefunden
api-page-not-found-text = Dieser Link ist nicht gültig. Wenn es ein Folgelink ist, kopieren Sie ihn erneut aus der Eingangsbestätigung per E-Mail oder von der Bestätigungsseite.
api-page-unavailable = Vorübergehend nicht verfügbar
api-page-unavailable-text = Der Dienst kann im Moment keine Meldungen speichern. Es wurde nichts gespeichert; bitte gehen Sie zurück und senden Sie das Formular in einer Minute erneut.
api-page-unexpected = Etwas ist schiefgelaufen
api-page-unexpected-text = Ein unerwarteter Fehler ist aufgetreten und wurde protokolliert. Es wurde nichts gespeichert; bitte gehen Sie zurück und versuchen Sie es erneut.
api-page-back = Zurück zur Startseite

# Regelwerke und Stränge (Spezifikation §7)
api-thread-needs-before = die Stufe „{ $stage }“ in diesem Strang setzt zuerst die Stufe „{ $before }“ voraus
api-thread-early-warning-after-notification = die { $regime }-Meldung ist bereits übermittelt: eine Frühwarnung ist nicht mehr geschuldet
api-thread-not-a-stage = ist keine Stufe von { $regime }; seine Stufen sind: { $stages }
api-thread-request-cra-only = ein Zwischenbericht wird für einen CRA-Strang angefordert (cra_vulnerability oder cra_incident, CRA Art. 14 Abs. 6); für die NIS2-Meldung weglassen
api-thread-decision = muss confirm oder decline sein
api-regime-dora-lex-specialis = ein { $entity_type } ist ein Finanzunternehmen nach DORA (Verordnung 2022/2554 Art. 2 Abs. 1), die die Meldepflicht nach NIS2 ersetzt (NIS2 Art. 4): bitte Regelwerk „dora“ melden (initial_notification, intermediate_report, final_report)
api-regime-dora-only = DORA gilt nur für Finanzunternehmen (Art. 2 Abs. 1); ein { $entity_type } meldet nach NIS2
api-regime-cannot-join = ein { $regime }-Strang kann keinem Fall mit dem Hauptregelwerk { $primary } beitreten; bitte einen neuen Fall eröffnen
api-answers-twice = nennt dasselbe Regelwerk und dieselbe Stufe zweimal
api-item-product-id = muss eine Paket-URL (pkg:typ/name@version) oder ein CPE-Name (cpe:2.3:…) sein
api-field-cvss = muss ein CVSS-Vektor sein, etwa CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H
api-regime-dora-lei = DORA-Berichte bezeichnen das Finanzunternehmen mit seiner Rechtsträgerkennung: bitte zuerst den LEI im Profil des Unternehmens eintragen
## Ablehnungen von Bearbeitungsschritten, Verknüpfungen und Paketen

api-act-observer = Beobachter können Fälle lesen, aber nicht bearbeiten
api-act-not-in-charge = Ihre Behörde erhält diesen Fall als { $role ->
        [spoc] zentrale Anlaufstelle
        [law_enforcement] Strafverfolgungsbehörde
        [enisa] ENISA
        [cer_authority] CER-Behörde
       *[other] { $role }
    }: sie wird über die Meldung unterrichtet (Art. 23 Abs. 1 NIS2); Rückmeldung, Anfragen, Prüfung, Abschluss und Verzichte sind Sache des CSIRT oder der zuständigen Behörde
api-act-informed-copy = dieser Fall wurde Ihrer Behörde zur Information übermittelt; die zuständigen Behörden bearbeiten ihn
api-case-changed = der Fall wurde inzwischen geändert; laden Sie ihn neu und versuchen Sie es erneut
api-act-not-a-submission = ist keine Einreichung dieses Falls
api-act-not-your-user = ist kein Benutzer Ihrer Behörde
api-act-incomplete = ist unvollständig
api-act-submission-id = muss die Kennung einer Einreichung sein
api-act-say-revision = geben Sie an, was überarbeitet werden muss
api-act-user-id = muss eine Benutzerkennung sein
api-close-no-withdraw = nur die Einrichtung kann ihre Meldung zurückziehen; muss einer dieser Werte sein: { $codes }
api-close-duplicate-required = ist erforderlich: das Aktenzeichen des Falls, von dem dieser ein Duplikat ist
api-close-reference = muss ein Aktenzeichen wie LU-2026-000042 sein
api-close-not-duplicate = nur ein Abschluss als Duplikat nennt einen anderen Fall
api-close-self = nennt diesen Fall selbst; geben Sie das Aktenzeichen des anderen Falls an
api-close-not-routed = kein Fall mit diesem Aktenzeichen ist Ihrer Behörde zugeleitet
api-close-other-entity = nennt den Fall einer anderen Einrichtung; ein Duplikat betrifft die Meldung derselben Einrichtung
api-close-target-ended = nennt einen Fall, der { $state ->
        [closed] abgeschlossen
        [withdrawn] zurückgezogen
       *[other] { $state }
    } ist; seine Einrichtung könnte dort nichts mehr einreichen
api-package-observer-share = Beobachter können Fälle lesen, aber nicht teilen
api-package-observer-revoke = Beobachter können Fälle lesen, aber keine Pakete widerrufen
api-package-revoked = das Paket ist bereits widerrufen
api-link-not-in-charge = nur Mitarbeitende einer für den Fall zuständigen Behörde können ihn mit einer Einrichtung verknüpfen
api-link-required = ist erforderlich: die Kennung einer registrierten Einrichtung
api-link-uuid = muss die Kennung einer Einrichtung sein (eine UUID)
api-link-none = nennt keine Einrichtung
api-link-web-entity = nennt eine im öffentlichen Formular eingegebene Organisation; verknüpfen Sie den Fall mit einer registrierten Einrichtung
api-link-same = der Fall gehört bereits zu dieser Einrichtung
api-link-registered = der Fall wurde von einer registrierten Einrichtung eingereicht; nur Einreichungen über das öffentliche Formular können verknüpft werden
api-link-jurisdiction = nennt eine Einrichtung außerhalb der Zuständigkeit von { $state } (Art. 26 NIS2); verknüpfen Sie den Fall mit einer ihrer Einrichtungen
api-draft-too-long = ist zu lang für einen Entwurf: der Entwurf umfasst { $held } KB, höchstens { $max } KB können gespeichert werden; kürzen Sie dieses Feld und speichern Sie erneut
api-admin-only-users = nur Administratoren verwalten Benutzer
api-admin-only-tokens = nur Administratoren verwalten API-Token
api-regime-not-yet = die { $regime }-Meldepflicht gilt für Vorfälle, von denen die Einrichtung ab dem { $date } Kenntnis erlangt hat
api-queue-unknown = unbekannter Wert für { $what }: „{ $value }“
api-unknown-role = unbekannte Rolle
api-form-unreadable = das Formular konnte nicht gelesen werden
api-form-expired = Das Formular ist abgelaufen oder stammt nicht von dieser Website; laden Sie die Seite neu und versuchen Sie es erneut.
api-enisa-not-spoc = die Zusammenfassung für die ENISA (Art. 23 Abs. 9 NIS2) erstellt die zentrale Anlaufstelle einmal je Mitgliedstaat (Routing-Rolle spoc); { $authority } ist keine
api-enisa-not-spoc-of = { $authority } ist nicht die zentrale Anlaufstelle von { $state }
api-enisa-which-state = member_state: nennen Sie den zusammenzufassenden Mitgliedstaat (diese zentrale Anlaufstelle ist für mehrere zuständig)
api-enisa-quarter = das Quartal muss die Form 2026-Q4 haben
api-enisa-quarter-ahead = dieses Quartal hat noch nicht begonnen

## Ablehnungen des Zustandsautomaten des Falls (Spez. §1.5) und der Anfrage selbst

api-case-ended-state = der Fall ist im Zustand „{ $case_state }“; es können keine weiteren Berichte eingereicht werden
api-case-starts-with = ein Fall beginnt mit einer Frühwarnung oder einer Meldung über den Sicherheitsvorfall
api-stage-needs-notification = die Stufe „{ $stage }“ setzt die vorherige Meldung über den Sicherheitsvorfall voraus
api-stage-too-late = die Stufe „{ $stage }“ kann nicht mehr eingereicht werden, sobald der Fall im Zustand „{ $case_state }“ ist
api-ended-duplicate = dieser Fall wurde als Duplikat von { $other } abgeschlossen; reichen Sie weitere Berichte im Fall { $other } ein
api-ended-withdrawn = dieser Fall wurde zurückgezogen; es können keine weiteren Berichte eingereicht werden, es sei denn, die Behörde eröffnet ihn wieder
api-ended-not-significant = die Behörde hat diesen Fall als nicht erheblich abgeschlossen ({ $reason }); es sind keine weiteren Berichte fällig
api-ended-closed = der Fall ist abgeschlossen; es können keine weiteren Berichte eingereicht werden
api-kind-voluntary-case = dieser Fall ist eine freiwillige Meldung ({ $kind }, Art. 30): er nimmt nur weitere freiwillige Meldungen an; eröffnen Sie für eine Pflichtmeldung einen neuen Fall
api-kind-mandatory-case = dieser Fall ist eine Pflichtmeldung: lassen Sie kind weg; eröffnen Sie für eine freiwillige Meldung einen neuen Fall
api-close-already = der Fall ist bereits im Zustand „{ $case_state }“
api-close-withdraw-entity-only = nur die Einrichtung kann ihre Meldung zurückziehen
api-close-accept-before-final = ein Fall kann erst angenommen und abgeschlossen werden, wenn sein Abschlussbericht vorliegt; er ist im Zustand „{ $case_state }“ und die Einrichtung schuldet noch: { $owed }. Schließen Sie ihn als nicht erheblich oder als Duplikat ab oder warten Sie auf den Abschlussbericht
api-close-accept-owed = die Einrichtung schuldet noch: { $owed }; verzichten Sie darauf oder warten Sie den Eingang ab, bevor Sie den Fall annehmen
api-withdraw-after-final = der Abschlussbericht liegt vor; der Fall kann nicht mehr zurückgezogen werden (schreiben Sie stattdessen der Behörde)
api-withdraw-nothing-filed = es wurde noch nichts eingereicht, daher gibt es nichts zurückzuziehen
api-withdraw-ended = der Fall ist im Zustand „{ $case_state }“; er kann nicht mehr zurückgezogen werden
api-waive-ended = der Fall ist im Zustand „{ $case_state }“; es steht nichts mehr aus
api-waive-not-owed = die Stufe „{ $stage }“ ist im Zustand „{ $deadline_status }“; nur auf eine ausstehende oder überfällige Stufe kann verzichtet werden
api-waive-no-stage = in diesem Fall steht keine Stufe „{ $stage }“ aus
api-reopen-open = der Fall ist im Zustand „{ $case_state }“; nur ein abgeschlossener oder zurückgezogener Fall kann wieder eröffnet werden
api-reopen-unknown-state = der Zustand vor dem Abschluss ist unbekannt
api-thread-ended = der { $regime }-Strang ist beendet ({ $how }); darin kann nichts mehr eingereicht werden
api-thread-none = dieser Fall hat keinen { $regime }-Strang
api-thread-not-proposed = der { $regime }-Strang ist im Zustand „{ $thread_status }“, nicht „vorgeschlagen“
api-request-case-state = für einen Fall im Zustand „{ $case_state }“ können keine Berichte angefordert werden
api-request-due-future = die Frist muss in der Zukunft liegen
api-request-cra-thread = Zwischenberichte werden für einen cra_vulnerability- oder cra_incident-Strang angefordert (CRA Art. 14 Abs. 6), nicht für { $regime }
api-request-thread-ended = der { $regime }-Strang ist beendet; darin kann nichts mehr angefordert werden
api-request-coordinator-only = nur das koordinierende CSIRT fordert Zwischenberichte im { $regime }-Strang an (CRA Art. 14 Abs. 6)
api-dissemination-observer = Beobachter können Fälle lesen, aber nicht über die Weitergabe entscheiden
api-dissemination-coordinator-only = nur das koordinierende CSIRT einer CRA-Meldung gibt sie weiter
api-filing-no-thread = die Einreichung beantwortete keinen Strang
api-concurrent-change = eine gleichzeitige Änderung wurde zuerst gespeichert; senden Sie die Anfrage erneut
api-idempotency-key = Idempotency-Key muss 1 bis 200 sichtbare ASCII-Zeichen lang sein
api-idempotency-reused = dieser Idempotency-Key wurde bereits für eine andere Anfrage verwendet
api-list-limit = limit muss zwischen 1 und 100 liegen
api-list-cursor = cursor ist kein Wert, den diese API geliefert hat
api-enisa-member-state = member_state muss der Code eines EU-Mitgliedstaats wie LU, DE oder EL sein
api-bad-query = die Abfragezeichenfolge konnte nicht gelesen werden; prüfen Sie jeden Parameter (limit: eine ganze Zahl von 1 bis 100; cursor: ein Wert, den diese API geliefert hat)
api-send-json = senden Sie den Inhalt mit Content-Type: application/json
api-body-unreadable = der Inhalt der Anfrage konnte nicht gelesen werden: { $error }
api-body-utf8 = der Anfragetext ist nicht gültig UTF-8-kodiert (Byte { $byte })
api-body-json = fehlerhaftes JSON (Zeile { $line }, Spalte { $column })
api-token-revoked = dieses Behörden-Token wurde am { $when } widerrufen; bitten Sie die Administration Ihrer Behörde um ein neues
api-token-expired = dieses Behörden-Token ist am { $when } abgelaufen; bitten Sie die Administration Ihrer Behörde um ein neues
api-token-expired-unknown = dieses Behörden-Token ist abgelaufen; bitten Sie die Administration Ihrer Behörde um ein neues
api-field-unknown = ist kein Feld dieser Anfrage; die API-Beschreibung (/api/v1/openapi.json) nennt die zulässigen Felder
