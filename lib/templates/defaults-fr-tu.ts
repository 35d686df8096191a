import { defaultTemplatesFr } from './defaults-fr';
import type { Template, TemplateField } from './template-schema';

// Les mêmes messages au tutoiement, pour les clients que l'on tutoie (réglé sur leur fiche).
// Chacun reprend les champs de sa version au vouvoiement, sauf ceux dont le texte tutoie.

function tu(
  vousId: string,
  text: Pick<Template, 'subject' | 'body'>,
  fieldDefaults: Record<string, string> = {},
): Template {
  const vous = defaultTemplatesFr.find((template) => template.id === `default-${vousId}-fr`)!;
  const fields = vous.fields.map((field): TemplateField =>
    field.id in fieldDefaults ? { ...field, default: fieldDefaults[field.id]! } : field,
  );
  return { ...vous, ...text, id: `default-${vousId}-fr-tu`, name: `${vous.name} (tu)`, formality: 'tu', fields };
}

const SIGN_OFF = `Bien à toi,
{{me.signature}}`;

export const defaultTemplatesFrTu: Template[] = [
  tu('delay', {
    subject: 'Nouvelle date de livraison : {{task}}',
    body: `{{client.greeting}},

Je préfère te prévenir tout de suite : je ne pourrai pas livrer {{task}} à la date convenue. {{reason}}

Je peux te l’envoyer d’ici le {{deadline}}. Si ce délai ne te convient pas, dis-moi quelle partie compte le plus pour toi : je la traiterai en premier pour que tu l’aies plus tôt.

Toutes mes excuses pour ce contretemps ; je te tiens au courant.

${SIGN_OFF}`,
  }),
  tu('moved-deadline', {
    subject: 'Ce que je peux livrer d’ici le {{theirDate}}',
    body: `{{client.greeting}},

Merci pour l’info : l’échéance est désormais le {{theirDate}}. {{reason}}

Voici ce que je peux te remettre d’ici là :
{{readyBy}}

Le reste suivra d’ici le {{restDate}}. Si autre chose compte davantage pour toi pour le {{theirDate}}, dis-le-moi et j’adapterai l’ordre.

${SIGN_OFF}`,
  }),
  tu('recap', {
    subject: 'Récapitulatif : {{topic}}',
    body: `{{client.greeting}},

Pour qu’on soit sur la même longueur d’onde, voici ce qu’on a décidé {{when}} :
{{decisions}}

J’avance sur cette base. Si quelque chose ne va pas, dis-le-moi d’ici le {{replyBy}}. Passé ce délai, je considérerai ces points comme validés, et toute modification sera une nouvelle demande, avec son propre délai et son propre coût.

${SIGN_OFF}`,
  }),
  tu('clarification', {
    subject: 'Quelques questions sur {{task}}',
    body: `{{client.greeting}},

Avant d’aller plus loin sur {{task}}, je veux m’assurer de te livrer exactement ce dont tu as besoin. Peux-tu m’éclairer sur ces points ?

{{questions}}

Dès que j’ai tes réponses, je peux te le remettre d’ici le {{deadline}}.

Merci d’avance,
{{me.signature}}`,
  }),
  tu('refusal', {
    subject: 'À propos de {{request}}',
    body: `{{client.greeting}},

Merci d’avoir pensé à moi pour {{request}}. J’ai regardé la demande avec attention : je ne peux pas la mener à bien pour le {{requestedDate}} en plus de ce qui est déjà prévu.

Voici ce que je peux te proposer à la place : {{alternative}}

Je préfère te le dire maintenant plutôt que de promettre un travail que je ne pourrais pas faire correctement. Dis-moi ce qui te convient le mieux.

${SIGN_OFF}`,
  }),
  tu('scope', {
    subject: 'Ta nouvelle demande : ce qu’elle change',
    body: `{{client.greeting}},

Merci pour cette nouvelle demande ({{change}}). Elle dépasse ce qu’on avait prévu pour {{project}}, alors je préfère t’en parler clairement avant de commencer.
Notre accord porte sur {{client.weeklyHours}} heures par semaine.

Cette demande représente environ {{hours}} heures de travail supplémentaires. Deux options possibles :
- l’ajouter à la mission en cours, à {{client.rate}} ;
- la faire à la place d’une tâche déjà prévue qui peut attendre.

Qu’est-ce que tu préfères ? Je m’y mets dès que tu confirmes.

${SIGN_OFF}`,
  }),
  tu(
    'boundary',
    {
      subject: 'Mes horaires de travail',
      body: `{{client.greeting}},

Un petit mot sur mon organisation, pour que tu saches toujours quand attendre une réponse : je suis disponible {{hours}}. Les messages envoyés en dehors de ces horaires sont lus le jour ouvré suivant, soit le {{today + 1 working day}} pour celui-ci.
Notre accord porte sur {{client.weeklyHours}} heures par semaine, et j’organise ton travail dans ce cadre.

En cas de réelle urgence, {{emergency}}.

Merci de ta compréhension : c’est ce qui me permet de consacrer toute mon attention à tes projets.

${SIGN_OFF}`,
    },
    { emergency: 'appelle-moi et je ferai de mon mieux pour t’aider' },
  ),
  tu('interruption', {
    subject: 'Interruption temporaire : ce que ça change pour toi',
    body: `{{client.greeting}},

Je te préviens que {{problem}}. Tes fichiers et tes données sont en sécurité : je fais des sauvegardes justement pour ce genre de situation.

En attendant, {{planB}}. Si quelque chose ne peut pas attendre, {{colleague.name}}, qui exerce le même métier et en qui j’ai toute confiance, peut prendre le relais : tu peux lui écrire à {{colleague.email}}. Je compte être de nouveau pleinement disponible le {{backBy}} et je te le confirmerai dès que ce sera le cas.

Merci de ta patience.

${SIGN_OFF}`,
  }),
  tu(
    'handoff',
    {
      subject: 'Ton contact à partir du {{from}}',
      body: `{{client.greeting}},

{{reason}} : j’ai donc demandé à {{colleague.name}}, qui exerce le même métier et en qui j’ai toute confiance, de prendre en charge {{scope}} du {{from}} au {{until}}.

{{colleague.name}} a tout ce qu’il faut pour reprendre là où j’en suis, et tu peux lui écrire à {{colleague.email}}. Je reprends contact avec toi le {{until}}.

Merci de ta confiance.

${SIGN_OFF}`,
    },
    { scope: 'tes demandes urgentes' },
  ),
  tu(
    'ending',
    {
      subject: 'La fin de notre collaboration',
      body: `{{client.greeting}},

Après mûre réflexion, j’ai décidé de mettre fin à notre collaboration. Mon dernier jour de travail sur tes dossiers sera le {{lastDay}}.
Cela respecte le préavis de {{client.noticePeriod}} convenu entre nous.

D’ici là, je vais {{handover}}, afin que la transition se fasse le plus sereinement possible. Ma facture de clôture suivra avec la passation.

Merci pour le travail accompli ensemble ; je te souhaite le meilleur pour la suite.

${SIGN_OFF}`,
    },
    {
      handover:
        'terminer les tâches en cours, te transmettre tous les fichiers et accès, et documenter les tâches récurrentes',
    },
  ),
  tu('reschedule', {
    subject: 'Pourrait-on déplacer {{meeting}} ?',
    body: `{{client.greeting}},

Ma journée s’est remplie depuis qu’on a fixé {{meeting}} ({{when}}), et je préfère t’accorder toute mon attention plutôt que de caser ce moment entre deux dossiers. Pourrait-on plutôt choisir l’un de ces créneaux ?

{{slots}}

Dis-moi simplement celui qui te convient, et je mettrai l’invitation à jour. Si aucun ne t’arrange, dis-moi ce qui t’irait.

Merci de ta souplesse.

${SIGN_OFF}`,
  }),
];
