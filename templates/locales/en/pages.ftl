# en: pages words (Project Fluent).
# The public pages: frame, landing page, report forms, follow-up page, significance helper.

## Frame (templates/pages/base.html)
pages-site-name = Incident reporting
pages-skip = Skip to content
pages-nav-main = Main
pages-nav-report = Report an incident
pages-nav-significance = Is it significant?
pages-nav-language = Language
pages-footer = Reports are received under NIS2 Directive (EU) 2022/2555, Art. 23. No account and no JavaScript are needed.

## Shared
pages-required = (required)
pages-error-prefix = Error:
pages-choose = – choose –
pages-col-report = Report
pages-col-due = Due
pages-col-status = Status
pages-col-time = Time
pages-stage-early-warning = Early warning
pages-stage-incident-notification = Incident notification
pages-stage-intermediate-report = Intermediate report
pages-stage-progress-report = Progress report
pages-stage-final-report = Final report

## Landing page
pages-landing-title = Report a significant cyber incident
pages-landing-intro-before = Essential and important entities must report every
pages-landing-intro-significant = significant incident
pages-landing-intro-after = to their CSIRT or competent authority, in stages. You need no account: after your first report you receive a private link to file the next ones.
pages-landing-due-heading = What is due when
pages-landing-due-caption = Reporting stages and deadlines
pages-landing-col-says = What it says
pages-landing-due-early-warning = within 24 hours of becoming aware
pages-landing-says-early-warning = what happened so far, whether it may be malicious or cross-border
pages-landing-due-incident-notification = within 72 hours of becoming aware (24 hours for trust service providers)
pages-landing-says-incident-notification = first assessment: severity, impact, indicators of compromise
pages-landing-due-intermediate-report = when the authority asks
pages-landing-says-intermediate-report = the status update it requests
pages-landing-due-progress-report = one month after the notification, if the incident is still ongoing
pages-landing-says-progress-report = where handling stands
pages-landing-due-final-report = one month after the notification, or after handling ends
pages-landing-says-final-report = root cause, mitigation, cross-border impact
pages-landing-ways-heading = Ways in
pages-landing-way-early-warning = File an early warning
pages-landing-way-early-warning-note = the quickest first step.
pages-landing-way-notification = File the full incident notification directly
pages-landing-way-notification-note = it also counts as the early warning.
pages-landing-way-significance = Check whether an incident is significant
pages-landing-way-follow-up = Already reported? Open the private follow-up link from your confirmation page or acknowledgement email.
pages-landing-way-api-before = Security tools can file the same reports through the
pages-landing-way-api-link = JSON API
pages-landing-way-api-after = with an API key.

## Report forms
pages-new-report-title = { $new }: { $stage }
pages-stage-form-title = { $case }: { $stage }
pages-form-errors-title =
    { $count ->
        [one] The report was not sent: 1 entry needs your attention
       *[other] The report was not sent: { $count } entries need your attention
    }
pages-form-errors-kept = Everything you typed is kept below.
pages-form-error-line = { $label }: { $message }
pages-form-line = line { $line }: { $message }
pages-form-datetime = enter a date and time, e.g. 2026-03-01 08:30
pages-form-draft-link = Private link to this draft – keep it to continue later (anyone with the link can open it):
pages-form-required-before = Fields marked
pages-form-required-after = must be filled in. Times are read in the time zone you choose (by default, that of your member state).
pages-form-send = Send report
pages-form-save = Save draft
pages-refused-forged = For your security this form must be sent from this site with a current token. Nothing was saved: check your entries below and send the form again.
pages-refused-rate-limit = Too many forms were sent from your network. Nothing was saved: wait { $wait } seconds, then send the form again; your entries are kept below.

