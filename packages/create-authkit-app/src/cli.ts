#!/usr/bin/env node
import { relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { scaffold } from './scaffold.js';
import { isTemplateName, type TemplateName, templates } from './templates.js';

const names = Object.keys(templates) as TemplateName[];
const usage = `Usage: npm create authkit-app@latest <folder> -- --template <${names.join('|')}>

Templates:
${names.map((name) => `  ${name.padEnd(16)}${templates[name]}`).join('\n')}`;

/** The package manager that ran us (`npm create`, `pnpm create`, `yarn create`, `bun create`). */
function packageManager(): string {
  const agent = process.env.npm_config_user_agent ?? '';
  return ['pnpm', 'yarn', 'bun'].find((pm) => agent.startsWith(`${pm}/`)) ?? 'npm';
}

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { template: { type: 'string', short: 't' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  let directory = positionals[0];
  let template = values.template;
  if (!directory && interactive)
    directory = (await ask('Folder for the app: (my-authkit-app) ')) || 'my-authkit-app';
  if (!template && interactive) {
    console.log(`Templates: ${names.join(', ')}`);
    template = await ask('Template: ');
  }
  if (!directory || !template || !isTemplateName(template)) {
    const problem =
      template && !isTemplateName(template) ? `Unknown template "${template}".\n\n` : '';
    console.error(`${problem}${usage}`);
    process.exitCode = 1;
    return;
  }
  const app = scaffold({ template, directory });
  const pm = packageManager();
  const run = pm === 'npm' ? 'npm run' : pm;
  console.log(`\nCreated ${app.name} from the ${template} template in ${app.dir}\n`);
  console.log('Next:');
  console.log(`  cd ${relative(process.cwd(), app.dir) || '.'}`);
  console.log(`  ${pm} install`);
  console.log(`  ${run} dev     # against a local WorkOS emulator: no account needed`);
  console.log('\nFor WorkOS itself, copy .env.example to .env and fill it in (see README.md).');
}

main().catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
