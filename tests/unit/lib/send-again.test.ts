import { describe, expect, it, vi } from 'vitest';
import { sendAgainIfUnreached } from '@/lib/send-again';

const unreached = () => new Error('Could not establish connection. Receiving end does not exist.');
const NO_WAIT = [0, 0, 0];

describe('sendAgainIfUnreached', () => {
  it('sends again while the background is waking, and returns its answer', async () => {
    const send = vi.fn().mockRejectedValueOnce(unreached()).mockRejectedValueOnce(unreached()).mockResolvedValue(42);
    await expect(sendAgainIfUnreached(send, NO_WAIT)).resolves.toBe(42);
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('gives up with the error once every attempt is spent', async () => {
    const send = vi.fn().mockRejectedValue(unreached());
    await expect(sendAgainIfUnreached(send, NO_WAIT)).rejects.toThrow('Receiving end does not exist');
    expect(send).toHaveBeenCalledTimes(NO_WAIT.length + 1);
  });

  it('never repeats a message that arrived: a handler error is thrown at once', async () => {
    const send = vi.fn().mockRejectedValue(new Error('Task not found.'));
    await expect(sendAgainIfUnreached(send, NO_WAIT)).rejects.toThrow('Task not found.');
    expect(send).toHaveBeenCalledTimes(1);
  });
});
