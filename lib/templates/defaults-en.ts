import type { Template } from './template-schema';

// Leeway's default messages in English. Users judge us on these texts: plain, warm, firm,
// with the reason and a realistic date, and no grovelling.
export const defaultTemplatesEn: Template[] = [
  {
    id: 'default-delay-en',
    name: 'Delay notice',
    category: 'delay',
    language: 'en',
    subject: 'Update on {{task}}: new delivery date',
    body: `Hi {{client.firstName}},

I would rather tell you straight away: I will not be able to deliver {{task}} on the date we agreed. {{reason}}

I can send it to you by {{deadline}}. If that does not work for you, tell me which part matters most and I will do it first, so you have it sooner.

I am sorry for the change of plan, and I will keep you posted.

Best regards,
{{me.signature}}`,
    fields: [
      { id: 'task', label: 'What is late', kind: 'text', default: 'the deliverable' },
      {
        id: 'reason',
        label: 'Reason',
        kind: 'choice',
        options: [
          'A technical problem slowed me down.',
          'The work turned out to be bigger than we first estimated.',
          'I am still waiting for information I need to finish it.',
          'I had to take a day off for health reasons.',
        ],
        default: 'A technical problem slowed me down.',
      },
      { id: 'deadline', label: 'New deadline', kind: 'date', default: 'today + 2 working days' },
    ],
  },
  {
    id: 'default-clarification-en',
    name: 'Clarification request',
    category: 'clarification',
    language: 'en',
    subject: 'A few questions about {{task}}',
    body: `Hi {{client.firstName}},

Before I go further with {{task}}, I want to be sure I deliver exactly what you need. Could you help me with these points?

{{questions}}

As soon as I have your answers, I can have it ready by {{deadline}}.

Thank you,
{{me.signature}}`,
    fields: [
      { id: 'task', label: 'The task', kind: 'text', default: 'this request' },
      { id: 'questions', label: 'Questions', kind: 'longtext', default: '- \n- ' },
      { id: 'deadline', label: 'Ready by', kind: 'date', default: 'today + 2 working days' },
    ],
  },
  {
    id: 'default-refusal-en',
    name: 'Polite refusal of an unrealistic request',
    category: 'refusal',
    language: 'en',
    subject: 'About {{request}}',
    body: `Hi {{client.firstName}},

Thank you for thinking of me for {{request}}. I have looked at it carefully, and I cannot do it well by {{requestedDate}} on top of what is already planned.

Here is what I can offer instead: {{alternative}}

I would rather tell you now than promise something I could not deliver properly. Let me know which option suits you best.

Best regards,
{{me.signature}}`,
    fields: [
      { id: 'request', label: 'The request', kind: 'text', default: 'this request' },
      { id: 'requestedDate', label: 'Date asked for', kind: 'date', default: 'tomorrow' },
      {
        id: 'alternative',
        label: 'What you can offer',
        kind: 'longtext',
        default: 'the most important part by the end of the week, and the rest early next week.',
      },
    ],
  },
  {
    id: 'default-scope-en',
    name: 'Scope-change notice',
    category: 'scope',
    language: 'en',
    subject: 'Your new request: what it changes',
    body: `Hi {{client.firstName}},

Thank you for the new request ({{change}}). It goes beyond what we agreed for {{project}}, so I would like to be transparent before I start.

It represents about {{hours}} hours of extra work. We can either:
- add it to the current engagement at my usual rate, or
- swap it for something already planned that can wait.

Which do you prefer? I will start as soon as you confirm.

Best regards,
{{me.signature}}`,
    fields: [
      { id: 'change', label: 'The change', kind: 'text', default: 'the additional pages' },
      { id: 'project', label: 'Project', kind: 'text', default: 'this project' },
      { id: 'hours', label: 'Extra hours', kind: 'text', default: '3' },
    ],
  },
  {
    id: 'default-boundary-en',
    name: 'Working-hours reminder',
    category: 'boundary',
    language: 'en',
    subject: 'My working hours',
    body: `Hi {{client.firstName}},

A quick word on how I work, so you always know when to expect an answer: I am available {{hours}}. Messages sent outside those hours are read on the next working day, which for this one is {{today + 1 working day}}.

For a real emergency, {{emergency}}.

Thank you for understanding: it is what lets me give your projects my full attention.

Best regards,
{{me.signature}}`,
    fields: [
      { id: 'hours', label: 'Your hours', kind: 'text', default: 'Monday to Friday, 9 am to 6 pm' },
      { id: 'emergency', label: 'In an emergency', kind: 'text', default: 'call me and I will do my best to help' },
    ],
  },
  {
    id: 'default-interruption-en',
    name: 'Service interruption (plan B)',
    category: 'interruption',
    language: 'en',
    subject: 'Temporary interruption: what it means for you',
    body: `Hi {{client.firstName}},

I am letting you know that {{problem}}. Your files and data are safe: I keep backups for exactly this kind of situation.

In the meantime, {{planB}}. I expect to be fully back by {{backBy}}, and I will confirm as soon as I am.

Thank you for your patience.

Best regards,
{{me.signature}}`,
    fields: [
      {
        id: 'problem',
        label: 'What happened',
        kind: 'choice',
        options: [
          'my computer has broken down',
          'my internet connection is down',
          'a tool we rely on is currently unavailable',
          'I have to stop for a few days for health reasons',
        ],
        default: 'my computer has broken down',
      },
      {
        id: 'planB',
        label: 'Plan B',
        kind: 'text',
        default: 'I am working from my backup equipment, so urgent requests are covered',
      },
      { id: 'backBy', label: 'Back by', kind: 'date', default: 'today + 1 working day' },
    ],
  },
  {
    id: 'default-handoff-en',
    name: 'Hand-off to a trusted colleague',
    category: 'handoff',
    language: 'en',
    subject: 'Who to contact from {{from}}',
    body: `Hi {{client.firstName}},

{{reason}}, so I have asked {{colleague}}, a virtual assistant I trust, to take care of {{scope}} from {{from}} to {{until}}.

{{colleague}} has everything needed to pick up where I left off, and you can reach them at {{colleagueEmail}}. I will be back in touch on {{until}}.

Thank you for your trust.

Best regards,
{{me.signature}}`,
    fields: [
      { id: 'reason', label: 'Why', kind: 'text', default: 'I will be away for a few days' },
      { id: 'colleague', label: "Colleague's name", kind: 'text', default: '' },
      { id: 'colleagueEmail', label: "Colleague's email", kind: 'text', default: '' },
      { id: 'scope', label: 'What they cover', kind: 'text', default: 'your urgent requests' },
      { id: 'from', label: 'From', kind: 'date', default: 'tomorrow' },
      { id: 'until', label: 'Until', kind: 'date', default: 'today + 5 working days' },
    ],
  },
  {
    id: 'default-ending-en',
    name: 'Ending the engagement',
    category: 'ending',
    language: 'en',
    subject: 'The end of our collaboration',
    body: `Hi {{client.firstName}},

After careful thought, I have decided to end our collaboration. My last working day on your account will be {{lastDay}}.

Until then, I will {{handover}}, so that the transition is as smooth as possible.

Thank you for the work we have done together, and all the best for what comes next.

Kind regards,
{{me.signature}}`,
    fields: [
      { id: 'lastDay', label: 'Last working day', kind: 'date', default: 'today + 10 working days' },
      {
        id: 'handover',
        label: 'Handover',
        kind: 'longtext',
        default: 'finish the tasks in progress, hand over all files and access, and write down the recurring tasks',
      },
    ],
  },
];
