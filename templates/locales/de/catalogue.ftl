# Converted from the TOML catalogue: ids are <section>-<key> (a "." in a key becomes "-").

## stage
stage-early_warning = Frühwarnung
stage-incident_notification = Meldung über den Sicherheitsvorfall
stage-intermediate_report = Zwischenbericht
stage-progress_report = Fortschrittsbericht
stage-final_report = Abschlussbericht

## deadline_status
deadline_status-not_due = noch nicht fällig
deadline_status-pending = ausstehend
deadline_status-submitted_on_time = fristgerecht eingereicht
deadline_status-submitted_late = verspätet eingereicht
deadline_status-overdue = ÜBERFÄLLIG
deadline_status-not_applicable = entfällt
deadline_status-waived = erlassen
deadline_status-awaiting_handling = wartet auf den Abschluss der Bearbeitung (danach innerhalb eines Monats fällig; monatlich wird ein Sachstand erbeten)

## phrase
phrase-informed_sentence = {" "}und Ihnen zur Kenntnis übermittelt (mögliche grenzüberschreitende Auswirkungen)
phrase-informed_tag = {" "}[zur Kenntnis]
phrase-provisional = vorläufig
phrase-unrouted = noch keine Behörde (die Plattformadministratoren wurden alarmiert)
phrase-to_be_determined = noch festzulegen
phrase-tz_default = Zeitzone meines Mitgliedstaats
phrase-required_if_default = In manchen Fällen erforderlich; in welchen, zeigt der Bericht beim Absenden.
phrase-aware_at_changed_from = Diese Einreichung ändert den Zeitpunkt, zu dem die Einrichtung Kenntnis erlangt hat (aware_at), von
phrase-to = auf
phrase-reason_given = Die Fristen wurden neu berechnet und die bereits eingereichten Stufen neu beurteilt; die Begründung der Einrichtung steht auf der Fallseite.
phrase-non_eu = Nicht in der EU niedergelassen

## page
page-new_report = Sicherheitsvorfall melden
page-intro_early_warning = Die Frühwarnung ist innerhalb von 24 Stunden, nachdem Sie Kenntnis von einem erheblichen Sicherheitsvorfall erlangt haben, fällig. Teilen Sie mit, was Sie jetzt wissen; Einzelheiten folgen in der Meldung über den Sicherheitsvorfall.
page-intro_incident_notification = Die Meldung über den Sicherheitsvorfall ist innerhalb von 72 Stunden nach Kenntniserlangung fällig (24 Stunden für Vertrauensdiensteanbieter). Wird sie zuerst eingereicht, gilt sie auch als Frühwarnung.
page-intro_intermediate_report = Ein Zwischenbericht beantwortet eine Anfrage der Behörde oder aktualisiert den Fall, sobald Sie Neuigkeiten haben.
page-intro_progress_report = Ein Fortschrittsbericht ist einen Monat nach der Vorfallmeldung fällig, wenn der Sicherheitsvorfall dann noch andauert. Bis dahin bleibt der Abschlussbericht fällig; ein Fortschrittsbericht wahrt diese Frist nur, wenn der Vorfall bei ihrem Ablauf noch andauert.
page-intro_final_report = Der Abschlussbericht ist einen Monat nach der Vorfallmeldung fällig; dauerte der Sicherheitsvorfall zu diesem Zeitpunkt noch an, ist er einen Monat nach Abschluss der Bearbeitung fällig.
page-switch_to_incident_notification = Sie wissen schon mehr? Reichen Sie stattdessen die vollständige Vorfallmeldung ein
page-switch_to_early_warning = Bisher nur das Wesentliche? Reichen Sie stattdessen eine Frühwarnung ein
page-voluntary_notification = Freiwillige Meldung
page-intro_voluntary = Informieren Sie die Behörde über einen Sicherheitsvorfall, eine Cyberbedrohung oder einen Beinahe-Vorfall, den Sie nicht melden müssen (Art. 30 NIS2). Auch Organisationen außerhalb des Anwendungsbereichs von NIS2 können melden. Es gibt keine Frist; freiwillige Meldungen werden nach den Pflichtmeldungen bearbeitet.
page-switch_to_mandatory = Sind Sie verpflichtet, einen erheblichen Sicherheitsvorfall zu melden? Reichen Sie stattdessen eine Frühwarnung ein
page-draft_saved = Entwurf gespeichert. Er wurde nicht an die Behörde gesendet. Bewahren Sie den privaten Link unten auf, um später fortzufahren.
page-draft_saved_case = Entwurf gespeichert. Er wurde nicht an die Behörde gesendet; er bleibt hier und ist über Ihren Folgelink erreichbar.
page-draft_quota = Ihr Netzwerk hat bereits { $limit } unfertige Entwürfe, das Maximum für eine Adresse. Es wurde nichts gespeichert: Reichen Sie einen davon ein oder senden Sie diesen Bericht jetzt; Entwürfe werden { $days } Tage nach dem letzten Speichern gelöscht.
page-draft_resumed = Dies ist Ihr gespeicherter Entwurf. Er wurde noch nicht gesendet.
page-correction = korrigieren oder aktualisieren
page-back_to_case = Zurück zum Fall
page-late_notice = Die Frist für diesen Bericht ist abgelaufen. Bitte reichen Sie ihn jetzt ein und geben Sie den Grund unter „Grund für die verspätete Einreichung“ an.

