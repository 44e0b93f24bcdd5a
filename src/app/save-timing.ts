/** How long the workspace waits after a change before saving it (kept apart: the catalog imports it). */
export const SAVE_DELAY_MS = 300;
