# en: api words (Project Fluent).
# Field errors: the domain names them by these ids (`Msg::t("api-…")` in src/domain); the
# English text is the `message` of every field error. Codes and field names in placeholders
# ($codes, $other, $field, $sector, $type, $class, $value) are never translated; stages
# ($stage, $before, $owed) and states ($case_state, $deadline_status, $thread_status) are said
# in words (`words::errors::in_words`).

## Any field

api-field-required = is required
api-field-required-with = is required when { $other } is given
api-field-control-characters = must not contain control characters
api-field-control-tabs = must not contain control characters (such as tabs)
api-field-bidi-override = must not contain bidirectional override characters (U+202A–U+202E, U+2066–U+2069): they can make text read differently from what it says
api-field-single-line = must be a single line: line breaks are not allowed
api-field-too-short = must be at least { $min } characters (got { $len })
api-field-too-long = must be at most { $max } characters (got { $len })
api-field-boolean = must be true or false
api-field-count = must be a whole number of 0 or more
api-field-euros = must be an amount in euros ≥ 0 with at most 2 decimals, e.g. 125000.50
api-field-datetime = must be a date-time in RFC 3339 form, e.g. 2026-03-01T08:30:00Z
api-field-needs-offset = needs a time zone offset, e.g. 2026-03-01T08:30:00+01:00 or …Z
api-field-before-1970 = must not be before 1970
api-field-future = must be in the future
api-field-uuid = must be a UUID
api-field-one-of = must be one of: { $codes }
api-field-one-code = must name at least one: { $codes }
api-field-one-entry = must name at least one entry
api-field-one-service = must name at least one affected service
api-field-one-member-state = must name at least one member state
api-field-list-max = must have at most { $max } entries
api-field-needs = needs { $other }
api-field-not-after = must not be after { $other }
api-field-after-submission = must not be after the time of submission (120 s of clock difference are tolerated)
api-field-not-before = must not be before { $other }
api-field-not-exceed = must not exceed { $other }
api-json-type = must be { $want ->
        [boolean] true or false
        [number] a whole number
        [number-or-unknown] a whole number or "unknown"
        [string] a string
        [strings] a list of strings
        [objects] a list of objects
        [list] a list
        [object] an object
       *[other] { $want }
    }, not { $got ->
        [null] null
        [boolean] a boolean
        [number] a number
        [string] a string
        [list] a list
        [object] an object
       *[other] { $got }
    }

## Values of a kind

api-email = must be an email address such as soc@example.com
api-phone = must be an international phone number such as +352 123 45678
api-member-state = must be an EU member state code such as LU, DE or EL
api-member-state-efta = { $code } is an EEA EFTA state; NIS2 does not apply there until it is incorporated into the EEA Agreement
api-lei-shape = must be 20 characters: 18 letters or digits, then 2 check digits
api-lei-check-digits = has wrong check digits (ISO 7064 mod 97-10); check for a typing error
api-rsit-class = must be an RSIT class: { $codes }
api-rsit-type = must be a type of class { $class }: { $codes }
api-item-service = must be at most 200 characters of text
api-item-criterion = must be a criterion code such as ir_a3_a
api-item-cve = must be a CVE id such as CVE-2024-12345
api-item-attack-technique = must be a MITRE ATT&CK id such as T1486 or T1059.001
api-ioc-invalid = is not a valid { $kind ->
        [ipv4] IPv4 address
        [ipv6] IPv6 address
        [cidr] CIDR block such as 192.0.2.0/24
        [domain] domain name
        [url] absolute URL such as https://example.com/path
        [email] email address
        [md5] MD5 hash (32 hex digits)
        [sha1] SHA-1 hash (40 hex digits)
        [sha256] SHA-256 hash (64 hex digits)
        [file_name] file name
        [asn] AS number such as AS64496
        [cve] CVE id such as CVE-2024-12345
       *[other] value (1 to 2000 characters)
    }

## The entity