## section
section-entity = Ihre Organisation
section-contact = Kontakt zu diesem Vorfall
section-jurisdiction = Zuständigkeit und Profil
section-technical_contact = Technischer Kontakt (optional)
section-timing = Zeitpunkte
section-aware_change = Zeitpunkt der Kenntniserlangung ändern
section-incident = Der Sicherheitsvorfall
section-support = Unterstützung und weitere Meldungen
section-assessment = Erste Bewertung
section-impact = Auswirkungen
section-classification = Einstufung und Indikatoren
section-response = Reaktion
section-update = Aktualisierung
section-progress = Fortschritt
section-final = Abschließende Beschreibung
section-cause = Ursache
section-final_response = Abhilfemaßnahmen und grenzüberschreitende Auswirkungen
section-filing = Zu diesem Bericht

## section_hint
section_hint-aware_change = Die Fristen des Falls laufen ab dem Zeitpunkt der Kenntniserlangung, mit dem er eröffnet wurde. Um ihn zu ändern, bearbeiten Sie ihn oben und begründen Sie dies hier; andernfalls lassen Sie beides unverändert.
section_hint-entity = Wie registriert. Sektor und Art der Einrichtung bestimmen, welche Behörde den Bericht erhält.
section_hint-contact = Die Behörde antwortet an diese Adresse; auch Ihre Eingangsbestätigung und Ihr privater Folgelink werden dorthin gesendet.
section_hint-impact = Geben Sie Ihre derzeit besten Zahlen an; Sie können sie später korrigieren.
section_hint-jurisdiction = Bestimmt, an die Behörde welches Mitgliedstaats der Bericht geht (Art. 26 NIS2). Füllen Sie aus, was auf Ihre Organisation zutrifft.

