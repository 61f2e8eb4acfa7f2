#!/usr/bin/env node
// Thin launcher so the bin link exists before the first build of a workspace checkout.
import '../dist/cli.js';
