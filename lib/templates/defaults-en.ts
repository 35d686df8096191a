import type { Template } from './template-schema';

// Leeway's default messages in English. Users judge us on these texts: plain, warm, firm,
// with the reason and a realistic date, and no grovelling. Written as people write email,
// with contractions. Blanks the VA must think about (what is late, why) start empty: a
// pre-filled excuse gets sent as is by someone in a hurry.
export const defaultTemplatesEn: Template[] = [
  {
    id: 'default-delay-en',
    name: 'Delay notice',
    category: 'delay',
    language: 'en',
    subject: 'New delivery date: {{task}}',
    body: `{{client.greeting}},

I'd rather tell you straight away: I won't be able to deliver {{task}} on the date we agreed. {{reason}}

I can send it to you by {{deadline}}. If that doesn't work for you, tell me which part matters most and I'll do it first, so you have it sooner.

Sorry about this. I'll keep you posted.

Best regards,
{{me.signature}}`,
    fields: [
      { id: 'task', label: 'What is late', kind: 'text', default: '' },
      {
        id: 'reason',
        label: 'Reason (optional)',
        kind: 'choice',
        options: [
          'A technical problem slowed me down.',
          'The work turned out to be bigger than we first estimated.',
          "I'm still waiting for information I need to finish it.",
          'I had to take a day off for health reasons.',
        ],
        default: '',
      },
      { id: 'deadline', label: 'New deadline', kind: 'date', default: 'today + 2 working days' },
    ],
  },
  {
    id: 'default-moved-deadline-en',
    name: 'The client moved the deadline',
    category: 'delay',
    language: 'en',
    subject: 'What I can deliver by {{theirDate}}',
    body: `{{client.greeting}},

Thanks for letting me know the deadline is now {{theirDate}}. {{reason}}

Here's what I can have ready by then:
{{readyBy}}

Everything else will follow by {{restDate}}. If something else matters more to you for {{theirDate}}, tell me and I'll swap it in.

Best regards,
{{me.signature}}`,
    fields: [
      { id: 'theirDate', label: 'Their new date', kind: 'date', default: 'today + 1 working day' },
      { id: 'readyBy', label: 'Ready by their date', kind: 'longtext', default: '- ' },
      { id: 'restDate', label: 'The rest by', kind: 'date', default: 'today + 5 working days' },
      { id: 'reason', label: 'Why not everything (optional)', kind: 'text', default: '' },
    ],
  },
  {
    id: 'default-recap-en',
    name: 'Written recap of a decision',
    category: 'recap',
    language: 'en',
    subject: 'Recap: {{topic}}',
    body: `{{client.greeting}},

So we're on the same page, here's what we agreed {{when}}:
{{decisions}}

I'll go ahead on this basis. If anything here isn't right, please tell me by {{replyBy}}. After that, I'll take it as approved, and any change will be new work, with its own time and cost.

Best regards,
{{me.signature}}`,
    fields: [
      { id: 'topic', label: 'Topic', kind: 'text', default: '' },
      { id: 'when', label: 'When it was agreed', kind: 'text', default: 'on our call today' },
      { id: 'decisions', label: 'What was decided', kind: 'longtext', default: '- ' },
      { id: 'replyBy', label: 'Corrections by', kind: 'date', default: 'today + 1 working day' },
    ],
  },
  {
    id: 'default-clarification-en',
    name: 'Clarification request',
    category: 'clarification',
    language: 'en',
    subject: 'A few questions about {{task}}',
    body: `{{client.greeting}},

Before I go further with {{task}}, I want to be sure I deliver exactly what you need. Could you help me with these points?

{{questions}}

As soon as I have your answers, I can have it ready by {{deadline}}.

Thanks,
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
    body: `{{client.greeting}},

Thanks for thinking of me for {{request}}. I've looked at it carefully, and I can't do it well by {{requestedDate}} on top of what's already planned.

Here's what I can offer instead: {{alternative}}

I'd rather tell you now than promise something I couldn't deliver properly. Let me know which option suits you best.

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
    body: `{{client.greeting}},

Thanks for the new request ({{change}}). It goes beyond what we agreed for {{project}}, so I'd like to be upfront before I start.
Our agreement covers {{client.weeklyHours}} hours a week.

It's about {{hours}} hours of extra work. We can either:
- add it to the current engagement at {{client.rate}}, or
- swap it for something already planned that can wait.

Which do you prefer? I'll start as soon as you confirm.

Best regards,
{{me.signature}}`,
    fields: [
      { id: 'change', label: 'The change', kind: 'text', default: '' },
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
    body: `{{client.greeting}},

A quick word on how I work, so you always know when to expect an answer: I'm available {{hours}}. Messages sent outside those hours are read on the next working day, which for this one is {{today + 1 working day}}.
Our agreement covers {{client.weeklyHours}} hours a week, and I plan your work within them.

For a real emergency, {{emergency}}.

Thanks for understanding: it's what lets me give your projects my full attention.

Best regards,
{{me.signature}}`,
    fields: [
      { id: 'hours', label: 'Your hours', kind: 'text', default: '{{me.workingHours}}' },
      { id: 'emergency', label: 'In an emergency', kind: 'text', default: "call me and I'll do my best to help" },
    ],
  },
  {
    id: 'default-interruption-en',
    name: 'Service interruption (plan B)',
    category: 'interruption',
    language: 'en',
    subject: 'Temporary interruption: what it means for you',
    body: `{{client.greeting}},

I'm letting you know that {{problem}}. Your files and data are safe: I keep backups for exactly this kind of situation.

In the meantime, {{planB}}. If something can't wait, {{colleague.name}}, a virtual assistant I trust, can step in: you can write to them at {{colleague.email}}. I expect to be fully back by {{backBy}}, and I'll confirm as soon as I am.

Thanks for your patience.

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
          "a tool we rely on isn't available right now",
          'I have to stop for a few days for health reasons',
        ],
        default: 'my computer has broken down',
      },
      {
        id: 'planB',
        label: 'Plan B',
        kind: 'text',
        default: "I'm working from my backup equipment, so urgent requests are covered",
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
    body: `{{client.greeting}},

{{reason}}, so I've asked {{colleague.name}}, a virtual assistant I trust, to take care of {{scope}} from {{from}} to {{until}}.

{{colleague.name}} has everything needed to pick up where I left off, and you can reach them at {{colleague.email}}. I'll be back in touch on {{until}}.

Thanks for your trust.

Best regards,
{{me.signature}}`,
    fields: [
      { id: 'reason', label: 'Why', kind: 'text', default: "I'll be away for a few days" },
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
    body: `{{client.greeting}},

After careful thought, I've decided to end our collaboration. My last working day on your account will be {{lastDay}}.
That's the {{client.noticePeriod}} notice we agreed on.

Until then, I'll {{handover}}, so that the transition is as smooth as possible. My final invoice will follow with the handover.

Thank you for the work we've done together, and all the best for what comes next.

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
  {
    id: 'default-reschedule-en',
    name: 'Propose another slot',
    category: 'reschedule',
    language: 'en',
    subject: 'Could we move {{meeting}}?',
    body: `{{client.greeting}},

My day has filled up since we booked {{meeting}} ({{when}}), and I'd rather give it my full attention than squeeze it in between other things. Could we move it to one of these times instead?

{{slots}}

Just reply with the one that suits you and I'll update the invitation. If none of them works, tell me what would.

Thanks for being flexible,
{{me.signature}}`,
    fields: [
      { id: 'meeting', label: 'The meeting', kind: 'text', default: 'our call' },
      { id: 'when', label: 'Booked for', kind: 'text', default: '' },
      // In Calendar, the real free slots later in the week; elsewhere, empty for the user to fill.
      { id: 'slots', label: 'Free slots', kind: 'longtext', default: '{{calendar.freeSlots}}' },
    ],
  },
];