## Follow-up page
pages-case-received = Report received
pages-case-receipt = Your { $stage } was received on { $when }.
pages-case-reference-before = Your reference:
pages-case-reference-after = . Quote it in every later report and message.
pages-case-keep-link = Keep this private follow-up link: it is the only way back to this case without an account, and it was also sent to your contact address.
pages-case-not-withdrawn = Not withdrawn: { $reason }
pages-case-entity = Reporting entity
pages-case-status = Reporting status
pages-case-print = Print view
pages-case-deadlines = Deadlines
pages-case-deadlines-caption = Deadlines of this case
pages-case-conversation = Messages with the authority
pages-case-no-messages = No messages yet.
pages-case-message-label = Your message to the authority
pages-case-message-send = Send message
pages-case-file-heading = File a report
pages-case-no-actions = No further reports can be filed on this case.
pages-case-draft-tag = draft saved
pages-case-withdraw-heading = Withdraw this report
pages-case-withdraw-hint = If your assessment now finds that the incident is not significant after all, you can withdraw the report. Give your reason: the authority reads it and may reopen the case. The reports still open are then no longer due.
pages-case-withdraw-label = Why you withdraw the report
pages-case-withdraw-button = Withdraw the report
pages-case-submissions = Submissions
pages-case-received-at = Received { $when }
pages-case-filed-late = filed late
pages-case-submission-heading = { $stage } – version { $version }
pages-case-draft-saved = Your draft { $stage } is saved. Open it below to continue.
pages-case-ending-duplicate = The authority closed this case as a duplicate of case { $other } ({ $reason }). File any further reports on case { $other }; nothing more is due here.
pages-case-ending-not-significant = The authority closed this case as not significant ({ $reason }). The reports still open are waived: nothing more is due.
pages-case-ending-withdrawn = You withdrew this report ({ $reason }). The reports still open are waived; the authority may reopen the case.
pages-case-ending-closed = The authority accepted and closed this case ({ $reason }).
pages-case-you = You
pages-case-feedback = Feedback ({ $kind })
pages-case-waived = No longer due: { $stage }
pages-case-request = The authority asks for an intermediate report by { $when }: { $questions }
pages-message-empty = Write a message before sending it.
pages-withdraw-check-form = Check the form and try again.
pages-withdraw-reason-needed = Say why you withdraw the report (3 characters or more).
pages-deadline-left = { $span } left
pages-deadline-overdue = overdue by { $span }
pages-span-minutes = { $m } min
pages-span-hours = { $h } h { $m } min
pages-span-days = { $d } d { $h } h

## Significance helper
pages-significance-title = Is this incident significant?
pages-significance-intro = Answer what you know; leave the rest. The helper applies NIS2 Art. 23(3) and, for the digital services covered by Implementing Regulation (EU) 2024/2690, its thresholds. It only advises: you may always report, and when in doubt you should.
pages-significance-result = Result: { $verdict }
pages-significance-matched = Criteria met
pages-significance-excluded = Left out as scheduled interruptions (Implementing Regulation 2024/2690 Art. 3(2))
pages-significance-excluded-note = Only these availability figures were left out; every other criterion still counts.
pages-significance-undecided = Not decided by your answers
pages-significance-report = Report this incident
pages-significance-assess = Assess

## DORA classification helper
pages-dora-title = Is this a major ICT-related incident (DORA)?
pages-dora-intro = For financial entities under DORA (Regulation (EU) 2022/2554). Answer what you know; leave the rest. The helper applies the criteria and materiality thresholds of Delegated Regulation (EU) 2024/1772: an incident is major when it affects critical services and either a malicious unauthorised access may result in data losses or two or more other thresholds are met. It only advises.
pages-dora-result = Result: { $verdict }
pages-dora-rule = Decided by: { $rule }
pages-dora-matched = Criteria met
pages-dora-undecided = Not decided by your answers
pages-dora-report = Report this incident
pages-dora-assess = Classify
pages-dora-not-a-number = Enter a number of 0 or more (for example 1500 or 2.5); this answer was left out.
pages-dora-nis2-link = Not a financial entity? Use the NIS2 significance helper.
pages-significance-dora-link = A financial entity under DORA (bank, payment or e-money institution, investment firm, insurer, …)? Use the DORA classification helper.
