import { describe, expect, it } from 'vitest';
import { readUserEmail, readUserName } from '@/lib/gmail/read-user';
import { loadFixture } from '../../load-fixture';

describe('readUserEmail', () => {
  it('reads the address at the end of the title, in any language', () => {
    expect(readUserEmail(loadFixture('gmail/thread-en.html'))).toBe('jane.doe@gmail.com');
    expect(readUserEmail(loadFixture('gmail/thread-fr.html'))).toBe('jane.doe@gmail.com');
  });

  it('takes the last address when the subject holds one too', () => {
    const doc = loadFixture('gmail/thread-en.html');
    doc.title = 'Re: contact bob@example.com - Jane.Doe@gmail.com - Gmail';
    expect(readUserEmail(doc)).toBe('jane.doe@gmail.com');
  });

  it('falls back to the account button', () => {
    const doc = loadFixture('gmail/thread-en.html');
    doc.title = 'Gmail';
    expect(readUserEmail(doc)).toBe('jane.doe@gmail.com');
    doc.querySelector('a[href^="https://accounts.google.com/SignOutOptions"]')!.remove();
    expect(readUserEmail(doc)).toBeUndefined();
  });
});

describe('readUserName', () => {
  it('reads the name from the account button, whatever the language of its label', () => {
    expect(readUserName(loadFixture('gmail/thread-en.html'))).toBe('Jane Doe');
    expect(readUserName(loadFixture('gmail/thread-fr.html'))).toBe('Jane Doe');
  });
});
