import { defineRule } from '../types';
import { onInstructionLine } from './_lib/buildkit';

/** Words that, as a whole `_`-separated part of a name, suggest a secret (BuildKit's list). */
const SECRET_WORDS = new Set([
  'apikey',
  'auth',
  'credential',
  'credentials',
  'key',
  'password',
  'pword',
  'passwd',
  'secret',
  'token',
]);
/** Words that make the name harmless: a public key, a path to a secret file, a version. */
const ALLOW_WORDS = new Set(['public', 'file', 'version']);

/** `GITHUB_TOKEN`, `db_password`, `API_KEY_ID` → true; `PUBLIC_KEY`, `PASSWORD_FILE`, `TOKENIZER` → false. */
function looksLikeSecret(name: string): boolean {
  const parts = name.toLowerCase().split('_');
  return parts.some((p) => SECRET_WORDS.has(p)) && !parts.some((p) => ALLOW_WORDS.has(p));
}

/**
 * `ENV GPG_KEY 7169605F…` (every official Python image): a GPG/PGP key name whose value is a list of
 * hexadecimal fingerprints or key ids names public keys used to verify downloads, not a secret.
 */
function isPublicKeyFingerprint(name: string, value: string | null): boolean {
  const parts = name.toLowerCase().split('_');
  if (!parts.some((p) => p === 'gpg' || p === 'pgp' || p === 'gnupg')) return false;
  return value !== null && /^\s*(0x)?[0-9A-Fa-f]{16,40}(\s+(0x)?[0-9A-Fa-f]{16,40})*\s*$/.test(value);
}

/** SecretsUsedInArgOrEnv (BuildKit) = DL3064 (hadolint): ARG/ENV named like a secret. */
export default defineRule({
  id: 'SecretsUsedInArgOrEnv',
  aliases: ['DL3064'],
  severity: 'warning',
  origin: 'buildkit',
  scope: 'instruction',
  title: {
    'pt-BR': 'Não passe segredos por `ARG` ou `ENV`',
    en: 'Do not pass secrets through `ARG` or `ENV`',
  },
  messages: {
    secret: {
      'pt-BR':
        '`{instruction} {name}` parece guardar um segredo, que ficaria gravado na imagem; use ' +
        '`RUN --mount=type=secret` no lugar',
      en:
        '`{instruction} {name}` looks like it holds a secret, which would be recorded in the image; use ' +
        '`RUN --mount=type=secret` instead',
    },
  },
  rationale: {
    'pt-BR':
      'Valores de `ENV` ficam na configuração da imagem e aparecem em `docker inspect` para quem puder baixá-la; ' +
      'valores de `ARG` usados num `RUN` ficam no histórico (`docker history`) e, com `mode=max`, nas ' +
      'atestações de proveniência do build (o modo padrão, `min`, não inclui os argumentos). Uma senha ou um token passados assim vazam junto com a imagem, mesmo que uma ' +
      'camada posterior os apague. Monte o segredo só durante o passo que precisa dele: ' +
      '`RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci`, com `docker build --secret id=npm_token,…`. ' +
      'Nomes com `public`, `file` ou `version` (`PUBLIC_KEY`, `PASSWORD_FILE`) não são acusados. O hadolint faz ' +
      'a mesma verificação como DL3064.',
    en:
      '`ENV` values live in the image config and show in `docker inspect` for anyone who can pull it; `ARG` ' +
      "values used by a `RUN` land in the history (`docker history`) and, with `mode=max`, in the build's " +
      'provenance attestations (the default `min` mode leaves build arguments out). A password or token passed this way leaks with the image, even if a later layer deletes ' +
      'it. Mount the secret only for the step that needs it: ' +
      '`RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci`, with `docker build --secret id=npm_token,…`. ' +
      'Names containing `public`, `file` or `version` (`PUBLIC_KEY`, `PASSWORD_FILE`) are not flagged. ' +
      'hadolint runs the same check as DL3064.',
  },
  differsFrom: {
    'pt-BR':
      'Os nomes seguem a regra do BuildKit: uma parte inteira do nome separada por `_` deve ser `password`, ' +
      '`token`, `secret`, `key`, `auth`… e nenhuma pode ser `public`, `file` ou `version`. Assim `PASSWORD_FILE` ' +
      'e `PUBLIC_TOKEN` passam, assim como nomes da lista fixa do hadolint que não são segredos ' +
      '(`DOCKER_USERNAME`, `TRAVIS_OS_NAME`) ou nomes que só contêm `private`/`username`. Como no hadolint ' +
      '(e ao contrário do BuildKit), também são verificados os `ARG` globais, antes do primeiro `FROM`, e os ' +
      '`ARG`/`ENV` dentro de `ONBUILD`. Ao contrário dos dois, um nome de chave GPG/PGP (`GPG_KEY`, ' +
      '`PGP_KEYS`) cujo valor é uma lista de impressões digitais hexadecimais não é acusado: são as chaves ' +
      'públicas que conferem um download (toda imagem oficial do Python tem `ENV GPG_KEY …`), e um aviso ' +
      'em cada uma ensinaria a ignorar a regra. Sem valor (`ARG GPG_KEY`), o nome continua acusado.',
    en:
      'Names follow BuildKit: one whole `_`-separated part of the name must be `password`, `token`, `secret`, ' +
      '`key`, `auth`… and none may be `public`, `file` or `version`. So `PASSWORD_FILE` and `PUBLIC_TOKEN` ' +
      "pass, as do names from hadolint's fixed list that are not secrets (`DOCKER_USERNAME`, " +
      '`TRAVIS_OS_NAME`) and names that merely contain `private`/`username`. As in hadolint (and unlike ' +
      'BuildKit), global `ARG`s before the first `FROM` and `ARG`/`ENV` inside `ONBUILD` are checked too. ' +
      'Unlike both, a GPG/PGP key name (`GPG_KEY`, `PGP_KEYS`) whose value is a list of hexadecimal ' +
      'fingerprints is not reported: those are the public keys that verify a download (every official Python ' +
      'image has `ENV GPG_KEY …`), and a warning on each would teach people to ignore the rule. Without a ' +
      'value (`ARG GPG_KEY`), the name is still reported.',
  },
  examples: {
    bad: [
      'FROM node:22-slim\nARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > /root/.npmrc\n',
      'ENV DB_PASSWORD=change-me\n',
    ],
    good: [
      'RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci\n',
      'ENV DB_PASSWORD_FILE=/run/secrets/db_password\n',
    ],
  },
  check(ctx) {
    for (const instr of ctx.instructionsOf(['ARG', 'ENV'], { onbuild: true })) {
      for (const p of instr.properties) {
        if (!looksLikeSecret(p.key) || isPublicKeyFingerprint(p.key, p.value)) continue;
        ctx.report(onInstructionLine(instr, { range: p.keyRange }), 'secret', {
          instruction: instr.keyword,
          name: p.key,
        });
      }
    }
  },
});
