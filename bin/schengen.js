#!/usr/bin/env node
// The CLI, bundled by esbuild into a few chunks (fewer modules to load: faster start-up).
import '../dist/bundle/main.js';
