# en: mail words (Project Fluent). Subjects stay short; a case is named "“title” (reference)".

## Shared
mail-case = “{ $title }” ({ $reference })
mail-label-reference = Reference
mail-label-entity = Entity
mail-label-stage = Stage
mail-label-filed_at = Filed at
mail-label-severity = Severity
mail-label-cross_border = Cross-border
mail-label-assistance = Assistance
mail-label-received_at = Received at
mail-label-routed_to = Routed to
mail-deadlines = Deadlines:
mail-provisional = provisional
mail-to_be_determined = to be determined
mail-open-case = Open the case
mail-no-content = This message carries no report content on purpose.
mail-file-how = File it through the API ({ $api }) or your follow-up link.
mail-also-below = This message follows below in: { $languages }.

## To an authority: a filing
mail-notification-subject = { $stage } from { $entity }
mail-informed-tag = [for information]
mail-notification-filed = A NIS2 report has been filed.
mail-notification-filed-informed = A NIS2 report has been filed and is copied to you for information (possible cross-border impact).
mail-stage-version = { $stage } (version { $version })
mail-notification-workspace = The content of the report is in the authority workspace:
mail-notification-open = Open the case in the authority workspace
mail-severity-unassessed = not yet assessed
mail-severity-very_large = very large
mail-severity-large = large
mail-severity-minor = minor
mail-severity-none = none
mail-severity-unknown = unknown
mail-cross_border-possible = possible
mail-cross_border-not_indicated = not indicated
mail-assistance-requested = REQUESTED
mail-assistance-not_requested = not requested
mail-aware_at-changed = This filing changes when the entity became aware (aware_at) from { $from } to { $to }.
mail-aware_at-reason = Deadlines were recomputed and the stages already filed judged again; the entity's reason is on the case page.

## To the reporter: the receipt
mail-ack-subject = Received: your { $stage }
mail-ack-received = Your { $stage } for “{ $title }” has been received.
mail-ack-next = Your next deadlines:
mail-ack-keep = Keep the reference: quote it in every later report and message about this incident.
mail-ack-link = Your private follow-up link (do not forward it: anyone holding it can read and add to this case):
mail-ack-use = Use it to file the next reports, see your deadlines and save drafts.
mail-unrouted = no authority yet (the platform administrators were alerted)

## To the administrators: a filing nobody is routed
mail-unrouted-subject = UNROUTED report from { $entity }
mail-unrouted-intro = A report was accepted that matches no authority in the routing table.
mail-unrouted-nobody = Nobody has been notified of it yet.
mail-unrouted-add = Add a routing rule for this combination and forward the case:

## To the reporter: a deadline soon
mail-reminder-subject = Reminder: { $stage } due { $due }
mail-reminder-due = The { $stage } for { $case } is due
mail-reminder-late = If you cannot meet the deadline, file as soon as you can and say why in late_reason.
mail-status-subject = Status update requested: the final report awaits the end of handling
mail-status-body = The incident { $case } was still ongoing when its final report fell due, so the final report is now due one month after handling ends.
mail-status-ask = Please tell the authority how the incident stands by { $due }: file an intermediate report with the current incident_status, and handled_at once handling has ended.
mail-status-monthly = This is a monthly reminder, not a missed deadline.

## To an authority: a deadline missed
mail-overdue-subject = OVERDUE: { $stage } from { $entity }
mail-overdue-body = The { $stage } of case { $case } has not been filed.
mail-overdue-due = It was due { $due }.

## To the reporter: an authority wrote
mail-update-from = { $what } from { $authority }
mail-update-body = There is something new on your case { $case }: { $update }.
mail-update-read = Read it, and answer if needed, on your private follow-up page:
mail-update-api = For your security this mail does not repeat the content. API clients read it with { $api } (the “messages” list).

## To an authority: a case changed
mail-authority_update-body = Case { $case }: { $update }.
mail-authority_update-more = The reason and the deadlines now owed are on the case page:

## To an authority: a share package
mail-share-subject = { $sender } shared incident information with you
mail-share-dear = Dear { $name },
mail-share-body = { $sender } shared a package of incident information with your authority ({ $tlp }; NIS2 Art. 23(6)). Staff of your authority can read it, signed in, at:
mail-share-api = For confidentiality this mail does not repeat the content. API clients read it with { $list } (the list) and { $one }.

## To the administrators: the audit checkpoint
mail-audit-subject = Audit checkpoint { $at }: { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
mail-audit-body = The audit log of the incident intake service held { $count ->
    [one] { $count } entry
   *[other] { $count } entries
} at { $at }.
mail-audit-keep = This is its signed checkpoint. Keep this mail: it is the copy of the log's state that the server cannot change.
mail-audit-verify = To check the log against it, save the line above in a file and run:
mail-ack-received-unconfirmed = A report that gives this address as its contact has been received ({ $stage }).
mail-ack-unconfirmed-note = This mail repeats nothing that was typed into the report until this address is confirmed: opening the follow-up link below once confirms it. If you did not file this report, you can ignore this mail.
mail-label-filed_for = Filed for

# A sibling regime's stage (spec §7)
mail-stage-of-regime = { $regime } { $stage }
