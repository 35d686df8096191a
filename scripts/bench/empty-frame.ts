// The floor under Leeway's page costs: a throwaway extension whose content script does nothing but
// place an empty extension page in an iframe where Leeway's sidebar goes (same shadow root, same
// size, same moment). What it costs Google's page is what any extension frame costs on this
// machine, before a line of Leeway's own code runs: the frame's process, its navigation and the
// page's compositing of it.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HOSTS = ['https://mail.google.com/*', 'https://calendar.google.com/*'];

// Plain script (no bundler): what Leeway's mount does, minus reading the settings first.
const CONTENT_SCRIPT = `
const host = document.createElement('empty-frame');
const root = host.attachShadow({ mode: 'closed' });
const style = document.createElement('style');
style.textContent = '.dock{position:fixed;top:72px;right:16px;z-index:1000;will-change:transform}' +
  'iframe{display:block;width:360px;height:calc(100vh - 96px);border:0}';
const dock = document.createElement('div');
dock.className = 'dock';
const frame = document.createElement('iframe');
frame.src = chrome.runtime.getURL('empty.html');
dock.append(frame);
root.append(style, dock);
document.body.append(host);
`;

/** Writes the extension to a new temporary folder and returns its path. */
export async function writeEmptyFrameExtension(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'leeway-empty-frame-'));
  const manifest = {
    manifest_version: 3,
    name: 'Empty frame (Leeway benchmark)',
    version: '1.0',
    // A worker, as Leeway has: the launcher waits for one to learn the extension's id.
    background: { service_worker: 'worker.js' },
    content_scripts: [{ matches: HOSTS, js: ['content.js'] }],
    web_accessible_resources: [{ resources: ['empty.html'], matches: HOSTS, use_dynamic_url: true }],
  };
  await Promise.all([
    writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest)),
    writeFile(join(dir, 'worker.js'), ''),
    writeFile(join(dir, 'content.js'), CONTENT_SCRIPT),
    writeFile(join(dir, 'empty.html'), '<!doctype html><html><body></body></html>'),
  ]);
  return dir;
}
