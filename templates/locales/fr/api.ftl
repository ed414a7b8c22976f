# fr: api words (Project Fluent).
# Erreurs de champ : le domaine les désigne par ces identifiants. Les codes et noms de champ
# dans les paramètres ne sont jamais traduits.

## Tout champ

api-field-required = est obligatoire
api-field-required-with = est obligatoire lorsque { $other } est indiqué
api-field-control-characters = ne doit pas contenir de caractères de contrôle
api-field-control-tabs = ne doit pas contenir de caractères de contrôle (comme des tabulations)
api-field-bidi-override = ne doit pas contenir de caractères de forçage bidirectionnel (U+202A–U+202E, U+2066–U+2069) : ils peuvent faire lire un texte autrement que ce qu'il dit
api-field-single-line = doit tenir sur une seule ligne : les sauts de ligne ne sont pas admis
api-field-too-short = doit compter au moins { $min } { $min ->
        [one] caractère
       *[other] caractères
    } (reçu : { $len })
api-field-too-long = doit compter au plus { $max } { $max ->
        [one] caractère
       *[other] caractères
    } (reçu : { $len })
api-field-boolean = doit valoir true ou false
api-field-count = doit être un nombre entier égal ou supérieur à 0
api-field-euros = doit être un montant en euros ≥ 0 avec au plus 2 décimales, p. ex. 125000.50
api-field-datetime = doit être une date et heure au format RFC 3339, p. ex. 2026-03-01T08:30:00Z
api-field-needs-offset = doit indiquer un décalage horaire, p. ex. 2026-03-01T08:30:00+01:00 ou …Z
api-field-before-1970 = ne doit pas être antérieur à 1970
api-field-future = doit être dans le futur
api-field-uuid = doit être un UUID
api-field-one-of = doit être l'une des valeurs suivantes : { $codes }
api-field-one-code = doit indiquer au moins une valeur parmi : { $codes }
api-field-one-entry = doit comporter au moins une entrée
api-field-one-service = doit indiquer au moins un service touché
api-field-one-member-state = doit indiquer au moins un État membre
api-field-list-max = doit compter au plus { $max } entrées
api-field-needs = nécessite { $other }
api-field-not-after = ne doit pas être postérieur à { $other }
api-field-after-submission = ne doit pas être postérieur à l'heure de l'envoi (un écart d'horloge de 120 s est toléré)
api-field-not-before = ne doit pas être antérieur à { $other }
api-field-not-exceed = ne doit pas dépasser { $other }
api-json-type = doit être { $want ->
        [boolean] true ou false
        [number] un nombre entier
        [number-or-unknown] un nombre entier ou "unknown"
        [string] une chaîne de caractères
        [strings] une liste de chaînes de caractères
        [objects] une liste d'objets
        [list] une liste
        [object] un objet
       *[other] { $want }
    }, et non { $got ->
        [null] null
        [boolean] un booléen
        [number] un nombre
        [string] une chaîne de caractères
        [list] une liste
        [object] un objet
       *[other] { $got }
    }

## Valeurs d'un type

api-email = doit être une adresse électronique telle que soc@example.com
api-phone = doit être un numéro de téléphone international tel que +352 123 45678
api-member-state = doit être le code d'un État membre de l'UE tel que LU, DE ou EL
api-member-state-efta = { $code } est un État de l'AELE membre de l'EEE ; la directive NIS2 ne s'y applique pas tant qu'elle n'est pas intégrée à l'accord EEE
api-lei-shape = doit compter 20 caractères : 18 lettres ou chiffres, puis 2 chiffres de contrôle
api-lei-check-digits = a des chiffres de contrôle erronés (ISO 7064 mod 97-10) ; vérifiez qu'il n'y a pas de faute de frappe
api-rsit-class = doit être une classe RSIT : { $codes }
api-rsit-type = doit être un type de la classe { $class } : { $codes }
api-item-service = doit compter au plus 200 caractères de texte
api-item-criterion = doit être un code de critère tel que ir_a3_a
api-item-cve = doit être un identifiant CVE tel que CVE-2024-12345
api-item-attack-technique = doit être un identifiant MITRE ATT&CK tel que T1486 ou T1059.001
api-ioc-invalid = n'est pas { $kind ->
        [ipv4] une adresse IPv4 valide
        [ipv6] une adresse IPv6 valide
        [cidr] un bloc CIDR valide tel que 192.0.2.0/24
        [domain] un nom de domaine valide
        [url] une URL absolue valide telle que https://example.com/path
        [email] une adresse électronique valide
        [md5] un hachage MD5 valide (32 chiffres hexadécimaux)
        [sha1] un hachage SHA-1 valide (40 chiffres hexadécimaux)
        [sha256] un hachage SHA-256 valide (64 chiffres hexadécimaux)
        [file_name] un nom de fichier valide
        [asn] un numéro AS valide tel que AS64496
        [cve] un identifiant CVE valide tel que CVE-2024-12345
       *[other] une valeur valide (de 1 à 2000 caractères)
    }