api-entity-type-of-sector = is not an entity type of sector { $sector }; expected one of: { $codes }
api-subsector-none = sector { $sector } has no subsectors; leave it empty
api-subsector-required = is required for { $type }; one of: { $codes }
api-main-establishment = is required for this entity type (NIS2 Art. 26(1)(b)): the member state where cybersecurity risk-management decisions are mainly taken
api-services-provided = is required for public electronic communications providers (NIS2 Art. 26(1)(a)): every member state where the services are provided

## Reports

api-report-language = must be an EU language code: { $codes }
api-report-aware-before-nis2 = must not be before 2024-10-18T00:00:00Z: NIS2 reporting duties apply from 18 October 2024 (Art. 41)
api-report-aware-changed = differs from the case's aware_at ({ $old }): to change it, say why in aware_at_change_reason (at least 10 characters); otherwise leave aware_at out
api-report-aware-reason-unchanged = only goes with a changed aware_at; this filing keeps the case's ({ $old })
api-report-aware-reason-first = only goes with a later filing that changes the case's aware_at
api-report-trust-services-only = applies only to trust service providers (Art. 23(4) second subparagraph); leave it out
api-report-progress-resolved = a progress report is for an incident still ongoing; file the final report instead
api-report-final-resolved = must be resolved for a final report; while the incident is ongoing, file a progress report
api-report-severity-known = must be known in the final report
api-report-users-number = must be a number in the final report
api-report-outage-start = is required when the service was impacted (or give outage_duration_min if the times are unknown)
api-report-late-reason = this stage is filed after its deadline: say why (at least 10 characters)
api-report-cross-border-ms = is required when cross-border impact is possible
api-report-spread-ms = is required when the spread is multi_ms or global
api-report-timeline-order = events must be in chronological order
api-supersedes-earlier = must be an earlier { $stage } of this case
api-voluntary-no-stage = a voluntary notification (Art. 30) has no stages: leave stage out, or leave kind out to file a mandatory report
api-voluntary-no-aware-at = a voluntary notification has no awareness clock: give observed_at instead

## Sharing packages

api-package-unknown-authority = { $value } is no authority of the routing table
api-package-own-authority = your own authority already sees the case
api-package-no-recipient = name at least one authority to share with
api-package-unknown-field = { $value } is not a field that can be shared
api-package-identity = { $field } names the entity: set redact_identity to false to share it
api-package-no-field = choose at least one field: nothing is shared by default
api-package-tlp = must be one of { $codes }

## Problem documents (RFC 9457): titles by status, details

api-title-bad-request = Bad Request
api-title-unauthorized = Unauthorized
api-title-forbidden = Forbidden
api-title-not-found = Not Found
api-title-request-timeout = Request Timeout
api-title-conflict = Conflict
api-title-payload-too-large = Payload Too Large
api-title-unsupported-media-type = Unsupported Media Type
api-title-unprocessable = Unprocessable Entity
api-title-too-many-requests = Too Many Requests
api-title-internal = Internal Server Error
api-title-unavailable = Service Unavailable
api-detail-invalid-fields = { $count } field(s) are invalid; see errors
api-detail-unauthorized = missing or invalid credentials
api-detail-not-found = not found
api-detail-too-large = request body is larger than { $bytes } bytes
api-detail-too-many = too many requests; retry in { $seconds } s
api-detail-timeout = the request body did not arrive within { $seconds } s; send it again, all at once
api-detail-unavailable = the service is temporarily unavailable; retry shortly
api-detail-unexpected = an unexpected error occurred; it has been logged

## The error page

api-page-not-found = Page not found
api-page-not-found-text = This link is not valid. If it is a follow-up link, copy it again from the acknowledgement email or the confirmation page.
api-page-unavailable = Temporarily unavailable
api-page-unavailable-text = The service cannot store reports at this moment. Nothing was saved; please go back and send the form again in a minute.
api-page-unexpected = Something went wrong
api-page-unexpected-text = An unexpected error occurred and has been logged. Nothing was saved; please go back and try again.
api-page-back = Back to the start page

