/** The command layer: `ctx.commands(…)` (layer.ts) and one flag table per tool (flags.ts). */

export * from './flags';
export { buildCommands, type Command, type Wrapper } from './layer';
