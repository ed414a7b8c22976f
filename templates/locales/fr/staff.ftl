# fr: staff words (Project Fluent): the authority workspace.

## Frame and navigation
staff-workspace = Espace de travail de l'autorité
staff-skip = Aller au contenu
staff-nav-label = Espace de travail
staff-nav-queue = File d'attente
staff-nav-packages = Partagés avec vous
staff-nav-users = Utilisateurs
staff-nav-account = Votre compte
staff-nav-totp = Double authentification
staff-nav-tokens = Jetons d’API
staff-nav-password = Mot de passe
staff-nav-sign-out = Se déconnecter
staff-languages-label = Langue
staff-role-admin = administrateur
staff-role-reviewer = analyste
staff-role-observer = observateur
staff-yes = oui
staff-no = non
staff-nobody = personne
staff-not-provided = non communiqué
staff-reporter = Déclarant
staff-error-heading = Il y a un problème
staff-error-prefix = Erreur :

## Spans of time
staff-span-minutes = { $minutes } min
staff-span-hours = { $hours } h { $minutes } min
staff-span-days = { $days } j { $hours } h
staff-span-whole-days = { $days } j
staff-left = encore { $span }
staff-overdue-by = en retard de { $span }
staff-due-in = { $stage } : dans { $span }
staff-due-overdue = { $stage } : en retard de { $span }

## Sign-in
staff-login-title = Connexion du personnel
staff-login-totp-title = Code de double authentification
staff-login-intro = Pour le personnel des autorités qui reçoivent les notifications d'incident.
staff-login-password = Mot de passe
staff-login-send = Se connecter
staff-login-code = Code de votre application d'authentification
staff-login-code-hint = 6 chiffres ; ou l'un de vos codes de secours.
staff-login-verify = Vérifier
staff-login-expired = Le formulaire a expiré ; veuillez vous reconnecter.
staff-login-bad-next = La page de retour n'est pas une adresse valide.
staff-login-rate = { $count ->
    [one] Trop de tentatives de connexion depuis votre adresse ; patientez { $count } seconde.
   *[other] Trop de tentatives de connexion depuis votre adresse ; patientez { $count } secondes.
}
staff-login-busy = Trop de connexions simultanées ; veuillez réessayer dans un instant.
staff-login-wrong = Adresse électronique ou mot de passe incorrect.
staff-login-locked = Trop d'échecs de connexion depuis votre adresse ; réessayez après { $time } UTC.
staff-login-code-invalid = Ce code n'est pas valide. Saisissez le code à 6 chiffres affiché par votre application, ou un code de secours.

## Account
staff-account-title = Votre compte
staff-account-email = Adresse électronique
staff-account-role = Rôle
staff-account-authority = Autorité
staff-account-totp-on = activée
staff-account-totp-off = désactivée – l'activer
staff-account-language = Langue
staff-account-language-hint = Les pages, messages et dates de l'espace de travail s'affichent dans cette langue.
staff-account-language-invalid = Langue : choisissez English, Français, Deutsch ou Nederlands.
staff-account-save = Enregistrer
staff-account-saved = Enregistré. L'espace de travail s'affiche désormais dans la langue choisie.

## Two-factor enrolment
staff-totp-title = Connexion à double authentification
staff-totp-on-title = La double authentification est activée
staff-totp-codes = Conservez ces codes de secours en lieu sûr. Chacun remplace une seule fois un code de votre application ; ils ne seront plus affichés.
staff-totp-continue = Continuer vers la file d'attente
staff-totp-enabled = La double authentification est activée pour votre compte. Un administrateur peut la réinitialiser si vous perdez votre appareil.
staff-totp-required = Votre autorité exige la double authentification. Activez-la pour continuer.
staff-totp-step-scan = Scannez ce code avec une application d'authentification (ou saisissez la clé ci-dessous).
staff-totp-step-code = Saisissez le code à 6 chiffres qu'elle affiche.
staff-totp-qr = Code QR pour votre application d'authentification
staff-totp-key = Clé :
staff-totp-code = Code de l'application
staff-totp-send = Activer la double authentification
staff-totp-invalid = Ce code n'est pas valide ; saisissez le code à 6 chiffres que votre application affiche maintenant.

