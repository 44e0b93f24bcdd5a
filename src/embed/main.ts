// Embed entry: one lesson in a compact layout, for an iframe on another site (see docs/embedding.md).
// It runs on its own storage namespace, or in memory when the browser refuses storage in a third-party frame.
import { mount } from 'svelte';
import { LabApp } from '../app/lab-app.svelte.ts';
import { Router } from '../app/router.svelte.ts';
import { createMemoryStore, openLabStore } from '../storage/index.ts';
import { EmbedBridge } from './bridge.ts';
import { EmbedController } from './embed-controller.ts';
import { parseEmbedParams } from './params.ts';
import EmbedShell from './EmbedShell.svelte';
import '../ui/styles.css';

const target = document.getElementById('app');
if (!target) throw new Error('embed.html has no #app element');

const framed = window.parent !== window;
const params = parseEmbedParams(window.location.search, {
  framed,
  ancestorOrigin: window.location.ancestorOrigins?.[0],
  referrer: document.referrer,
});

/** IndexedDB under the embed's own name; memory when the browser will not let a frame store anything. */
async function openStore() {
  try {
    return await openLabStore({ name: 'iam-lab-embed', channelName: 'iam-lab-embed' });
  } catch {
    return createMemoryStore();
  }
}

const app = new LabApp(await openStore(), new Router(window));
await app.init();
if (params.theme !== 'system') app.settings = { ...app.settings, theme: params.theme };
document.documentElement.dataset.theme = app.settings.theme;
window.addEventListener('pagehide', () => void app.flush());

let controller: EmbedController | undefined;
const bridge = new EmbedBridge(window, params.parentOrigin, (message) => void controller?.handle(message));
if (params.lessonId) controller = new EmbedController(app, params.lessonId, bridge);

mount(EmbedShell, { target, props: { app, controller, step: params.step } });
