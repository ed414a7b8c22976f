# Converted from the TOML catalogue: ids are <section>-<key> (a "." in a key becomes "-").

## stage
stage-early_warning = alerte précoce
stage-incident_notification = notification d'incident
stage-intermediate_report = rapport intermédiaire
stage-progress_report = rapport d'avancement
stage-final_report = rapport final

## deadline_status
deadline_status-not_due = pas encore dû
deadline_status-pending = en attente
deadline_status-submitted_on_time = déposé dans le délai
deadline_status-submitted_late = déposé en retard
deadline_status-overdue = EN RETARD
deadline_status-not_applicable = sans objet
deadline_status-waived = dispensé
deadline_status-awaiting_handling = en attente de la fin du traitement (puis dû dans un délai d'un mois ; un point de situation est demandé chaque mois)

## phrase
phrase-informed_sentence = {" "}et vous est transmis pour information (impact transfrontière possible)
phrase-informed_tag = {" "}[pour information]
phrase-provisional = provisoire
phrase-unrouted = pas encore d'autorité (les administrateurs de la plateforme ont été alertés)
phrase-to_be_determined = à déterminer
phrase-tz_default = Fuseau horaire de mon État membre
phrase-required_if_default = Obligatoire dans certains cas ; le rapport indique lesquels lors de l'envoi.
phrase-aware_at_changed_from = Ce dépôt modifie le moment où l'entité a eu connaissance de l'incident (aware_at) : de
phrase-to = à
phrase-reason_given = Les délais ont été recalculés et les étapes déjà déposées réévaluées ; le motif de l'entité figure sur la page du dossier.
phrase-non_eu = Non établie dans l'UE

## page
page-new_report = Signaler un incident
page-intro_early_warning = L'alerte précoce est due dans les 24 heures après avoir eu connaissance d'un incident important. Indiquez ce que vous savez maintenant ; les détails suivront dans la notification d'incident.
page-intro_incident_notification = La notification d'incident est due dans les 72 heures après avoir eu connaissance de l'incident (24 heures pour les prestataires de services de confiance). Si vous la déposez en premier, elle vaut aussi alerte précoce.
page-intro_intermediate_report = Un rapport intermédiaire répond à une demande de l'autorité, ou met à jour le dossier dès que vous avez du nouveau.
page-intro_progress_report = Un rapport d'avancement est dû un mois après la notification d'incident si l'incident est alors toujours en cours. Jusque-là, le rapport final reste dû ; un rapport d'avancement ne respecte ce délai que si l'incident est encore en cours à son échéance.
page-intro_final_report = Le rapport final est dû un mois après la notification d'incident ; si l'incident était encore en cours à ce moment-là, il est dû un mois après la fin de son traitement.
page-switch_to_incident_notification = Vous en savez déjà davantage ? Déposez plutôt la notification d'incident complète
page-switch_to_early_warning = Seulement l'essentiel pour l'instant ? Déposez plutôt une alerte précoce
page-voluntary_notification = Notification volontaire
page-intro_voluntary = Informez l'autorité d'un incident, d'une cybermenace ou d'un incident évité que vous n'êtes pas tenu de signaler (article 30 de NIS2). Les organisations hors du champ d'application de NIS2 peuvent aussi notifier. Il n'y a pas de délai ; les notifications volontaires sont traitées après les notifications obligatoires.
page-switch_to_mandatory = Tenu de signaler un incident important ? Déposez plutôt une alerte précoce
page-draft_saved = Brouillon enregistré. Il n'a pas été envoyé à l'autorité. Conservez le lien privé ci-dessous pour continuer plus tard.
page-draft_saved_case = Brouillon enregistré. Il n'a pas été envoyé à l'autorité ; il reste ici, accessible depuis votre lien de suivi.
page-draft_quota = Votre réseau conserve déjà { $limit } brouillons inachevés, le maximum pour une adresse. Rien n'a été enregistré : déposez l'un d'eux, ou envoyez ce rapport maintenant ; les brouillons sont supprimés { $days } jours après leur dernier enregistrement.
page-draft_resumed = Voici votre brouillon enregistré. Il n'a pas encore été envoyé.
page-correction = corriger ou mettre à jour
page-back_to_case = Retour au dossier
page-late_notice = Le délai de ce rapport est dépassé. Veuillez le déposer maintenant et indiquer le motif dans « Motif du dépôt tardif ».

## section
section-entity = Votre organisation
section-contact = Contact pour cet incident
section-jurisdiction = Compétence et profil
section-technical_contact = Contact technique (facultatif)
section-timing = Quand
section-aware_change = Modifier le moment de la prise de connaissance
section-incident = L'incident
section-support = Assistance et autres signalements
section-assessment = Évaluation initiale
section-impact = Impact
section-classification = Classification et indicateurs
section-response = Réponse
section-update = Mise à jour
section-progress = Avancement
section-final = Description finale
section-cause = Cause profonde
section-final_response = Mesures d'atténuation et impact transfrontière
section-filing = À propos de ce rapport

## section_hint
section_hint-aware_change = Les délais du dossier courent à partir du moment de la prise de connaissance indiqué à son ouverture. Pour le modifier, changez-le ci-dessus et expliquez pourquoi ici ; sinon, laissez les deux inchangés.
section_hint-entity = Tel qu'enregistré. Le secteur et le type d'entité déterminent l'autorité destinataire du rapport.
section_hint-contact = L'autorité répond à cette adresse ; votre accusé de réception et votre lien de suivi privé y sont aussi envoyés.
section_hint-impact = Donnez vos meilleurs chiffres actuels ; vous pourrez les corriger plus tard.
section_hint-jurisdiction = Détermine l'autorité de quel État membre reçoit le rapport (article 26 de NIS2). Remplissez ce qui s'applique à votre organisation.

## label
label-legal_name = Dénomination sociale
label-trade_name = Nom commercial
label-entity_name = Nom de l'entité
label-reference = Référence du dossier
label-cross_border_impact = Impact transfrontière
label-member_state = État membre d'établissement
label-sector = Secteur
label-subsector = Sous-secteur
label-entity_type = Type d'entité
label-entity_category = Catégorie d'entité
label-registration_id = Numéro d'enregistrement
label-registration_scheme = Type d'identifiant
label-contact_name = Personne de contact
label-email = Adresse électronique de contact
label-phone = Téléphone de contact
label-ms_main_establishment = État membre de l'établissement principal
label-ms_services_provided = États membres où les services sont fournis
label-eu_representative_name = Représentant dans l'UE : nom
label-eu_representative_ms = Représentant dans l'UE : État membre
label-eu_representative_email = Représentant dans l'UE : adresse électronique
label-eu_representative_phone = Représentant dans l'UE : téléphone
label-technical_contact_name = Contact technique : nom
label-technical_contact_role = Contact technique : fonction
label-technical_contact_email = Contact technique : adresse électronique
label-technical_contact_phone = Contact technique : téléphone
label-available_24x7 = Joignable 24 heures sur 24, 7 jours sur 7
label-annual_turnover_prev_fy_eur = Chiffre d'affaires annuel total de l'exercice précédent (EUR)
label-lei = Identifiant d'entité juridique (LEI)
label-is_cer_critical_entity = Entité critique au titre de la directive CER
label-stage = Type de rapport
label-kind = Nature de la notification volontaire
label-observed_at = Observé le
label-threat_description = La menace
label-possible_impact = Impact possible
label-language = Langue de ce rapport
label-tlp = Restriction de diffusion (TLP)
label-entity_internal_ref = Votre référence interne
label-supersedes_submission_id = Corrige le dépôt
label-late_reason = Motif du dépôt tardif
label-aware_at = Prise de connaissance de l'incident important
label-aware_at_change_reason = Motif de la modification du moment de la prise de connaissance
label-affects_trust_services = L'incident affecte-t-il la fourniture de vos services de confiance ?
label-detected_at = Détecté le
label-started_at = Début de l'incident
label-awareness_basis = Comment vous en avez eu connaissance
label-tz = Fuseau horaire des heures ci-dessus
label-title = Titre court
label-summary = Ce qui s'est passé
label-suspected_malicious = Acte illicite ou malveillant suspecté ?
label-cross_border_possible = Pourrait-il affecter d'autres États membres ?
label-cross_border_ms = États membres potentiellement affectés
label-affected_sectors = Autres secteurs affectés
label-affected_services = Services affectés
label-incident_status = État de l'incident
label-significance_basis = Critères d'importance remplis
label-assistance_requested = Demandez-vous l'assistance du CSIRT ?
label-assistance_details = Assistance nécessaire
label-reported_to_law_enforcement = Signalé aux services répressifs ?
label-personal_data_involved = Données à caractère personnel concernées ?
label-initial_assessment = Évaluation initiale
label-severity = Gravité
label-outlook = Évolution attendue
label-impact_properties = Propriétés de sécurité affectées
label-service_impact = Effet sur le service
label-users_affected = Utilisateurs affectés
label-users_total_eu = Nombre total d'utilisateurs dans l'UE
label-outage_start = Début de l'interruption
label-outage_end = Fin de l'interruption
label-outage_duration_min = Durée de l'interruption (minutes)
label-geo_spread = Étendue géographique
label-financial_loss_eur = Perte financière (EUR)
label-financial_loss_confidence = Le montant de la perte est
label-deaths = Décès
label-health_damage = Dommage considérable à la santé ?
label-trade_secret_exfiltration = Secrets d'affaires exfiltrés ?
label-incident_class = Classe d'incident (RSIT)
label-incident_type = Type d'incident (RSIT)
label-root_cause_category = Cause profonde
label-iocs = Indicateurs de compromission
label-cve_ids = Vulnérabilités exploitées (CVE)
label-mitigation_taken = Mesures d'atténuation prises jusqu'ici
label-service_recipients_informed = Destinataires des services informés ?
label-service_recipients_informed_at = Destinataires informés le
label-request_id = Répond à la demande de l'autorité
label-status_update = Point de situation
label-status_summary = Où en est le traitement
label-mitigation_applied = Mesures d'atténuation appliquées
label-mitigation_ongoing = Mesures d'atténuation en cours
label-expected_resolution_at = Résolution prévue le
label-detailed_description = Description détaillée
label-timeline = Chronologie
label-root_cause_unknown_reason = Pourquoi la cause profonde est inconnue
label-contributing_causes = Causes contributives
label-root_cause_description = Type de menace ou cause profonde
label-attack_techniques = Techniques d'attaque (MITRE ATT&CK)
label-cross_border_impact-ms = États membres affectés
label-cross_border_impact-description = Impact transfrontière
label-handled_at = Fin du traitement
label-related_case_ids = Dossiers liés
label-lessons_learned = Enseignements tirés

## hint
hint-observed_at = Quand vous avez observé l'incident, la menace ou l'incident évité. Une notification volontaire n'a pas de délai.
hint-ms_main_establishment = Là où les décisions de gestion des risques en matière de cybersécurité sont principalement prises. Obligatoire pour DNS, TLD, nuage, centres de données, CDN, fournisseurs de services (de sécurité) gérés, places de marché, moteurs de recherche et réseaux sociaux.
hint-ms_services_provided = Fournisseurs de communications électroniques publiques : chaque État membre desservi, séparés par des virgules, p. ex. LU, DE, FR.
hint-eu_representative_name = Obligatoire lorsque l'État membre d'établissement est « Non établie dans l'UE ».
hint-lei = 20 caractères ; les deux derniers sont des chiffres de contrôle.
hint-sector = Déduit du type d'entité si laissé vide.
hint-email = Par exemple security@example.eu
hint-phone = Format international sans espaces, par exemple +35212345678
hint-aware_at = Quand vous avez acquis une certitude raisonnable qu'un incident important s'est produit. Fait courir les délais de 24 h et de 72 h.
hint-aware_at_change_reason = Uniquement si vous modifiez le moment ci-dessus : expliquez pourquoi (10 caractères au moins). Les délais sont recalculés, les étapes déjà déposées réévaluées et l'autorité est informée.
hint-affects_trust_services = Prestataires de services de confiance uniquement. Si c'est le cas, ou si vous ne le savez pas encore, la notification d'incident est due dans les 24 heures ; sinon, dans les 72 heures.
hint-summary = 20 à 4 000 caractères : ce que vous constatez, quels systèmes, ce que vous avez fait jusqu'ici.
hint-title = 5 à 200 caractères.
hint-affected_services = Un service par ligne.
hint-cross_border_ms = Cochez chaque État membre susceptible d'être affecté.
hint-affected_sectors = Cochez chaque secteur, outre le vôtre, touché par l'incident (p. ex. la panne d'un fournisseur touchant les transports et la santé). Un incident intersectoriel est aussi signalé au point de contact unique.
hint-significance_basis = Codes des critères de l'outil d'évaluation de l'importance, un par ligne (facultatif).
hint-initial_assessment = 50 caractères au moins : la gravité et l'impact tels que vous les évaluez maintenant.
hint-users_affected = Un nombre entier, ou inconnu.
hint-iocs = Un par ligne : type, valeur, note facultative. Types : ipv4, ipv6, cidr, domain, url, email, md5, sha1, sha256, file_name, asn, cve, other. Exemple : ipv4 192.0.2.1 serveur C2
hint-cve_ids = Une par ligne, par exemple CVE-2024-3400.
hint-attack_techniques = Une par ligne, par exemple T1486.
hint-related_case_ids = Identifiants de dossiers, un par ligne.
hint-timeline = Un événement par ligne : date et heure, un tiret, l'événement. Exemple : 2026-03-01 08:30 – demande de rançon découverte
hint-detailed_description = 200 caractères au moins.
hint-status_update = 20 caractères au moins.
hint-financial_loss_eur = En euros, deux décimales au plus, p. ex. 125000.50
hint-request_id = Rempli lorsque vous répondez à une demande de l'autorité.
hint-tlp = Par défaut : amber.

