/** Keyboard focus for the console's forms and dialogs: when one closes, the focus goes back to its opener. */
import { tick } from 'svelte';

/** Move the focus to the element with this id once Svelte has updated the page. */
export async function focusAfterUpdate(id: string): Promise<void> {
  await tick();
  document.getElementById(id)?.focus();
}
