#!/usr/bin/env node
// Entry point: run the CLI and set the exit code. Everything else lives in dist/cli.
import { run } from '../dist/cli/main.js';

process.exitCode = await run({ argv: process.argv.slice(2) });
