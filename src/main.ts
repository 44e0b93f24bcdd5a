// Full-app entry: the lab shell (lessons, sandbox, progress, policy simulator).
import { mount } from 'svelte';
import { LabApp } from './app/lab-app.svelte.ts';
import { Router } from './app/router.svelte.ts';
import { classAtStart, startClass } from './app/class-pack-start.ts';
import { registerOffline } from './app/offline.ts';
import { openLabStore } from './storage/index.ts';
import Shell from './ui/Shell.svelte';
import './ui/styles.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// IndexedDB when the browser allows it; otherwise memory, and the shell shows the store's notice.
const app = new LabApp(await openLabStore(), new Router(window));
await app.init();
window.addEventListener('pagehide', () => void app.flush());

// A class pack (named by ?pack= / ?packdata=, or kept from an earlier visit) loads before the first page, so
// its custom lessons and settings apply everywhere. Without one, nothing of the class modules is loaded.
if (classAtStart(window.location.search)) await startClass(app, window.location.search, window.location.href);

mount(Shell, { target, props: { app } });

// After the first visit the whole lab works offline (a service worker precaches the build).
registerOffline(window, import.meta.env.PROD);
