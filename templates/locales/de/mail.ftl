# de: Wörter der E-Mails (Project Fluent). Betreffzeilen kurz halten; ein Fall heißt „Titel“ (Aktenzeichen).

## Gemeinsam
mail-case = „{ $title }“ ({ $reference })
mail-label-reference = Aktenzeichen
mail-label-entity = Einrichtung
mail-label-stage = Meldestufe
mail-label-filed_at = Eingereicht am
mail-label-severity = Schweregrad
mail-label-cross_border = Grenzüberschreitend
mail-label-assistance = Unterstützung
mail-label-received_at = Eingegangen am
mail-label-routed_to = Weitergeleitet an
mail-deadlines = Fristen:
mail-provisional = vorläufig
mail-to_be_determined = noch offen
mail-open-case = Fall öffnen
mail-no-content = Diese Nachricht enthält absichtlich keine Inhalte der Meldung.
mail-file-how = Reichen Sie sie über die API ({ $api }) oder Ihren persönlichen Folgelink ein.
mail-also-below = Diese Nachricht folgt unten auch auf: { $languages }.

## An eine Behörde: eine Meldung
mail-notification-subject = { $stage } von { $entity }
mail-informed-tag = [zur Kenntnis]
mail-notification-filed = Eine NIS2-Meldung ist eingegangen.
mail-notification-filed-informed = Eine NIS2-Meldung ist eingegangen und wird Ihnen zur Kenntnis übermittelt (mögliche grenzüberschreitende Auswirkungen).
mail-stage-version = { $stage } (Version { $version })
mail-notification-workspace = Den Inhalt der Meldung finden Sie im Arbeitsbereich der Behörde:
mail-notification-open = Fall im Arbeitsbereich der Behörde öffnen
mail-severity-unassessed = noch nicht bewertet
mail-severity-very_large = sehr hoch
mail-severity-large = hoch
mail-severity-minor = gering
mail-severity-none = keiner
mail-severity-unknown = unbekannt
mail-cross_border-possible = möglich
mail-cross_border-not_indicated = nicht angegeben
mail-assistance-requested = ERBETEN
mail-assistance-not_requested = nicht erbeten
mail-aware_at-changed = Diese Meldung ändert den Zeitpunkt, zu dem die Einrichtung Kenntnis erlangte (aware_at), von { $from } auf { $to }.
mail-aware_at-reason = Die Fristen wurden neu berechnet und die bereits eingereichten Meldestufen neu beurteilt; die Begründung der Einrichtung steht auf der Fallseite.

## An die Einrichtung: die Eingangsbestätigung
mail-ack-subject = Eingegangen: { $stage }
mail-ack-received = Ihre Meldung ({ $stage }) zu „{ $title }“ ist eingegangen.
mail-ack-next = Ihre nächsten Fristen:
mail-ack-keep = Bewahren Sie das Aktenzeichen auf: Geben Sie es in jeder weiteren Meldung und Nachricht zu diesem Sicherheitsvorfall an.
mail-ack-link = Ihr persönlicher Folgelink (nicht weitergeben: Wer ihn besitzt, kann diesen Fall lesen und ergänzen):
mail-ack-use = Damit reichen Sie die nächsten Meldungen ein, sehen Ihre Fristen und speichern Entwürfe.
mail-unrouted = noch keine Behörde (die Plattformadministratoren wurden benachrichtigt)

## An die Administratoren: eine Meldung ohne Empfänger
mail-unrouted-subject = NICHT ZUGEORDNET: Meldung von { $entity }
mail-unrouted-intro = Eine Meldung wurde angenommen, die keiner Behörde der Routing-Tabelle entspricht.
mail-unrouted-nobody = Bisher wurde niemand benachrichtigt.
mail-unrouted-add = Legen Sie eine Routing-Regel für diese Kombination an und leiten Sie den Fall weiter:

