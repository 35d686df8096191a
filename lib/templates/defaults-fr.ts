import type { Template } from './template-schema';

// Les messages par défaut de Leeway en français : simples, chaleureux, fermes, avec la raison
// et une date réaliste, sans se confondre en excuses. Tournures choisies pour ne pas dépendre
// du genre de la personne qui écrit ni de celui du client.
export const defaultTemplatesFr: Template[] = [
  {
    id: 'default-delay-fr',
    name: 'Prévenir d’un retard',
    category: 'delay',
    language: 'fr',
    subject: '{{task}} : nouvelle date de livraison',
    body: `Bonjour {{client.firstName}},

Je préfère vous prévenir tout de suite : je ne pourrai pas livrer {{task}} à la date convenue. {{reason}}

Je peux vous l’envoyer d’ici le {{deadline}}. Si ce délai ne vous convient pas, dites-moi quelle partie compte le plus pour vous : je la traiterai en premier pour que vous l’ayez plus tôt.

Toutes mes excuses pour ce changement de programme ; je vous tiens au courant.

Bien cordialement,
{{me.signature}}`,
    fields: [
      { id: 'task', label: 'Ce qui est en retard', kind: 'text', default: 'le livrable' },
      {
        id: 'reason',
        label: 'Raison',
        kind: 'choice',
        options: [
          'Un problème technique a ralenti mon travail.',
          'Le travail s’est révélé plus important que prévu.',
          'J’attends encore des éléments indispensables pour terminer.',
          'J’ai dû m’arrêter une journée pour raison de santé.',
        ],
        default: 'Un problème technique a ralenti mon travail.',
      },
      { id: 'deadline', label: 'Nouvelle échéance', kind: 'date', default: 'today + 2 working days' },
    ],
  },
  {
    id: 'default-clarification-fr',
    name: 'Demander une précision',
    category: 'clarification',
    language: 'fr',
    subject: 'Quelques questions sur {{task}}',
    body: `Bonjour {{client.firstName}},

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
    subject: 'À propos de {{request}}',
    body: `Bonjour {{client.firstName}},

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
    subject: 'Votre nouvelle demande : ce qu’elle change',
    body: `Bonjour {{client.firstName}},

Merci pour cette nouvelle demande ({{change}}). Elle dépasse ce que nous avions prévu pour {{project}}, alors je préfère vous en parler clairement avant de commencer.

Elle représente environ {{hours}} heures de travail supplémentaires. Deux options possibles :
- l’ajouter à la mission en cours, à mon tarif habituel ;
- la faire à la place d’une tâche déjà prévue qui peut attendre.

Laquelle préférez-vous ? Je m’y mets dès votre confirmation.

Bien cordialement,
{{me.signature}}`,
    fields: [
      { id: 'change', label: 'Le changement', kind: 'text', default: 'les pages supplémentaires' },
      { id: 'project', label: 'Projet', kind: 'text', default: 'ce projet' },
      { id: 'hours', label: 'Heures en plus', kind: 'text', default: '3' },
    ],
  },
  {
    id: 'default-boundary-fr',
    name: 'Rappeler mes horaires de travail',
    category: 'boundary',
    language: 'fr',
    subject: 'Mes horaires de travail',
    body: `Bonjour {{client.firstName}},

Un petit mot sur mon organisation, pour que vous sachiez toujours quand attendre une réponse : je suis disponible {{hours}}. Les messages envoyés en dehors de ces horaires sont lus le jour ouvré suivant, soit le {{today + 1 working day}} pour celui-ci.

En cas de réelle urgence, {{emergency}}.

Merci de votre compréhension : c’est ce qui me permet de consacrer toute mon attention à vos projets.

Bien cordialement,
{{me.signature}}`,
    fields: [
      { id: 'hours', label: 'Vos horaires', kind: 'text', default: 'du lundi au vendredi, de 9 h à 18 h' },
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
    subject: 'Interruption temporaire : ce que cela change pour vous',
    body: `Bonjour {{client.firstName}},

Je vous informe que {{problem}}. Vos fichiers et vos données sont en sécurité : je fais des sauvegardes justement pour ce genre de situation.

En attendant, {{planB}}. Je compte être de nouveau pleinement disponible le {{backBy}} et je vous le confirmerai dès que ce sera le cas.

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
    subject: 'Votre contact à partir du {{from}}',
    body: `Bonjour {{client.firstName}},

{{reason}} : j’ai donc demandé à {{colleague}}, qui exerce le même métier et en qui j’ai toute confiance, de prendre en charge {{scope}} du {{from}} au {{until}}.

{{colleague}} a tout ce qu’il faut pour reprendre là où j’en suis, et vous pouvez lui écrire à {{colleagueEmail}}. Je reprends contact avec vous le {{until}}.

Merci de votre confiance.

Bien cordialement,
{{me.signature}}`,
    fields: [
      { id: 'reason', label: 'Pourquoi', kind: 'text', default: 'Je m’absente quelques jours' },
      { id: 'colleague', label: 'Nom de la personne', kind: 'text', default: '' },
      { id: 'colleagueEmail', label: 'Son adresse e-mail', kind: 'text', default: '' },
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
    subject: 'La fin de notre collaboration',
    body: `Bonjour {{client.firstName}},

Après mûre réflexion, j’ai décidé de mettre fin à notre collaboration. Mon dernier jour de travail sur vos dossiers sera le {{lastDay}}.

D’ici là, je vais {{handover}}, afin que la transition se fasse le plus sereinement possible.

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
];