## label
label-legal_name = Eingetragener Name
label-trade_name = Handelsname
label-entity_name = Name der Einrichtung
label-reference = Aktenzeichen
label-cross_border_impact = Grenzüberschreitende Auswirkungen
label-member_state = Mitgliedstaat der Niederlassung
label-sector = Sektor
label-subsector = Teilsektor
label-entity_type = Art der Einrichtung
label-entity_category = Kategorie der Einrichtung
label-registration_id = Registernummer
label-registration_scheme = Art der Kennung
label-contact_name = Ansprechperson
label-email = Kontakt-E-Mail
label-phone = Kontakttelefon
label-ms_main_establishment = Mitgliedstaat der Hauptniederlassung
label-ms_services_provided = Mitgliedstaaten, in denen die Dienste erbracht werden
label-eu_representative_name = Vertreter in der EU: Name
label-eu_representative_ms = Vertreter in der EU: Mitgliedstaat
label-eu_representative_email = Vertreter in der EU: E-Mail
label-eu_representative_phone = Vertreter in der EU: Telefon
label-technical_contact_name = Technischer Kontakt: Name
label-technical_contact_role = Technischer Kontakt: Funktion
label-technical_contact_email = Technischer Kontakt: E-Mail
label-technical_contact_phone = Technischer Kontakt: Telefon
label-available_24x7 = Rund um die Uhr erreichbar (24/7)
label-annual_turnover_prev_fy_eur = Gesamtjahresumsatz des vorangegangenen Geschäftsjahres (EUR)
label-lei = Rechtsträgerkennung (LEI)
label-is_cer_critical_entity = Kritische Einrichtung nach der CER-Richtlinie
label-stage = Art des Berichts
label-kind = Art der freiwilligen Meldung
label-observed_at = Beobachtet am
label-threat_description = Die Bedrohung
label-possible_impact = Mögliche Auswirkungen
label-language = Sprache dieses Berichts
label-tlp = Weitergabebeschränkung (TLP)
label-entity_internal_ref = Ihre interne Referenz
label-supersedes_submission_id = Korrigiert Einreichung
label-late_reason = Grund für die verspätete Einreichung
label-aware_at = Kenntnis vom erheblichen Sicherheitsvorfall erlangt am
label-aware_at_change_reason = Grund für die Änderung des Zeitpunkts der Kenntniserlangung
label-affects_trust_services = Beeinträchtigt der Vorfall die Erbringung Ihrer Vertrauensdienste?
label-detected_at = Erkannt am
label-started_at = Beginn des Vorfalls
label-awareness_basis = Wie Sie Kenntnis erlangt haben
label-tz = Zeitzone der obigen Zeitangaben
label-title = Kurztitel
label-summary = Was ist geschehen
label-suspected_malicious = Verdacht auf rechtswidrige oder böswillige Handlung?
label-cross_border_possible = Könnte er andere Mitgliedstaaten betreffen?
label-cross_border_ms = Möglicherweise betroffene Mitgliedstaaten
label-affected_sectors = Weitere betroffene Sektoren
label-affected_services = Betroffene Dienste
label-incident_status = Status des Vorfalls
label-significance_basis = Erfüllte Erheblichkeitskriterien
label-assistance_requested = Ersuchen Sie das CSIRT um Unterstützung?
label-assistance_details = Benötigte Unterstützung
label-reported_to_law_enforcement = Den Strafverfolgungsbehörden gemeldet?
label-personal_data_involved = Personenbezogene Daten betroffen?
label-initial_assessment = Erste Bewertung
label-severity = Schweregrad
label-outlook = Erwartete Entwicklung
label-impact_properties = Betroffene Schutzziele
label-service_impact = Auswirkung auf den Dienst
label-users_affected = Betroffene Nutzer
label-users_total_eu = Nutzer in der EU insgesamt
label-outage_start = Ausfall begann am
label-outage_end = Ausfall endete am
label-outage_duration_min = Ausfalldauer (Minuten)
label-geo_spread = Geografische Ausbreitung
label-financial_loss_eur = Finanzieller Verlust (EUR)
label-financial_loss_confidence = Der Verlustbetrag ist
label-deaths = Todesfälle
label-health_damage = Erhebliche Gesundheitsschäden?
label-trade_secret_exfiltration = Geschäftsgeheimnisse exfiltriert?
label-incident_class = Vorfallklasse (RSIT)
label-incident_type = Vorfalltyp (RSIT)
label-root_cause_category = Ursache
label-iocs = Kompromittierungsindikatoren
label-cve_ids = Ausgenutzte Schwachstellen (CVE)
label-mitigation_taken = Bisher getroffene Abhilfemaßnahmen
label-service_recipients_informed = Empfänger der Dienste informiert?
label-service_recipients_informed_at = Empfänger informiert am
label-request_id = Beantwortet Anfrage der Behörde
label-status_update = Sachstand
label-status_summary = Stand der Bearbeitung
label-mitigation_applied = Angewandte Abhilfemaßnahmen
label-mitigation_ongoing = Laufende Abhilfemaßnahmen
label-expected_resolution_at = Voraussichtliche Behebung am
label-detailed_description = Ausführliche Beschreibung
label-timeline = Zeitlicher Ablauf
label-root_cause_unknown_reason = Warum die Ursache unbekannt ist
label-contributing_causes = Mitwirkende Ursachen
label-root_cause_description = Art der Bedrohung oder zugrunde liegende Ursache
label-attack_techniques = Angriffstechniken (MITRE ATT&CK)
label-cross_border_impact-ms = Betroffene Mitgliedstaaten
label-cross_border_impact-description = Grenzüberschreitende Auswirkungen
label-handled_at = Bearbeitung abgeschlossen am
label-related_case_ids = Zugehörige Fälle
label-lessons_learned = Gewonnene Erkenntnisse

