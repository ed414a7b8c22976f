# fr: pages words (Project Fluent).
# Les pages publiques : cadre, accueil, formulaires, page de suivi, aide à l'évaluation.

## Frame (templates/pages/base.html)
pages-site-name = Signalement d'incidents
pages-skip = Aller au contenu
pages-nav-main = Navigation principale
pages-nav-report = Signaler un incident
pages-nav-significance = Est-ce important ?
pages-nav-language = Langue
pages-footer = Les signalements sont reçus en vertu de la directive (UE) 2022/2555 (NIS2), article 23. Aucun compte ni JavaScript n'est nécessaire.

## Shared
pages-required = (obligatoire)
pages-error-prefix = Erreur :
pages-choose = – choisir –
pages-col-report = Rapport
pages-col-due = Échéance
pages-col-status = État
pages-col-time = Temps
pages-stage-early-warning = Alerte précoce
pages-stage-incident-notification = Notification d'incident
pages-stage-intermediate-report = Rapport intermédiaire
pages-stage-progress-report = Rapport d'avancement
pages-stage-final-report = Rapport final

## Landing page
pages-landing-title = Signaler un incident de cybersécurité important
pages-landing-intro-before = Les entités essentielles et importantes doivent notifier tout
pages-landing-intro-significant = incident important
pages-landing-intro-after = à leur CSIRT ou à leur autorité compétente, par étapes. Aucun compte n'est nécessaire : après votre premier rapport, vous recevez un lien privé pour déposer les suivants.
pages-landing-due-heading = Quel rapport, dans quel délai
pages-landing-due-caption = Étapes de notification et délais
pages-landing-col-says = Ce qu'il contient
pages-landing-due-early-warning = dans les 24 heures après en avoir eu connaissance
pages-landing-says-early-warning = ce qui s'est passé jusqu'ici, si l'incident pourrait être malveillant ou avoir un impact transfrontière
pages-landing-due-incident-notification = dans les 72 heures après en avoir eu connaissance (24 heures pour les prestataires de services de confiance)
pages-landing-says-incident-notification = première évaluation : gravité, impact, indicateurs de compromission
pages-landing-due-intermediate-report = à la demande de l'autorité
pages-landing-says-intermediate-report = la mise à jour de la situation qu'elle demande
pages-landing-due-progress-report = un mois après la notification, si l'incident est toujours en cours
pages-landing-says-progress-report = où en est le traitement
pages-landing-due-final-report = un mois après la notification, ou après la fin du traitement
pages-landing-says-final-report = cause profonde, mesures d'atténuation, impact transfrontière
pages-landing-ways-heading = Par où commencer
pages-landing-way-early-warning = Déposer une alerte précoce
pages-landing-way-early-warning-note = la première étape la plus rapide.
pages-landing-way-notification = Déposer directement la notification d'incident complète
pages-landing-way-notification-note = elle vaut aussi alerte précoce.
pages-landing-way-significance = Vérifier si un incident est important
pages-landing-way-follow-up = Déjà signalé ? Ouvrez le lien de suivi privé de votre page de confirmation ou de votre accusé de réception.
pages-landing-way-api-before = Les outils de sécurité peuvent déposer les mêmes rapports via
pages-landing-way-api-link = l'API JSON
pages-landing-way-api-after = avec une clé d'API.

## Report forms
pages-new-report-title = { $new } : { $stage }
pages-stage-form-title = { $case } : { $stage }
pages-form-errors-title =
    { $count ->
        [one] Le rapport n'a pas été envoyé : 1 entrée demande votre attention
       *[other] Le rapport n'a pas été envoyé : { $count } entrées demandent votre attention
    }
