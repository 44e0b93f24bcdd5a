/**
 * The policy language services the editor UI maps to Monaco: completion, hover and quick fixes, all
 * from src/core/policy (pure, plain spans). The UI imports them from here, not from the core.
 */
export { completePolicy } from '../../core/policy/completion.ts';
export type { CompletionKind } from '../../core/policy/completion.ts';
export { hoverPolicy } from '../../core/policy/hover.ts';
export { quickFixesFor } from '../../core/policy/quick-fixes.ts';