## required_if
required_if-sector = Obligatoire si le type d'entité ne le détermine pas.
required_if-subsector = Obligatoire si le type d'entité ne le détermine pas (p. ex. fabricants).
required_if-late_reason = Obligatoire si ce rapport est déposé après son délai.
required_if-affects_trust_services = Obligatoire si vous êtes prestataire de services de confiance : cela détermine si la notification est due dans les 24 ou les 72 heures.
required_if-ms_main_establishment = Obligatoire si vous fournissez des infrastructures numériques ou des services numériques (DNS, registre de TLD, enregistrement de noms de domaine, nuage, centre de données, CDN, services (de sécurité) gérés, place de marché en ligne, moteur de recherche, réseau social) : l'État membre de votre établissement principal détermine l'autorité (article 26, paragraphe 1, point b), de NIS2).
required_if-ms_services_provided = Obligatoire si vous fournissez des réseaux ou des services de communications électroniques publics : chaque État membre où vous les fournissez (article 26, paragraphe 1, point a), de NIS2).
required_if-eu_representative_name = Obligatoire si vous n'êtes pas établi dans l'UE (article 26, paragraphe 3, de NIS2).
required_if-eu_representative_ms = Obligatoire si vous n'êtes pas établi dans l'UE : l'État membre de votre représentant détermine l'autorité (article 26, paragraphe 3, de NIS2).
required_if-eu_representative_email = Obligatoire si vous n'êtes pas établi dans l'UE (article 26, paragraphe 3, de NIS2).
required_if-eu_representative_phone = Obligatoire si vous n'êtes pas établi dans l'UE (article 26, paragraphe 3, de NIS2).
required_if-assistance_details = Obligatoire si vous demandez une assistance.
required_if-cross_border_ms = Obligatoire si un impact transfrontière est possible, ou si l'incident s'étend à plusieurs États membres ou au monde entier.
required_if-users_affected = Obligatoire si votre type d'entité a des seuils en nombre d'utilisateurs (informatique en nuage, CDN, services gérés et services de sécurité gérés, places de marché en ligne, moteurs de recherche, réseaux sociaux, services de confiance) ; un nombre dans le rapport final.
required_if-users_total_eu = Obligatoire si votre type d'entité a des seuils en nombre d'utilisateurs (informatique en nuage, CDN, services gérés et services de sécurité gérés, places de marché en ligne, moteurs de recherche, réseaux sociaux, services de confiance).
required_if-outage_start = Obligatoire si le service a été affecté, sauf si vous indiquez plutôt la durée de l'interruption.
required_if-financial_loss_eur = Obligatoire si vous indiquez la fiabilité de la perte financière.
required_if-incident_notification-incident_class = Obligatoire si l'incident est suspecté d'être malveillant.
required_if-incident_notification-incident_type = Obligatoire si l'incident est suspecté d'être malveillant ; il doit appartenir à la classe.
required_if-final_report-incident_class = Obligatoire si la cause profonde est une action malveillante.
required_if-final_report-incident_type = Obligatoire si la cause profonde est une action malveillante ; il doit appartenir à la classe.
required_if-root_cause_unknown_reason = Obligatoire si la cause profonde est inconnue.
required_if-cross_border_impact-ms = Obligatoire si un impact transfrontière a été déclaré possible dans ce dossier.
required_if-cross_border_impact-description = Obligatoire si un impact transfrontière a été déclaré possible dans ce dossier.
required_if-request_id = Obligatoire si ce rapport répond à une demande de l'autorité.

