# Converted from the TOML catalogue: ids are <section>-<key> (a "." in a key becomes "-").

## stage
stage-early_warning = early warning
stage-incident_notification = incident notification
stage-intermediate_report = intermediate report
stage-progress_report = progress report
stage-final_report = final report

## deadline_status
deadline_status-not_due = not yet due
deadline_status-pending = pending
deadline_status-submitted_on_time = filed on time
deadline_status-submitted_late = filed late
deadline_status-overdue = OVERDUE
deadline_status-not_applicable = not applicable
deadline_status-waived = waived
deadline_status-awaiting_handling = awaiting the end of handling (then due within one month; a status update is asked for monthly)

## phrase
phrase-informed_sentence = {" "}and is copied to you for information (possible cross-border impact)
phrase-informed_tag = {" "}[for information]
phrase-provisional = provisional
phrase-unrouted = no authority yet (the platform administrators were alerted)
phrase-to_be_determined = to be determined
phrase-tz_default = Time zone of my member state
phrase-required_if_default = Required in some cases; the report says which when you send it.
phrase-aware_at_changed_from = This filing changes when the entity became aware (aware_at) from
phrase-to = to
phrase-reason_given = Deadlines were recomputed and the stages already filed judged again; the entity's reason is on the case page.
phrase-non_eu = Not established in the EU

## page
page-new_report = Report an incident
page-intro_early_warning = The early warning is due within 24 hours of becoming aware of a significant incident. Say what you know now; details follow in the incident notification.
page-intro_incident_notification = The incident notification is due within 72 hours of becoming aware (24 hours for trust service providers). Filing it first also counts as the early warning.
page-intro_intermediate_report = An intermediate report answers a request from the authority, or updates the case whenever you have news.
page-intro_progress_report = A progress report is due one month after the incident notification if the incident is still ongoing then. Until that time the final report stays due; a progress report satisfies that deadline only if the incident is still ongoing when it passes.
page-intro_final_report = The final report is due one month after the incident notification; if the incident was still ongoing at that time, it is due one month after handling ends.
page-switch_to_incident_notification = Already know more? File the full incident notification instead
page-switch_to_early_warning = Only the essentials so far? File an early warning instead
page-voluntary_notification = Voluntary notification
page-intro_voluntary = Tell the authority about an incident, a cyber threat or a near miss that you are not obliged to report (NIS2 Art. 30). Organisations outside the scope of NIS2 may notify too. There is no deadline; voluntary notifications are handled after mandatory reports.
page-switch_to_mandatory = Obliged to report a significant incident? File an early warning instead
page-draft_saved = Draft saved. It was not sent to the authority. Keep the private link below to continue later.
page-draft_saved_case = Draft saved. It was not sent to the authority; it stays here, reachable from your follow-up link.
page-draft_quota = Your network already keeps { $limit } unfinished drafts, the most one address may keep. Nothing was saved: file one of them, or send this report now; drafts are deleted { $days } days after they were last saved.
page-draft_resumed = This is your saved draft. It has not been sent yet.
page-correction = correct or update
page-back_to_case = Back to the case
page-late_notice = This report is past its deadline. Please file it now and give the reason in "Reason for filing late".

## section
section-entity = Your organisation
section-contact = Contact for this incident
section-jurisdiction = Jurisdiction and profile
section-technical_contact = Technical contact (optional)
section-timing = When
section-aware_change = Changing the time of awareness
section-incident = The incident
section-support = Support and other reports
section-assessment = Initial assessment
section-impact = Impact
section-classification = Classification and indicators
section-response = Response
section-update = Update
section-progress = Progress
section-final = Final description
section-cause = Root cause
section-final_response = Mitigation and cross-border impact
section-filing = About this report

## section_hint
section_hint-aware_change = The case's deadlines run from the time of awareness it was opened with. To change that time, edit it above and say why here; otherwise leave both as they are.
section_hint-entity = As registered. The sector and entity type decide which authority receives the report.
section_hint-contact = The authority replies to this address; your acknowledgement and private follow-up link are sent there too.
section_hint-impact = Give your best current figures; you can correct them later.
section_hint-jurisdiction = Decides which member state's authority receives the report (NIS2 Art. 26). Fill in what applies to your organisation.