## hint
hint-observed_at = Wann Sie den Vorfall, die Bedrohung oder den Beinahe-Vorfall beobachtet haben. Eine freiwillige Meldung hat keine Frist.
hint-ms_main_establishment = Wo die Entscheidungen zum Cybersicherheitsrisikomanagement überwiegend getroffen werden. Erforderlich für DNS, TLD, Cloud, Rechenzentren, CDN, Anbieter verwalteter (Sicherheits-)Dienste, Marktplätze, Suchmaschinen und soziale Netzwerke.
hint-ms_services_provided = Anbieter öffentlicher elektronischer Kommunikation: jeder versorgte Mitgliedstaat, durch Kommas getrennt, z. B. LU, DE, FR.
hint-eu_representative_name = Erforderlich, wenn als Mitgliedstaat der Niederlassung „Nicht in der EU niedergelassen“ gewählt ist.
hint-lei = 20 Zeichen; die letzten beiden sind Prüfziffern.
hint-sector = Wird bei leerem Feld aus der Art der Einrichtung übernommen.
hint-email = Zum Beispiel security@example.eu
hint-phone = Internationales Format ohne Leerzeichen, zum Beispiel +35212345678
hint-aware_at = Wann Sie hinreichende Gewissheit hatten, dass ein erheblicher Sicherheitsvorfall eingetreten ist. Startet die 24- und 72-Stunden-Fristen.
hint-aware_at_change_reason = Nur wenn Sie den Zeitpunkt oben ändern: Begründen Sie dies (mindestens 10 Zeichen). Die Fristen werden neu berechnet, eingereichte Stufen neu beurteilt und die Behörde wird informiert.
hint-affects_trust_services = Nur Vertrauensdiensteanbieter. Falls ja oder noch unklar, ist die Vorfallmeldung innerhalb von 24 Stunden fällig; falls nein, innerhalb von 72 Stunden.
hint-summary = 20 bis 4.000 Zeichen: was Sie sehen, welche Systeme, was Sie bisher getan haben.
hint-title = 5 bis 200 Zeichen.
hint-affected_services = Ein Dienst pro Zeile.
hint-cross_border_ms = Kreuzen Sie jeden Mitgliedstaat an, der betroffen sein könnte.
hint-affected_sectors = Kreuzen Sie jeden weiteren Sektor an, den der Vorfall betrifft (etwa ein Ausfall bei einem Zulieferer, der Verkehr und Gesundheit trifft). Ein sektorübergreifender Vorfall wird auch der zentralen Anlaufstelle gemeldet.
hint-significance_basis = Kriteriencodes aus der Erheblichkeitshilfe, einer pro Zeile (optional).
hint-initial_assessment = Mindestens 50 Zeichen: Schweregrad und Auswirkungen nach Ihrer jetzigen Einschätzung.
hint-users_affected = Eine ganze Zahl oder unbekannt.
hint-iocs = Einer pro Zeile: Typ, Wert, optionale Notiz. Typen: ipv4, ipv6, cidr, domain, url, email, md5, sha1, sha256, file_name, asn, cve, other. Beispiel: ipv4 192.0.2.1 C2-Server
hint-cve_ids = Eine pro Zeile, zum Beispiel CVE-2024-3400.
hint-attack_techniques = Eine pro Zeile, zum Beispiel T1486.
hint-related_case_ids = Fallkennungen, eine pro Zeile.
hint-timeline = Ein Ereignis pro Zeile: Datum und Uhrzeit, ein Gedankenstrich, das Ereignis. Beispiel: 2026-03-01 08:30 – Lösegeldforderung gefunden
hint-detailed_description = Mindestens 200 Zeichen.
hint-status_update = Mindestens 20 Zeichen.
hint-financial_loss_eur = Euro, höchstens zwei Nachkommastellen, z. B. 125000.50
hint-request_id = Wird ausgefüllt, wenn Sie eine Anfrage der Behörde beantworten.
hint-tlp = Standard: amber.