## Queue
staff-queue-title = File d'examen
staff-queue-cases = { $count ->
    [one] { $count } dossier
   *[other] { $count } dossiers
}
staff-queue-quick = Filtres rapides
staff-quick-overdue = En retard
staff-quick-due-24h = Échéance sous 24 h
staff-quick-feedback-owed = Retour d'information dû
staff-queue-filters = Filtres
staff-queue-filters-active = Filtres (actifs)
staff-queue-filter-legend = Filtrer la file
staff-queue-search = Rechercher une référence, un titre ou une entité
staff-queue-state = État
staff-queue-any = tous
staff-queue-anyone = n'importe qui
staff-queue-me = moi
staff-queue-awaited = Étape attendue
staff-queue-member-state = État membre
staff-queue-sector = Secteur
staff-queue-entity-type = Type d'entité (code)
staff-queue-severity = Gravité
staff-queue-regime = Régime (volet)
staff-queue-significance = Critères d'importance indiqués
staff-queue-review = Une soumission est
staff-queue-assignee = Attribué à
staff-queue-sort = Tri
staff-queue-sort-urgent = délai le plus urgent d'abord
staff-queue-sort-newest = plus récents d'abord
staff-queue-sort-oldest = plus anciens d'abord
staff-queue-sort-reference = référence
staff-queue-apply = Appliquer les filtres
staff-queue-clear = Effacer
staff-queue-export = Exporter cette vue :
staff-queue-enisa = Synthèse trimestrielle ENISA (CSV)
staff-queue-caption = Dossiers, page { $page } sur { $pages }
staff-queue-empty = Aucun dossier ne correspond à ces filtres.
staff-tag-informed = pour information
staff-tag-feedback-owed = retour d'information dû
staff-tag-internal = interne
staff-pager-label = Pages
staff-pager-prev = Page précédente
staff-pager-next = Page suivante
staff-pager-page = Page { $page } sur { $pages }

## Table headings
staff-col-reference = Référence
staff-col-incident = Incident
staff-col-entity = Entité
staff-col-state = État
staff-col-next-deadline = Prochain délai
staff-col-severity = Gravité
staff-col-assignee = Attribué à
staff-col-report = Rapport
staff-col-due = Échéance
staff-col-status = Statut
staff-col-time = Temps
staff-col-mail = Courriel
staff-col-to = Destinataire
staff-col-attempts = Tentatives
staff-col-when = Quand
staff-col-who = Qui
staff-col-what = Quoi
staff-col-shared = Partagé le
staff-col-by = Par
staff-col-with = Avec
staff-col-fields = Champs
staff-col-read = Lu
staff-col-from = De
staff-col-package = Paquet
staff-col-change = Modifier

## Case page
staff-case-back = Retour à la file
staff-case-export = Exporter en JSON
staff-case-status = Statut de la notification
staff-case-ending = Issue
staff-case-routed = Transmis à
staff-case-feedback = Retour d'information initial
staff-case-assistance = Assistance
staff-case-assistance-requested = L'entité demande une assistance.
staff-case-informed = Votre autorité a reçu ce dossier pour information (impact transfrontière possible). Les autorités compétentes le traitent ; vous pouvez ajouter des notes internes.
staff-case-entity = Entité et contacts
staff-case-deadlines = Délais
staff-case-deadlines-caption = Délais et constats
staff-case-act = Agir sur ce dossier
staff-case-conversation = Échanges et traitement
staff-case-nothing-yet = Rien pour l'instant.
staff-case-submissions = Soumissions
staff-case-version = { $stage } – version { $version }
staff-case-received = Reçu le { $at } via { $by }
staff-case-late = soumis en retard
staff-case-review = examen : { $review }
staff-case-changed = Modifié depuis la version précédente :
staff-case-mail = Courriels de notification
staff-case-mail-caption = Envoi des courriels de ce dossier
staff-case-audit = Journal d'audit
staff-case-audit-caption = Qui a consulté et fait quoi sur ce dossier, du plus récent au plus ancien
staff-entity-name = Dénomination sociale
staff-entity-type = Type d'entité
staff-entity-category = Catégorie
staff-entity-registration = Immatriculation
staff-entity-contact = Contact
staff-entity-phone = Téléphone
staff-feedback-given = donné le { $at }
staff-feedback-not-owed = non dû (votre autorité est informée de ce dossier)
staff-feedback-overdue = DÛ – échéance dépassée le { $at }
staff-feedback-owed = dû au plus tard le { $at } (encore { $span })
staff-event-feedback = Retour d'information : { $kind }
staff-event-request = Rapport intermédiaire demandé, échéance { $at }
staff-event-review = Examen : { $status }
staff-event-assigned = Attribué à { $user }
staff-event-awareness = Information du public : { $decision }
staff-event-waived = Dispensé : { $stage }
staff-ending-duplicate = { $how } de { $of }
staff-routed-as = { $authority } ({ $role })
staff-routed-informed = { $authority } ({ $role }, pour information)
staff-done = Fait : { $action }.
staff-not-done = Non effectué ({ $action }) : { $reason }

