import type { CDPSession, Page } from 'playwright-core';

// Playwright lists no side panel among a context's pages: the browser's side panel is reached
// through the DevTools Protocol, as a target of its own.

async function findPanel(cdp: CDPSession): Promise<string | undefined> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.find((t) => t.type === 'page' && t.url.endsWith('/sidepanel.html'))?.targetId;
}

/** Whether the browser's side panel shows Leeway's page (checked from any page of the browser). */
export async function sidePanelOpen(page: Page): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return (await findPanel(cdp)) !== undefined;
  } finally {
    await cdp.detach();
  }
}

/** Sends one DevTools Protocol command to the side panel's page; returns its result. */
async function sidePanelCommand(page: Page, method: string, params: object): Promise<any> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const targetId = await findPanel(cdp);
    if (!targetId) throw new Error('No side panel is open');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    const answer = new Promise<any>((resolve, reject) => {
      cdp.on('Target.receivedMessageFromTarget', (event) => {
        const message = JSON.parse(event.message);
        if (message.id !== 1) return;
        if (message.error || message.result.exceptionDetails) reject(new Error(event.message));
        else resolve(message.result);
      });
    });
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method, params }) });
    const value = await answer;
    // The command may have closed the panel (its "put back" button): then there is nothing to detach.
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    return value;
  } finally {
    await cdp.detach();
  }
}

/** Evaluates an expression in the side panel's page, as a user gesture; returns its value. */
export async function inSidePanel<T>(page: Page, expression: string): Promise<T> {
  const result = await sidePanelCommand(page, 'Runtime.evaluate', {
    expression,
    returnByValue: true,
    awaitPromise: true,
    userGesture: true,
  });
  return result.result.value as T;
}

/** The side panel as the user sees it, as PNG bytes. */
export async function sidePanelScreenshot(page: Page): Promise<Buffer> {
  const { data } = await sidePanelCommand(page, 'Page.captureScreenshot', { format: 'png' });
  return Buffer.from(data, 'base64');
}
