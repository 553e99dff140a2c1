/**
 * The Dockerfile model — entry point. The parts live in `parse/`: `model.ts` (the types rules read),
 * `build-model.ts` (`buildModel`), `instructions.ts` (one instruction from a dockerfile-ast node),
 * `variables.ts` (ARG/ENV scopes), `text-index.ts` (positions, logical lines), `image-ref.ts`,
 * `exec-form.ts`, `keywords.ts`, and `ast-adapter.ts` (dockerfile-ast, with per-instance caching).
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
