/** The command layer: `ctx.commands(…)` (layer.ts) and one flag table per tool (flags.ts). */
export { buildCommands, type Command, type Wrapper } from './layer';
export * from './flags';
