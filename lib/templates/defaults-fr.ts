import type { Template } from './template-schema';

// Les messages par défaut de Leeway en français, au vouvoiement (la version au tutoiement est
// dans defaults-fr-tu.ts) : simples, chaleureux, fermes, avec la raison et une date réaliste,
// sans se confondre en excuses. Tournures choisies pour ne pas dépendre du genre de la personne
// qui écrit ni de celui du client. Ce qui demande réflexion (ce qui est en retard, pourquoi)
// commence vide : une excuse pré-remplie part telle quelle quand on est pressé.
export const defaultTemplatesFr: Template[] = [
  {
    id: 'default-delay-fr',
    name: 'Prévenir d’un retard',
    category: 'delay',
    language: 'fr',
    formality: 'vous',
    subject: 'Nouvelle date de livraison : {{task}}',
    body: `{{client.greeting}},

Je préfère vous prévenir tout de suite : je ne pourrai pas livrer {{task}} à la date convenue. {{reason}}

Je peux vous l’envoyer d’ici le {{deadline}}. Si ce délai ne vous convient pas, dites-moi quelle partie compte le plus pour vous : je la traiterai en premier pour que vous l’ayez plus tôt.

Toutes mes excuses pour ce contretemps ; je vous tiens au courant.

Bien cordialement,
{{me.signature}}`,
    fields: [
      { id: 'task', label: 'Ce qui est en retard', kind: 'text', default: '' },
      {
        id: 'reason',
        label: 'Raison (facultatif)',
        kind: 'choice',
        options: [
          'Un problème technique a ralenti mon travail.',
          'Le travail s’est révélé plus important que prévu.',
          'J’attends encore des éléments indispensables pour terminer.',
          'J’ai dû m’arrêter une journée pour raison de santé.',
        ],
        default: '',
      },
      { id: 'deadline', label: 'Nouvelle échéance', kind: 'date', default: 'today + 2 working days' },
    ],
  },
  {
    id: 'default-moved-deadline-fr',
    name: 'Le client a avancé l’échéance',
    category: 'delay',
    language: 'fr',
    formality: 'vous',
    subject: 'Ce que je peux livrer d’ici le {{theirDate}}',
    body: `{{client.greeting}},

Merci pour l’information : l’échéance est désormais le {{theirDate}}. {{reason}}

Voici ce que je peux vous remettre d’ici là :
{{readyBy}}

Le reste suivra d’ici le {{restDate}}. Si autre chose compte davantage pour vous pour le {{theirDate}}, dites-le-moi et j’adapterai l’ordre.

Bien cordialement,
{{me.signature}}`,
    fields: [
      { id: 'theirDate', label: 'Sa nouvelle date', kind: 'date', default: 'today + 1 working day' },
      { id: 'readyBy', label: 'Prêt pour sa date', kind: 'longtext', default: '- ' },
      { id: 'restDate', label: 'Le reste d’ici le', kind: 'date', default: 'today + 5 working days' },
      { id: 'reason', label: 'Pourquoi pas tout (facultatif)', kind: 'text', default: '' },
    ],
  },
  {
    id: 'default-recap-fr',
    name: 'Récapitulatif écrit d’une décision',
    category: 'recap',
    language: 'fr',
    formality: 'vous',
    subject: 'Récapitulatif : {{topic}}',
    body: `{{client.greeting}},

Pour que nous soyons sur la même longueur d’onde, voici ce que nous avons décidé {{when}} :
{{decisions}}

J’avance sur cette base. Si quelque chose ne correspond pas, merci de me le dire d’ici le {{replyBy}}. Passé ce délai, je considérerai ces points comme validés, et toute modification sera une nouvelle demande, avec son propre délai et son propre coût.

Bien cordialement,
{{me.signature}}`,
    fields: [
      { id: 'topic', label: 'Sujet', kind: 'text', default: '' },
      { id: 'when', label: 'Quand', kind: 'text', default: 'lors de notre échange d’aujourd’hui' },
      { id: 'decisions', label: 'Ce qui a été décidé', kind: 'longtext', default: '- ' },
      { id: 'replyBy', label: 'Corrections d’ici le', kind: 'date', default: 'today + 1 working day' },
    ],
  },
  {
    id: 'default-clarification-fr',
    name: 'Demander une précision',
    category: 'clarification',
    language: 'fr',
    formality: 'vous',
    subject: 'Quelques questions sur {{task}}',
    body: `{{client.greeting}},

Avant d’aller plus loin sur {{task}}, je veux m’assurer de vous livrer exactement ce dont vous avez besoin. Pourriez-vous m’éclairer sur ces points ?

{{questions}}

Dès que j’ai vos réponses, je peux vous le remettre d’ici le {{deadline}}.

Merci d’avance,
{{me.signature}}`,
    fields: [
      { id: 'task', label: 'La tâche', kind: 'text', default: 'cette demande' },
      { id: 'questions', label: 'Questions', kind: 'longtext', default: '- \n- ' },
      { id: 'deadline', label: 'Prêt d’ici le', kind: 'date', default: 'today + 2 working days' },
    ],
  },
  {
    id: 'default-refusal-fr',
    name: 'Refuser poliment une demande irréaliste',
    category: 'refusal',
    language: 'fr',
    formality: 'vous',
    subject: 'À propos de {{request}}',
    body: `{{client.greeting}},

Merci d’avoir pensé à moi pour {{request}}. J’ai regardé la demande avec attention : je ne peux pas la mener à bien pour le {{requestedDate}} en plus de ce qui est déjà prévu.

Voici ce que je peux vous proposer à la place : {{alternative}}

Je préfère vous le dire maintenant plutôt que de promettre un travail que je ne pourrais pas faire correctement. Dites-moi ce qui vous convient le mieux.

Bien cordialement,
{{me.signature}}`,
    fields: [
      { id: 'request', label: 'La demande', kind: 'text', default: 'cette demande' },
      { id: 'requestedDate', label: 'Date demandée', kind: 'date', default: 'tomorrow' },
      {
        id: 'alternative',
        label: 'Ce que vous proposez',
        kind: 'longtext',
        default: 'la partie la plus importante d’ici la fin de la semaine, et le reste en début de semaine prochaine.',
      },
    ],
  },
  {
    id: 'default-scope-fr',
    name: 'Signaler un changement de périmètre',
    category: 'scope',
    language: 'fr',
    formality: 'vous',
    subject: 'Votre nouvelle demande : ce qu’elle change',
    body: `{{client.greeting}},

Merci pour cette nouvelle demande ({{change}}). Elle dépasse ce que nous avions prévu pour {{project}}, alors je préfère vous en parler clairement avant de commencer.
Notre accord porte sur {{client.weeklyHours}} heures par semaine.

Cette demande représente environ {{hours}} heures de travail supplémentaires. Deux options possibles :
- l’ajouter à la mission en cours, à {{client.rate}} ;
- la faire à la place d’une tâche déjà prévue qui peut attendre.

Laquelle préférez-vous ? Je m’y mets dès votre confirmation.

Bien cordialement,
{{me.signature}}`,
    fields: [
      { id: 'change', label: 'Le changement', kind: 'text', default: '' },
      { id: 'project', label: 'Projet', kind: 'text', default: 'ce projet' },
      { id: 'hours', label: 'Heures en plus', kind: 'text', default: '3' },
    ],
  },
  {
    id: 'default-boundary-fr',
    name: 'Rappeler mes horaires de travail',
    category: 'boundary',
    language: 'fr',
    formality: 'vous',
    subject: 'Mes horaires de travail',
    body: `{{client.greeting}},

Un petit mot sur mon organisation, pour que vous sachiez toujours quand attendre une réponse : je suis disponible {{hours}}. Les messages envoyés en dehors de ces horaires sont lus le jour ouvré suivant, soit le {{today + 1 working day}} pour celui-ci.
Notre accord porte sur {{client.weeklyHours}} heures par semaine, et j’organise votre travail dans ce cadre.

En cas de réelle urgence, {{emergency}}.

Merci de votre compréhension : c’est ce qui me permet de consacrer toute mon attention à vos projets.

Bien cordialement,
{{me.signature}}`,
    fields: [
      { id: 'hours', label: 'Vos horaires', kind: 'text', default: '{{me.workingHours}}' },
      {
        id: 'emergency',
        label: 'En cas d’urgence',
        kind: 'text',
        default: 'appelez-moi et je ferai de mon mieux pour vous aider',
      },
    ],
  },
  {
    id: 'default-interruption-fr',
    name: 'Prévenir d’une interruption (plan B)',
    category: 'interruption',
    language: 'fr',
    formality: 'vous',
    subject: 'Interruption temporaire : ce que cela change pour vous',
    body: `{{client.greeting}},

Je vous informe que {{problem}}. Vos fichiers et vos données sont en sécurité : je fais des sauvegardes justement pour ce genre de situation.

En attendant, {{planB}}. Si quelque chose ne peut pas attendre, {{colleague.name}}, qui exerce le même métier et en qui j’ai toute confiance, peut prendre le relais : vous pouvez lui écrire à {{colleague.email}}. Je compte être de nouveau pleinement disponible le {{backBy}} et je vous le confirmerai dès que ce sera le cas.

Merci de votre patience.

Bien cordialement,
{{me.signature}}`,
    fields: [
      {
        id: 'problem',
        label: 'Ce qui se passe',
        kind: 'choice',
        options: [
          'mon ordinateur est tombé en panne',
          'ma connexion internet est coupée',
          'un outil que nous utilisons est momentanément indisponible',
          'je dois m’arrêter quelques jours pour raison de santé',
        ],
        default: 'mon ordinateur est tombé en panne',
      },
      {
        id: 'planB',
        label: 'Plan B',
        kind: 'text',
        default: 'je travaille sur mon matériel de secours, les demandes urgentes sont donc assurées',
      },
      { id: 'backBy', label: 'De retour le', kind: 'date', default: 'today + 1 working day' },
    ],
  },
  {
    id: 'default-handoff-fr',
    name: 'Passer le relais à une personne de confiance',
    category: 'handoff',
    language: 'fr',
    formality: 'vous',
    subject: 'Votre contact à partir du {{from}}',
    body: `{{client.greeting}},

{{reason}} : j’ai donc demandé à {{colleague.name}}, qui exerce le même métier et en qui j’ai toute confiance, de prendre en charge {{scope}} du {{from}} au {{until}}.

{{colleague.name}} a tout ce qu’il faut pour reprendre là où j’en suis, et vous pouvez lui écrire à {{colleague.email}}. Je reprends contact avec vous le {{until}}.

Merci de votre confiance.

Bien cordialement,
{{me.signature}}`,
    fields: [
      { id: 'reason', label: 'Pourquoi', kind: 'text', default: 'Je m’absente quelques jours' },
      { id: 'scope', label: 'Ce qu’elle prend en charge', kind: 'text', default: 'vos demandes urgentes' },
      { id: 'from', label: 'À partir du', kind: 'date', default: 'tomorrow' },
      { id: 'until', label: 'Jusqu’au', kind: 'date', default: 'today + 5 working days' },
    ],
  },
  {
    id: 'default-ending-fr',
    name: 'Mettre fin à la collaboration',
    category: 'ending',
    language: 'fr',
    formality: 'vous',
    subject: 'La fin de notre collaboration',
    body: `{{client.greeting}},

Après mûre réflexion, j’ai décidé de mettre fin à notre collaboration. Mon dernier jour de travail sur vos dossiers sera le {{lastDay}}.
Cela respecte le préavis de {{client.noticePeriod}} convenu entre nous.

D’ici là, je vais {{handover}}, afin que la transition se fasse le plus sereinement possible. Ma facture de clôture suivra avec la passation.

Merci pour le travail accompli ensemble ; je vous souhaite le meilleur pour la suite.

Bien cordialement,
{{me.signature}}`,
    fields: [
      { id: 'lastDay', label: 'Dernier jour', kind: 'date', default: 'today + 10 working days' },
      {
        id: 'handover',
        label: 'Passation',
        kind: 'longtext',
        default:
          'terminer les tâches en cours, vous transmettre tous les fichiers et accès, et documenter les tâches récurrentes',
      },
    ],
  },
  {
    id: 'default-reschedule-fr',
    name: 'Proposer un autre créneau',
    category: 'reschedule',
    language: 'fr',
    formality: 'vous',
    subject: 'Pourrions-nous déplacer {{meeting}} ?',
    body: `{{client.greeting}},

Ma journée s’est remplie depuis que nous avons fixé {{meeting}} ({{when}}), et je préfère vous accorder toute mon attention plutôt que de caser ce moment entre deux dossiers. Pourrions-nous plutôt choisir l’un de ces créneaux ?

{{slots}}

Dites-moi simplement celui qui vous convient, et je mettrai l’invitation à jour. Si aucun ne vous arrange, indiquez-moi ce qui vous irait.

Merci de votre souplesse.

Bien cordialement,
{{me.signature}}`,
    fields: [
      { id: 'meeting', label: 'Le rendez-vous', kind: 'text', default: 'notre rendez-vous' },
      { id: 'when', label: 'Prévu le', kind: 'text', default: '' },
      // Dans l’agenda, les vrais créneaux libres de la fin de semaine ; ailleurs, vide, à remplir.
      { id: 'slots', label: 'Créneaux libres', kind: 'longtext', default: '{{calendar.freeSlots}}' },
    ],
  },
];
