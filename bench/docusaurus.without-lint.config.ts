// The site's configuration minus snippet validation (the remark plugin and the build gate), for
// `npm run bench:build` only: the same content built both ways shows what the validation costs.
import type { PluginConfig } from '@docusaurus/types';
import config from '../docusaurus.config';

type PresetOptions = { docs?: { remarkPlugins?: unknown[] }; pages?: { remarkPlugins?: unknown[] } };

const presets = (config.presets ?? []).map((preset) => {
  if (!Array.isArray(preset)) return preset;
  const [name, options] = preset as [string, PresetOptions];
  return [
    name,
    {
      ...options,
      docs: { ...options.docs, remarkPlugins: [] },
      pages: { ...options.pages, remarkPlugins: [] },
    },
  ] as PluginConfig;
});

export default {
  ...config,
  presets,
  plugins: (config.plugins ?? []).filter(
    (p) => !(typeof p === 'string' && p.includes('remark-dockerfile-lint')),
  ),
};
