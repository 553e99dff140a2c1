/**
 * Is a string a valid image reference, as Docker's `ParseNormalizedNamed` (distribution/reference)
 * decides? `[registry[:port]/]path[:tag][@digest]`, lowercase repository path, tag of at most 128
 * word characters, not a bare 64-hex image id.
 */
const ALNUM = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^(${NAME})(?::${TAG})?(?:@${DIGEST})?$`);

export function isValidImageReference(s: string): boolean {
  if (s === '' || /^[a-f0-9]{64}$/.test(s)) return false;
  const slash = s.indexOf('/');
  let domain = 'docker.io';
  let remainder = s;
  if (slash >= 0) {
    const first = s.slice(0, slash);
    if (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first) {
      domain = first;
      remainder = s.slice(slash + 1);
    }
  }
  const colon = remainder.indexOf(':');
  const remote = colon >= 0 ? remainder.slice(0, colon) : remainder;
  if (remote.toLowerCase() !== remote) return false;
  const m = REFERENCE.exec(`${domain}/${remainder}`);
  return m !== null && m[1].length <= 255;
}