# Regimes and threads (spec §7)
api-thread-needs-before = the { $stage } on this thread needs the { $before } first
api-thread-early-warning-after-notification = the { $regime } notification is already filed: an early warning is no longer owed
api-thread-not-a-stage = is not a stage of { $regime }; its stages are: { $stages }
api-thread-request-cra-only = an intermediate report is requested on a CRA thread (cra_vulnerability or cra_incident, CRA Art. 14(6)); leave it out for the NIS2 report
api-thread-decision = must be confirm or decline
api-regime-dora-lex-specialis = a { $entity_type } is a financial entity under DORA (Regulation 2022/2554 Art. 2(1)), which replaces NIS2's reporting duty (NIS2 Art. 4): file regime "dora" (initial_notification, intermediate_report, final_report)
api-regime-dora-only = DORA applies to financial entities only (Art. 2(1)); a { $entity_type } reports under NIS2
api-regime-cannot-join = a { $regime } thread cannot join a case whose primary regime is { $primary }; open a new case for it
api-answers-twice = names the same regime and stage twice
api-item-product-id = must be a package URL (pkg:type/name@version) or a CPE name (cpe:2.3:…)
api-field-cvss = must be a CVSS vector such as CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H
api-regime-dora-lei = DORA reports name the financial entity by its Legal Entity Identifier: add the LEI to the entity's profile first
## Refusals of staff actions, links and packages (details of problem documents and pages)

api-act-observer = observers can read cases but not act on them
api-act-not-in-charge = your authority receives this case as { $role ->
        [spoc] the single point of contact
        [law_enforcement] law enforcement
        [enisa] ENISA
        [cer_authority] the CER authority
       *[other] { $role }
    }: it is informed of the report (NIS2 Art. 23(1)); feedback, requests, review, closing and waivers are for the CSIRT or competent authority
api-act-informed-copy = this case was copied to your authority for information; the authorities in charge handle it
api-case-changed = the case changed meanwhile; reload it and try again
api-act-not-a-submission = is not a submission of this case
api-act-not-your-user = is not a user of your authority
api-act-incomplete = is incomplete
api-act-submission-id = must be a submission id
api-act-say-revision = say what needs revising
api-act-user-id = must be a user id
api-close-no-withdraw = only the entity can withdraw; must be one of: { $codes }
api-close-duplicate-required = is required: the reference of the case this one duplicates
api-close-reference = must be a case reference such as LU-2026-000042
api-close-not-duplicate = only a close as duplicate names another case
api-close-self = names this case itself; give the reference of the other case
api-close-not-routed = no case with this reference is routed to your authority
api-close-other-entity = names another entity's case; a duplicate is of the same entity's report
api-close-target-ended = names a case that is { $state ->
        [closed] closed
        [withdrawn] withdrawn
       *[other] { $state }
    }; its entity could not file there
api-package-observer-share = observers can read cases but not share them
api-package-observer-revoke = observers can read cases but not revoke packages
api-package-revoked = the package is already revoked
api-link-not-in-charge = only staff of an authority in charge of the case may link it to an entity
api-link-required = is required: the id of a registered entity
api-link-uuid = must be an entity id (a UUID)
api-link-none = names no entity
api-link-web-entity = names an organisation typed into the public form; link to a registered entity
api-link-same = the case already belongs to this entity
api-link-registered = the case was filed by a registered entity; only filings from the public form can be linked
api-link-jurisdiction = names an entity outside the jurisdiction of { $state } (NIS2 Art. 26); link to one of its entities
api-draft-too-long = is too long to keep in a draft: the draft holds { $held } KB, at most { $max } KB can be saved; shorten this field and save again
api-admin-only-users = only administrators manage users
api-admin-only-tokens = only administrators manage API tokens
api-regime-not-yet = the { $regime } reporting duty applies to incidents the entity became aware of from { $date } on
api-queue-unknown = unknown { $what } "{ $value }"
api-unknown-role = unknown role
api-form-unreadable = the form could not be read
api-form-expired = The form expired or did not come from this site; reload the page and try again.
api-enisa-not-spoc = the ENISA summary (NIS2 Art. 23(9)) is produced once per member state by its single point of contact (routing role spoc); { $authority } is not one
api-enisa-not-spoc-of = { $authority } is not the single point of contact of { $state }
api-enisa-which-state = member_state: name the member state to summarise (this single point of contact serves several)
api-enisa-quarter = quarter must look like 2026-Q4
api-enisa-quarter-ahead = that quarter has not begun