## code
code-csirt = CSIRT
code-spoc = point de contact unique
code-enisa = ENISA
code-cer_authority = autorité CER
code-dpa = autorité de protection des données
code-share_package = envoi partagé
code-yes = oui
code-no = non
code-unknown = inconnu
code-nemo = NEMO
code-dns_service_provider = fournisseur de services DNS
code-tld_name_registry = registre des noms de domaine de premier niveau
code-cdn_provider = fournisseur de réseau de diffusion de contenu
code-ict_service_management = gestion des services TIC (interentreprises)
code-amber_strict = amber+strict
code-multi_ms = plusieurs États membres
code-electricity_dso = gestionnaire de réseau de distribution d'électricité
code-electricity_tso = gestionnaire de réseau de transport d'électricité
code-gas_dso = gestionnaire de réseau de distribution de gaz
code-gas_tso = gestionnaire de réseau de transport de gaz
code-lei = LEI
code-vat = numéro de TVA
code-euid = EUID

## member_state
member_state-AT = Autriche
member_state-BE = Belgique
member_state-BG = Bulgarie
member_state-HR = Croatie
member_state-CY = Chypre
member_state-CZ = Tchéquie
member_state-DK = Danemark
member_state-EE = Estonie
member_state-FI = Finlande
member_state-FR = France
member_state-DE = Allemagne
member_state-GR = Grèce
member_state-HU = Hongrie
member_state-IE = Irlande
member_state-IT = Italie
member_state-LV = Lettonie
member_state-LT = Lituanie
member_state-LU = Luxembourg
member_state-MT = Malte
member_state-NL = Pays-Bas
member_state-PL = Pologne
member_state-PT = Portugal
member_state-RO = Roumanie
member_state-SK = Slovaquie
member_state-SI = Slovénie
member_state-ES = Espagne
member_state-SE = Suède

