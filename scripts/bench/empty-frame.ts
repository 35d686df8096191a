// The floor under Leeway's page costs: a throwaway extension whose content script does nothing but
// place an empty extension page in an iframe where Leeway's sidebar goes (same shadow root, same
// size, same moment). What it costs Google's page is what any extension frame costs on this
// machine, before a line of Leeway's own code runs: the frame's process, its navigation and the
// page's compositing of it.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { GOOGLE_HOSTS } from '@/lib/google-hosts';
import { defaultSettings } from '@/lib/settings/settings';

const HOST_CSS = resolve(import.meta.dirname, '../../lib/sidebar/host.css');

// Plain script (no bundler): what Leeway's mount does (lib/sidebar/mount-frame.ts), with its host
// stylesheet and default width, minus reading the settings first.
const contentScript = (hostCss: string) => `
const host = document.createElement('empty-frame');
const root = host.attachShadow({ mode: 'closed' });
const style = document.createElement('style');
style.textContent = ${JSON.stringify(hostCss)};
const dock = document.createElement('div');
dock.className = 'dock';
const frame = document.createElement('iframe');
frame.src = chrome.runtime.getURL('empty.html');
frame.style.width = '${defaultSettings.sidebarWidth}px';
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
    content_scripts: [{ matches: GOOGLE_HOSTS, js: ['content.js'] }],
    web_accessible_resources: [{ resources: ['empty.html'], matches: GOOGLE_HOSTS, use_dynamic_url: true }],
  };
  await Promise.all([
    writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest)),
    writeFile(join(dir, 'worker.js'), ''),
    writeFile(join(dir, 'content.js'), contentScript(await readFile(HOST_CSS, 'utf8'))),
    writeFile(join(dir, 'empty.html'), '<!doctype html><html><body></body></html>'),
  ]);
  return dir;
}
