// Full-app entry: mounts the policy simulator.
import { mount } from 'svelte';
import { Simulator } from './app/simulator.svelte.ts';
import { EXAMPLES } from './app/examples.ts';
import App from './ui/App.svelte';
import './ui/styles.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

const sim = new Simulator();
const first = EXAMPLES[0];
if (first) sim.loadExample(first.id);

mount(App, { target, props: { sim } });