## language
language-bg = Bulgare
language-cs = Tchèque
language-da = Danois
language-de = Allemand
language-el = Grec
language-en = Anglais
language-es = Espagnol
language-et = Estonien
language-fi = Finnois
language-fr = Français
language-ga = Irlandais
language-hr = Croate
language-hu = Hongrois
language-it = Italien
language-lt = Lituanien
language-lv = Letton
language-mt = Maltais
language-nl = Néerlandais
language-pl = Polonais
language-pt = Portugais
language-ro = Roumain
language-sk = Slovaque
language-sl = Slovène
language-sv = Suédois

## significance_section
significance_section-general = Tous les secteurs : article 23, paragraphe 3, de NIS2
significance_section-thresholds = Seuils du règlement d'exécution (UE) 2024/2690 (services numériques)
significance_section-service = Seuils propres au service (DNS, TLD, nuage, centres de données, CDN, MSP/MSSP, plateformes, services de confiance)

## significance_section_hint
significance_section_hint-thresholds = Utilisé uniquement pour les types d'entités couverts par le règlement.

## significance
significance-entity_type = Type d'entité
significance-severe_disruption = A-t-il causé, ou peut-il causer, une perturbation opérationnelle grave de vos services ?
significance-severe_financial_loss = A-t-il causé, ou peut-il causer, des pertes financières graves pour votre organisation ?
significance-damage_to_others = A-t-il causé, ou peut-il causer, des dommages matériels ou non matériels considérables à des tiers ?
significance-financial_loss_eur = Perte financière directe subie ou attendue (EUR)
significance-annual_turnover_eur = Chiffre d'affaires annuel total de l'exercice précédent (EUR)
significance-trade_secrets = Des secrets d'affaires ont-ils été exfiltrés ?
significance-death = A-t-il causé, ou peut-il causer, le décès d'une personne ?
significance-health_damage = A-t-il causé, ou peut-il causer, un dommage considérable à la santé d'une personne ?
significance-malicious_access = Y a-t-il eu un accès non autorisé réussi, suspecté d'être malveillant, susceptible de causer une perturbation opérationnelle grave ?
significance-recurring_count = Incidents récurrents : combien d'incidents ayant la même cause profonde apparente au cours des six derniers mois, celui-ci compris ?
significance-recurring_loss_eur = Incidents récurrents : leur perte financière directe cumulée (EUR)
significance-unavailable_minutes = Indisponibilité totale du service (minutes)
significance-unavailable_scheduled = Cette indisponibilité était-elle une interruption programmée (maintenance planifiée dans la fenêtre annoncée) ?
significance-limited_minutes = Disponibilité limitée ou performance dégradée (minutes)
significance-limited_scheduled = Cette limitation était-elle une interruption programmée (maintenance planifiée dans la fenêtre annoncée) ?
significance-weekly_unavailable_minutes = Services de confiance : indisponibilité cumulée sur la semaine civile (minutes)
significance-weekly_unavailable_scheduled = Cette indisponibilité hebdomadaire était-elle programmée (maintenance planifiée) ?
significance-slow_resolution = DNS/TLD : temps de réponse moyen supérieur à 10 secondes pendant plus d'une heure ?
significance-users_total_eu = Utilisateurs dans l'UE (clients sous contrat et leurs utilisateurs)
significance-users_affected = Utilisateurs affectés
significance-data_compromised = L'intégrité, la confidentialité ou l'authenticité de données stockées, transmises ou traitées a-t-elle été compromise ?
significance-malicious_compromise = Cette compromission était-elle suspectée d'être malveillante ?
significance-dns_small_misconfiguration = DNS : seulement une erreur de configuration touchant moins de 1 000 noms de domaine et au plus 1 % de ceux gérés ?
significance-physical_access = Centres de données et services de confiance : l'accès physique aux locaux ou à une zone à accès restreint a-t-il été compromis ?