## required_if
required_if-sector = Erforderlich, wenn die Art der Einrichtung ihn nicht vorgibt.
required_if-subsector = Erforderlich, wenn die Art der Einrichtung ihn nicht festlegt (z. B. Hersteller).
required_if-late_reason = Erforderlich, wenn dieser Bericht nach Ablauf seiner Frist eingereicht wird.
required_if-affects_trust_services = Erforderlich für Vertrauensdiensteanbieter: Davon hängt ab, ob die Meldung in 24 oder 72 Stunden fällig ist.
required_if-ms_main_establishment = Erforderlich, wenn Sie digitale Infrastruktur oder digitale Dienste anbieten (DNS, TLD-Namenregister, Domänennamen-Registrierung, Cloud, Rechenzentrum, CDN, verwaltete (Sicherheits-)Dienste, Online-Marktplatz, Suchmaschine, soziales Netzwerk): Der Mitgliedstaat Ihrer Hauptniederlassung bestimmt die Behörde (Art. 26 Abs. 1 Buchst. b NIS2).
required_if-ms_services_provided = Erforderlich, wenn Sie öffentliche elektronische Kommunikationsnetze oder -dienste bereitstellen: jeder Mitgliedstaat, in dem Sie sie bereitstellen (Art. 26 Abs. 1 Buchst. a NIS2).
required_if-eu_representative_name = Erforderlich, wenn Sie nicht in der EU niedergelassen sind (Art. 26 Abs. 3 NIS2).
required_if-eu_representative_ms = Erforderlich, wenn Sie nicht in der EU niedergelassen sind: Der Mitgliedstaat Ihres Vertreters bestimmt die Behörde (Art. 26 Abs. 3 NIS2).
required_if-eu_representative_email = Erforderlich, wenn Sie nicht in der EU niedergelassen sind (Art. 26 Abs. 3 NIS2).
required_if-eu_representative_phone = Erforderlich, wenn Sie nicht in der EU niedergelassen sind (Art. 26 Abs. 3 NIS2).
required_if-assistance_details = Erforderlich, wenn Sie um Unterstützung ersuchen.
required_if-cross_border_ms = Erforderlich, wenn grenzüberschreitende Auswirkungen möglich sind oder sich der Vorfall auf mehrere Mitgliedstaaten oder weltweit ausbreitet.
required_if-users_affected = Erforderlich, wenn für Ihre Art der Einrichtung Nutzerschwellen gelten (Cloud-Computing, CDN, verwaltete Dienste und verwaltete Sicherheitsdienste, Online-Marktplätze, Suchmaschinen, soziale Netzwerke, Vertrauensdienste); im Abschlussbericht eine Zahl.
required_if-users_total_eu = Erforderlich, wenn für Ihre Art der Einrichtung Nutzerschwellen gelten (Cloud-Computing, CDN, verwaltete Dienste und verwaltete Sicherheitsdienste, Online-Marktplätze, Suchmaschinen, soziale Netzwerke, Vertrauensdienste).
required_if-outage_start = Erforderlich, wenn der Dienst beeinträchtigt war, außer Sie geben stattdessen die Ausfalldauer an.
required_if-financial_loss_eur = Erforderlich, wenn Sie die Verlässlichkeit des finanziellen Verlusts angeben.
required_if-incident_notification-incident_class = Erforderlich, wenn der Vorfall vermutlich böswillig ist.
required_if-incident_notification-incident_type = Erforderlich, wenn der Vorfall vermutlich böswillig ist; er muss zur Klasse gehören.
required_if-final_report-incident_class = Erforderlich, wenn die Ursache eine böswillige Handlung ist.
required_if-final_report-incident_type = Erforderlich, wenn die Ursache eine böswillige Handlung ist; er muss zur Klasse gehören.
required_if-root_cause_unknown_reason = Erforderlich, wenn die Ursache unbekannt ist.
required_if-cross_border_impact-ms = Erforderlich, wenn in diesem Fall grenzüberschreitende Auswirkungen als möglich angegeben wurden.
required_if-cross_border_impact-description = Erforderlich, wenn in diesem Fall grenzüberschreitende Auswirkungen als möglich angegeben wurden.
required_if-request_id = Erforderlich, wenn dieser Bericht eine Anfrage der Behörde beantwortet.

