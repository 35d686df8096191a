/**
 * Chrome and Firefox reject a message sent while the background worker is stopping or
 * starting with "Could not establish connection. Receiving end does not exist." MV3 stops the
 * worker whenever it likes, so a view that asks at that moment would show an error (or nothing)
 * for a background that is merely waking. The message never arrived, so sending it again is
 * safe, writes included; any other failure (a handler's error, a dropped reply) is not retried.
 */
const UNREACHED = /Receiving end does not exist|Could not establish connection/;

/** Waits before each new attempt: about 1.5 s in all, longer than a worker takes to start. */
export const SEND_AGAIN_DELAYS_MS = [50, 100, 200, 400, 800];

export async function sendAgainIfUnreached<T>(
  send: () => Promise<T>,
  delays: readonly number[] = SEND_AGAIN_DELAYS_MS,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (err) {
      const unreached = err instanceof Error && UNREACHED.test(err.message);
      if (!unreached || attempt >= delays.length) throw err;
      await new Promise((resolve) => setTimeout(resolve, delays[attempt]));
    }
  }
}