## Actions
staff-action-feedback = retour d'information
staff-action-message = message
staff-action-note = note
staff-action-request = demande
staff-action-review = examen
staff-action-assign = attribution
staff-action-close = clôture
staff-action-waive = dispense
staff-action-reopen = réouverture
staff-action-public-awareness = information du public
staff-action-share-package = partage d'un paquet
staff-action-revoke-package = révocation d'un paquet
staff-act-feedback = Envoyer un retour d'information au déclarant
staff-act-feedback-kind = Type
staff-act-message-label = Message
staff-act-feedback-send = Envoyer le retour d'information
staff-act-message = Écrire au déclarant
staff-act-message-send = Envoyer le message
staff-act-request = Demander un rapport intermédiaire
staff-act-request-questions = Questions
staff-act-request-due = Échéance ({ $zone })
staff-act-request-send = Envoyer la demande
staff-act-review = Examiner une soumission
staff-act-review-submission = Soumission
staff-act-review-outcome = Résultat
staff-act-review-comment = Commentaire (obligatoire pour une demande de révision)
staff-act-review-send = Enregistrer l'examen
staff-act-assign = Attribuer
staff-act-assign-user = Analyste
staff-act-awareness = Information du public (art. 23, par. 7)
staff-act-awareness-decision = Décision
staff-act-awareness-text = Texte de consultation et de publication
staff-act-awareness-send = Enregistrer la décision
staff-act-reopen = Rouvrir le dossier
staff-act-reopen-hint = Les étapes dispensées par la clôture ou le retrait sont de nouveau dues.
staff-act-reason = Motif
staff-act-reopen-send = Rouvrir
staff-act-close = Clôturer le dossier
staff-act-close-hint = N'acceptez et ne clôturez qu'une fois le rapport final reçu. Clôturer comme non important ou comme doublon dispense de toutes les étapes encore dues ; l'entité en est informée.
staff-act-close-kind = Comment
staff-act-reason-public = Motif (l'entité le lit)
staff-act-close-duplicate = Doublon de (référence du dossier, uniquement pour un doublon)
staff-act-close-send = Clôturer
staff-act-waive = Dispenser d'une étape
staff-act-waive-stage = Étape qui n'est plus due
staff-act-waive-send = Dispenser
staff-act-note = Note interne (visible uniquement par votre autorité)
staff-act-note-label = Note
staff-act-note-send = Ajouter la note
staff-act-link = Rattacher à une entité enregistrée (déclarations du formulaire public uniquement)
staff-act-link-entity = Identifiant de l'entité
staff-act-link-hint = L'identifiant de l'entité enregistrée à laquelle appartient ce déclarant ; sa clé d'API voit alors le dossier.
staff-act-link-send = Rattacher

## Share packages
staff-share-title = Paquets partagés (art. 23, par. 6)
staff-share-intro = Les autres autorités (points de contact uniques et CSIRT des autres États membres, l'ENISA, les autorités CER et de protection des données) ne voient rien de ce dossier tant que vous ne leur partagez pas un paquet. Elles voient exactement les champs que vous choisissez, jamais le dossier, ses autres soumissions, notes, journal d'audit ou noms du personnel.
staff-share-recipients = Destinataires
staff-share-fields = Champs à partager (rien n'est partagé par défaut)
staff-share-identity = Partager l'identité de l'entité (nom, référence du dossier) ; sinon elle est masquée
staff-share-tlp = Traffic Light Protocol (TLP)
staff-share-note = Note aux destinataires
staff-share-send = Partager le paquet
staff-share-none = Aucun paquet partagé depuis ce dossier.
staff-share-caption = Paquets partagés depuis ce dossier, du plus récent au plus ancien
staff-share-views = { $count ->
    [one] { $count } fois
   *[other] { $count } fois
}
staff-share-revoke = Révoquer
staff-share-revoke-label = Révoquer le paquet partagé le { $at } avec { $to }
staff-share-shared = partagé
staff-share-revoked = révoqué le { $at }
staff-share-refused = Non partagé : { $reason }
staff-packages-title = Partagés avec votre autorité
staff-packages-intro = Paquets d'informations sur des incidents que d'autres autorités ont partagés avec la vôtre (NIS2, art. 23, par. 6). Chacun ne contient que ce que son expéditeur a choisi ; l'expéditeur peut le révoquer.
staff-packages-none = Rien n'a été partagé avec votre autorité.
staff-packages-caption = Paquets reçus, du plus récent au plus ancien
staff-packages-open = Ouvrir le paquet de { $from }, { $at }
staff-package-back = Retour aux paquets partagés
staff-package-title = Paquet partagé
staff-package-withheld = masquée par l'expéditeur
staff-package-content = Informations partagées

## Users
staff-users-title = Utilisateurs de votre autorité
staff-users-caption = Comptes du personnel
staff-users-on = activée
staff-users-off = désactivée
staff-users-disabled = désactivé
staff-users-active = actif
staff-users-role-of = Rôle de { $email }
staff-users-reset-totp = réinitialiser la double authentification
staff-users-add = Ajouter un utilisateur
staff-users-role-reviewer = analyste – traite les dossiers
staff-users-role-observer = observateur – lecture seule
staff-users-role-admin = administrateur – gère aussi les utilisateurs
staff-users-language-hint = La langue de l'espace de travail pour cet utilisateur ; il peut la changer sur la page de son compte.
staff-users-language-default = la première langue de l'autorité ({ $language })
staff-users-add-send = Ajouter l'utilisateur
staff-users-invalid = Indiquez une adresse électronique valide et un rôle.
staff-users-created = { $email } peut désormais se connecter avec le mot de passe { $password } (affiché une seule fois ; transmettez-le de façon sûre). À la première connexion, cette personne devra choisir son propre mot de passe.
staff-users-taken = { $email } a déjà un compte.
staff-users-own-admin = Vous ne pouvez pas retirer vos propres droits d'administrateur.
staff-col-password = Mot de passe
staff-users-password-set = défini par un administrateur, à changer
staff-users-password-own = choisi par l’utilisateur
staff-users-reset-password = Réinitialiser le mot de passe
staff-users-reset-password-of = Réinitialiser le mot de passe de { $email }

## Own password and password reset
staff-required = (obligatoire)
staff-password-title = Changer votre mot de passe
staff-password-done = Votre mot de passe est changé. Toutes les autres sessions de votre compte ont pris fin ; celle-ci reste connectée.
staff-password-forced = Votre mot de passe a été défini par un administrateur. Choisissez votre propre mot de passe pour continuer.
staff-password-not-changed = Votre mot de passe n'est pas changé
staff-password-rule = Un bon mot de passe est long et difficile à deviner : plusieurs mots peu courants, ni votre nom ni votre adresse électronique, et pas un mot de passe que vous utilisez ailleurs. Au moins 12 caractères.
staff-password-current = Mot de passe actuel
staff-password-new = Nouveau mot de passe
staff-password-repeat = Nouveau mot de passe (à nouveau)
staff-password-send = Changer le mot de passe
staff-password-summary = { $label } : { $message }
staff-password-rate = { $count ->
    [one] Trop de vérifications de mot de passe depuis votre adresse ; patientez { $count } seconde.
   *[other] Trop de vérifications de mot de passe depuis votre adresse ; patientez { $count } secondes.
}
staff-password-busy = Trop de vérifications de mot de passe simultanées ; veuillez réessayer dans un instant.
staff-password-current-empty = Saisissez votre mot de passe actuel.
staff-password-current-wrong = Votre mot de passe actuel n'est pas correct.
staff-password-new-empty = Saisissez un nouveau mot de passe.
staff-password-new-same = Le nouveau mot de passe doit être différent de l'actuel.
staff-password-repeat-differs = Le nouveau mot de passe saisi une seconde fois est différent ; saisissez deux fois le même.
staff-password-too-short = Le mot de passe est trop court : utilisez au moins 12 caractères.
staff-password-too-long = Le mot de passe est trop long : utilisez au plus 1024 octets.
staff-password-email-name = Le mot de passe contient le nom de votre adresse électronique « { $name } » ; choisissez-en un qui ne le contient pas.
staff-password-name = Le mot de passe contient votre nom « { $name } » ; choisissez-en un qui ne le contient pas.
staff-password-guessable = Le mot de passe est trop facile à deviner. { $advice }
staff-password-guessable-ours = Le mot de passe est trop facile à deviner. Il est construit à partir de votre adresse ou du nom de ce service, que les attaquants essaient en premier. { $advice }
staff-password-advice = Ajoutez un ou deux mots. Les mots peu courants sont préférables.
staff-users-reset-own = Changez votre propre mot de passe sur la page Mot de passe (elle demande votre mot de passe actuel).
staff-users-reset-done = { $email } peut désormais se connecter avec le mot de passe { $password } (affiché une seule fois ; transmettez-le de façon sûre). À la prochaine connexion, cette personne devra choisir son propre mot de passe ; ses sessions ont pris fin.

## API tokens
staff-tokens-title = Jetons d’API de votre autorité
staff-tokens-intro = Les systèmes de votre autorité utilisent ces jetons avec l’API des autorités. Vous voyez ici quand chacun a servi pour la dernière fois et pouvez révoquer celui qui n’est plus nécessaire ou a pu fuiter : il est refusé dès sa prochaine requête.
staff-tokens-issue = Un jeton n’est affiché qu’une fois, lorsqu’il est émis par la commande :
staff-tokens-none = Votre autorité n’a aucun jeton d’API.
staff-col-label = Libellé
staff-col-created = Créé
staff-col-expires = Expire
staff-col-last-used = Dernière utilisation
staff-col-revoke = Révoquer
staff-tokens-revoke = Révoquer
staff-tokens-revoke-label = Révoquer le jeton { $label }, créé le { $created }
staff-tokens-active = actif
staff-tokens-revoked = révoqué le { $at }
staff-tokens-expired = expiré
staff-tokens-no-label = (sans libellé)
staff-tokens-unknown = inconnue
staff-tokens-never = jamais
staff-tokens-already-revoked = Ce jeton a déjà été révoqué le { $at }.
staff-tokens-revoked-now = Le jeton { $label } est révoqué : il est refusé dès sa prochaine requête.

## Conseils de zxcvbn sur un mot de passe trop facile à deviner

staff-zxcvbn-straight-rows = Les rangées de touches contiguës sont faciles à deviner.
staff-zxcvbn-keyboard-patterns = Les courts motifs de clavier sont faciles à deviner.
staff-zxcvbn-repeats-aaa = Les répétitions comme « aaa » sont faciles à deviner.
staff-zxcvbn-repeats-abcabc = Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».
staff-zxcvbn-top10 = Ce mot de passe fait partie des 10 mots de passe les plus courants.
staff-zxcvbn-top100 = Ce mot de passe fait partie des 100 mots de passe les plus courants.
staff-zxcvbn-common = C'est un mot de passe très courant.
staff-zxcvbn-similar = Ce mot de passe ressemble à un mot de passe très utilisé.
staff-zxcvbn-sequences = Les suites comme abc ou 6543 sont faciles à deviner.
staff-zxcvbn-recent-years = Les années récentes sont faciles à deviner.
staff-zxcvbn-word-alone = Un mot seul est facile à deviner.
staff-zxcvbn-dates = Les dates sont souvent faciles à deviner.
staff-zxcvbn-names-alone = Les noms et prénoms seuls sont faciles à deviner.
staff-zxcvbn-common-names = Les noms et prénoms courants sont faciles à deviner.
staff-zxcvbn-few-words = Utilisez plusieurs mots, évitez les expressions courantes.
staff-zxcvbn-no-symbols = Nul besoin de symboles, de chiffres ni de majuscules.
staff-zxcvbn-capitals = Les majuscules n'aident pas beaucoup.
staff-zxcvbn-all-upper = Tout en majuscules est presque aussi facile à deviner que tout en minuscules.
staff-zxcvbn-reversed = Les mots écrits à l'envers ne sont guère plus difficiles à deviner.
staff-zxcvbn-substitutions = Les substitutions prévisibles comme « @ » au lieu de « a » n'aident pas beaucoup.
staff-zxcvbn-longer-pattern = Utilisez un motif de clavier plus long et avec plus de changements de direction.
staff-zxcvbn-avoid-repeats = Évitez les mots et caractères répétés.
staff-zxcvbn-avoid-sequences = Évitez les suites.
staff-zxcvbn-avoid-recent-years = Évitez les années récentes.
staff-zxcvbn-avoid-your-years = Évitez les années qui vous sont associées.
staff-zxcvbn-avoid-your-dates = Évitez les dates et années qui vous sont associées.
staff-share-proposed = Proposés par la loi
staff-share-basis-art35 = informe l’autorité de protection des données (NIS2 art. 35)
staff-share-basis-cra = diffusion d’une notification CRA (CRA art. 14, par. 7, et art. 16, par. 2)
staff-delay-title = Retarder la diffusion (CRA art. 16, par. 2)
staff-delay-reason = Motifs justifiant le retard
staff-delay-send = Enregistrer le retard
staff-delay-recorded = Diffusion retardée le { $at } : { $reason }
staff-delay-refused = Le retard n’a pas été enregistré : { $reason }
staff-action-delay-dissemination = retarder la diffusion