## significance_hint
significance_hint-financial_loss_eur = Le seuil est le plus bas de 500 000 EUR et de 5 % du chiffre d'affaires de l'exercice précédent.
significance_hint-recurring_count = Règlement d'exécution 2024/2690, article 4 : au moins deux incidents ayant la même cause profonde apparente en six mois qui, ensemble, dépassent le seuil financier comptent comme un seul incident important.
significance_hint-unavailable_scheduled = Une interruption programmée ne compte pas pour les seuils de disponibilité (article 3, paragraphe 2). Si elle a dépassé sa fenêtre, répondez non et ne comptez que les minutes au-delà. Tout élément malveillant ou imprévu du même incident compte toujours.
significance_hint-limited_scheduled = Comme ci-dessus : seule la partie planifiée est exclue.

## significance_verdict
significance_verdict-significant = important
significance_verdict-not_significant = non important
significance_verdict-indeterminate = impossible à déterminer pour l'instant

## significance_advice
significance_advice-significant = Signalez-le : l'alerte précoce est due dans les 24 heures après en avoir eu connaissance.
significance_advice-not_significant = D'après vos réponses, l'incident n'est pas important. Vous pouvez tout de même le signaler volontairement.
significance_advice-indeterminate = Vos réponses ne permettent pas de trancher. En cas de doute, signalez : une alerte précoce coûte peu, et si votre évaluation conclut plus tard que l'incident n'est pas important, vous pouvez la retirer, avec votre motif, sur la page de suivi du dossier (ou avec POST /api/v1/incidents/{"{"}id{"}"}/withdrawal).