## label
label-legal_name = Legal name
label-trade_name = Trade name
label-entity_name = Entity name
label-reference = Case reference
label-cross_border_impact = Cross-border impact
label-member_state = Member state of establishment
label-sector = Sector
label-subsector = Subsector
label-entity_type = Type of entity
label-entity_category = Entity category
label-registration_id = Registration number
label-registration_scheme = Registration scheme
label-contact_name = Contact person
label-email = Contact email
label-phone = Contact phone
label-ms_main_establishment = Member state of main establishment
label-ms_services_provided = Member states where the services are provided
label-eu_representative_name = EU representative: name
label-eu_representative_ms = EU representative: member state
label-eu_representative_email = EU representative: email
label-eu_representative_phone = EU representative: phone
label-technical_contact_name = Technical contact: name
label-technical_contact_role = Technical contact: role
label-technical_contact_email = Technical contact: email
label-technical_contact_phone = Technical contact: phone
label-available_24x7 = Reachable 24 hours a day, 7 days a week
label-annual_turnover_prev_fy_eur = Total annual turnover of the previous financial year (EUR)
label-lei = Legal Entity Identifier (LEI)
label-is_cer_critical_entity = Critical entity under the CER Directive
label-stage = Report type
label-kind = Kind of voluntary notification
label-observed_at = Observed at
label-threat_description = The threat
label-possible_impact = Possible impact
label-language = Language of this report
label-tlp = Sharing restriction (TLP)
label-entity_internal_ref = Your internal reference
label-supersedes_submission_id = Corrects submission
label-late_reason = Reason for filing late
label-aware_at = Became aware of the significant incident at
label-aware_at_change_reason = Reason for changing the time of awareness
label-affects_trust_services = Does the incident affect the provision of your trust services?
label-detected_at = Detected at
label-started_at = Incident started at
label-awareness_basis = How you became aware
label-tz = Time zone of the times above
label-title = Short title
label-summary = What happened
label-suspected_malicious = Suspected unlawful or malicious act?
label-cross_border_possible = Could it affect other member states?
label-cross_border_ms = Member states possibly affected
label-affected_sectors = Other sectors affected
label-affected_services = Affected services
label-incident_status = Incident status
label-significance_basis = Significance criteria met
label-assistance_requested = Do you request assistance from the CSIRT?
label-assistance_details = Assistance needed
label-reported_to_law_enforcement = Reported to law enforcement?
label-personal_data_involved = Personal data involved?
label-initial_assessment = Initial assessment
label-severity = Severity
label-outlook = Outlook
label-impact_properties = Security properties affected
label-service_impact = Effect on the service
label-users_affected = Users affected
label-users_total_eu = Total users in the EU
label-outage_start = Outage started at
label-outage_end = Outage ended at
label-outage_duration_min = Outage duration (minutes)
label-geo_spread = Geographic spread
label-financial_loss_eur = Financial loss (EUR)
label-financial_loss_confidence = The loss figure is
label-deaths = Deaths
label-health_damage = Considerable damage to health?
label-trade_secret_exfiltration = Trade secrets exfiltrated?
label-incident_class = Incident class (RSIT)
label-incident_type = Incident type (RSIT)
label-root_cause_category = Root cause
label-iocs = Indicators of compromise
label-cve_ids = Exploited vulnerabilities (CVE)
label-mitigation_taken = Mitigation taken so far
label-service_recipients_informed = Service recipients informed?
label-service_recipients_informed_at = Recipients informed at
label-request_id = Answers authority request
label-status_update = Status update
label-status_summary = Where handling stands
label-mitigation_applied = Mitigation applied
label-mitigation_ongoing = Mitigation still ongoing
label-expected_resolution_at = Expected resolution at
label-detailed_description = Detailed description
label-timeline = Timeline
label-root_cause_unknown_reason = Why the root cause is unknown
label-contributing_causes = Contributing causes
label-root_cause_description = Type of threat or root cause
label-attack_techniques = Attack techniques (MITRE ATT&CK)
label-cross_border_impact-ms = Member states affected
label-cross_border_impact-description = Cross-border impact
label-handled_at = Handling finished at
label-related_case_ids = Related cases
label-lessons_learned = Lessons learned

