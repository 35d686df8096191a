// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readMessageSelection } from '@/lib/gmail/read-selection';

function page(): Document {
  document.body.innerHTML = `
    <div class="a3s aiL"><div dir="ltr">Jane, change of plan: the board moved to Thursday.</div></div>
    <div class="a3s aiL"><div dir="ltr">Mark</div></div>
    <div role="navigation">Inbox</div>`;
  return document;
}
function select(from: Node, start: number, to: Node, end: number): void {
  const range = document.createRange();
  range.setStart(from, start);
  range.setEnd(to, end);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
}

describe('the sentence selected in a message', () => {
  it('is read on one line when it lies in one message', () => {
    const doc = page();
    const text = doc.querySelector('.a3s div')!.firstChild!;
    select(text, 6, text, 50);
    expect(readMessageSelection(doc)).toBe('change of plan: the board moved to Thursday.');
  });

  it('is nothing outside a message, across two messages, or when empty', () => {
    const doc = page();
    const nav = doc.querySelector('[role="navigation"]')!.firstChild!;
    select(nav, 0, nav, 5);
    expect(readMessageSelection(doc)).toBe('');
    const [first, second] = [...doc.querySelectorAll('.a3s div')].map((div) => div.firstChild!);
    select(first!, 0, second!, 4);
    expect(readMessageSelection(doc)).toBe('');
    doc.getSelection()!.removeAllRanges();
    expect(readMessageSelection(doc)).toBe('');
  });
});