## code
code-csirt = CSIRT
code-spoc = zentrale Anlaufstelle
code-enisa = ENISA
code-cer_authority = CER-Behörde
code-dpa = Datenschutzbehörde
code-share_package = Weitergabepaket
code-yes = ja
code-no = nein
code-unknown = unbekannt
code-nemo = NEMO
code-dns_service_provider = DNS-Diensteanbieter
code-tld_name_registry = TLD-Namenregister
code-cdn_provider = Betreiber von Inhaltszustellnetzen
code-ict_service_management = Verwaltung von IKT-Diensten (B2B)
code-amber_strict = amber+strict
code-multi_ms = mehrere Mitgliedstaaten
code-electricity_dso = Verteilernetzbetreiber (Strom)
code-electricity_tso = Übertragungsnetzbetreiber (Strom)
code-gas_dso = Verteilernetzbetreiber (Gas)
code-gas_tso = Fernleitungsnetzbetreiber (Gas)
code-lei = LEI
code-vat = Umsatzsteuer-Identifikationsnummer
code-euid = EUID

## member_state
member_state-AT = Österreich
member_state-BE = Belgien
member_state-BG = Bulgarien
member_state-HR = Kroatien
member_state-CY = Zypern
member_state-CZ = Tschechien
member_state-DK = Dänemark
member_state-EE = Estland
member_state-FI = Finnland
member_state-FR = Frankreich
member_state-DE = Deutschland
member_state-GR = Griechenland
member_state-HU = Ungarn
member_state-IE = Irland
member_state-IT = Italien
member_state-LV = Lettland
member_state-LT = Litauen
member_state-LU = Luxemburg
member_state-MT = Malta
member_state-NL = Niederlande
member_state-PL = Polen
member_state-PT = Portugal
member_state-RO = Rumänien
member_state-SK = Slowakei
member_state-SI = Slowenien
member_state-ES = Spanien
member_state-SE = Schweden

## language
language-bg = Bulgarisch
language-cs = Tschechisch
language-da = Dänisch
language-de = Deutsch
language-el = Griechisch
language-en = Englisch
language-es = Spanisch
language-et = Estnisch
language-fi = Finnisch
language-fr = Französisch
language-ga = Irisch
language-hr = Kroatisch
language-hu = Ungarisch
language-it = Italienisch
language-lt = Litauisch
language-lv = Lettisch
language-mt = Maltesisch
language-nl = Niederländisch
language-pl = Polnisch
language-pt = Portugiesisch
language-ro = Rumänisch
language-sk = Slowakisch
language-sl = Slowenisch
language-sv = Schwedisch

## significance_section
significance_section-general = Alle Sektoren: Art. 23 Abs. 3 NIS2
significance_section-thresholds = Schwellenwerte der Durchführungsverordnung (EU) 2024/2690 (digitale Dienste)
significance_section-service = Dienstspezifische Schwellenwerte (DNS, TLD, Cloud, Rechenzentren, CDN, MSP/MSSP, Plattformen, Vertrauensdienste)

