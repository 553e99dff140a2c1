#!/usr/bin/env node
// The `camadas` command: loads the TypeScript CLI through tsx (no build step).
import { require as tsxRequire } from 'tsx/cjs/api';

tsxRequire('../src/cli/main.ts', import.meta.url);
