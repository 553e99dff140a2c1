/**
 * The six label types of hadolint's `label-schema` configured together, shared by the label value
 * rules' tests (DL3051, DL3053, DL3055, DL3056, DL3058): with all six on, each malformed value must
 * be reported by its own rule only.
 */
export const ALL_LABEL_TYPES = {
  'label-schema': {
    src: 'url',
    created: 'rfc3339',
    rev: 'hash',
    version: 'semver',
    owner: 'email',
    title: 'text',
  },
} as const;
