/**
 * The playground's state in the URL fragment (`#…`, never sent to the server), compressed with
 * lz-string so a link reproduces what the sender saw: the Dockerfile, the failure threshold, the rules
 * ignored, the `.hadolint.yaml` and the `.dockerignore` boxes. Versioned (`v`) so old links keep working
 * if the shape changes. Bad input (a truncated or edited link) gives `null`, never an exception.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { FailureThreshold } from '../lint/config';

export interface PlaygroundState {
  code: string;
  /** `null`: the configuration's threshold (default `info`). */
  threshold: FailureThreshold | null;
  ignored: string[];
  configText: string;
  dockerignore: string;
}

export const EMPTY_STATE: PlaygroundState = {
  code: '',
  threshold: null,
  ignored: [],
  configText: '',
  dockerignore: '',
};

const THRESHOLDS: readonly FailureThreshold[] = ['error', 'warning', 'info', 'style', 'none'];
const KEY = 'p';

interface Packed {
  v: 1;
  c: string;
  t?: FailureThreshold;
  i?: string[];
  y?: string;
  d?: string;
}

/**
 * The longest fragment the playground puts in a link: 32 000 characters, so the whole address stays
 * under 32 KiB. Browsers accept far longer addresses (Chromium 2 MB), and the fragment is never sent to
 * a server, so server limits (often 8 KiB for a request line) do not apply; but links are pasted into
 * chats, e-mail and issue trackers, and services on the way (link previews, proxies such as
 * Cloudflare's 32 KiB URL limit) cut or refuse longer ones. Compressed, 32 000 characters hold
 * thousands of lines of a usual Dockerfile; a bigger text is offered as a copy or a download instead.
 */
export const MAX_FRAGMENT_CHARS = 32_000;

/**
 * Above this many characters of text (384 000) the fragment is not computed: lz-string compresses
 * Dockerfiles 3 to 5 times (a generated 10 000-line one: 3.5), so the link would not fit anyway, and
 * compressing would cost seconds of a worker the next lint may be waiting for on a small machine. Only
 * a text repeating itself over and over could compress better; it is refused all the same.
 */
export const MAX_RAW_CHARS = MAX_FRAGMENT_CHARS * 12;

/** The fragment (without `#`) for this state: `p=<lz-string>`. */
export function encodeState(state: PlaygroundState): string {
  const packed: Packed = { v: 1, c: state.code };
  if (state.threshold) packed.t = state.threshold;
  if (state.ignored.length > 0) packed.i = state.ignored;
  if (state.configText) packed.y = state.configText;
  if (state.dockerignore) packed.d = state.dockerignore;
  return `${KEY}=${compressToEncodedURIComponent(JSON.stringify(packed))}`;
}

/** The fragment for a link, or `null` when the state is too large to share in one (see above). */
export function encodeStateForLink(state: PlaygroundState): string | null {
  const raw = state.code.length + state.configText.length + state.dockerignore.length;
  if (raw > MAX_RAW_CHARS) return null;
  const fragment = encodeState(state);
  return fragment.length <= MAX_FRAGMENT_CHARS ? fragment : null;
}

/** The state in a fragment (with or without `#`), or `null` when there is none or it is damaged. */
export function decodeState(hash: string): PlaygroundState | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${KEY}=`;
  if (!fragment.startsWith(prefix)) return null;
  let json: string | null;
  try {
    json = decompressFromEncodedURIComponent(fragment.slice(prefix.length));
  } catch {
    return null;
  }
  if (!json) return null;
  let packed: unknown;
  try {
    packed = JSON.parse(json);
  } catch {
    return null;
  }
  if (!packed || typeof packed !== 'object') return null;
  const p = packed as Partial<Record<keyof Packed, unknown>>;
  if (p.v !== 1 || typeof p.c !== 'string') return null;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    code: p.c,
    threshold: THRESHOLDS.includes(p.t as FailureThreshold) ? (p.t as FailureThreshold) : null,
    ignored: Array.isArray(p.i) ? p.i.filter((x): x is string => typeof x === 'string') : [],
    configText: text(p.y),
    dockerignore: text(p.d),
  };
}
