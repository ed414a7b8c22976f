# fr: mots des courriels (Project Fluent). Objets courts ; un dossier se nomme « titre » (référence).

## Commun
mail-case = « { $title } » ({ $reference })
mail-label-reference = Référence du dossier
mail-label-entity = Entité
mail-label-stage = Étape
mail-label-filed_at = Déposé le
mail-label-severity = Gravité
mail-label-cross_border = Transfrontière
mail-label-assistance = Assistance
mail-label-received_at = Reçu le
mail-label-routed_to = Transmis à
mail-deadlines = Délais :
mail-provisional = provisoire
mail-to_be_determined = à déterminer
mail-open-case = Ouvrir le dossier
mail-no-content = Ce message ne contient volontairement rien du contenu du rapport.
mail-file-how = Déposez-le par l’API ({ $api }) ou par votre lien de suivi.
mail-also-below = Ce message suit ci-dessous en : { $languages }.

## À une autorité : un dépôt
mail-notification-subject = { $stage } de { $entity }
mail-informed-tag = [pour information]
mail-notification-filed = Un rapport NIS2 a été déposé.
mail-notification-filed-informed = Un rapport NIS2 a été déposé ; il vous est transmis pour information (impact transfrontière possible).
mail-stage-version = { $stage } (version { $version })
mail-notification-workspace = Le contenu du rapport se trouve dans l’espace de travail de l’autorité :
mail-notification-open = Ouvrir le dossier dans l’espace de travail de l’autorité
mail-severity-unassessed = pas encore évaluée
mail-severity-very_large = très élevée
mail-severity-large = élevée
mail-severity-minor = faible
mail-severity-none = nulle
mail-severity-unknown = inconnue
mail-cross_border-possible = possible
mail-cross_border-not_indicated = non signalé
mail-assistance-requested = DEMANDÉE
mail-assistance-not_requested = non demandée
mail-aware_at-changed = Ce dépôt modifie le moment où l’entité a pris connaissance de l’incident (aware_at) : { $from } devient { $to }.
mail-aware_at-reason = Les délais ont été recalculés et les étapes déjà déposées réévaluées ; la justification de l’entité figure sur la page du dossier.

## À l’entité : l’accusé de réception
mail-ack-subject = Reçu : votre { $stage }
mail-ack-received = Nous avons bien reçu votre { $stage } concernant « { $title } ».
mail-ack-next = Vos prochains délais :
mail-ack-keep = Conservez la référence du dossier : indiquez-la dans chaque rapport et message ultérieur relatif à cet incident.
mail-ack-link = Votre lien de suivi personnel (ne le transférez pas : quiconque le détient peut lire ce dossier et y ajouter des éléments) :
mail-ack-use = Il vous permet de déposer les rapports suivants, de consulter vos délais et d’enregistrer des brouillons.
mail-unrouted = aucune autorité pour l’instant (les administrateurs de la plateforme ont été alertés)

## Aux administrateurs : un dépôt sans destinataire
mail-unrouted-subject = Rapport NON TRANSMIS de { $entity }
mail-unrouted-intro = Un rapport a été accepté sans correspondre à aucune autorité de la table de routage.
mail-unrouted-nobody = Personne n’en a encore été informé.
mail-unrouted-add = Ajoutez une règle de routage pour cette combinaison et transmettez le dossier :

## À l’entité : un délai proche
mail-reminder-subject = Rappel : { $stage }, échéance le { $due }
mail-reminder-due = Le délai de dépôt de votre { $stage } concernant { $case } expire le
mail-reminder-late = Si vous ne pouvez pas respecter le délai, déposez dès que possible et indiquez-en la raison dans late_reason.
mail-status-subject = Point de situation demandé : le rapport final attend la fin du traitement
mail-status-body = L’incident { $case } était toujours en cours lorsque son rapport final était dû ; le rapport final est donc dû un mois après la fin du traitement.
mail-status-ask = Veuillez informer l’autorité de l’état de l’incident d’ici le { $due } : déposez un rapport intermédiaire avec l’incident_status actuel, et handled_at une fois le traitement terminé.
mail-status-monthly = Ceci est un rappel mensuel, pas un délai manqué.

## À une autorité : un délai dépassé
mail-overdue-subject = EN RETARD : { $stage } de { $entity }
mail-overdue-body = Étape non déposée dans le dossier { $case } : { $stage }.
mail-overdue-due = Le délai expirait le { $due }.

## À l’entité : une autorité a écrit
mail-update-from = { $what } de { $authority }
mail-update-body = Du nouveau sur votre dossier { $case } : { $update }.
mail-update-read = Consultez-le, et répondez si nécessaire, sur votre page de suivi personnelle :
mail-update-api = Pour votre sécurité, ce courriel n’en reprend pas le contenu. Les clients de l’API le lisent avec { $api } (la liste « messages »).

## À une autorité : un dossier a changé
mail-authority_update-body = Dossier { $case } : { $update }.
mail-authority_update-more = Le motif et l'état actualisé des délais figurent sur la page du dossier :

## À une autorité : un paquet partagé
mail-share-subject = { $sender } vous a transmis des informations sur un incident
mail-share-dear = { $name },
mail-share-body = { $sender } a partagé un paquet d’informations sur un incident avec votre autorité ({ $tlp } ; NIS2, art. 23, par. 6). Le personnel de votre autorité peut le lire, après connexion, à l’adresse :
mail-share-api = Par confidentialité, ce courriel n’en reprend pas le contenu. Les clients de l’API le lisent avec { $list } (la liste) et { $one }.

## Aux administrateurs : le point de contrôle du journal d’audit
mail-audit-subject = Point de contrôle d’audit { $at } : { $count ->
    [one] { $count } entrée
   *[other] { $count } entrées
}
mail-audit-body = Le journal d’audit du service de déclaration d’incidents comptait { $count ->
    [one] { $count } entrée
   *[other] { $count } entrées
} le { $at }.
mail-audit-keep = Voici son point de contrôle signé. Conservez ce courriel : c’est la copie de l’état du journal que le serveur ne peut pas modifier.
mail-audit-verify = Pour vérifier le journal, enregistrez la ligne ci-dessus dans un fichier et exécutez :
mail-ack-received-unconfirmed = Nous avons reçu un rapport qui indique cette adresse comme contact ({ $stage }).
mail-ack-unconfirmed-note = Ce courriel ne reprend rien de ce qui a été saisi dans le rapport tant que cette adresse n’est pas confirmée : ouvrir une fois le lien de suivi ci-dessous la confirme. Si vous n’avez pas déposé ce rapport, vous pouvez ignorer ce courriel.
mail-label-filed_for = Déposé pour

# A sibling regime's stage (spec §7)
mail-stage-of-regime = { $stage } ({ $regime })
