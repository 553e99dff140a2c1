/** Suffixes of the (compressed) tar archives that `ADD` unpacks, as hadolint recognises them. */
export const TAR_ARCHIVE_SUFFIXES: readonly string[] = [
  '.tar',
  '.Z',
  '.bz2',
  '.gz',
  '.lz',
  '.lzma',
  '.tZ',
  '.tb2',
  '.tbz',
  '.tbz2',
  '.tgz',
  '.tlz',
  '.tpz',
  '.txz',
  '.xz',
];