pages-form-errors-kept = Tout ce que vous avez saisi est conservé ci-dessous.
pages-form-error-line = { $label } : { $message }
pages-form-line = ligne { $line } : { $message }
pages-form-datetime = saisissez une date et une heure, par exemple 2026-03-01 08:30
pages-form-choose-listed = choisissez l'une des options proposées
pages-form-choose-at-least-one = choisissez au moins l'une des options proposées
pages-form-switch-language = Lire ce formulaire dans une autre langue, en gardant ce que vous avez saisi :
pages-form-draft-link = Lien privé vers ce brouillon – conservez-le pour continuer plus tard (toute personne disposant du lien peut l'ouvrir) :
pages-form-required-before = Les champs marqués
pages-form-required-after = doivent être remplis. Les heures sont lues dans le fuseau horaire que vous choisissez (par défaut, celui de votre État membre).
pages-form-send = Envoyer le rapport
pages-form-save = Enregistrer le brouillon
pages-refused-forged = Pour votre sécurité, ce formulaire doit être envoyé depuis ce site avec un jeton valide. Rien n'a été enregistré : vérifiez vos saisies ci-dessous et renvoyez le formulaire.
pages-refused-rate-limit = Trop de formulaires ont été envoyés depuis votre réseau. Rien n'a été enregistré : attendez { $wait } secondes, puis renvoyez le formulaire ; vos saisies sont conservées ci-dessous.

## Follow-up page
pages-case-received = Rapport reçu
pages-case-receipt = Nous avons bien reçu votre envoi ({ $stage }) le { $when }.
pages-case-reference-before = Votre référence du dossier :
pages-case-reference-after = . Indiquez-la dans chaque rapport et message ultérieur.
pages-case-keep-link = Conservez ce lien de suivi privé : c'est le seul moyen de revenir à ce dossier sans compte, et il a aussi été envoyé à votre adresse de contact.
pages-case-not-withdrawn = Non retiré : { $reason }
pages-case-entity = Entité déclarante
pages-case-status = État du signalement
pages-case-print = Version imprimable
pages-case-deadlines = Délais
pages-case-deadlines-caption = Délais de ce dossier
pages-case-conversation = Messages avec l'autorité
pages-case-no-messages = Aucun message pour l'instant.
pages-case-message-label = Votre message à l'autorité
pages-case-message-send = Envoyer le message
pages-case-file-heading = Déposer un rapport
pages-case-no-actions = Aucun autre rapport ne peut être déposé pour ce dossier.
pages-case-draft-tag = brouillon enregistré
pages-case-withdraw-heading = Retirer ce signalement
pages-case-withdraw-hint = Si votre évaluation conclut désormais que l'incident n'est finalement pas important, vous pouvez retirer le signalement. Indiquez votre motif : l'autorité le lit et peut rouvrir le dossier. Les rapports encore ouverts ne sont alors plus dus.
pages-case-withdraw-label = Pourquoi vous retirez le signalement
pages-case-withdraw-button = Retirer le signalement
pages-case-submissions = Rapports déposés
pages-case-received-at = Reçu le { $when }
pages-case-filed-late = déposé en retard
pages-case-submission-heading = { $stage } – version { $version }
pages-case-draft-saved = Votre brouillon ({ $stage }) est enregistré. Ouvrez-le ci-dessous pour continuer.
pages-case-ending-duplicate = L'autorité a clos ce dossier comme doublon du dossier { $other } ({ $reason }). Déposez les rapports suivants dans le dossier { $other } ; plus rien n'est dû ici.
pages-case-ending-not-significant = L'autorité a clos ce dossier comme incident non important ({ $reason }). Les rapports encore attendus ne sont plus dus : plus rien n'est exigé.
pages-case-ending-withdrawn = Vous avez retiré ce signalement ({ $reason }). Les rapports encore attendus ne sont plus dus ; l'autorité peut rouvrir le dossier.
pages-case-ending-closed = L'autorité a accepté et clos ce dossier ({ $reason }).
pages-case-you = Vous
pages-case-feedback = Retour d'information ({ $kind })
pages-case-waived = Plus dû : { $stage }
pages-case-request = L'autorité demande un rapport intermédiaire d'ici le { $when } : { $questions }
pages-message-empty = Écrivez un message avant de l'envoyer.
pages-withdraw-check-form = Vérifiez le formulaire et réessayez.
pages-withdraw-reason-needed = Indiquez pourquoi vous retirez le signalement (3 caractères ou plus).
pages-deadline-left = reste { $span }
pages-deadline-overdue = en retard de { $span }
pages-span-minutes = { $m } min
pages-span-hours = { $h } h { $m } min
pages-span-days = { $d } j { $h } h

## Significance helper
pages-significance-title = Cet incident est-il important ?
pages-significance-intro = Répondez à ce que vous savez ; laissez le reste. L'aide applique l'article 23, paragraphe 3, de NIS2 et, pour les services numériques couverts par le règlement d'exécution (UE) 2024/2690, ses seuils. Elle ne fait que conseiller : vous pouvez toujours notifier, et en cas de doute, vous devriez le faire.
pages-significance-result = Résultat : { $verdict }
pages-significance-matched = Critères remplis
pages-significance-excluded = Écartés comme interruptions planifiées (règlement d'exécution 2024/2690, article 3, paragraphe 2)
pages-significance-excluded-note = Seuls ces chiffres de disponibilité ont été écartés ; tous les autres critères comptent toujours.
pages-significance-undecided = Non tranchés par vos réponses
pages-significance-report = Signaler cet incident
pages-significance-assess = Évaluer

## DORA classification helper
pages-dora-title = S'agit-il d'un incident majeur lié aux TIC (DORA) ?
pages-dora-intro = Pour les entités financières soumises à DORA (règlement (UE) 2022/2554). Répondez à ce que vous savez ; laissez le reste. L'aide applique les critères et les seuils d'importance significative du règlement délégué (UE) 2024/1772 : un incident est majeur lorsqu'il touche des services critiques et qu'un accès malveillant non autorisé peut entraîner des pertes de données ou que deux autres seuils au moins sont atteints. Elle ne fait que conseiller.
pages-dora-result = Résultat : { $verdict }
pages-dora-rule = Règle appliquée : { $rule }
pages-dora-matched = Critères remplis
pages-dora-undecided = Non tranchés par vos réponses
pages-dora-report = Notifier cet incident
pages-dora-assess = Classer
pages-dora-not-a-number = Saisissez un nombre supérieur ou égal à 0 (par exemple 1500 ou 2,5) ; cette réponse n'a pas été prise en compte.
pages-dora-nis2-link = Vous n'êtes pas une entité financière ? Utilisez l'aide NIS2 sur les incidents importants.
pages-significance-dora-link = Entité financière soumise à DORA (banque, établissement de paiement ou de monnaie électronique, entreprise d'investissement, assureur…) ? Utilisez l'aide à la classification DORA.
## threads (issue 13)
pages-threads-heading = Législations au titre desquelles cet incident est signalé
pages-thread-status = Statut : { $status }
pages-thread-deadlines-caption = Délais au titre de { $regime }
pages-thread-proposed-hint = Vous avez indiqué que des données à caractère personnel sont concernées : il peut s’agir d’une violation de données à notifier à l’autorité de protection des données dans les 72 heures après en avoir pris connaissance (RGPD, art. 33). Confirmez pour ouvrir cette notification, ou refusez si la violation n’est pas susceptible d’engendrer un risque pour les droits et libertés des personnes.
pages-thread-confirm = Confirmer : la violation doit être notifiée
pages-thread-decline = Refuser : aucun risque pour les personnes
pages-thread-decision-missing = Choisissez « confirmer » ou « refuser ».
pages-thread-confirmed = La notification au titre de { $regime } est ouverte ; ses délais figurent ci-dessous.
pages-thread-declined = Vous avez refusé la notification au titre de { $regime } ; rien n’est dû à ce titre.
pages-thread-open-form = Ouvrir le formulaire : { $stage }
pages-thread-also-legend = Répondre à d’autres notifications avec le même formulaire (facultatif)
pages-thread-also = déposer aussi : { $stage } ({ $regime })
pages-form-answers = Ce formulaire répond à : { $list }
pages-form-also-update = Afficher le formulaire avec ces notifications
pages-new-dora-title = Nouveau signalement : notification initiale DORA d’un incident majeur lié aux TIC
pages-new-dora-intro = La notification initiale est due dans les 4 heures suivant la classification de l’incident comme majeur, et au plus tard 24 heures après en avoir pris connaissance (DORA, art. 19, RTS 2025/301, art. 5). Elle est adressée à votre autorité compétente DORA. Le profil de votre organisation doit indiquer son LEI.
pages-new-cra-vulnerability-title = Nouveau signalement : vulnérabilité activement exploitée (alerte précoce CRA)
pages-new-cra-vulnerability-intro = Les fabricants notifient une vulnérabilité activement exploitée d’un produit comportant des éléments numériques dans les 24 heures après en avoir pris connaissance (CRA, art. 14, par. 2) ; la notification suit dans les 72 heures. Elle est adressée au CSIRT coordinateur de votre établissement principal.
pages-new-cra-incident-title = Nouveau signalement : incident grave ayant un impact sur la sécurité d’un produit (alerte précoce CRA)
pages-new-cra-incident-intro = Les fabricants notifient un incident grave ayant un impact sur la sécurité d’un produit comportant des éléments numériques dans les 24 heures après en avoir pris connaissance (CRA, art. 14, par. 4) ; la notification suit dans les 72 heures.
pages-new-nis2-link = Ni entité financière ni signalement CRA ? Déposez plutôt l’alerte précoce NIS2
pages-new-dora-link = Banque, établissement de paiement ou de monnaie électronique, entreprise d’investissement, assureur ou autre entité financière relevant de DORA ? Déposez plutôt la notification initiale DORA
pages-new-cra-vulnerability-link = Fabricant ? Signalez une vulnérabilité activement exploitée de votre produit (CRA)
pages-new-cra-incident-link = Fabricant ? Signalez un incident grave ayant un impact sur la sécurité de votre produit (CRA)
pages-new-dora-instead = Votre organisation est une entité financière relevant de DORA : elle signale cet incident au titre de DORA, et non de NIS2 (NIS2, art. 4). Voici la notification initiale DORA avec ce que vous avez saisi ; complétez-la et envoyez-la.
