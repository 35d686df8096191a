import { gmailSelectors } from '@/lib/gmail/selectors';
import { describeSelectorTable } from '../../selector-table';

// prettier-ignore
const FIXTURES = ['compose-popup-en.html', 'inbox-100-en.html', 'inbox-en.html', 'thread-50-en.html',
  'thread-b-en.html', 'thread-en.html', 'thread-fr.html', 'thread-no-reply-en.html', 'thread-popup-en.html'] as const;

describeSelectorTable({
  host: 'gmail',
  selectors: gmailSelectors,
  fixtures: FIXTURES,
  // Where the code looks for a selector inside another one.
  scopes: {
    messageSender: 'message',
    messageRecipients: 'message',
    composeBody: 'composeRoot',
    composeRecipient: 'composeRoot',
    composeSubject: 'composeRoot',
    composeSignature: 'composeBody',
    replyMarker: 'composeRoot',
  },
  // prettier-ignore
  table: {
    //                   popup inbox100 inbox thread50 threadB thread threadFr noReply popup2
    main:                  [1,   1,     1,     1,      1,      1,     1,      1,      1],
    subject:               [0,   0,     0,     1,      1,      1,     1,      1,      1],
    // An inbox's rows carry thread ids too: a thread is read only where a subject is.
    threadId:              [3,   100,   3,     1,      1,      1,     1,      1,      1],
    // No fixture shows a thread whose id paints after its subject (InboxSDK PR #1309).
    selectedRowThreadId:   [0,   0,     0,     0,      0,      0,     0,      0,      0],
    message:               [0,   0,     0,     50,     1,      4,     3,      4,      4],
    messageSender:         [0,   0,     0,     50,     1,      4,     3,      4,      4],
    messageRecipients:     [0,   0,     0,     50,     1,      6,     3,      6,      6],
    composeRoot:           [1,   0,     0,     1,      1,      1,     1,      0,      2],
    composeBody:           [1,   0,     0,     1,      1,      1,     1,      0,      2],
    composeRecipient:      [1,   0,     0,     1,      1,      1,     1,      0,      2],
    composeSubject:        [1,   0,     0,     0,      0,      0,     0,      0,      1],
    // No fixture has a Gmail signature set: gmail-signature.test.ts adds Gmail's markup.
    composeSignature:      [0,   0,     0,     0,      0,      0,     0,      0,      0],
    replyMarker:           [0,   0,     0,     1,      1,      1,     1,      0,      1],
    popupCompose:          [1,   0,     0,     0,      0,      0,     0,      0,      1],
    // No fixture shows a full-screen compose.
    fullscreenCompose:     [0,   0,     0,     0,      0,      0,     0,      0,      0],
    replyButton:           [0,   0,     0,     0,      0,      0,     0,      1,      0],
    messageBody:           [0,   0,     0,     50,     1,      4,     3,      4,      4],
    accountButton:         [1,   1,     1,     1,      1,      1,     1,      1,      1],
  },
});