## L'entité

api-entity-type-of-sector = n'est pas un type d'entité du secteur { $sector } ; valeurs attendues : { $codes }
api-subsector-none = le secteur { $sector } n'a pas de sous-secteur ; laissez ce champ vide
api-subsector-required = est obligatoire pour { $type } ; l'une des valeurs : { $codes }
api-main-establishment = est obligatoire pour ce type d'entité (NIS2, art. 26, par. 1, point b)) : l'État membre où sont principalement prises les décisions relatives aux mesures de gestion des risques en matière de cybersécurité
api-services-provided = est obligatoire pour les fournisseurs de réseaux ou de services de communications électroniques publics (NIS2, art. 26, par. 1, point a)) : chaque État membre où les services sont fournis

## Rapports

api-report-language = doit être un code de langue de l'UE : { $codes }
api-report-aware-before-nis2 = ne doit pas être antérieur au 2024-10-18T00:00:00Z : les obligations de notification de NIS2 s'appliquent à partir du 18 octobre 2024 (art. 41)
api-report-aware-changed = diffère de la valeur aware_at du dossier ({ $old }) : pour la modifier, indiquez pourquoi dans aware_at_change_reason (au moins 10 caractères) ; sinon, omettez aware_at
api-report-aware-reason-unchanged = ne s'emploie qu'avec une valeur aware_at modifiée ; cet envoi conserve celle du dossier ({ $old })
api-report-aware-reason-first = ne s'emploie qu'avec un envoi ultérieur qui modifie la valeur aware_at du dossier
api-report-trust-services-only = ne s'applique qu'aux prestataires de services de confiance (art. 23, par. 4, deuxième alinéa) ; omettez ce champ
api-report-progress-resolved = un rapport d'avancement concerne un incident toujours en cours ; soumettez plutôt le rapport final
api-report-final-resolved = doit être résolu pour un rapport final ; tant que l'incident est en cours, soumettez un rapport d'avancement
api-report-severity-known = doit être connu dans le rapport final
api-report-users-number = doit être un nombre dans le rapport final
api-report-outage-start = est obligatoire lorsque le service a été touché (ou indiquez outage_duration_min si les heures ne sont pas connues)
api-report-late-reason = cette étape est soumise après son délai : indiquez pourquoi (au moins 10 caractères)
api-report-cross-border-ms = est obligatoire lorsqu'un impact transfrontière est possible
api-report-spread-ms = est obligatoire lorsque l'étendue est multi_ms ou global
api-report-timeline-order = les événements doivent être dans l'ordre chronologique
api-supersedes-earlier = doit désigner un envoi antérieur de l'étape « { $stage } » de ce dossier
api-voluntary-no-stage = une notification volontaire (art. 30) n'a pas d'étapes : omettez stage, ou omettez kind pour soumettre une notification obligatoire
api-voluntary-no-aware-at = une notification volontaire n'a pas d'horloge de prise de connaissance : indiquez plutôt observed_at

## Paquets de partage

api-package-unknown-authority = { $value } n'est pas une autorité de la table de routage
api-package-own-authority = votre propre autorité voit déjà le dossier
api-package-no-recipient = indiquez au moins une autorité avec laquelle partager
api-package-unknown-field = { $value } n'est pas un champ qui peut être partagé
api-package-identity = { $field } désigne l'entité : mettez redact_identity à false pour le partager
api-package-no-field = choisissez au moins un champ : rien n'est partagé par défaut
api-package-tlp = doit être l'une des valeurs { $codes }

## Documents de problème (RFC 9457) : titres par statut, détails