## significance_section_hint
significance_section_hint-thresholds = Nur für die Arten von Einrichtungen, die die Verordnung erfasst.

## significance
significance-entity_type = Art der Einrichtung
significance-severe_disruption = Hat er schwerwiegende Betriebsstörungen Ihrer Dienste verursacht oder kann er sie verursachen?
significance-severe_financial_loss = Hat er schwerwiegende finanzielle Verluste für Ihre Organisation verursacht oder kann er sie verursachen?
significance-damage_to_others = Hat er anderen erhebliche materielle oder immaterielle Schäden zugefügt oder kann er sie zufügen?
significance-financial_loss_eur = Bisheriger oder erwarteter unmittelbarer finanzieller Verlust (EUR)
significance-annual_turnover_eur = Gesamtjahresumsatz im vorangegangenen Geschäftsjahr (EUR)
significance-trade_secrets = Wurden Geschäftsgeheimnisse exfiltriert?
significance-death = Hat er den Tod einer Person verursacht oder kann er ihn verursachen?
significance-health_damage = Hat er einer Person erhebliche Gesundheitsschäden zugefügt oder kann er sie zufügen?
significance-malicious_access = Gab es einen erfolgreichen, mutmaßlich böswilligen und unbefugten Zugriff, der schwerwiegende Betriebsstörungen verursachen kann?
significance-recurring_count = Wiederkehrende Vorfälle: Wie viele Vorfälle mit derselben offensichtlichen Ursache gab es in den letzten sechs Monaten, diesen eingeschlossen?
significance-recurring_loss_eur = Wiederkehrende Vorfälle: ihr gemeinsamer unmittelbarer finanzieller Verlust (EUR)
significance-unavailable_minutes = Vollständige Nichtverfügbarkeit des Dienstes (Minuten)
significance-unavailable_scheduled = War diese Nichtverfügbarkeit eine geplante Unterbrechung (geplante Wartung im angekündigten Zeitfenster)?
significance-limited_minutes = Eingeschränkte Verfügbarkeit oder verminderte Leistung (Minuten)
significance-limited_scheduled = War diese Einschränkung eine geplante Unterbrechung (geplante Wartung im angekündigten Zeitfenster)?
significance-weekly_unavailable_minutes = Vertrauensdienste: kumulierte Nichtverfügbarkeit in der Kalenderwoche (Minuten)
significance-weekly_unavailable_scheduled = War diese wöchentliche Nichtverfügbarkeit geplant (geplante Wartung)?
significance-slow_resolution = DNS/TLD: durchschnittliche Antwortzeit über 10 Sekunden für mehr als eine Stunde?
significance-users_total_eu = Nutzer in der EU (Vertragskunden und deren Nutzer)
significance-users_affected = Betroffene Nutzer
significance-data_compromised = Wurde die Integrität, Vertraulichkeit oder Authentizität gespeicherter, übermittelter oder verarbeiteter Daten beeinträchtigt?
significance-malicious_compromise = War diese Beeinträchtigung mutmaßlich böswillig?
significance-dns_small_misconfiguration = DNS: nur eine Fehlkonfiguration, die weniger als 1.000 Domänennamen und höchstens 1 % der verwalteten betrifft?
significance-physical_access = Rechenzentren und Vertrauensdienste: Wurde der physische Zugang zu den Räumlichkeiten oder einem Sperrbereich beeinträchtigt?

## significance_hint
significance_hint-financial_loss_eur = Der Schwellenwert ist der niedrigere von 500.000 EUR und 5 % des Vorjahresumsatzes.
significance_hint-recurring_count = Durchführungsverordnung 2024/2690 Art. 4: Mindestens zwei Vorfälle mit derselben offensichtlichen Ursache innerhalb von sechs Monaten, die zusammen den finanziellen Schwellenwert überschreiten, gelten als ein erheblicher Sicherheitsvorfall.
significance_hint-unavailable_scheduled = Eine geplante Unterbrechung zählt nicht für die Verfügbarkeitsschwellen (Art. 3 Abs. 2). Wurde ihr Zeitfenster überschritten, antworten Sie mit Nein und zählen Sie nur die Minuten danach. Böswilliges oder Ungeplantes im selben Vorfall zählt weiterhin.
significance_hint-limited_scheduled = Wie oben: Nur der geplante Teil bleibt außer Betracht.