## hint
hint-observed_at = When you observed the incident, threat or near miss. A voluntary notification has no deadline.
hint-ms_main_establishment = Where cybersecurity risk-management decisions are mainly taken. Required for DNS, TLD, cloud, data centre, CDN, managed (security) service providers, marketplaces, search engines and social networks.
hint-ms_services_provided = Public electronic communications providers: every member state served, separated by commas, e.g. LU, DE, FR.
hint-eu_representative_name = Required when the member state of establishment is "Not established in the EU".
hint-lei = 20 characters; the last two are check digits.
hint-sector = Filled in from the type of entity when left empty.
hint-email = For example security@example.eu
hint-phone = International format without spaces, for example +35212345678
hint-aware_at = When you had reasonable certainty that a significant incident occurred. Starts the 24 h and 72 h clocks.
hint-aware_at_change_reason = Only if you change the time of awareness above: say why (at least 10 characters). The deadlines are then recomputed from the new time, stages already filed are judged again against them, and the authority is told.
hint-affects_trust_services = Trust service providers only. If it does, or you cannot tell yet, the incident notification is due within 24 hours; if it does not, within 72 hours.
hint-summary = 20 to 4,000 characters: what you see, which systems, what you did so far.
hint-title = 5 to 200 characters.
hint-affected_services = One service per line.
hint-cross_border_ms = Tick every member state that may be affected.
hint-affected_sectors = Tick every sector besides your own that the incident affects (for instance a supplier's outage hitting transport and health). A cross-sectoral incident is also reported to the single point of contact.
hint-significance_basis = Criterion codes from the significance helper, one per line (optional).
hint-initial_assessment = At least 50 characters: severity and impact as you assess them now.
hint-users_affected = A whole number, or unknown.
hint-iocs = One per line: type, value, optional note. Types: ipv4, ipv6, cidr, domain, url, email, md5, sha1, sha256, file_name, asn, cve, other. Example: ipv4 192.0.2.1 C2 server
hint-cve_ids = One per line, for example CVE-2024-3400.
hint-attack_techniques = One per line, for example T1486.
hint-related_case_ids = Case ids, one per line.
hint-timeline = One event per line: date and time, a dash, the event. Example: 2026-03-01 08:30 – ransom note found
hint-detailed_description = At least 200 characters.
hint-status_update = At least 20 characters.
hint-financial_loss_eur = Euros, at most two decimals, e.g. 125000.50
hint-request_id = Filled in when you answer a request from the authority.
hint-tlp = Default: amber.

## required_if
required_if-sector = Required if the type of entity does not name it.
required_if-subsector = Required if the type of entity does not settle it (e.g. manufacturers).
required_if-late_reason = Required if this report is filed after its deadline.
required_if-affects_trust_services = Required if you are a trust service provider: it decides whether the notification is due in 24 or 72 hours.
required_if-ms_main_establishment = Required if you provide digital infrastructure or digital services (DNS, TLD registry, domain registration, cloud, data centre, CDN, managed (security) services, online marketplace, search engine, social network): the member state of your main establishment decides the authority (NIS2 Art. 26(1)(b)).
required_if-ms_services_provided = Required if you provide public electronic communications networks or services: each member state where you provide them (NIS2 Art. 26(1)(a)).
required_if-eu_representative_name = Required if you are not established in the EU (NIS2 Art. 26(3)).
required_if-eu_representative_ms = Required if you are not established in the EU: the member state of your representative decides the authority (NIS2 Art. 26(3)).
required_if-eu_representative_email = Required if you are not established in the EU (NIS2 Art. 26(3)).
required_if-eu_representative_phone = Required if you are not established in the EU (NIS2 Art. 26(3)).
required_if-assistance_details = Required if you request assistance.
required_if-cross_border_ms = Required if cross-border impact is possible, or if the incident spreads to several member states or globally.
required_if-users_affected = Required if your type of entity has user-count thresholds (cloud computing, CDN, managed and managed security services, online marketplaces, search engines, social networks, trust services); a number in the final report.
required_if-users_total_eu = Required if your type of entity has user-count thresholds (cloud computing, CDN, managed and managed security services, online marketplaces, search engines, social networks, trust services).
required_if-outage_start = Required if the service was impacted, unless you give the outage duration instead.
required_if-financial_loss_eur = Required if you give a confidence for the financial loss.
required_if-incident_notification-incident_class = Required if the incident is suspected to be malicious.
required_if-incident_notification-incident_type = Required if the incident is suspected to be malicious; it must belong to the class.
required_if-final_report-incident_class = Required if the root cause is a malicious action.
required_if-final_report-incident_type = Required if the root cause is a malicious action; it must belong to the class.
required_if-root_cause_unknown_reason = Required if the root cause is unknown.
required_if-cross_border_impact-ms = Required if cross-border impact was said to be possible in this case.
required_if-cross_border_impact-description = Required if cross-border impact was said to be possible in this case.
required_if-request_id = Required if this report answers a request from the authority.

## code
code-csirt = CSIRT
code-spoc = single point of contact
code-enisa = ENISA
code-cer_authority = CER authority
code-dpa = data-protection authority
code-share_package = share package
code-yes = yes
code-no = no
code-unknown = unknown
code-nemo = NEMO
code-dns_service_provider = DNS service provider
code-tld_name_registry = TLD name registry
code-cdn_provider = CDN provider
code-ict_service_management = ICT service management (B2B)
code-amber_strict = amber+strict
code-multi_ms = several member states
code-electricity_dso = electricity distribution system operator
code-electricity_tso = electricity transmission system operator
code-gas_dso = gas distribution system operator
code-gas_tso = gas transmission system operator
code-lei = LEI
code-vat = VAT number
code-euid = EUID

## member_state
member_state-AT = Austria
member_state-BE = Belgium
member_state-BG = Bulgaria
member_state-HR = Croatia
member_state-CY = Cyprus
member_state-CZ = Czechia
member_state-DK = Denmark
member_state-EE = Estonia
member_state-FI = Finland
member_state-FR = France
member_state-DE = Germany
member_state-GR = Greece
member_state-HU = Hungary
member_state-IE = Ireland
member_state-IT = Italy
member_state-LV = Latvia
member_state-LT = Lithuania
member_state-LU = Luxembourg
member_state-MT = Malta
member_state-NL = Netherlands
member_state-PL = Poland
member_state-PT = Portugal
member_state-RO = Romania
member_state-SK = Slovakia
member_state-SI = Slovenia
member_state-ES = Spain
member_state-SE = Sweden

## language
language-bg = Bulgarian
language-cs = Czech
language-da = Danish
language-de = German
language-el = Greek
language-en = English
language-es = Spanish
language-et = Estonian
language-fi = Finnish
language-fr = French
language-ga = Irish
language-hr = Croatian
language-hu = Hungarian
language-it = Italian
language-lt = Lithuanian
language-lv = Latvian
language-mt = Maltese
language-nl = Dutch
language-pl = Polish
language-pt = Portuguese
language-ro = Romanian
language-sk = Slovak
language-sl = Slovenian
language-sv = Swedish

## significance_section
significance_section-general = Every sector: NIS2 Art. 23(3)
significance_section-thresholds = Thresholds of Implementing Regulation 2024/2690 (digital services)
significance_section-service = Service-specific thresholds (DNS, TLD, cloud, data centres, CDN, MSP/MSSP, platforms, trust services)

## significance_section_hint
significance_section_hint-thresholds = Only used for the entity types the regulation covers.

## significance
significance-entity_type = Type of entity
significance-severe_disruption = Has it caused, or can it cause, severe operational disruption of your services?
significance-severe_financial_loss = Has it caused, or can it cause, severe financial loss for your organisation?
significance-damage_to_others = Has it caused, or can it cause, considerable material or non-material damage to others?
significance-financial_loss_eur = Direct financial loss so far or expected (EUR)
significance-annual_turnover_eur = Total annual turnover in the previous financial year (EUR)
significance-trade_secrets = Were trade secrets exfiltrated?
significance-death = Has it caused, or can it cause, the death of a person?
significance-health_damage = Has it caused, or can it cause, considerable damage to a person's health?
significance-malicious_access = Was there successful, suspectedly malicious, unauthorised access capable of causing severe operational disruption?
significance-recurring_count = Recurring incidents: how many incidents in the last six months had the same apparent root cause, this one included?
significance-recurring_loss_eur = Recurring incidents: their combined direct financial loss (EUR)
significance-unavailable_minutes = Complete unavailability of the service (minutes)
significance-unavailable_scheduled = Was that unavailability a scheduled interruption (planned maintenance within its announced window)?
significance-limited_minutes = Limited availability or degraded performance (minutes)
significance-limited_scheduled = Was that limitation a scheduled interruption (planned maintenance within its announced window)?
significance-weekly_unavailable_minutes = Trust services: unavailability cumulated in the calendar week (minutes)
significance-weekly_unavailable_scheduled = Was that weekly unavailability scheduled (planned maintenance)?
significance-slow_resolution = DNS/TLD: average response time above 10 seconds for more than an hour?
significance-users_total_eu = Users in the EU (contracted customers and their users)
significance-users_affected = Users affected
significance-data_compromised = Was the integrity, confidentiality or authenticity of stored, transmitted or processed data compromised?
significance-malicious_compromise = Was that compromise suspectedly malicious?
significance-dns_small_misconfiguration = DNS: only a misconfiguration affecting fewer than 1,000 domain names and at most 1 % of those managed?
significance-physical_access = Data centres and trust services: was physical access to the premises or restricted area compromised?

## significance_hint
significance_hint-financial_loss_eur = The threshold is the lower of EUR 500,000 and 5 % of the previous year's turnover.
significance_hint-recurring_count = Implementing Regulation 2024/2690 Art. 4: at least two incidents with the same apparent root cause within six months that together exceed the financial threshold count as one significant incident.
significance_hint-unavailable_scheduled = A scheduled interruption does not count towards the availability thresholds (Art. 3(2)). If it overran its window, answer no and count only the minutes beyond the window. Anything malicious or unplanned in the same incident still counts.
significance_hint-limited_scheduled = As above: only the planned part is left out.

## significance_verdict
significance_verdict-significant = significant
significance_verdict-not_significant = not significant
significance_verdict-indeterminate = cannot be decided yet

## significance_advice
significance_advice-significant = Report it: the early warning is due within 24 hours of becoming aware.
significance_advice-not_significant = By your answers the incident is not significant. You may still report it voluntarily.
significance_advice-indeterminate = Your answers do not settle it. When in doubt, report: an early warning costs little, and if your assessment later finds the incident not significant you can withdraw it, with your reason, on the case's follow-up page (or with POST /api/v1/incidents/{"{"}id{"}"}/withdrawal).

## criterion
criterion-art23_3_a = severe operational disruption or financial loss for the entity
criterion-art23_3_b = considerable damage to other persons
criterion-ir_a3_a = direct financial loss above the lower of EUR 500,000 and 5 % of turnover
criterion-ir_a3_b = exfiltration of trade secrets
criterion-ir_a3_c = death of a natural person
criterion-ir_a3_d = considerable damage to a natural person's health
criterion-ir_a3_e = suspectedly malicious unauthorised access capable of severe disruption
criterion-ir_a4 = recurring incidents that together meet the financial threshold
criterion-ir_a5 = DNS service threshold (Art. 5)
criterion-ir_a6 = TLD registry threshold (Art. 6)
criterion-ir_a7 = cloud computing threshold (Art. 7)
criterion-ir_a8 = data centre threshold (Art. 8)
criterion-ir_a9 = content delivery network threshold (Art. 9)
criterion-ir_a10 = managed (security) service provider threshold (Art. 10)
criterion-ir_a11 = online marketplace threshold (Art. 11)
criterion-ir_a12 = online search engine threshold (Art. 12)
criterion-ir_a13 = social networking platform threshold (Art. 13)
criterion-ir_a14 = trust service threshold (Art. 14)

## event
event-feedback = feedback on your report
event-message_to_reporter = a message
event-message_from_reporter = a message from the reporter
event-note = internal note
event-intermediate_request = a request for an intermediate report
event-review = review
event-assignment = assignment
event-closed = the case was closed
event-reopened = the case was reopened
event-public_awareness = public-awareness decision
event-stage_waived = a stage you no longer owe (waived)
event-withdrawn = the report was withdrawn
event-withdrawn_by_entity = the entity withdrew its report

## closure_kind
closure_kind-accepted = accepted and closed
closure_kind-not_significant = closed as not significant
closure_kind-duplicate = closed as a duplicate
closure_kind-withdrawn = withdrawn by the entity