api-title-bad-request = Requête incorrecte
api-title-unauthorized = Non authentifié
api-title-forbidden = Interdit
api-title-not-found = Introuvable
api-title-request-timeout = Délai de la requête dépassé
api-title-conflict = Conflit
api-title-payload-too-large = Corps de requête trop volumineux
api-title-unsupported-media-type = Type de média non pris en charge
api-title-unprocessable = Données invalides
api-title-too-many-requests = Trop de requêtes
api-title-internal = Erreur interne du serveur
api-title-unavailable = Service indisponible
api-detail-invalid-fields = { $count ->
        [one] { $count } champ est invalide ; voir errors
       *[other] { $count } champs sont invalides ; voir errors
    }
api-detail-unauthorized = identifiants absents ou invalides
api-detail-not-found = introuvable
api-detail-too-large = le corps de la requête dépasse { $bytes } octets
api-detail-too-many = trop de requêtes ; réessayez dans { $seconds } s
api-detail-timeout = le corps de la requête n'est pas arrivé en { $seconds } s ; renvoyez-le en une seule fois
api-detail-unavailable = le service est temporairement indisponible ; réessayez sous peu
api-detail-unexpected = une erreur inattendue s'est produite ; elle a été consignée

## La page d'erreur

api-page-not-found = Page introuvable
api-page-not-found-text = Ce lien n'est pas valide. S'il s'agit d'un lien de suivi, copiez-le à nouveau depuis le courriel d'accusé de réception ou la page de confirmation.
api-page-unavailable = Temporairement indisponible
api-page-unavailable-text = Le service ne peut pas enregistrer de rapports pour le moment. Rien n'a été enregistré ; revenez en arrière et renvoyez le formulaire dans une minute.
api-page-unexpected = Une erreur s'est produite
api-page-unexpected-text = Une erreur inattendue s'est produite et a été consignée. Rien n'a été enregistré ; revenez en arrière et réessayez.
api-page-back = Retour à la page d'accueil

# Régimes et fils (spec §7)
api-thread-needs-before = l'étape « { $stage } » de ce fil exige d'abord l'étape « { $before } »
api-thread-early-warning-after-notification = la notification { $regime } est déjà soumise : l'alerte précoce n'est plus due
api-thread-not-a-stage = n'est pas une étape de { $regime } ; ses étapes sont : { $stages }
api-thread-request-cra-only = un rapport intermédiaire se demande sur un fil CRA (cra_vulnerability ou cra_incident, CRA art. 14, par. 6) ; omettez-le pour le rapport NIS2
api-thread-decision = doit valoir confirm ou decline
api-regime-dora-lex-specialis = un { $entity_type } est une entité financière soumise à DORA (règlement 2022/2554, art. 2, par. 1), qui remplace l'obligation de notification de NIS2 (NIS2, art. 4) : déposez le régime « dora » (initial_notification, intermediate_report, final_report)
api-regime-dora-only = DORA ne s'applique qu'aux entités financières (art. 2, par. 1) ; un { $entity_type } notifie au titre de NIS2
api-regime-cannot-join = un fil { $regime } ne peut pas rejoindre un dossier dont le régime principal est { $primary } ; ouvrez un nouveau dossier
api-answers-twice = nomme deux fois le même régime et la même étape
api-item-product-id = doit être une URL de paquet (pkg:type/nom@version) ou un nom CPE (cpe:2.3:…)
api-field-cvss = doit être un vecteur CVSS tel que CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H
api-regime-dora-lei = les rapports DORA désignent l'entité financière par son identifiant d'entité juridique : ajoutez d'abord le LEI au profil de l'entité
## Refus des actions du personnel, des rattachements et des paquets

api-act-observer = les observateurs peuvent consulter les dossiers mais pas agir sur eux
api-act-not-in-charge = votre autorité reçoit ce dossier en tant que { $role ->
        [spoc] point de contact unique
        [law_enforcement] autorité répressive
        [enisa] ENISA
        [cer_authority] autorité CER
       *[other] { $role }
    } : elle est informée de la notification (article 23, paragraphe 1, de NIS2) ; le retour d'information, les demandes, l'examen, la clôture et les dispenses relèvent du CSIRT ou de l'autorité compétente