## significance_verdict
significance_verdict-significant = erheblich
significance_verdict-not_significant = nicht erheblich
significance_verdict-indeterminate = noch nicht entscheidbar

## significance_advice
significance_advice-significant = Melden Sie ihn: Die Frühwarnung ist innerhalb von 24 Stunden nach Kenntniserlangung fällig.
significance_advice-not_significant = Nach Ihren Antworten ist der Vorfall nicht erheblich. Sie können ihn dennoch freiwillig melden.
significance_advice-indeterminate = Ihre Antworten lassen es offen. Melden Sie im Zweifel: Eine Frühwarnung kostet wenig, und ergibt Ihre Bewertung später, dass der Vorfall nicht erheblich ist, können Sie sie mit Begründung auf der Folgeseite des Falls zurückziehen (oder mit POST /api/v1/incidents/{"{"}id{"}"}/withdrawal).

## criterion
criterion-art23_3_a = schwerwiegende Betriebsstörung oder finanzielle Verluste für die Einrichtung
criterion-art23_3_b = erhebliche Schäden für andere Personen
criterion-ir_a3_a = unmittelbarer finanzieller Verlust über dem niedrigeren von 500.000 EUR und 5 % des Umsatzes
criterion-ir_a3_b = Exfiltration von Geschäftsgeheimnissen
criterion-ir_a3_c = Tod einer natürlichen Person
criterion-ir_a3_d = erhebliche Gesundheitsschäden einer natürlichen Person
criterion-ir_a3_e = mutmaßlich böswilliger unbefugter Zugriff, der schwerwiegende Störungen verursachen kann
criterion-ir_a4 = wiederkehrende Vorfälle, die zusammen den finanziellen Schwellenwert erreichen
criterion-ir_a5 = Schwellenwert für DNS-Dienste (Art. 5)
criterion-ir_a6 = Schwellenwert für TLD-Namenregister (Art. 6)
criterion-ir_a7 = Schwellenwert für Cloud-Computing (Art. 7)
criterion-ir_a8 = Schwellenwert für Rechenzentren (Art. 8)
criterion-ir_a9 = Schwellenwert für Inhaltszustellnetze (Art. 9)
criterion-ir_a10 = Schwellenwert für Anbieter verwalteter (Sicherheits-)Dienste (Art. 10)
criterion-ir_a11 = Schwellenwert für Online-Marktplätze (Art. 11)
criterion-ir_a12 = Schwellenwert für Online-Suchmaschinen (Art. 12)
criterion-ir_a13 = Schwellenwert für Plattformen für Dienste sozialer Netzwerke (Art. 13)
criterion-ir_a14 = Schwellenwert für Vertrauensdienste (Art. 14)

## event
event-feedback = Rückmeldung zu Ihrem Bericht
event-message_to_reporter = eine Nachricht
event-message_from_reporter = eine Nachricht des Meldenden
event-note = interne Notiz
event-intermediate_request = eine Anforderung eines Zwischenberichts
event-review = Prüfung
event-assignment = Zuweisung
event-closed = der Fall wurde geschlossen
event-reopened = der Fall wurde wieder eröffnet
event-public_awareness = Entscheidung über die Unterrichtung der Öffentlichkeit
event-stage_waived = eine Stufe, die Sie nicht mehr einreichen müssen (erlassen)
event-withdrawn = der Bericht wurde zurückgezogen
event-withdrawn_by_entity = die Einrichtung hat ihren Bericht zurückgezogen

## closure_kind
closure_kind-accepted = angenommen und geschlossen
closure_kind-not_significant = als nicht erheblich geschlossen
closure_kind-duplicate = als Duplikat geschlossen
closure_kind-withdrawn = von der Einrichtung zurückgezogen