## criterion
criterion-art23_3_a = perturbation opérationnelle grave ou pertes financières pour l'entité
criterion-art23_3_b = dommages considérables à d'autres personnes
criterion-ir_a3_a = perte financière directe supérieure au plus bas de 500 000 EUR et de 5 % du chiffre d'affaires
criterion-ir_a3_b = exfiltration de secrets d'affaires
criterion-ir_a3_c = décès d'une personne physique
criterion-ir_a3_d = dommage considérable à la santé d'une personne physique
criterion-ir_a3_e = accès non autorisé suspecté d'être malveillant, susceptible de causer une perturbation grave
criterion-ir_a4 = incidents récurrents atteignant ensemble le seuil financier
criterion-ir_a5 = seuil des services DNS (article 5)
criterion-ir_a6 = seuil des registres de TLD (article 6)
criterion-ir_a7 = seuil de l'informatique en nuage (article 7)
criterion-ir_a8 = seuil des centres de données (article 8)
criterion-ir_a9 = seuil des réseaux de diffusion de contenu (article 9)
criterion-ir_a10 = seuil des fournisseurs de services (de sécurité) gérés (article 10)
criterion-ir_a11 = seuil des places de marché en ligne (article 11)
criterion-ir_a12 = seuil des moteurs de recherche en ligne (article 12)
criterion-ir_a13 = seuil des plateformes de services de réseaux sociaux (article 13)
criterion-ir_a14 = seuil des services de confiance (article 14)

## event
event-feedback = retour d'information sur votre rapport
event-message_to_reporter = un message
event-message_from_reporter = un message du déclarant
event-note = note interne
event-intermediate_request = une demande de rapport intermédiaire
event-review = examen
event-assignment = attribution
event-closed = le dossier a été clôturé
event-reopened = le dossier a été rouvert
event-public_awareness = décision d'information du public
event-stage_waived = une étape dont vous êtes dispensé
event-withdrawn = le rapport a été retiré
event-withdrawn_by_entity = l'entité a retiré son rapport

## closure_kind
closure_kind-accepted = accepté et clôturé
closure_kind-not_significant = clôturé comme non important
closure_kind-duplicate = clôturé comme doublon
closure_kind-withdrawn = retiré par l'entité