api-act-informed-copy = ce dossier a été transmis à votre autorité pour information ; les autorités qui en ont la charge le traitent
api-case-changed = le dossier a changé entre-temps ; rechargez-le et réessayez
api-act-not-a-submission = n'est pas une transmission de ce dossier
api-act-not-your-user = n'est pas un utilisateur de votre autorité
api-act-incomplete = est incomplète
api-act-submission-id = doit être un identifiant de transmission
api-act-say-revision = indiquez ce qui doit être revu
api-act-user-id = doit être un identifiant d'utilisateur
api-close-no-withdraw = seule l'entité peut retirer le dossier ; doit être l'une des valeurs suivantes : { $codes }
api-close-duplicate-required = est obligatoire : la référence du dossier dont celui-ci est un doublon
api-close-reference = doit être une référence de dossier telle que LU-2026-000042
api-close-not-duplicate = seule une clôture pour doublon désigne un autre dossier
api-close-self = désigne ce dossier lui-même ; indiquez la référence de l'autre dossier
api-close-not-routed = aucun dossier portant cette référence n'est adressé à votre autorité
api-close-other-entity = désigne le dossier d'une autre entité ; un doublon concerne la notification de la même entité
api-close-target-ended = désigne un dossier { $state ->
        [closed] clos
        [withdrawn] retiré
       *[other] { $state }
    } ; son entité ne pourrait plus y déposer de rapport
api-package-observer-share = les observateurs peuvent consulter les dossiers mais pas les partager
api-package-observer-revoke = les observateurs peuvent consulter les dossiers mais pas révoquer de paquets
api-package-revoked = le paquet est déjà révoqué
api-link-not-in-charge = seul le personnel d'une autorité chargée du dossier peut le rattacher à une entité
api-link-required = est obligatoire : l'identifiant d'une entité enregistrée
api-link-uuid = doit être un identifiant d'entité (un UUID)
api-link-none = ne désigne aucune entité
api-link-web-entity = désigne une organisation saisie dans le formulaire public ; rattachez le dossier à une entité enregistrée
api-link-same = le dossier appartient déjà à cette entité
api-link-registered = le dossier a été déposé par une entité enregistrée ; seuls les dépôts faits par le formulaire public peuvent être rattachés
api-link-jurisdiction = désigne une entité hors de la compétence de { $state } (article 26 de NIS2) ; rattachez le dossier à l'une de ses entités
api-draft-too-long = est trop long pour être gardé dans un brouillon : le brouillon occupe { $held } Ko, au plus { $max } Ko peuvent être enregistrés ; raccourcissez ce champ et enregistrez à nouveau
api-admin-only-users = seuls les administrateurs gèrent les utilisateurs
api-admin-only-tokens = seuls les administrateurs gèrent les jetons d'API
api-regime-not-yet = l'obligation de notification { $regime } s'applique aux incidents dont l'entité a eu connaissance à partir du { $date }
api-queue-unknown = valeur inconnue pour { $what } : « { $value } »
api-unknown-role = rôle inconnu
api-form-unreadable = le formulaire n'a pas pu être lu
api-form-expired = Le formulaire a expiré ou ne provient pas de ce site ; rechargez la page et réessayez.
api-enisa-not-spoc = la synthèse pour l'ENISA (article 23, paragraphe 9, de NIS2) est établie une fois par État membre par son point de contact unique (rôle de routage spoc) ; { $authority } n'en est pas un
api-enisa-not-spoc-of = { $authority } n'est pas le point de contact unique de { $state }
api-enisa-which-state = member_state : indiquez l'État membre à synthétiser (ce point de contact unique en sert plusieurs)
api-enisa-quarter = le trimestre doit avoir la forme 2026-Q4
api-enisa-quarter-ahead = ce trimestre n'a pas commencé

## Refus de l'automate du dossier (spec §1.5) et de la requête elle-même

