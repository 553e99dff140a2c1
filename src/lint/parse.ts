/**
 * The Dockerfile model — entry point. The parts live in `parse/`: `model.ts` (the types rules read),
 * `build-model.ts` (`buildModel`), `scanner.ts` (the project's own one-pass Dockerfile scanner:
 * instructions, words, heredocs, BuildKit semantics), `properties.ts` (ENV/LABEL/ARG pairs),
 * `instructions.ts` (one instruction of the model from its scan), `variables.ts` (ARG/ENV scopes),
 * `text-index.ts` (positions, logical lines), `image-ref.ts`, `exec-form.ts`, `keywords.ts`.
 */
export { buildModel } from './parse/build-model';
export { parseExecForm } from './parse/exec-form';
export { parseImageRef } from './parse/image-ref';
export { AUTOMATIC_PLATFORM_ARGS, KNOWN_KEYWORDS, PREDEFINED_ARGS } from './parse/keywords';
export type {
  Comment,
  Directive,
  DockerfileModel,
  ExecForm,
  FlagModel,
  HeredocModel,
  ImageRef,
  InstructionModel,
  KeyValue,
  Scope,
  Span,
  StageModel,
  SyntaxError,
  Token,
  VarDef,
  VarKind,
} from './parse/model';
export { normalizeText } from './parse/text-index';
