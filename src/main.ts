// Full-app entry: the lab shell (lessons, sandbox, progress, policy simulator).
import { mount } from 'svelte';
import { LabApp } from './app/lab-app.svelte.ts';
import { Router } from './app/router.svelte.ts';
import { openLabStore } from './storage/index.ts';
import Shell from './ui/Shell.svelte';
import './ui/styles.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// IndexedDB when the browser allows it; otherwise memory, and the shell shows the store's notice.
const app = new LabApp(await openLabStore(), new Router(window));
await app.init();
window.addEventListener('pagehide', () => void app.flush());

mount(Shell, { target, props: { app } });