api-case-ended-state = le dossier est à l'état « { $case_state } » ; aucun autre rapport ne peut être déposé
api-case-starts-with = un dossier commence par une alerte précoce ou une notification d'incident
api-stage-needs-notification = l'étape « { $stage } » exige d'abord la notification d'incident
api-stage-too-late = l'étape « { $stage } » ne peut plus être déposée une fois le dossier à l'état « { $case_state } »
api-ended-duplicate = ce dossier a été clos comme doublon de { $other } ; déposez les rapports suivants dans le dossier { $other }
api-ended-withdrawn = ce dossier a été retiré ; aucun autre rapport ne peut être déposé à moins que l'autorité ne le rouvre
api-ended-not-significant = l'autorité a clos ce dossier comme non important ({ $reason }) ; aucun autre rapport n'est dû
api-ended-closed = le dossier est clos ; aucun autre rapport ne peut être déposé
api-kind-voluntary-case = ce dossier est une notification volontaire ({ $kind }, article 30) : il n'accepte que d'autres notifications volontaires ; ouvrez un nouveau dossier pour une notification obligatoire
api-kind-mandatory-case = ce dossier est une notification obligatoire : omettez kind ; ouvrez un nouveau dossier pour une notification volontaire
api-close-already = le dossier est déjà à l'état « { $case_state } »
api-close-withdraw-entity-only = seule l'entité peut retirer sa notification
api-close-accept-before-final = un dossier ne peut être accepté et clos qu'une fois son rapport final reçu ; il est à l'état « { $case_state } » et l'entité doit encore : { $owed }. Clôturez-le comme non important ou comme doublon, ou attendez le rapport final
api-close-accept-owed = l'entité doit encore : { $owed } ; accordez une dispense ou attendez sa réception avant d'accepter le dossier
api-withdraw-after-final = le rapport final a été reçu ; le dossier ne peut plus être retiré (écrivez plutôt à l'autorité)
api-withdraw-nothing-filed = rien n'a encore été déposé : il n'y a rien à retirer
api-withdraw-ended = le dossier est à l'état « { $case_state } » ; il ne peut plus être retiré
api-waive-ended = le dossier est à l'état « { $case_state } » ; plus rien n'est attendu
api-waive-not-owed = l'étape « { $stage } » est à l'état « { $deadline_status } » ; seule une étape en attente ou en retard peut faire l'objet d'une dispense
api-waive-no-stage = aucune étape « { $stage } » n'est attendue dans ce dossier
api-reopen-open = le dossier est à l'état « { $case_state } » ; seul un dossier clos ou retiré peut être rouvert
api-reopen-unknown-state = l'état antérieur à la clôture est inconnu
api-thread-ended = le fil { $regime } est terminé ({ $how }) ; plus rien ne peut y être déposé
api-thread-none = ce dossier n'a pas de fil { $regime }
api-thread-not-proposed = le fil { $regime } est à l'état « { $thread_status } », et non « proposé »
api-request-case-state = un dossier à l'état « { $case_state } » ne peut pas faire l'objet d'une demande de rapport
api-request-due-future = l'échéance doit être dans le futur
api-request-cra-thread = les rapports intermédiaires se demandent sur un fil cra_vulnerability ou cra_incident (CRA art. 14, par. 6), non sur { $regime }
api-request-thread-ended = le fil { $regime } est terminé ; plus rien ne peut y être demandé
api-request-coordinator-only = seul le CSIRT coordinateur demande des rapports intermédiaires sur le fil { $regime } (CRA art. 14, par. 6)
api-dissemination-observer = les observateurs peuvent consulter les dossiers mais pas décider de la diffusion
api-dissemination-coordinator-only = seul le CSIRT coordinateur CRA d'une notification CRA la diffuse
api-filing-no-thread = le dépôt ne répondait à aucun fil
api-concurrent-change = une autre modification a été enregistrée entre-temps ; renvoyez la requête
api-idempotency-key = Idempotency-Key doit compter de 1 à 200 caractères ASCII visibles
api-idempotency-reused = cette Idempotency-Key a déjà servi pour une autre requête
api-list-limit = « limit » doit être compris entre 1 et 100
api-list-cursor = « cursor » n'est pas une valeur renvoyée par cette API
api-enisa-member-state = member_state doit être le code d'un État membre de l'UE tel que LU, DE ou EL
api-bad-query = la chaîne de requête n'a pas pu être lue ; vérifiez chaque paramètre (« limit » : un nombre entier de 1 à 100 ; « cursor » : une valeur renvoyée par cette API)
api-send-json = envoyez le corps avec Content-Type: application/json
api-body-unreadable = le corps de la requête n'a pas pu être lu : { $error }
api-body-utf8 = le corps de la requête n'est pas en UTF-8 valide (octet { $byte })
api-body-json = JSON mal formé (ligne { $line }, colonne { $column })
api-token-revoked = ce jeton d'autorité a été révoqué le { $when } ; demandez-en un nouveau à l'administrateur de votre autorité
api-token-expired = ce jeton d'autorité a expiré le { $when } ; demandez-en un nouveau à l'administrateur de votre autorité
api-token-expired-unknown = ce jeton d'autorité a expiré ; demandez-en un nouveau à l'administrateur de votre autorité
api-field-unknown = n'est pas un champ de cette requête ; la description de l'API (/api/v1/openapi.json) indique les champs acceptés