## An die Einrichtung: eine Frist naht
mail-reminder-subject = Erinnerung: { $stage } fällig { $due }
mail-reminder-due = Die Frist für Ihre Meldung ({ $stage }) zu { $case } endet am
mail-reminder-late = Können Sie die Frist nicht einhalten, reichen Sie so bald wie möglich ein und begründen Sie dies in late_reason.
mail-status-subject = Sachstand erbeten: Abschlussbericht nach Ende der Bearbeitung
mail-status-body = Der Sicherheitsvorfall { $case } dauerte noch an, als sein Abschlussbericht fällig wurde; der Abschlussbericht ist daher einen Monat nach Ende der Bearbeitung fällig.
mail-status-ask = Bitte teilen Sie der Behörde bis { $due } den Stand des Vorfalls mit: Reichen Sie einen Zwischenbericht mit dem aktuellen incident_status ein, und handled_at, sobald die Bearbeitung abgeschlossen ist.
mail-status-monthly = Dies ist eine monatliche Erinnerung, keine versäumte Frist.

## An eine Behörde: eine Frist versäumt
mail-overdue-subject = ÜBERFÄLLIG: { $stage } von { $entity }
mail-overdue-body = Im Fall { $case } wurde Folgendes nicht eingereicht: { $stage }.
mail-overdue-due = Die Frist endete am { $due }.

## An die Einrichtung: eine Behörde hat geschrieben
mail-update-from = { $what } von { $authority }
mail-update-body = Neues zu Ihrem Fall { $case }: { $update }.
mail-update-read = Lesen Sie es, und antworten Sie bei Bedarf, auf Ihrer persönlichen Folgeseite:
mail-update-api = Zu Ihrer Sicherheit gibt diese E-Mail den Inhalt nicht wieder. API-Clients lesen ihn mit { $api } (die Liste „messages“).

## An eine Behörde: ein Fall hat sich geändert
mail-authority_update-body = Fall { $case }: { $update }.
mail-authority_update-more = Die Begründung und der aktuelle Stand der Fristen stehen auf der Fallseite:

## An eine Behörde: ein geteiltes Paket
mail-share-subject = { $sender } hat Vorfallsinformationen mit Ihnen geteilt
mail-share-dear = Sehr geehrte Damen und Herren ({ $name }),
mail-share-body = { $sender } hat ein Paket mit Informationen zu einem Sicherheitsvorfall mit Ihrer Behörde geteilt ({ $tlp }; NIS2 Art. 23 Abs. 6). Beschäftigte Ihrer Behörde können es nach Anmeldung hier lesen:
mail-share-api = Aus Gründen der Vertraulichkeit gibt diese E-Mail den Inhalt nicht wieder. API-Clients lesen ihn mit { $list } (die Liste) und { $one }.

## An die Administratoren: der Prüfpunkt des Audit-Protokolls
mail-audit-subject = Audit-Prüfpunkt { $at }: { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträge
}
mail-audit-body = Das Audit-Protokoll des Meldedienstes enthielt am { $at } { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträge
}.
mail-audit-keep = Dies ist sein signierter Prüfpunkt. Bewahren Sie diese E-Mail auf: Sie ist die Kopie des Protokollstands, die der Server nicht ändern kann.
mail-audit-verify = Um das Protokoll damit zu prüfen, speichern Sie die Zeile oben in einer Datei und führen Sie aus:
mail-ack-received-unconfirmed = Eine Meldung, die diese Adresse als Kontakt angibt, ist eingegangen ({ $stage }).
mail-ack-unconfirmed-note = Diese E-Mail wiederholt nichts, was in die Meldung eingegeben wurde, bis diese Adresse bestätigt ist: Einmaliges Öffnen des folgenden Folgelinks bestätigt sie. Wenn Sie diese Meldung nicht eingereicht haben, können Sie diese E-Mail ignorieren.
mail-label-filed_for = Eingereicht für

# A sibling regime's stage (spec §7)
mail-stage-of-regime = { $stage } ({ $regime })