## Refusals of the case's state machine (spec §1.5) and of the request itself

api-case-ended-state = the case is { $case_state }; no further reports can be filed
api-case-starts-with = a case starts with an early warning or an incident notification
api-stage-needs-notification = the { $stage } needs the incident notification first
api-stage-too-late = the { $stage } can no longer be filed once the case is { $case_state }
api-ended-duplicate = this case was closed as a duplicate of { $other }; file further reports on case { $other }
api-ended-withdrawn = this case was withdrawn; no further reports can be filed unless the authority reopens it
api-ended-not-significant = the authority closed this case as not significant ({ $reason }); no further reports are due
api-ended-closed = the case is closed; no further reports can be filed
api-kind-voluntary-case = this case is a voluntary notification ({ $kind }, Art. 30): it takes further voluntary notifications only; open a new case for a mandatory report
api-kind-mandatory-case = this case is a mandatory report: leave kind out; open a new case for a voluntary notification
api-close-already = the case is already { $case_state }
api-close-withdraw-entity-only = only the entity can withdraw its report
api-close-accept-before-final = a case can be accepted and closed only once its final report is in; it is { $case_state } and the entity still owes: { $owed }. Close it as not significant or as a duplicate, or wait for the final report
api-close-accept-owed = the entity still owes: { $owed }; waive it or wait for it before accepting
api-withdraw-after-final = the final report is in; the case can no longer be withdrawn (write to the authority instead)
api-withdraw-nothing-filed = nothing has been filed yet, so there is nothing to withdraw
api-withdraw-ended = the case is { $case_state }; it can no longer be withdrawn
api-waive-ended = the case is { $case_state }; nothing is owed
api-waive-not-owed = the { $stage } is { $deadline_status }; only a pending or overdue stage can be waived
api-waive-no-stage = the case owes no { $stage }
api-reopen-open = the case is { $case_state }; only a closed or withdrawn case can be reopened
api-reopen-unknown-state = the state before closing is unknown
api-thread-ended = the { $regime } thread has ended ({ $how }); nothing more can be filed on it
api-thread-none = this case has no { $regime } thread
api-thread-not-proposed = the { $regime } thread is { $thread_status }, not proposed
api-request-case-state = a case that is { $case_state } cannot be asked for reports
api-request-due-future = the due date must be in the future
api-request-cra-thread = intermediate reports are requested on a cra_vulnerability or cra_incident thread (CRA Art. 14(6)), not on { $regime }
api-request-thread-ended = the { $regime } thread has ended; nothing more can be asked on it
api-request-coordinator-only = only the coordinator CSIRT asks for intermediate reports on the { $regime } thread (CRA Art. 14(6))
api-dissemination-observer = observers can read cases but not decide on dissemination
api-dissemination-coordinator-only = only the CRA coordinator CSIRT of a CRA notification disseminates it
api-filing-no-thread = the filing answered no thread
api-concurrent-change = a concurrent change got there first; retry the request
api-idempotency-key = Idempotency-Key must be 1 to 200 visible ASCII characters
api-idempotency-reused = this Idempotency-Key was already used for a different request
api-list-limit = limit must be between 1 and 100
api-list-cursor = cursor is not one this API returned
api-enisa-member-state = member_state must be the code of an EU member state such as LU, DE or EL
api-bad-query = the query string could not be read; check each parameter (limit: a whole number from 1 to 100; cursor: a value this API returned)
api-send-json = send the body as Content-Type: application/json
api-body-unreadable = could not read the request body: { $error }
api-body-utf8 = the body is not valid UTF-8 (byte { $byte })
api-body-json = malformed JSON at line { $line }, column { $column }
api-token-revoked = this authority token was revoked on { $when }; ask your authority's administrator for a new one
api-token-expired = this authority token expired on { $when }; ask your authority's administrator for a new one
api-token-expired-unknown = this authority token has expired; ask your authority's administrator for a new one
api-field-unknown = is not a field of this request; the API description (/api/v1/openapi.json) lists the fields it takes
